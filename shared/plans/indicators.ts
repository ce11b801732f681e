/**
 * Indicator values against targets: how reported values combine over a year's periods and over
 * a league's counties. Pure, shared by the indicator view, the reports issue and the tests.
 */
import type { PeriodRule, UnitRule } from './vocabulary';

export interface ReportedValue {
  /** `YYYY` (the whole year) or `YYYYQn`. */
  period: string;
  value: number;
}

/**
 * A unit's figure for a year. A value reported for the whole year wins; otherwise quarterly
 * values are added up (`sum`: flows such as new GIs, pledge loans) or the latest quarter is taken
 * (`latest`: stocks such as valid trademarks, ratios).
 */
export function yearFigure(values: readonly ReportedValue[], year: number, rule: PeriodRule): number | null {
  const inYear = values.filter((v) => v.period.slice(0, 4) === String(year));
  const whole = inYear.find((v) => v.period === String(year));
  if (whole) return whole.value;
  if (inYear.length === 0) return null;
  const sorted = [...inYear].sort((a, b) => a.period.localeCompare(b.period));
  if (rule === 'latest') return (sorted[sorted.length - 1] as ReportedValue).value;
  return roundFigure(sorted.reduce((s, v) => s + v.value, 0));
}

/**
 * The league's figure: its own reported value when it has one (authoritative, and the only
 * possible one for ratios such as 每万人口发明专利拥有量); otherwise, for `sum` indicators, the
 * sum of the counties that reported.
 */
export function leagueFigure(own: number | null, counties: readonly (number | null)[], rule: UnitRule): number | null {
  if (own !== null) return own;
  if (rule === 'own') return null;
  const reported = counties.filter((v): v is number => v !== null);
  return reported.length ? roundFigure(reported.reduce((s, v) => s + v, 0)) : null;
}

/** Share of the target reached (1 = met), or null without both numbers. */
export function attainment(target: number | null, value: number | null): number | null {
  if (target === null || value === null || target === 0) return null;
  return value / target;
}

/** Sums of decimals without binary noise (0.1 + 0.2 → 0.3). */
function roundFigure(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
