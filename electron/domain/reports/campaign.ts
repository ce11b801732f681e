/** A campaign's summary for a unit and period, from the cases tagged with it. */
import { campaignSummary, previousYear, type CampaignCase } from '../../../shared/reports/campaign';
import type { CampaignReportResult } from '../../../shared/reports/campaign-report';
import type { Session } from '../session';
import { CASE_FIGURE_COLUMNS, reportScope } from './scope';

type Row = CampaignCase & { unitCode: string };

export function campaignReport(session: Session, input: { campaign: string; period: string; unit?: string }): CampaignReportResult {
  const scope = reportScope(session, input);
  const range = { from: scope.from, to: scope.to };
  const previous = previousYear(range);
  // Every case of the campaign with any counted date between last year's start and this period's end.
  const [from, to] = [previous.from, range.to];
  const cases = session.ledger
    .stmt(
      `SELECT ${CASE_FIGURE_COLUMNS}, stage, lead_date AS leadDate, destroyed_qty AS destroyedQty, destroyed_unit AS destroyedUnit,
              destroyed_value_fen AS destroyedValueFen
       FROM cases WHERE deleted = 0 AND campaigns LIKE ? ESCAPE '\\' AND unit_code IN (SELECT value FROM json_each(?))
         AND ((lead_date BETWEEN ? AND ?) OR (filed_date BETWEEN ? AND ?) OR (closed_date BETWEEN ? AND ?)
              OR (decided_date BETWEEN ? AND ?) OR (police_transfer_date BETWEEN ? AND ?))`,
    )
    .all(`%,${input.campaign.replace(/[\\%_]/g, (c) => `\\${c}`)},%`, JSON.stringify(scope.units), from, to, from, to, from, to, from, to, from, to) as Row[];
  const units = scope.isLeague ? [scope.unit, ...scope.counties] : [];
  return {
    campaign: input.campaign,
    period: input.period,
    unit: scope.unit,
    current: campaignSummary(cases, range),
    previous: campaignSummary(cases, previous),
    units: units.map((u) => {
      const own = cases.filter((r) => r.unitCode === u.code);
      return { ...u, current: campaignSummary(own, range).total, previous: campaignSummary(own, previous).total };
    }),
  };
}
