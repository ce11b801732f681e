/**
 * What the reports read of the action log (reports is an aggregate layer over the features): the
 * period's actions grouped by unit, physical-market flag (and campaign, for campaign summaries),
 * summed by SQLite inside the date index (migration 0012), and the units' key markets.
 */
import type { CampaignActionLine } from '../../../shared/reports/campaign';
import type { Ledger } from '../../store/ledger';

/** One group of the period's actions: the shape the campaign summary sums (shared/reports/campaign.ts). */
export type ActionGroup = CampaignActionLine;

export function actionGroups(ledger: Ledger, units: readonly string[], from: string, to: string, campaign?: string): ActionGroup[] {
  const tag = campaign === undefined ? null : `%,${campaign.replace(/[\\%_]/g, (c) => `\\${c}`)},%`;
  const rows = ledger
    .stmt(
      `SELECT unit_code AS unitCode, physical_market AS physicalMarket, count(*) AS weight, sum(staff) AS staff,
              sum(businesses_inspected) AS businessesInspected, sum(markets_inspected) AS marketsInspected
       FROM enforcement_actions
       WHERE date BETWEEN :from AND :to AND deleted = 0 AND +unit_code IN (SELECT value FROM json_each(:units))
         AND (:tag IS NULL OR campaigns LIKE :tag ESCAPE '\\')
       GROUP BY unit_code, physical_market`,
    )
    .all({ from, to, units: JSON.stringify(units), tag }) as (Omit<ActionGroup, 'physicalMarket'> & { physicalMarket: number })[];
  return rows.map((r) => ({ ...r, physicalMarket: r.physicalMarket === 1 }));
}

/** Goods seized in the period's actions, per unit and quantity unit (campaign summaries). */
export function seizedByUnit(ledger: Ledger, units: readonly string[], from: string, to: string, campaign: string): { unitCode: string; unit: string; qty: number }[] {
  const tag = `%,${campaign.replace(/[\\%_]/g, (c) => `\\${c}`)},%`;
  return ledger
    .stmt(
      `SELECT unit_code AS unitCode, seized_unit AS unit, sum(seized_qty) AS qty FROM enforcement_actions
       WHERE date BETWEEN :from AND :to AND deleted = 0 AND seized_qty > 0 AND +unit_code IN (SELECT value FROM json_each(:units))
         AND campaigns LIKE :tag ESCAPE '\\'
       GROUP BY unit_code, seized_unit`,
    )
    .all({ from, to, units: JSON.stringify(units), tag }) as { unitCode: string; unit: string; qty: number }[];
}

/** 辖区重点实体市场数量 per unit: the key markets in use on each unit's list. */
export function keyMarketsByUnit(ledger: Ledger, units: readonly string[]): Map<string, number> {
  const rows = ledger
    .stmt('SELECT unit_code AS unitCode, count(*) AS n FROM key_markets WHERE deleted = 0 AND active = 1 AND unit_code IN (SELECT value FROM json_each(?)) GROUP BY unit_code')
    .all(JSON.stringify(units)) as { unitCode: string; n: number }[];
  return new Map(rows.map((r) => [r.unitCode, r.n]));
}
