/**
 * No ID numbers in log files: 18-character unified social credit codes (GB 32100: positions 3–8
 * are the administrative division, digits) and 15- or 18-digit resident ID numbers are replaced
 * before a line is written. Neighbouring letters or digits mean a longer token (a hash, a UUID
 * part), which is left alone; Chinese text around a number does not protect it.
 */
const USCC = /(?<![0-9A-Za-z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Za-z])/g;
const ID_18 = /(?<![0-9A-Za-z])\d{17}[0-9Xx](?![0-9A-Za-z])/g;
const ID_15 = /(?<![0-9A-Za-z])\d{15}(?![0-9A-Za-z])/g;

export const REDACTED = '[已隐去 redacted]';

export function redactPersonalData(text: string): string {
  return text.replace(USCC, REDACTED).replace(ID_18, REDACTED).replace(ID_15, REDACTED);
}

/** Log arguments of any kind, as text with ID numbers removed (errors keep their stack). */
export function redactLogValue(value: unknown): unknown {
  if (typeof value === 'string') return redactPersonalData(value);
  if (value instanceof Error) return redactPersonalData(value.stack ?? `${value.name}: ${value.message}`);
  if (value === null || value === undefined || typeof value === 'number' || typeof value === 'boolean') return value;
  try {
    return redactPersonalData(JSON.stringify(value));
  } catch {
    return redactPersonalData(String(value));
  }
}
