/**
 * The record rules a received record must pass (electron/domain/records) describe exactly the
 * syncable fields, and everything the app itself writes passes them: a county's and a league's
 * demo ledgers (cases with every stage, parties, evidence, GI users with reports and inspections,
 * plans, progress reports, indicators, the seeded catalogue) have no record that would be refused.
 */
import { describe, expect, it } from 'vitest';
import { generateDemoActions } from '../../electron/demo/actions';
import { generateDemoCases } from '../../electron/demo/cases';
import { generateDemoGiUsers } from '../../electron/demo/gi';
import { generateDemoPlan } from '../../electron/demo/plans';
import { checkColumn, checkRecord, recordCheckContext, type Row } from '../../electron/domain/core/record-checks';
import { RECORD_RULES } from '../../electron/domain/bundles/record-rules';
import type { Session } from '../../electron/domain/core/session';
import { ENTITIES } from '../../electron/store/syncable';
import type { SyncableEntity } from '../../shared/entities';
import { FIXED_NOW } from '../helpers/cases';
import { officeAt } from '../helpers/bundles';

function problems(session: Session): string[] {
  const found: string[] = [];
  for (const [entity, spec] of Object.entries(ENTITIES)) {
    const rules = RECORD_RULES[entity as SyncableEntity];
    for (const row of session.ledger.db.prepare(`SELECT * FROM "${spec.table}"`).iterate() as Iterable<Row>) {
      const ctx = recordCheckContext(session.ledger, String(row.unit_code), FIXED_NOW);
      const problem = checkRecord(rules, row, 'all', ctx);
      if (problem) found.push(`${entity} ${String(row.id)}: ${problem.field} ${problem.problem} (${JSON.stringify(row[problem.field])?.slice(0, 60)})`);
    }
  }
  return found;
}

