/** Amounts are stored as integer fen (分) so sums are exact; the UI and reports show yuan / 万元. */

/** "1,234.5" / "1234.50" / 1234.5 → 123450; null for empty; throws on anything else. */
export function yuanToFen(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const text = typeof value === 'number' ? value.toFixed(2) : value.replace(/[,\s，]/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(text)) throw new Error(`not an amount in yuan: ${String(value)}`);
  const [whole, frac = ''] = text.split('.');
  return Number(whole) * 100 + Number(frac.padEnd(2, '0'));
}

export function fenToYuan(fen: number | null): number | null {
  return fen === null ? null : fen / 100;
}

/** 1234567 fen → "12,345.67" */
export function formatYuan(fen: number | null): string {
  if (fen === null) return '';
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const whole = Math.floor(abs / 100).toLocaleString('en-US');
  return `${sign}${whole}.${String(abs % 100).padStart(2, '0')}`;
}

/** fen → 万元 with 4 decimals as the SAMR table shows them. */
export function fenToWanYuan(fen: number): number {
  return Math.round(fen / 100) / 10_000;
}
