/** A reporting period's label: `2026Q3` → 2026年第3季度, `2026` → 2026年度. */
export function periodLabel(t: (k: string, o?: Record<string, unknown>) => string, key: string): string {
  const m = /^(\d{4})Q([1-4])$/.exec(key);
  return m ? t('plans.quarter', { year: m[1], q: m[2] }) : t('plans.yearPeriod', { year: key });
}
