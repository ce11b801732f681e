/**
 * 公民身份号码 (GB 11643). Impossible birth dates and malformed numbers are errors; a failed
 * check digit is a warning the user may override (typing slips are caught, odd real cards are
 * not blocked). 15-digit legacy numbers belong in the "other document" type.
 */
import { normalizeCode } from './normalize';
import type { IdentifierCheck, IdentifierProblem } from './types';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function idCardCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

function isRealDate(yyyymmdd: string, today: Date): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return false;
  return y >= 1880 && date.getTime() <= today.getTime();
}

/**
 * @param knownAreaCodes current region codes; an address code outside them (a retired code such
 *   as 152521, or one we do not ship) is only a warning.
 */
export function checkIdCard(raw: string, options: { knownAreaCodes?: ReadonlySet<string>; today?: Date } = {}): IdentifierCheck {
  const value = normalizeCode(raw);
  if (/^\d{15}$/.test(value)) return { value, problems: [{ code: 'id_legacy_15', severity: 'error' }] };
  if (value.length !== 18) return { value, problems: [{ code: 'id_length', severity: 'error' }] };
  if (!/^\d{17}[\dX]$/.test(value)) return { value, problems: [{ code: 'id_charset', severity: 'error' }] };
  if (!isRealDate(value.slice(6, 14), options.today ?? new Date())) return { value, problems: [{ code: 'id_birth_date', severity: 'error' }] };
  const problems: IdentifierProblem[] = [];
  if (idCardCheckChar(value) !== value[17]) problems.push({ code: 'id_check_char', severity: 'warning' });
  if (options.knownAreaCodes && options.knownAreaCodes.size > 0 && !options.knownAreaCodes.has(value.slice(0, 6))) {
    problems.push({ code: 'id_area_unknown', severity: 'warning' });
  }
  return { value, problems };
}

/** Personal information: lists show `1525**********0018`; the full value only in the detail view. */
export function maskIdCard(value: string): string {
  if (value.length <= 8) return '*'.repeat(value.length);
  return `${value.slice(0, 4)}${'*'.repeat(value.length - 8)}${value.slice(-4)}`;
}
