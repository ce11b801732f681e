/**
 * Which cases a report's number counts, as a case-list query. Reports count by the same dates
 * and filters the case list offers, so clicking a number opens exactly the cases behind it
 * (test/unit/report-drill.test.ts checks every cell against the list's count on demo data).
 */
import type { CaseDateField, CaseListDraft } from '../cases/schemas';
import { SAMR_CATEGORIES, type CaseCategory, type MainStage } from '../cases/vocabulary';
import { CAMPAIGN_DATE, type CampaignColumn } from './campaign';
import { SAMR_FLAGS, type SamrFlag } from './samr';
import type { SamrColumnKey } from './samr-form';

export type SamrColumn = SamrColumnKey;

/** The date each SAMR column counts by (the table's footnote says the same in words). */
const SAMR_DATE: Record<SamrColumn, CaseDateField> = {
  filed: 'filed',
  amountInvolved: 'filed',
  // 结案 and the recovered losses: filed cases closed in the period.
  closed: 'closedFiled',
  recoveredLoss: 'closedFiled',
  recoveredForeignLoss: 'closedFiled',
  penalties: 'decided',
  transferredCases: 'transferred',
  ecommerce: 'filed',
  physical_market: 'filed',
  rural: 'filed',
  foreign_investment: 'filed',
};

export interface DrillRange {
  from: string;
  to: string;
}

/**
 * The cases behind one SAMR cell. `unit` is a county's code, or undefined for a league's total
 * (a league ledger holds only its own and its counties' cases).
 */
export function samrCellQuery(range: DrillRange, category: CaseCategory | 'total', column: SamrColumn, unit?: string): CaseListDraft {
  return {
    dateField: SAMR_DATE[column],
    dateFrom: range.from,
    dateTo: range.to,
    // 合计 is the sum of the form's eight rows (cases still under the old 其他 are not in it).
    categories: category === 'total' ? [...SAMR_CATEGORIES] : [category],
    flags: (SAMR_FLAGS as readonly string[]).includes(column) ? [column as SamrFlag] : [],
    unitCode: unit,
  };
}

/**
 * The unit filter for a report's drill-down: a county's code; none for a league, whose ledger
 * holds only its own and its counties' cases — exactly what its total counts.
 */
export function drillUnit(unitCode: string): string | undefined {
  return unitCode.endsWith('00') ? undefined : unitCode;
}

/** The cases behind a campaign summary's cell; with `stage`, the category × stage grid's cell (leads only). */
export function campaignCellQuery(
  campaign: string,
  range: DrillRange,
  category: CaseCategory | 'total',
  column: CampaignColumn,
  unit?: string,
  stage?: MainStage,
): CaseListDraft {
  return {
    campaigns: [campaign],
    dateField: CAMPAIGN_DATE[column],
    dateFrom: range.from,
    dateTo: range.to,
    categories: category === 'total' ? [] : [category],
    stages: stage ? [stage] : [],
    unitCode: unit,
  };
}
