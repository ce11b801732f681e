/** Results of the identifier checks; each problem code has a translated message (`identifiers.<code>`). */
export const IDENTIFIER_PROBLEMS = [
  'uscc_length',
  'uscc_charset',
  'uscc_department',
  'uscc_entity_type',
  'uscc_region',
  'uscc_check_char',
  'uscc_org_code',
  'id_legacy_15',
  'id_length',
  'id_charset',
  'id_birth_date',
  'id_check_char',
  'id_area_unknown',
] as const;

export type IdentifierProblemCode = (typeof IDENTIFIER_PROBLEMS)[number];

export interface IdentifierProblem {
  code: IdentifierProblemCode;
  /** error: cannot be saved as this document type; warning: saved only with explicit confirmation. */
  severity: 'error' | 'warning';
}

export interface IdentifierCheck {
  /** The normalised value (what gets stored). */
  value: string;
  problems: IdentifierProblem[];
}

export function hasErrors(check: IdentifierCheck): boolean {
  return check.problems.some((p) => p.severity === 'error');
}

export function hasWarnings(check: IdentifierCheck): boolean {
  return check.problems.some((p) => p.severity === 'warning');
}
