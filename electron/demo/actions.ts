/**
 * Demo enforcement actions (执法行动记录) and key physical markets for `cli demo --actions N`: each
 * county (a league ledger: all its counties, as if their bundles had been imported) gets a list of
 * 3–6 key markets (once), then N actions over the last three years spread over the units — about
 * half in one of the county's key markets, campaign-tagged like the cases, with staff deployed,
 * businesses and markets inspected and, now and then, goods seized. Same seed, same actions.
 */
import { addDays, localIsoDate } from '../../shared/calendar';
import { insertRecord, type WriteContext } from '../store/change-log';
import { encodeTags } from '../domain/core/tags';
import { getProfile } from '../domain/core/profile';
import { writeContext, type Session } from '../domain/core/session';
import { Random } from './random';

const MARKETS: [string, string][] = [
  ['农畜产品批发市场', '批发市场'],
  ['综合商贸城', '批发市场'],
  ['百货大楼', '商场超市'],
  ['万家福超市', '商场超市'],
  ['农贸市场', '批发市场'],
  ['汽配城', '专营店'],
  ['家居建材市场', '专营店'],
  ['客运站商业街', '旅运站点'],
];
const TITLES: [string, string, 'key_market' | 'key_goods' | 'key_field'][] = [
  ['春节前重点市场商标侵权专项检查', 'tiequan', 'key_market'],
  ['农资打假知识产权执法检查', 'tiequan', 'key_goods'],
  ['地理标志专用标志使用专项检查', 'tiequan', 'key_goods'],
  ['商标代理机构专项整治', 'lantian', 'key_field'],
  ['专利代理“蓝天”专项行动检查', 'lantian', 'key_field'],
  ['电商平台侵权线索集中排查', 'tiequan', 'key_field'],
  ['旅游旺季纪念品市场检查', 'tiequan', 'key_market'],
  ['汽车配件假冒商标集中整治', 'tiequan', 'key_goods'],
];
const SEIZED: [string, string][] = [
  ['假冒注册商标白酒', '瓶'],
  ['侵权运动鞋', '双'],
  ['假冒化肥', '袋'],
  ['冒用地理标志羊肉', '公斤'],
];

function unitsOf(session: Session): string[] {
  const profile = getProfile(session);
  if (!profile) throw new Error('set up the ledger first (init)');
  if (profile.role === 'county') return [profile.unitCode];
  return session.ledger.stmt('SELECT code FROM ref_regions WHERE parent_code = ? ORDER BY code').pluck().all(profile.unitCode) as string[];
}

export function generateDemoActions(session: Session, options: { count: number; seed: number }): { actions: number; markets: number } {
  const r = new Random(options.seed + 16);
  const base = writeContext(session);
  const { ledger } = session;
  const today = localIsoDate(session.now());
  const units = unitsOf(session);
  const townships = (code: string) => ledger.stmt('SELECT code FROM ref_townships WHERE county_code = ? ORDER BY code').pluck().all(code) as string[];
  const shortName = (code: string) => (ledger.stmt('SELECT short_name FROM ref_regions WHERE code = ?').pluck().get(code) as string | undefined) ?? '';
  let markets = 0;
  const listed = new Map<string, string[]>();
  return ledger.write(() => {
    for (const unit of units) {
      const ctx: WriteContext = { ...base, unitCode: unit };
      const existing = ledger.stmt('SELECT name FROM key_markets WHERE unit_code = ? AND deleted = 0 AND active = 1').pluck().all(unit) as string[];
      if (existing.length === 0) {
        const n = r.int(3, 6);
        const picked = [...MARKETS].sort(() => r.next() - 0.5).slice(0, n);
        const towns = townships(unit);
        for (const [name, kind] of picked) {
          const full = `${shortName(unit)}${name}`;
          insertRecord(ctx, 'key_market', { name: full, kind, township_code: towns.length ? r.pick(towns) : null, active: 1, notes: '' });
          existing.push(full);
          markets++;
        }
      }
      listed.set(unit, existing);
    }
    for (let i = 0; i < options.count; i++) {
      const unit = r.pick(units);
      const ctx: WriteContext = { ...base, unitCode: unit };
      const [title, campaign, target] = r.pick(TITLES);
      const inMarket = r.chance(0.5) && (listed.get(unit)?.length ?? 0) > 0;
      const seized = r.chance(0.25) ? r.pick(SEIZED) : null;
      const towns = townships(unit);
      insertRecord(ctx, 'enforcement_action', {
        date: addDays(today, -Math.floor(r.next() ** 1.2 * 1095)),
        title,
        campaigns: encodeTags([campaign]),
        target,
        physical_market: inMarket ? 1 : 0,
        market_name: inMarket ? r.pick(listed.get(unit) as string[]) : '',
        staff: r.int(2, 30),
        businesses_inspected: r.int(3, 80),
        markets_inspected: inMarket ? r.int(1, 3) : r.int(0, 2),
        seized_qty: seized ? r.int(5, 500) : null,
        seized_unit: seized ? seized[1] : '',
        seized_goods: seized ? seized[0] : '',
        township_code: towns.length && r.chance(0.7) ? r.pick(towns) : null,
        notes: '',
      });
    }
    return { actions: options.count, markets };
  });
}
