/** The SAMR table for a unit and period, from the ledger's cases (a county its own; the league all, and per county). */
import { periodRange, samrTable, type SamrCase } from '../../../shared/reports/samr';
import type { SamrReportResult } from '../../../shared/reports/samr-report';
import type { CaseCategory } from '../../../shared/cases/vocabulary';
import { DomainError } from '../../../shared/errors';
import { decodeTags } from '../tags';
import { currentOffice } from '../office';
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
  const range = periodRange(input.period);
  if (!range) throw new DomainError('invalid_input', `period ${input.period} is not YYYY or YYYYQn`);
  const { ledger } = session;
  const office = currentOffice(session);
  const unit = input.unit ?? office.unitCode;
  const region = ledger.stmt('SELECT code, short_name AS name, parent_code FROM ref_regions WHERE code = ?').get(unit) as
    { code: string; name: string; parent_code: string | null } | undefined;
  if (!region) throw new DomainError('invalid_input', `unknown unit ${unit}`);
  const isLeague = region.code.endsWith('00');
  const counties = isLeague
    ? (ledger.stmt('SELECT code, short_name AS name FROM ref_regions WHERE parent_code = ? ORDER BY code').all(unit) as { code: string; name: string }[])
    : [];
  const units = isLeague ? [unit, ...counties.map((c) => c.code)] : [unit];
  const { from, to } = range;
  const rows = ledger
    .stmt(
      `SELECT unit_code, category, filed_date, closed_date, decided_date, amount_involved_fen, fine_fen, confiscated_fen, police_transfer_date, police_persons, flags
       FROM cases WHERE deleted = 0 AND unit_code IN (SELECT value FROM json_each(?))
         AND ((filed_date BETWEEN ? AND ?) OR (closed_date BETWEEN ? AND ?) OR (decided_date BETWEEN ? AND ?) OR (police_transfer_date BETWEEN ? AND ?))`,
    )
    .all(JSON.stringify(units), from, to, from, to, from, to, from, to) as CaseRow[];
  return {
    period: input.period,
    unit: { code: region.code, name: region.name },
    table: samrTable(rows.map(toSamrCase), from, to),
    counties: counties.map((c) => ({ ...c, table: samrTable(rows.filter((r) => r.unit_code === c.code).map(toSamrCase), from, to) })),
  };
}
