/**
 * Phone numbers as clerks write them: a mobile (11 digits from 1, optionally +86), a landline with
 * or without its area code (0479-8223456, (0479)8223456, 8223456), an extension (转 123, -123,
 * ext. 123), several numbers separated by ， / ; or 、. Letters and other text are refused.
 */
const ONE = /^(?:\+?86[- ]?)?(?:1\d{10}|(?:\(0\d{2,3}\)|0\d{2,3})?[- ]?\d{7,8}|400[- ]?\d{3}[- ]?\d{4})(?:\s*(?:转|-|ext\.?|分机)\s*\d{1,6})?$/i;

export function isPlausiblePhone(value: string): boolean {
  const v = value.trim();
  if (!v) return true;
  const parts = v.split(/[，,;；、/]\s*/);
  return parts.every((p) => ONE.test(p.trim().replace(/(\d)\s+(?=\d)/g, '$1')));
}
