/** What the enforcement-action contract methods return. */
import type { ActionTarget } from './vocabulary';

export interface ActionRecord {
  id: string;
  unitCode: string;
  date: string;
  title: string;
  campaigns: string[];
  target: ActionTarget;
  physicalMarket: boolean;
  marketName: string;
  staff: number;
  businessesInspected: number;
  marketsInspected: number;
  seizedQty: number | null;
  seizedUnit: string;
  seizedGoods: string;
  townshipCode: string | null;
  notes: string;
  updatedAt: string;
}

export interface KeyMarketRecord {
  id: string;
  unitCode: string;
  name: string;
  kind: string;
  townshipCode: string | null;
  active: boolean;
  notes: string;
}

export interface ActionList {
  year: number;
  /** The unit this ledger is (a county records actions; a league sees its counties' actions). */
  canEdit: boolean;
  rows: ActionRecord[];
  /** Sums over the year's rows, as the SAMR 执法行动 block counts them. */
  totals: { actions: number; staff: number; physicalMarketActions: number; physicalMarketStaff: number; businessesInspected: number; marketsInspected: number };
  /** Key physical markets in use (辖区重点实体市场数量). */
  keyMarkets: number;
}
