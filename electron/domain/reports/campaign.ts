/** A campaign's summary for a unit and period, from the cases tagged with it. */
import { campaignSummary, previousYear, type CampaignCase } from '../../../shared/reports/campaign';
import type { CampaignReportResult } from '../../../shared/reports/campaign-report';
import type { CaseCategory, MainStage } from '../../../shared/cases/vocabulary';
import type { Session } from '../session';
import { reportScope } from './scope';

interface Row {
  unit_code: string;
  category: string;
  stage: string;
  lead_date: string;
  filed_date: string | null;
  closed_date: string | null;
  decided_date: string | null;
  amount_involved_fen: number | null;
  fine_fen: number | null;
  confiscated_fen: number | null;
  police_transfer_date: string | null;
  police_persons: number | null;
  destroyed_qty: number | null;
  destroyed_unit: string;
  destroyed_value_fen: number | null;
}

function toCase(r: Row): CampaignCase {
  return {
    category: r.category as CaseCategory,
    stage: r.stage as MainStage,
    leadDate: r.lead_date,
    filedDate: r.filed_date,
    closedDate: r.closed_date,
    decidedDate: r.decided_date,
    amountInvolvedFen: r.amount_involved_fen,
    fineFen: r.fine_fen,
    confiscatedFen: r.confiscated_fen,
    policeTransferDate: r.police_transfer_date,
    policePersons: r.police_persons,
    destroyedQty: r.destroyed_qty,
    destroyedUnit: r.destroyed_unit,
    destroyedValueFen: r.destroyed_value_fen,
  };
}

export function campaignReport(session: Session, input: { campaign: string; period: string; unit?: string }): CampaignReportResult {
  const scope = reportScope(session, input);
  const range = { from: scope.from, to: scope.to };
  const previous = previousYear(range);
  // Every case of the campaign with any counted date between last year's start and this period's end.
  const [from, to] = [previous.from, range.to];
  const rows = session.ledger
    .stmt(
      `SELECT unit_code, category, stage, lead_date, filed_date, closed_date, decided_date, amount_involved_fen, fine_fen, confiscated_fen,
              police_transfer_date, police_persons, destroyed_qty, destroyed_unit, destroyed_value_fen
       FROM cases WHERE deleted = 0 AND campaigns LIKE ? ESCAPE '\\' AND unit_code IN (SELECT value FROM json_each(?))
         AND ((lead_date BETWEEN ? AND ?) OR (filed_date BETWEEN ? AND ?) OR (closed_date BETWEEN ? AND ?)
              OR (decided_date BETWEEN ? AND ?) OR (police_transfer_date BETWEEN ? AND ?))`,
    )
    .all(`%,${input.campaign.replace(/[\\%_]/g, (c) => `\\${c}`)},%`, JSON.stringify(scope.units), from, to, from, to, from, to, from, to, from, to) as Row[];
  const cases = rows.map(toCase);
  const units = scope.isLeague ? [scope.unit, ...scope.counties] : [];
  return {
    campaign: input.campaign,
    period: input.period,
    unit: scope.unit,
    current: campaignSummary(cases, range),
    previous: campaignSummary(cases, previous),
    units: units.map((u) => {
      const own = rows.filter((r) => r.unit_code === u.code).map(toCase);
      return { ...u, current: campaignSummary(own, range).total, previous: campaignSummary(own, previous).total };
    }),
  };
}
