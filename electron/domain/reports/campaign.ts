/**
 * A campaign's summary for a unit and period, from the cases tagged with it. As for the SAMR
 * table, each figure depends on one date, so the campaign's cases are read once per date and
 * period, grouped and summed by SQLite inside that date's index (0009), and handed to the pure
 * summary as weighted lines dated at the period's start.
 */
import { campaignActions, campaignSummary, previousYear, type CampaignActions, type CampaignCase } from '../../../shared/reports/campaign';
import { actionGroups, seizedByUnit } from '../actions/stats';
import type { CampaignReportResult } from '../../../shared/reports/campaign-report';
import type { CaseCategory, MainStage } from '../../../shared/cases/vocabulary';
import type { DrillRange } from '../../../shared/reports/case-drill';
import type { Ledger } from '../../store/ledger';
import { FILED_OUTSIDE_PERIOD, NO_FIGURES } from '../../../shared/reports/samr';
import type { Session } from '../core/session';
import { reportScope } from './scope';

type Line = CampaignCase & { unitCode: string };
type Group = { unitCode: string; category: CaseCategory; weight: number };

const NONE = {
  ...NO_FIGURES,
  stage: 'CLUE' as MainStage,
  leadDate: '',
  destroyedQty: null,
  destroyedUnit: '',
  destroyedValueFen: null,
};

function lines(ledger: Ledger, campaign: string, units: string[], range: DrillRange): Line[] {
  // `+unit_code` keeps SQLite on the date index; the tag is tested inside it.
  const where = `+unit_code IN (SELECT value FROM json_each(:units)) AND deleted = 0 AND campaigns LIKE :tag ESCAPE '\\'`;
  const p = { units: JSON.stringify(units), tag: `%,${campaign.replace(/[\\%_]/g, (c) => `\\${c}`)},%`, from: range.from, to: range.to };
  const leads = ledger
    .stmt(
      `SELECT unit_code AS unitCode, category, stage, count(*) AS weight FROM cases
       WHERE lead_date BETWEEN :from AND :to AND ${where} GROUP BY unit_code, category, stage`,
    )
    .all(p) as (Group & { stage: MainStage })[];
  const filed = ledger
    .stmt(
      `SELECT unit_code AS unitCode, category, count(*) AS weight, sum(amount_involved_fen) AS amountInvolvedFen
       FROM cases WHERE filed_date BETWEEN :from AND :to AND ${where} GROUP BY unit_code, category`,
    )
    .all(p) as (Group & { amountInvolvedFen: number | null })[];
  const closed = ledger
    .stmt(
      `SELECT unit_code AS unitCode, category, count(*) AS weight FROM cases WHERE closed_date BETWEEN :from AND :to AND ${where} AND filed_date IS NOT NULL GROUP BY unit_code, category`,
    )
    .all(p) as Group[];
  const decided = ledger
    .stmt(
      `SELECT unit_code AS unitCode, category, count(*) AS weight, sum(fine_fen) AS fineFen, sum(confiscated_fen) AS confiscatedFen,
              sum(destroyed_value_fen) AS destroyedValueFen, sum(destroyed_qty) AS destroyedQty, destroyed_unit AS destroyedUnit
       FROM cases WHERE decided_date BETWEEN :from AND :to AND ${where} GROUP BY unit_code, category, destroyed_unit`,
    )
    .all(p) as (Group & {
    fineFen: number | null;
    confiscatedFen: number | null;
    destroyedValueFen: number | null;
    destroyedQty: number | null;
    destroyedUnit: string;
  })[];
  const transferred = ledger
    .stmt(
      `SELECT unit_code AS unitCode, category, count(*) AS weight, sum(police_persons) AS policePersons
       FROM cases WHERE police_transfer_date BETWEEN :from AND :to AND ${where} GROUP BY unit_code, category`,
    )
    .all(p) as (Group & { policePersons: number | null })[];
  const at = range.from;
  return [
    ...leads.map((r) => ({ ...NONE, ...r, leadDate: at })),
    ...filed.map((r) => ({ ...NONE, ...r, filedDate: at })),
    ...closed.map((r) => ({ ...NONE, ...r, closedDate: at, filedDate: FILED_OUTSIDE_PERIOD })),
    ...decided.map((r) => ({ ...NONE, ...r, decidedDate: at })),
    ...transferred.map((r) => ({ ...NONE, ...r, policeTransferDate: at })),
  ];
}

/** The campaign's actions in a range, for the given units (each unit's own line with `only`). */
function actionsOf(ledger: Ledger, campaign: string, units: string[], range: DrillRange): (only?: string) => CampaignActions {
  const groups = actionGroups(ledger, units, range.from, range.to, campaign);
  const seized = seizedByUnit(ledger, units, range.from, range.to, campaign);
  return (only) =>
    campaignActions(
      groups.filter((g) => only === undefined || g.unitCode === only),
      seized.filter((s) => only === undefined || s.unitCode === only),
    );
}

export function campaignReport(session: Session, input: { campaign: string; period: string; unit?: string }): CampaignReportResult {
  const scope = reportScope(session, input);
  const range = { from: scope.from, to: scope.to };
  const previous = previousYear(range);
  const now = lines(session.ledger, input.campaign, scope.units, range);
  const before = lines(session.ledger, input.campaign, scope.units, previous);
  const units = scope.isLeague ? [scope.unit, ...scope.counties] : [];
  const actionsNow = actionsOf(session.ledger, input.campaign, scope.units, range);
  const actionsBefore = actionsOf(session.ledger, input.campaign, scope.units, previous);
  return {
    actions: { current: actionsNow(), previous: actionsBefore(), units: units.map((u) => ({ ...u, current: actionsNow(u.code) })) },
    campaign: input.campaign,
    period: input.period,
    unit: scope.unit,
    current: campaignSummary(now, range),
    previous: campaignSummary(before, previous),
    units: units.map((u) => ({
      ...u,
      current: campaignSummary(
        now.filter((r) => r.unitCode === u.code),
        range,
      ).total,
      previous: campaignSummary(
        before.filter((r) => r.unitCode === u.code),
        previous,
      ).total,
    })),
  };
}
