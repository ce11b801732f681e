/** Amount fields: the form edits yuan (two decimals), the contract carries integer fen. */
import { formatYuan } from '../../../shared/cases/money';

export function fenToYuanInput(fen: number | null | undefined): number | null {
  return fen === null || fen === undefined ? null : fen / 100;
}

export function yuanInputToFen(yuan: number | null | undefined): number | null {
  return yuan === null || yuan === undefined ? null : Math.round(yuan * 100);
}

export function yuanText(fen: number | null | undefined): string {
  return fen === null || fen === undefined ? '' : formatYuan(fen);
}
