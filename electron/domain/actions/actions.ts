/**
 * 执法行动记录 (issue 16): one record per enforcement action a county deploys — the source of the
 * SAMR form's 执法行动 block (开展执法行动 次, 出动执法人员 人次, 实体市场执法行动 次, 实体市场出动执法
 * 人员 人次; form note 4(1)) and of the campaign summaries' workload — and the county's list of key
 * physical markets (辖区重点实体市场数量 个). County records, each owned by the unit that wrote it; a
 * league sees its counties' records as they arrive in bundles and writes none.
 */
import { DomainError } from '../../../shared/errors';
import type { ActionFieldsInput, ActionSaveInput, KeyMarketSaveInput } from '../../../shared/actions/schemas';
import type { ActionList, ActionRecord, KeyMarketRecord } from '../../../shared/actions/types';
import type { ActionTarget } from '../../../shared/actions/vocabulary';
import { insertRecord, tombstoneRecord, updateRecord } from '../../store/change-log';
import type { FieldValue } from '../../store/change-log';
import type { Ledger } from '../../store/ledger';
import { checkNotFuture, currentOffice } from '../core/office';
import { activeCodes } from '../core/reference-overlay';
import { decodeTags, encodeTags } from '../core/tags';
import { writeContext, type Session } from '../core/session';

interface ActionRow {
  id: string;
  unit_code: string;
  date: string;
  title: string;
  campaigns: string;
  target: string;
  physical_market: number;
  market_name: string;
  staff: number;
  businesses_inspected: number;
  markets_inspected: number;
  seized_qty: number | null;
  seized_unit: string;
  seized_goods: string;
  township_code: string | null;
  notes: string;
  updated_at: string;
}

interface MarketRow {
  id: string;
  unit_code: string;
  name: string;
  kind: string;
  township_code: string | null;
  active: number;
  notes: string;
}

function recordOf(r: ActionRow): ActionRecord {
  return {
    id: r.id,
    unitCode: r.unit_code,
    date: r.date,
    title: r.title,
    campaigns: decodeTags(r.campaigns),
    target: r.target as ActionTarget,
    physicalMarket: r.physical_market === 1,
    marketName: r.market_name,
    staff: r.staff,
    businessesInspected: r.businesses_inspected,
    marketsInspected: r.markets_inspected,
    seizedQty: r.seized_qty,
    seizedUnit: r.seized_unit,
    seizedGoods: r.seized_goods,
    townshipCode: r.township_code,
    notes: r.notes,
    updatedAt: r.updated_at,
  };
}

function marketOf(r: MarketRow): KeyMarketRecord {
  return { id: r.id, unitCode: r.unit_code, name: r.name, kind: r.kind, townshipCode: r.township_code, active: r.active === 1, notes: r.notes };
}

/** Only a county records actions and its key markets (the league reports its counties' records). */
function countyContext(session: Session) {
  const ctx = writeContext(session);
  if (currentOffice(session).role !== 'county') throw new DomainError('validation', 'action_county_only');
  return ctx;
}

function ownedRow(ledger: Ledger, table: 'enforcement_actions' | 'key_markets', id: string, unitCode: string): void {
  const owner = ledger.stmt(`SELECT unit_code FROM ${table} WHERE id = ? AND deleted = 0`).pluck().get(id) as string | undefined;
  if (owner === undefined) throw new DomainError('not_found', `record ${id} not found`);
  if (owner !== unitCode) throw new DomainError('validation', 'not_owner');
}

/** The stored row of an action's fields (the record rules in record-rules.ts check the same row). */
export function actionColumns(input: ActionFieldsInput): Record<string, FieldValue> {
  return {
    date: input.date,
    title: input.title,
    campaigns: encodeTags(input.campaigns),
    target: input.target,
    physical_market: input.physicalMarket ? 1 : 0,
    // Not in a physical market: no market is named (the form counts 实体市场 actions by the flag).
    market_name: input.physicalMarket ? input.marketName : '',
    staff: input.staff,
    businesses_inspected: input.businessesInspected,
    markets_inspected: input.marketsInspected,
    seized_qty: input.seizedQty,
    seized_unit: input.seizedUnit,
    seized_goods: input.seizedGoods,
    township_code: input.townshipCode,
    notes: input.notes,
  };
}

function checkAction(session: Session, input: ActionFieldsInput, previousCampaigns: string[] = []): void {
  checkNotFuture(session, input.date);
  if (input.physicalMarket && input.marketName.trim() === '') throw new DomainError('validation', 'action_market_required');
  if (!input.physicalMarket && input.marketName.trim() !== '') throw new DomainError('validation', 'action_market_required');
  const campaigns = activeCodes(session.ledger, 'campaign');
  if (input.campaigns.some((c) => !campaigns.has(c) && !previousCampaigns.includes(c))) throw new DomainError('validation', 'campaign_unknown');
  if (input.townshipCode && !session.ledger.stmt('SELECT 1 FROM ref_townships WHERE code = ?').get(input.townshipCode))
    throw new DomainError('validation', 'township_unknown');
}

