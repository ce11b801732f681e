/** What a report covers: a unit (a county, or a league with its counties) and a period. */
import { periodRange } from '../../../shared/reports/samr';
import { DomainError } from '../../../shared/errors';
import { currentOffice } from '../core/office';
import type { Session } from '../core/session';

export interface ReportScope {
  unit: { code: string; name: string };
  isLeague: boolean;
  /** A league's counties, in code order (empty for a county). */
  counties: { code: string; name: string }[];
  /** Every unit whose records count: the unit itself and, for a league, its counties. */
  units: string[];
  from: string;
  to: string;
}

/** `unit` defaults to the ledger's own office. A bad period or unknown unit is refused. */
export function reportScope(session: Session, input: { period: string; unit?: string }): ReportScope {
  const range = periodRange(input.period);
  if (!range) throw new DomainError('invalid_input', `period ${input.period} is not YYYY or YYYYQn`);
  const { ledger } = session;
  const unit = input.unit ?? currentOffice(session).unitCode;
  const region = ledger.stmt('SELECT code, short_name AS name, parent_code FROM ref_regions WHERE code = ?').get(unit) as
    { code: string; name: string; parent_code: string | null } | undefined;
  if (!region) throw new DomainError('invalid_input', `unknown unit ${unit}`);
  const isLeague = region.code.endsWith('00');
  const counties = isLeague
    ? (ledger.stmt('SELECT code, short_name AS name FROM ref_regions WHERE parent_code = ? ORDER BY code').all(unit) as { code: string; name: string }[])
    : [];
  return {
    unit: { code: region.code, name: region.name },
    isLeague,
    counties,
    units: [unit, ...counties.map((c) => c.code)],
    ...range,
  };
}