describe('record rules', () => {
  it('cover every syncable field of every entity, and nothing else', () => {
    for (const [entity, spec] of Object.entries(ENTITIES)) {
      const rules = RECORD_RULES[entity as SyncableEntity];
      expect(Object.keys(rules.columns).sort(), entity).toEqual([...spec.fields].sort());
      for (const f of [...(rules.required ?? []), ...(rules.factDates ?? [])]) expect(spec.fields, `${entity}.${f}`).toContain(f);
      for (const r of rules.rows ?? []) for (const f of r.fields) expect(spec.fields, `${entity}.${f}`).toContain(f);
    }
  });

  it('accept every column’s SQL default, except the required columns (a new record must fill those)', async () => {
    const session = await officeAt('152502', '锡林浩特市市场监督管理局', FIXED_NOW);
    const ctx = recordCheckContext(session.ledger, '152502', FIXED_NOW);
    const invalid: string[] = [];
    for (const [entity, spec] of Object.entries(ENTITIES)) {
      const rules = RECORD_RULES[entity as SyncableEntity];
      const columns = session.ledger.db.prepare(`PRAGMA table_info("${spec.table}")`).all() as { name: string; dflt_value: string | null }[];
      for (const c of columns) {
        if (!(c.name in rules.columns) || rules.required?.includes(c.name)) continue;
        const d = c.dflt_value;
        const value = d === null ? null : /^'.*'$/.test(d) ? d.slice(1, -1) : Number(d);
        if (checkColumn(rules, c.name, value, ctx)) invalid.push(`${entity}.${c.name} = ${String(d)}`);
      }
    }
    expect(invalid).toEqual([]);
  });

  it('accept every record the app writes, in a county’s and in a league’s ledger', async () => {
    const county = await officeAt('152502', '锡林浩特市市场监督管理局', FIXED_NOW);
    generateDemoCases(county, { count: 400, seed: 7 });
    generateDemoGiUsers(county, { count: 60, seed: 7 });
    generateDemoPlan(county, 7);
    generateDemoActions(county, { count: 40, seed: 7 });
    const league = await officeAt('152500', '锡林郭勒盟市场监督管理局', FIXED_NOW);
    generateDemoCases(league, { count: 200, seed: 8 });
    generateDemoGiUsers(league, { count: 40, seed: 8 });
    generateDemoPlan(league, 8);
    generateDemoActions(league, { count: 40, seed: 8 });
    for (const s of [county, league]) {
      const total = (Object.values(ENTITIES) as { table: string }[]).reduce(
        (n, spec) => n + (s.ledger.db.prepare(`SELECT count(*) FROM "${spec.table}"`).pluck().get() as number),
        0,
      );
      expect(total).toBeGreaterThan(1000);
      expect(problems(s)).toEqual([]);
    }
  }, 120_000);

  it('find what is wrong with a stored record, field by field', async () => {
    const league = await officeAt('152500', '锡林郭勒盟市场监督管理局', FIXED_NOW);
    const ctx = recordCheckContext(league.ledger, '152502', FIXED_NOW);
    const rules = RECORD_RULES.case;
    const valid: Row = Object.fromEntries(Object.keys(rules.columns).map((c) => [c, null]));
    Object.assign(valid, {
      case_number: '',
      title: '案件',
      campaigns: ',tiequan,',
      category: 'trademark',
      source: 'inspection',
      flags: '',
      stage: 'CLUE',
      lead_date: '2026-11-01',
      filing_extended: 0,
      decision_extended: 0,
      excluded_days: 0,
      procedure: 'ordinary',
      penalty_kinds: '',
      filing_excluded_days: 0,
      decision_extensions: '',
      ...Object.fromEntries(
        [
          'violation_type',
          'legal_basis',
          'goods',
          'goods_category',
          'place_type',
          'platform',
          'shop_url',
          'seized_unit',
          'destroyed_unit',
          'police_receiver',
          'gi_product',
          'handlers',
          'notes',
          'decision_number',
          'extension_note',
        ].map((c) => [c, '']),
      ),
    });
    expect(checkRecord(rules, valid, 'all', ctx)).toBeNull();
    const cases: [Row, string, string][] = [
      [{ flags: ',ecommerce,unknown,' }, 'flags', 'choice'],
      // Issue 16: the procedure, penalty kinds and extension list are closed shapes too.
      [{ procedure: 'fast' }, 'procedure', 'choice'],
      [{ penalty_kinds: ',warning,jail,' }, 'penalty_kinds', 'choice'],
      [{ decision_extensions: '[{"by":"head"}]' }, 'decision_extensions', 'format'],
      [{ flags: 'ecommerce' }, 'flags', 'format'],
      [{ fine_fen: 1.5 }, 'fine_fen', 'type'],
      [{ fine_fen: 1e16 }, 'fine_fen', 'range'],
      [{ township_code: '152502999' }, 'township_code', 'reference_unknown'],
      [{ closed_date: '2026-11-22' }, 'closed_date', 'future_date'],
      [{ filing_extended: 2 }, 'filing_extended', 'type'],
      // 挽回外商投资企业经济损失 is part of 挽回经济损失 and needs the 外商投资企业被侵权 flag (SAMR form columns 5, 11).
      [{ recovered_loss_fen: 100, recovered_foreign_loss_fen: 200, flags: ',foreign_investment,' }, 'recovered_foreign_loss_fen', 'range'],
      [{ recovered_loss_fen: 300, recovered_foreign_loss_fen: 200 }, 'recovered_foreign_loss_fen', 'range'],
    ];
    for (const [change, field, problem] of cases)
      expect(checkRecord(rules, { ...valid, ...change }, 'all', ctx), JSON.stringify(change)).toEqual({ field, problem });
    // The day after "today" is still accepted: a sender a few time zones ahead is not refused.
    expect(checkRecord(rules, { ...valid, closed_date: '2026-11-21' }, 'all', ctx)).toBeNull();
    expect(checkRecord(rules, { ...valid, recovered_loss_fen: 300, recovered_foreign_loss_fen: 200, flags: ',foreign_investment,' }, 'all', ctx)).toBeNull();
    // An enforcement action in a physical market names it; one outside names none.
    const action: Row = {
      date: '2026-11-01',
      title: '重点市场检查',
      campaigns: ',tiequan,',
      target: 'key_market',
      physical_market: 1,
      market_name: '锡林浩特市百货大楼',
      staff: 6,
      businesses_inspected: 10,
      markets_inspected: 1,
      seized_qty: null,
      seized_unit: '',
      seized_goods: '',
      township_code: null,
      notes: '',
    };
    expect(checkRecord(RECORD_RULES.enforcement_action, action, 'all', ctx)).toBeNull();
    expect(checkRecord(RECORD_RULES.enforcement_action, { ...action, market_name: '' }, 'all', ctx)).toEqual({ field: 'market_name', problem: 'required' });
    expect(checkRecord(RECORD_RULES.enforcement_action, { ...action, target: 'other' }, 'all', ctx)).toEqual({ field: 'target', problem: 'choice' });
    expect(checkRecord(RECORD_RULES.enforcement_action, { ...action, date: '2026-12-01' }, 'all', ctx)).toEqual({ field: 'date', problem: 'future_date' });
  });
});
