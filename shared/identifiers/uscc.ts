/**
 * 统一社会信用代码 (GB 32100-2015). Real codes sometimes fail the check character, so a failed
 * check is a warning the user may override; only malformed input (length, alphabet) is an error.
 */
import { normalizeCode } from './normalize';
import type { IdentifierCheck, IdentifierProblem } from './types';

export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const DEPARTMENTS = '123456789ANY';
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** The check character for the first 17 characters (which must be in the alphabet). */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return USCC_ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** GB 11714 check on positions 9–17 (the organisation code); 10 → X, 11 → 0. */
export function orgCodeCheckChar(first8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = first8[i]!;
    const value = /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55;
    sum += value * ORG_CODE_WEIGHTS[i]!;
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

export function checkUscc(raw: string): IdentifierCheck {
  const value = normalizeCode(raw);
  const problems: IdentifierProblem[] = [];
  if (value.length !== 18) return { value, problems: [{ code: 'uscc_length', severity: 'error' }] };
  if (![...value].every((c) => USCC_ALPHABET.includes(c))) return { value, problems: [{ code: 'uscc_charset', severity: 'error' }] };
  if (!DEPARTMENTS.includes(value[0]!)) problems.push({ code: 'uscc_department', severity: 'warning' });
  if (!/\d/.test(value[1]!)) problems.push({ code: 'uscc_entity_type', severity: 'warning' });
  if (!/^\d{6}$/.test(value.slice(2, 8))) problems.push({ code: 'uscc_region', severity: 'warning' });
  if (usccCheckChar(value) !== value[17]) problems.push({ code: 'uscc_check_char', severity: 'warning' });
  else if (/^[0-9A-Z]{8}[0-9X]$/.test(value.slice(8, 17)) && orgCodeCheckChar(value.slice(8, 16)) !== value[16]) {
    problems.push({ code: 'uscc_org_code', severity: 'warning' });
  }
  return { value, problems };
}
