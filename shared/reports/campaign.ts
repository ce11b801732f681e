/**
 * Campaign summaries (铁拳, 蓝天, …): a campaign's cases by category and stage, with the figures
 * campaign reports ask for (docs/domain.md §3, campaign-statistics.csv), for a period and the same
 * period a year earlier. Pure: the domain reads the rows, tests feed hand-built ones.
 *
 * Counting rules (shown under the table):
 * - 线索: campaign cases whose lead date falls in the period; the category × stage grid shows
 *   where those cases stand now.
 * - 立案, 结案, 涉案金额, 罚没款 and 移送 count exactly as in the SAMR table (filing, closing,
 *   decision and transfer dates).
 * - 销毁侵权商品 (value, and quantity per unit) counts with the decision date, like 罚没款: goods
 *   are destroyed on the decision's confiscation.
 */
import { CASE_CATEGORIES, MAIN_STAGES, type CaseCategory, type MainStage } from '../cases/vocabulary';
import type { CaseDateField } from '../cases/schemas';
import { fenToWan, type CaseFigures } from './samr';
import type { DrillRange } from './case-drill';

export interface CampaignCase extends CaseFigures {
  stage: MainStage;
  leadDate: string;
  destroyedQty: number | null;
  destroyedUnit: string;
  destroyedValueFen: number | null;
  /** How many cases this line stands for (default 1): the domain passes groups with summed figures. */
  weight?: number;
}

export interface CampaignFigures {
  leads: number;
  filed: number;
  closed: number;
  /** 万元 */
  amountInvolved: number;
  penalties: number;
  transferredCases: number;
  transferredPersons: number;
  destroyedValue: number;
  /** Quantities destroyed per unit as recorded (吨, 件, …), units sorted. */
  destroyedQty: { unit: string; qty: number }[];
}

export type CampaignColumn = Exclude<keyof CampaignFigures, 'destroyedQty'>;
export const CAMPAIGN_COLUMNS: readonly CampaignColumn[] = [
  'leads',
  'filed',
  'closed',
  'amountInvolved',
  'penalties',
  'transferredCases',
  'transferredPersons',
  'destroyedValue',
];

/** The date each column counts by; drill-down filters the case list by the same one. */
export const CAMPAIGN_DATE: Record<CampaignColumn, CaseDateField> = {
  leads: 'lead',
  filed: 'filed',
  amountInvolved: 'filed',
  closed: 'closed',
  penalties: 'decided',
  destroyedValue: 'decided',
  transferredCases: 'transferred',
  transferredPersons: 'transferred',
};

export interface CampaignSummary {
  from: string;
  to: string;
  rows: Record<CaseCategory, CampaignFigures>;
  total: CampaignFigures;
  /** Cases with a lead in the period, by category and the stage they are at now. */
  stages: Record<CaseCategory, Partial<Record<MainStage, number>>>;
}

const inRange = (date: string | null, r: DrillRange) => date !== null && date >= r.from && date <= r.to;

interface Accumulator {
  figures: CampaignFigures;
  fen: { amount: number; penalties: number; destroyed: number };
  qty: Map<string, number>;
}

function accumulator(): Accumulator {
  return {
    figures: {
      leads: 0,
      filed: 0,
      closed: 0,
      amountInvolved: 0,
      penalties: 0,
      transferredCases: 0,
      transferredPersons: 0,
      destroyedValue: 0,
      destroyedQty: [],
    },
    fen: { amount: 0, penalties: 0, destroyed: 0 },
    qty: new Map(),
  };
}

function add(acc: Accumulator, c: CampaignCase, r: DrillRange): void {
  const f = acc.figures;
  const n = c.weight ?? 1;
  if (inRange(c.leadDate, r)) f.leads += n;
  if (inRange(c.filedDate, r)) {
    f.filed += n;
    acc.fen.amount += c.amountInvolvedFen ?? 0;
  }
  if (inRange(c.closedDate, r)) f.closed += n;
  if (inRange(c.decidedDate, r)) {
    acc.fen.penalties += (c.fineFen ?? 0) + (c.confiscatedFen ?? 0);
    acc.fen.destroyed += c.destroyedValueFen ?? 0;
    if (c.destroyedQty) {
      const unit = c.destroyedUnit.trim();
      acc.qty.set(unit, (acc.qty.get(unit) ?? 0) + c.destroyedQty);
    }
  }
  if (inRange(c.policeTransferDate, r)) {
    f.transferredCases += n;
    f.transferredPersons += c.policePersons ?? 0;
  }
}

function finish(acc: Accumulator): CampaignFigures {
  return {
    ...acc.figures,
    amountInvolved: fenToWan(acc.fen.amount),
    penalties: fenToWan(acc.fen.penalties),
    destroyedValue: fenToWan(acc.fen.destroyed),
    // Quantities are decimals (吨): round away float noise from summing them.
    destroyedQty: [...acc.qty].sort(([a], [b]) => a.localeCompare(b)).map(([unit, qty]) => ({ unit, qty: Math.round(qty * 1000) / 1000 })),
  };
}

export function campaignSummary(cases: readonly CampaignCase[], range: DrillRange): CampaignSummary {
  const perCategory = new Map<CaseCategory, Accumulator>(CASE_CATEGORIES.map((c) => [c, accumulator()]));
  const total = accumulator();
  const stages = Object.fromEntries(CASE_CATEGORIES.map((c) => [c, {}])) as CampaignSummary['stages'];
  for (const c of cases) {
    const acc = perCategory.get(c.category);
    if (!acc) continue;
    add(acc, c, range);
    add(total, c, range);
    if (inRange(c.leadDate, range) && (MAIN_STAGES as readonly string[]).includes(c.stage)) {
      const row = stages[c.category];
      row[c.stage] = (row[c.stage] ?? 0) + (c.weight ?? 1);
    }
  }
  return {
    from: range.from,
    to: range.to,
    rows: Object.fromEntries([...perCategory].map(([c, acc]) => [c, finish(acc)])) as Record<CaseCategory, CampaignFigures>,
    total: finish(total),
    stages,
  };
}

/** The same period one year earlier (a quarter or a whole year; 02-29 becomes 02-28). */
export function previousYear(range: DrillRange): DrillRange {
  const back = (d: string) => {
    const year = String(Number(d.slice(0, 4)) - 1);
    const md = d.slice(5) === '02-29' ? '02-28' : d.slice(5);
    return `${year}-${md}`;
  };
  return { from: back(range.from), to: back(range.to) };
}