export function getAction(ledger: Ledger, id: string): ActionRecord {
  const row = ledger.stmt('SELECT * FROM enforcement_actions WHERE id = ? AND deleted = 0').get(id) as ActionRow | undefined;
  if (!row) throw new DomainError('not_found', `action ${id} not found`);
  return recordOf(row);
}

export function saveAction(session: Session, input: ActionSaveInput): ActionRecord {
  const ctx = countyContext(session);
  const { ledger } = session;
  if (input.id) {
    ownedRow(ledger, 'enforcement_actions', input.id, ctx.unitCode);
    checkAction(session, input.fields, getAction(ledger, input.id).campaigns);
    const id = input.id;
    ledger.write(() => updateRecord(ctx, 'enforcement_action', id, actionColumns(input.fields)));
    return getAction(ledger, id);
  }
  checkAction(session, input.fields);
  const id = ledger.write(() => insertRecord(ctx, 'enforcement_action', actionColumns(input.fields)));
  return getAction(ledger, id);
}

export function removeAction(session: Session, id: string): { id: string } {
  const ctx = countyContext(session);
  ownedRow(session.ledger, 'enforcement_actions', id, ctx.unitCode);
  session.ledger.write(() => tombstoneRecord(ctx, 'enforcement_action', id));
  return { id };
}

/** The year's actions of this ledger's unit (a league: its own and its counties'), newest first. */
export function listActions(session: Session, year: number): ActionList {
  const office = currentOffice(session);
  const units = unitsOf(session, office.unitCode, office.role === 'league');
  const rows = session.ledger
    .stmt(
      `SELECT * FROM enforcement_actions WHERE date BETWEEN :from AND :to AND deleted = 0 AND unit_code IN (SELECT value FROM json_each(:units))
       ORDER BY date DESC, created_at DESC`,
    )
    .all({ from: `${year}-01-01`, to: `${year}-12-31`, units: JSON.stringify(units) }) as ActionRow[];
  const records = rows.map(recordOf);
  const sum = (pick: (r: ActionRecord) => number, only: (r: ActionRecord) => boolean = () => true) => records.filter(only).reduce((s, r) => s + pick(r), 0);
  return {
    year,
    canEdit: office.role === 'county',
    rows: records,
    totals: {
      actions: records.length,
      staff: sum((r) => r.staff),
      physicalMarketActions: records.filter((r) => r.physicalMarket).length,
      physicalMarketStaff: sum((r) => r.staff, (r) => r.physicalMarket),
      businessesInspected: sum((r) => r.businessesInspected),
      marketsInspected: sum((r) => r.marketsInspected),
    },
    keyMarkets: keyMarketCount(session.ledger, units),
  };
}

function unitsOf(session: Session, unitCode: string, isLeague: boolean): string[] {
  if (!isLeague) return [unitCode];
  const counties = session.ledger.stmt('SELECT code FROM ref_regions WHERE parent_code = ?').pluck().all(unitCode) as string[];
  return [unitCode, ...counties];
}

/** 辖区重点实体市场数量: the key markets in use on the units' lists (as they stand now). */
export function keyMarketCount(ledger: Ledger, units: readonly string[]): number {
  return ledger
    .stmt('SELECT count(*) FROM key_markets WHERE deleted = 0 AND active = 1 AND unit_code IN (SELECT value FROM json_each(?))')
    .pluck()
    .get(JSON.stringify(units)) as number;
}

export function listKeyMarkets(session: Session): KeyMarketRecord[] {
  const office = currentOffice(session);
  const units = unitsOf(session, office.unitCode, office.role === 'league');
  const rows = session.ledger
    .stmt('SELECT * FROM key_markets WHERE deleted = 0 AND unit_code IN (SELECT value FROM json_each(?)) ORDER BY unit_code, active DESC, name')
    .all(JSON.stringify(units)) as MarketRow[];
  return rows.map(marketOf);
}

export function saveKeyMarket(session: Session, input: KeyMarketSaveInput): KeyMarketRecord[] {
  const ctx = countyContext(session);
  const { ledger } = session;
  if (input.townshipCode && !ledger.stmt('SELECT 1 FROM ref_townships WHERE code = ?').get(input.townshipCode)) throw new DomainError('validation', 'township_unknown');
  const same = ledger
    .stmt('SELECT id FROM key_markets WHERE unit_code = ? AND name = ? AND deleted = 0 AND id <> ?')
    .pluck()
    .get(ctx.unitCode, input.name, input.id ?? '') as string | undefined;
  if (same) throw new DomainError('validation', 'market_name_taken');
  const fields = { name: input.name, kind: input.kind, township_code: input.townshipCode, active: input.active ? 1 : 0, notes: input.notes };
  if (input.id) {
    ownedRow(ledger, 'key_markets', input.id, ctx.unitCode);
    const id = input.id;
    ledger.write(() => updateRecord(ctx, 'key_market', id, fields));
  } else ledger.write(() => insertRecord(ctx, 'key_market', fields));
  return listKeyMarkets(session);
}
