/** 万元 with two decimals, as every report prints money. */
export function wan(v: number): string {
  return v.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** Change against last year: "+12" / "−3" / "0" (counts), or with two decimals for 万元. */
export function delta(now: number, before: number, money = false): string {
  const d = Math.round((now - before) * 100) / 100;
  const text = money ? wan(Math.abs(d)) : Math.abs(d).toLocaleString('zh-CN');
  return d > 0 ? `+${text}` : d < 0 ? `\u2212${text}` : text;
}
