/**
 * What a stored enforcement-action record and key-market record may hold: the checks a record
 * arriving in a bundle passes, mirroring shared/actions/schemas.ts and actions.ts (an action in a
 * physical market names it, one not in a market names none; no future dates).
 */
import { ACTION_TARGETS } from '../../../shared/actions/vocabulary';
import { choice, date, flag, int, quantity, tags, text, township, townshipKnown, type RecordRules, type RowCheck } from '../core/record-checks';

const marketNamed: RowCheck = {
  fields: ['physical_market', 'market_name'],
  check: (row) => {
    const named = String(row.market_name ?? '').trim() !== '';
    return (row.physical_market === 1) === named ? null : { field: 'market_name', problem: row.physical_market === 1 ? 'required' : 'range' };
  },
};

/** One live key market per name and unit (saving again edits it). */
const oneMarketPerName: RowCheck = {
  fields: ['name'],
  check: (row, ctx) => {
    if (row.deleted === 1) return null;
    const other = ctx.ledger.stmt('SELECT 1 FROM key_markets WHERE name = ? AND unit_code = ? AND deleted = 0 AND id <> ?').get(row.name, row.unit_code, row.id);
    return other ? { field: 'name', problem: 'duplicate' } : null;
  },
};

export const ACTION_RECORD_RULES = {
  enforcement_action: {
    columns: {
      date,
      title: text(120),
      campaigns: tags(),
      target: choice(ACTION_TARGETS),
      physical_market: flag,
      market_name: text(100),
      staff: int(0, 100_000),
      businesses_inspected: int(0, 100_000),
      markets_inspected: int(0, 100_000),
      seized_qty: quantity,
      seized_unit: text(20),
      seized_goods: text(200),
      township_code: township,
      notes: text(2000),
    },
    required: ['date', 'title', 'target'],
    factDates: ['date'],
    rows: [marketNamed, townshipKnown('township_code')],
  },
  key_market: {
    columns: { name: text(100), kind: text(40), township_code: township, active: flag, notes: text(400) },
    required: ['name'],
    rows: [oneMarketPerName, townshipKnown('township_code')],
  },
} as const satisfies Record<string, RecordRules>;
