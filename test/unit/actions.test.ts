import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listActions, listKeyMarkets, removeAction, saveAction, saveKeyMarket } from '../../electron/domain/actions/actions';
import { exportBundle } from '../../electron/domain/bundles/export';
import { importBundle } from '../../electron/domain/bundles/import';
import { campaignReport } from '../../electron/domain/reports/campaign';
import { samrReport } from '../../electron/domain/reports/samr';
import { actionSaveSchema, keyMarketSaveSchema, type ActionFieldsDraft } from '../../shared/actions/schemas';
import { contentHash, officeAt } from '../helpers/bundles';
import { FIXED_NOW } from '../helpers/cases';
import { tempDir } from '../helpers/temp-ledger';

const XILIN = '152502';
const LEAGUE = '152500';

const fields = (overrides: Partial<ActionFieldsDraft> = {}): ActionFieldsDraft => ({
  date: '2026-11-10',
  title: '冬季重点市场商标侵权检查',
  campaigns: ['tiequan'],
  target: 'key_market',
  physicalMarket: true,
  marketName: '锡林浩特市农畜产品批发市场',
  staff: 9,
  businessesInspected: 31,
  marketsInspected: 1,
  seizedGoods: '假冒注册商标白酒',
  seizedQty: 24,
  seizedUnit: '瓶',
  ...overrides,
});

describe('执法行动记录 (enforcement-action log)', () => {
  it('a county records, corrects and deletes its actions; the league sees them after the bundle, with the same SAMR block', async () => {
    const county = await officeAt(XILIN, '锡林浩特市市场监督管理局', FIXED_NOW);
    const league = await officeAt(LEAGUE, '锡林郭勒盟市场监督管理局', FIXED_NOW);
    saveKeyMarket(county, keyMarketSaveSchema.parse({ name: '锡林浩特市农畜产品批发市场', kind: '批发市场', townshipCode: '152502001' }));
    expect(() => saveKeyMarket(county, keyMarketSaveSchema.parse({ name: '锡林浩特市农畜产品批发市场' }))).toThrow(/market_name_taken/);
    const a = saveAction(county, actionSaveSchema.parse({ fields: fields() }));
    const b = saveAction(county, actionSaveSchema.parse({ fields: fields({ date: '2026-10-02', physicalMarket: false, marketName: '', staff: 4, campaigns: ['lantian'], seizedQty: null, seizedGoods: '', seizedUnit: '' }) }));
    saveAction(county, actionSaveSchema.parse({ id: a.id, fields: fields({ staff: 11 }) }));
    const c = saveAction(county, actionSaveSchema.parse({ fields: fields({ date: '2026-11-12', staff: 100 }) }));
    removeAction(county, c.id);
    const list = listActions(county, 2026);
    expect(list.rows.map((r) => [r.id, r.staff])).toEqual([
      [a.id, 11],
      [b.id, 4],
    ]);
    expect(list.totals).toMatchObject({ actions: 2, staff: 15, physicalMarketActions: 1, physicalMarketStaff: 11 });
    expect(list.keyMarkets).toBe(1);
    // No future dates; the campaign tag must be one of the vocabulary's.
    expect(() => saveAction(county, actionSaveSchema.parse({ fields: fields({ date: '2026-12-01' }) }))).toThrow(/date_in_future/);
    expect(() => saveAction(county, actionSaveSchema.parse({ fields: fields({ campaigns: ['没有这个专项'] }) }))).toThrow(/campaign_unknown/);

    const report = await importBundle(league, (await exportBundle(county, path.join(tempDir(), 'c.zip'))).file, { trust: true });
    expect(report.rejected).toEqual([]);
    expect(contentHash(league, [XILIN])).toBe(contentHash(county, [XILIN]));
    const own = samrReport(county, { period: '2026Q4' }).table.actions;
    expect(own).toEqual({ actions: 2, staff: 15, physicalMarketActions: 1, physicalMarketStaff: 11, keyMarkets: 1 });
    const atLeague = samrReport(league, { period: '2026Q4' });
    expect(atLeague.counties.find((x) => x.code === XILIN)?.table.actions).toEqual(own);
    expect(atLeague.table.actions).toEqual(own);
    expect(listActions(league, 2026).rows).toHaveLength(2);
    expect(listKeyMarkets(league)).toHaveLength(1);
    // The league reads; it records none of its own.
    expect(() => saveAction(league, actionSaveSchema.parse({ fields: fields() }))).toThrow(/action_county_only/);
    expect(() => removeAction(league, a.id)).toThrow(/action_county_only/);

    // The campaign summary's workload: actions tagged with the campaign in the period.
    const tiequan = campaignReport(county, { campaign: 'tiequan', period: '2026' }).actions.current;
    expect(tiequan).toEqual({ actions: 1, staff: 11, physicalMarketActions: 1, businessesInspected: 31, marketsInspected: 1, seized: [{ unit: '瓶', qty: 24 }] });
    expect(campaignReport(county, { campaign: 'lantian', period: '2026' }).actions.current).toMatchObject({ actions: 1, staff: 4, seized: [] });
  }, 60_000);
});
