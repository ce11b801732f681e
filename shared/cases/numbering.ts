/**
 * Case and document numbers: `{prefix}〔YYYY〕N号` with full-width brackets (U+3014/U+3015).
 * Counters restart every year, per bureau and per document type; the year is the year of the
 * date the number is issued for (so a lead logged on 12-31 and one on 01-02 get different years).
 */
import { formatCaseNumber } from '../units';
import { DOC_TYPE_MARK, type DocType } from './vocabulary';

export function formatDocNumber(prefix: string, docType: DocType, year: number, serial: number): string {
  return formatCaseNumber(`${prefix}${DOC_TYPE_MARK[docType]}`, year, serial);
}

/** Year and serial of a number written in the standard pattern (half-width brackets accepted). */
export function parseDocNumber(text: string): { year: number; serial: number } | null {
  const m = /[\u3014[(（]\s*(\d{4})\s*[\u3015\])）]\s*第?\s*(\d{1,6})\s*号$/.exec(text.trim());
  if (!m) return null;
  return { year: Number(m[1]), serial: Number(m[2]) };
}

/** Half-width or mixed brackets typed by hand → the canonical full-width form. */
export function normalizeDocNumber(text: string): string {
  return text
    .trim()
    .replace(/\s+/g, '')
    .replace(/[[(（]\s*(\d{4})\s*[\])）]/, '\u3014$1\u3015');
}

export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}
