/** The SAMR table for a unit and period, from the ledger's cases (a county its own; the league all, and per county). */
import { samrTable, type SamrCase } from '../../../shared/reports/samr';
import type { SamrReportResult } from '../../../shared/reports/samr-report';
import type { CaseCategory } from '../../../shared/cases/vocabulary';
import { decodeTags } from '../tags';
import { reportScope } from './scope';
import type { Session } from '../session';

/** For the league, `counties` holds one table per county (the league's own cases count only in its total). */
export type SamrReport = SamrReportResult;

interface CaseRow {
  unit_code: string;
  category: string;
  filed_date: string | null;
  closed_date: string | null;
  decided_date: string | null;
  amount_involved_fen: number | null;
  fine_fen: number | null;
  confiscated_fen: number | null;
  police_transfer_date: string | null;
  police_persons: number | null;
  flags: string;
}

function toSamrCase(r: CaseRow): SamrCase {
  return {
    category: r.category as CaseCategory,
    filedDate: r.filed_date,
    closedDate: r.closed_date,
    decidedDate: r.decided_date,
    amountInvolvedFen: r.amount_involved_fen,
    fineFen: r.fine_fen,
    confiscatedFen: r.confiscated_fen,
    policeTransferDate: r.police_transfer_date,
    policePersons: r.police_persons,
    flags: decodeTags(r.flags),
  };
}

export function samrReport(session: Session, input: { period: string; unit?: string }): SamrReport {
  const scope = reportScope(session, input);
  const { from, to } = scope;
  const rows = session.ledger
    .stmt(
      `SELECT unit_code, category, filed_date, closed_date, decided_date, amount_involved_fen, fine_fen, confiscated_fen, police_transfer_date, police_persons, flags
       FROM cases WHERE deleted = 0 AND unit_code IN (SELECT value FROM json_each(?))
         AND ((filed_date BETWEEN ? AND ?) OR (closed_date BETWEEN ? AND ?) OR (decided_date BETWEEN ? AND ?) OR (police_transfer_date BETWEEN ? AND ?))`,
    )
    .all(JSON.stringify(scope.units), from, to, from, to, from, to, from, to) as CaseRow[];
  return {
    period: input.period,
    unit: scope.unit,
    table: samrTable(rows.map(toSamrCase), from, to),
    counties: scope.counties.map((c) => ({ ...c, table: samrTable(rows.filter((r) => r.unit_code === c.code).map(toSamrCase), from, to) })),
  };
}
