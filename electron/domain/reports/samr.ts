/** The SAMR table for a unit and period, from the ledger's cases (a county its own; the league all, and per county). */
import { FILED_OUTSIDE_PERIOD, NO_FIGURES, samrActionBlock, samrTable, type SamrAction, type SamrCase } from '../../../shared/reports/samr';
import type { SamrReportResult } from '../../../shared/reports/samr-report';
import type { CaseCategory } from '../../../shared/cases/vocabulary';
import type { Ledger } from '../../store/ledger';
import { decodeTags } from '../core/tags';
import { actionGroups, keyMarketsByUnit } from '../actions/stats';
import { reportScope } from './scope';
import type { Session } from '../core/session';

/** For the league, `counties` holds one table per county (the league's own cases count only in its total). */
export type SamrReport = SamrReportResult;

type Fact = SamrCase & { unitCode: string };

const NONE = { ...NO_FIGURES, flags: [] } as const;

/**
 * Every column of the table depends on one date only (filing, closing, decision, transfer), so
 * the cases are read once per date and grouped by unit, category (and, for filings, flags) with
 * their figures summed — inside that date's index (0008), without fetching a case row. Each
 * group is one weighted line for samrTable, which applies the counting rules: a case seen under
 * two dates contributes to each date's columns exactly as the whole case would. Any date inside
 * the period stands for the group's dates (`from`). `+unit_code` keeps SQLite on the date index.
 */
function facts(ledger: Ledger, units: string[], from: string, to: string): Fact[] {
  const scope = '+unit_code IN (SELECT value FROM json_each(:units)) AND deleted = 0';
  const p = { units: JSON.stringify(units), from, to };
  type Group = { unitCode: string; category: CaseCategory; weight: number };
  const filed = ledger
    .stmt(
      `SELECT unit_code AS unitCode, category, flags, count(*) AS weight, sum(amount_involved_fen) AS amountInvolvedFen
       FROM cases WHERE filed_date BETWEEN :from AND :to AND ${scope} GROUP BY unit_code, category, flags`,
    )
    .all(p) as (Group & { flags: string; amountInvolvedFen: number | null })[];
  // 结案: filed cases only (a lead closed as 不予立案 has no filing date); recovered losses count with it.
  const closed = ledger
    .stmt(
      `SELECT unit_code AS unitCode, category, count(*) AS weight, sum(recovered_loss_fen) AS recoveredLossFen,
              sum(recovered_foreign_loss_fen) AS recoveredForeignLossFen
       FROM cases WHERE closed_date BETWEEN :from AND :to AND ${scope} AND filed_date IS NOT NULL GROUP BY unit_code, category`,
    )
    .all(p) as (Group & { recoveredLossFen: number | null; recoveredForeignLossFen: number | null })[];
  const decided = ledger
    .stmt(
      `SELECT unit_code AS unitCode, category, count(*) AS weight, sum(fine_fen) AS fineFen, sum(confiscated_fen) AS confiscatedFen
       FROM cases WHERE decided_date BETWEEN :from AND :to AND ${scope} GROUP BY unit_code, category`,
    )
    .all(p) as (Group & { fineFen: number | null; confiscatedFen: number | null })[];
  const transferred = ledger
    .stmt(
      `SELECT unit_code AS unitCode, category, count(*) AS weight, sum(police_persons) AS policePersons
       FROM cases WHERE police_transfer_date BETWEEN :from AND :to AND ${scope} GROUP BY unit_code, category`,
    )
    .all(p) as (Group & { policePersons: number | null })[];
  return [
    ...filed.map((r) => ({ ...NONE, ...r, filedDate: from, flags: decodeTags(r.flags) })),
    ...closed.map((r) => ({ ...NONE, ...r, closedDate: from, filedDate: FILED_OUTSIDE_PERIOD })),
    ...decided.map((r) => ({ ...NONE, ...r, decidedDate: from })),
    ...transferred.map((r) => ({ ...NONE, ...r, policeTransferDate: from })),
  ];
}

export function samrReport(session: Session, input: { period: string; unit?: string }): SamrReport {
  const scope = reportScope(session, input);
  const { from, to } = scope;
  const { ledger } = session;
  const cases = facts(ledger, scope.units, from, to);
  const actions: (SamrAction & { unitCode: string })[] = actionGroups(ledger, scope.units, from, to).map((g) => ({
    unitCode: g.unitCode,
    date: from,
    physicalMarket: g.physicalMarket,
    staff: g.staff,
    weight: g.weight,
  }));
  const markets = keyMarketsByUnit(ledger, scope.units);
  const block = (units: readonly string[]) =>
    samrActionBlock(
      actions.filter((a) => units.includes(a.unitCode)),
      units.reduce((n, u) => n + (markets.get(u) ?? 0), 0),
      from,
      to,
    );
  return {
    period: input.period,
    unit: scope.unit,
    table: samrTable(cases, from, to, block(scope.units)),
    counties: scope.counties.map((c) => ({
      ...c,
      table: samrTable(
        cases.filter((r) => r.unitCode === c.code),
        from,
        to,
        block([c.code]),
      ),
    })),
  };
}
