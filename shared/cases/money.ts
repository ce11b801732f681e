/** Amounts are stored as integer fen (分) so sums are exact; the UI shows yuan. */

/** 1234567 fen → "12,345.67" */
export function formatYuan(fen: number | null): string {
  if (fen === null) return '';
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const whole = Math.floor(abs / 100).toLocaleString('en-US');
  return `${sign}${whole}.${String(abs % 100).padStart(2, '0')}`;
}
