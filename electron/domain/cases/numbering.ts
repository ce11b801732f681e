/** Counters and uniqueness of case and document numbers, read from the records themselves. */
import { formatDocNumber, normalizeDocNumber, parseDocNumber } from '../../../shared/cases/numbering';
import type { DocType } from '../../../shared/cases/vocabulary';
import type { Ledger } from '../../store/ledger';

/**
 * Next serial for a bureau, document type and year. Deleted records still hold their numbers:
 * an issued number is never issued again.
 */
export function nextSerial(ledger: Ledger, unitCode: string, docType: DocType, year: number): number {
  const max =
    docType === 'case'
      ? ledger.stmt('SELECT max(number_seq) FROM cases WHERE unit_code = ? AND number_year = ?').pluck().get(unitCode, year)
      : ledger.stmt('SELECT max(doc_seq) FROM case_events WHERE unit_code = ? AND doc_type = ? AND doc_year = ?').pluck().get(unitCode, docType, year);
  return ((max as number | null) ?? 0) + 1;
}

export function nextDocNumber(ledger: Ledger, unitCode: string, prefix: string, docType: DocType, year: number) {
  const serial = nextSerial(ledger, unitCode, docType, year);
  return { number: formatDocNumber(prefix, docType, year, serial), year, serial };
}

export function caseNumberTaken(ledger: Ledger, unitCode: string, caseNumber: string, exceptId?: string): boolean {
  const hit = ledger
    .stmt('SELECT id FROM cases WHERE case_number = ? AND unit_code = ? AND deleted = 0 AND id IS NOT ?')
    .get(caseNumber, unitCode, exceptId ?? null);
  return hit !== undefined;
}

export function docNumberTaken(ledger: Ledger, unitCode: string, docNumber: string): boolean {
  return ledger.stmt('SELECT 1 FROM case_events WHERE doc_number = ? AND unit_code = ? AND deleted = 0').get(docNumber, unitCode) !== undefined;
}

/** A typed number in canonical form, with its year and serial when it follows the pattern. */
export function typedNumber(text: string): { number: string; year: number | null; serial: number | null } {
  const number = normalizeDocNumber(text);
  const parsed = parseDocNumber(number);
  return { number, year: parsed?.year ?? null, serial: parsed?.serial ?? null };
}
