/** 违法行为类型 offered for a 案件类别: the shipped codes by prefix; codes added locally and 其他 fit every category. */
import type { CaseCategory } from '../../../../shared/cases/vocabulary';

const PREFIXES: Record<CaseCategory, string[]> = {
  trademark: ['tm_identical', 'tm_similar', 'tm_selling', 'tm_forging'],
  gi: ['gi_'],
  special_mark: ['special_mark'],
  trademark_other: ['tm_'],
  trademark_agency: ['tm_agency'],
  patent_counterfeit: ['patent_counterfeit'],
  patent_agency: ['patent_agency'],
  patent_other: ['patent_'],
  other: [],
};
const SHIPPED = Object.values(PREFIXES).flat();

/** True when a violation type code may go with the category (unknown / local codes and 'other' always). */
export function violationFits(category: CaseCategory | null | undefined, code: string): boolean {
  if (!category || category === 'other' || code === 'other') return true;
  if (!SHIPPED.some((p) => code.startsWith(p))) return true;
  return PREFIXES[category].some((p) => code.startsWith(p));
}

/**
 * The options that fit the category; the current value stays listed even when it does not fit
 * (the field then says so: a category change never clears it silently).
 */
export function violationOptionsFor<T extends { value: string }>(category: CaseCategory | null | undefined, options: T[], current?: string | null): T[] {
  return options.filter((o) => violationFits(category, o.value) || o.value === current);
}
