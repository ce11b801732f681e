/** The SAMR table for a unit and period, from the ledger's cases (a county its own; the league all, and per county). */
import { samrTable, type CaseFigures, type SamrCase } from '../../../shared/reports/samr';
import type { SamrReportResult } from '../../../shared/reports/samr-report';
import { decodeTags } from '../tags';
import { CASE_FIGURE_COLUMNS, reportScope } from './scope';
import type { Session } from '../session';

/** For the league, `counties` holds one table per county (the league's own cases count only in its total). */
export type SamrReport = SamrReportResult;

type Row = CaseFigures & { unitCode: string; flags: string };

export function samrReport(session: Session, input: { period: string; unit?: string }): SamrReport {
  const scope = reportScope(session, input);
  const { from, to } = scope;
  const rows = session.ledger
    .stmt(
      `SELECT ${CASE_FIGURE_COLUMNS}, flags
       FROM cases WHERE deleted = 0 AND unit_code IN (SELECT value FROM json_each(?))
         AND ((filed_date BETWEEN ? AND ?) OR (closed_date BETWEEN ? AND ?) OR (decided_date BETWEEN ? AND ?) OR (police_transfer_date BETWEEN ? AND ?))`,
    )
    .all(JSON.stringify(scope.units), from, to, from, to, from, to, from, to) as Row[];
  const cases = rows.map((r): SamrCase & { unitCode: string } => ({ ...r, flags: decodeTags(r.flags) }));
  return {
    period: input.period,
    unit: scope.unit,
    table: samrTable(cases, from, to),
    counties: scope.counties.map((c) => ({
      ...c,
      table: samrTable(
        cases.filter((r) => r.unitCode === c.code),
        from,
        to,
      ),
    })),
  };
}
