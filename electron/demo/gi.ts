/**
 * Demo GI register: realistic authorised users of the seeded GIs for the ledger's county (or,
 * for a league ledger, spread over its counties as if their bundles had been imported), with
 * valid USCCs, approval chains, yearly use reports and inspections. A few users are made to
 * raise each flag (overdue review, non-use, out of scope or area, failed inspection), so the
 * "needs attention" list has something to show. Deterministic for a seed.
 */
import { addDays, addWorkingDays, localIsoDate, type HolidayCalendar } from '../../shared/calendar';
import { CHECK_ITEMS, type CheckResult, type InspectionResult } from '../../shared/gi/vocabulary';
import { insertRecord, type FieldValue, type WriteContext } from '../store/change-log';
import { decodeTags, encodeTags } from '../domain/core/tags';
import { getProfile } from '../domain/core/profile';
import { loadCalendar } from '../domain/core/reference-overlay';
import { writeContext, type Session } from '../domain/core/session';
import { personName, uscc } from './identities';
import { Random } from './random';

interface County {
  code: string;
  shortName: string;
  townships: string[];
}

interface Gi {
  id: string;
  name: string;
  areaCodes: string[];
  productScope: string[];
}

const EXTRA_PRODUCTS = ['羊杂', '牛肉干', '奶茶粉', '风干肉'];
/** Reporting unit, quantity range and unit price range (yuan) per kind of unit. */
const UNITS = [
  { unit: '千克', min: 500, max: 60_000, priceMin: 60, priceMax: 120 },
  { unit: '只', min: 50, max: 3_000, priceMin: 900, priceMax: 1_600 },
] as const;
const INSPECTORS = ['王强', '李娜', '张伟', '刘洋', '巴特尔', '乌兰', '陈静', '苏和', '图雅'];
const FINDINGS = ['专用标志未按规定标注统一社会信用代码', '标志图样比例不符合规范', '使用记录不完整', '在非核定产品上使用专用标志', '外购原料未见产地证明'];

function counties(session: Session): County[] {
  const profile = getProfile(session);
  if (!profile) throw new Error('set up the ledger first (init)');
  const { ledger } = session;
  const townshipsOf = (code: string) => ledger.stmt('SELECT code FROM ref_townships WHERE county_code = ? ORDER BY code').pluck().all(code) as string[];
  const rows =
    profile.role === 'county'
      ? [{ code: profile.unitCode, short_name: profile.unitName }]
      : (ledger.stmt('SELECT code, short_name FROM ref_regions WHERE parent_code = ? ORDER BY code').all(profile.unitCode) as {
          code: string;
          short_name: string;
        }[]);
  return rows.map((c) => ({ code: c.code, shortName: c.short_name, townships: townshipsOf(c.code) }));
}

/** Active GIs whose production area touches the county (league-wide GIs touch every county). */
function gisFor(session: Session, county: County): Gi[] {
  const league = `${county.code.slice(0, 4)}00`;
  const rows = session.ledger
    .stmt("SELECT id, name, area_codes, product_scope FROM gis WHERE deleted = 0 AND status = 'active' AND unit_code = ?")
    .all(league) as {
    id: string;
    name: string;
    area_codes: string;
    product_scope: string;
  }[];
  return rows
    .map((g) => ({ id: g.id, name: g.name, areaCodes: decodeTags(g.area_codes), productScope: decodeTags(g.product_scope) }))
    .filter((g) => g.productScope.length > 0 && g.areaCodes.some((c) => c === league || c === county.code || c.startsWith(county.code)));
}

export interface DemoGiOptions {
  count: number;
  seed: number;
}

export function generateDemoGiUsers(session: Session, options: DemoGiOptions): number {
  const r = new Random(options.seed * 7919 + 17);
  const base = writeContext(session);
  const calendar = loadCalendar(session.ledger);
  const today = localIsoDate(session.now());
  const pool = counties(session)
    .map((c) => ({ county: c, gis: gisFor(session, c) }))
    .filter((p) => p.gis.length > 0);
  if (pool.length === 0) return 0;
  const taken = new Set((session.ledger.stmt('SELECT gi_id || uscc FROM gi_users').pluck().all() as string[]) ?? []);
  let made = 0;
  session.ledger.write(() => {
    for (let i = 0; i < options.count; i++) {
      const { county, gis } = r.pick(pool);
      const gi = r.pick(gis);
      let code = uscc(r, county.code);
      while (taken.has(gi.id + code)) code = uscc(r, county.code);
      taken.add(gi.id + code);
      writeUser({ ...base, unitCode: county.code }, r, county, gi, code, today, calendar);
      made++;
    }
  });
  return made;
}

const BRANDS = ['草原', '蒙源', '牧歌', '绿野', '天骄', '额吉', '白音', '塔拉', '宝力根', '乌珠', '查干', '金牧'];
const FORMS = ['有限公司', '有限责任公司', '专业合作社', '家庭牧场', '食品厂'];

/** A producer's name that fits the GI's product (a meat GI is used by meat and herding businesses). */
function enterpriseName(r: Random, placeName: string, gi: Gi): string {
  const product = gi.productScope[0] ?? '';
  const trades = product.includes('羊')
    ? ['肉业', '牧业', '肉食品', '畜牧业', '清真肉食']
    : product.includes('米')
      ? ['米业', '粮油', '农业']
      : ['乳业', '乳制品', '奶食品', '牧业'];
  const form = r.pick(FORMS);
  return `${placeName}${r.pick(BRANDS)}${form === '专业合作社' || form === '家庭牧场' ? '' : r.pick(trades)}${form}`;
}

function isoOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function writeUser(ctx: WriteContext, r: Random, county: County, gi: Gi, code: string, today: string, calendar: HolidayCalendar): void {
  const todayMs = Date.parse(`${today}T00:00:00Z`);
  const fate = r.weighted([
    ['approved', 70],
    ['applying', 14],
    ['suspended', 8],
    ['cancelled', 8],
  ] as const);
  // Applications: older ones approved, recent ones still in the chain.
  const appliedMs = fate === 'applying' ? todayMs - r.int(2, 40) * 86_400_000 : todayMs - r.int(200, 2400) * 86_400_000;
  const applied = isoOf(appliedMs);
  const inAreaTownships = county.townships.filter((t) => gi.areaCodes.includes(t));
  const outside = county.townships.filter((t) => !gi.areaCodes.includes(t));
  const areaIsTownships = inAreaTownships.length > 0 && !gi.areaCodes.includes(county.code);
  const township = areaIsTownships && outside.length && r.chance(0.06) ? r.pick(outside) : r.pick(inAreaTownships.length ? inAreaTownships : county.townships);
  const products = [r.pick(gi.productScope)];
  if (r.chance(0.05)) products.push(r.pick(EXTRA_PRODUCTS));
  const fields: Record<string, FieldValue> = {
    gi_id: gi.id,
    enterprise_name: enterpriseName(r, county.shortName, gi),
    uscc: code,
    legal_representative: personName(r),
    address: `${county.shortName}${r.pick(['工业园区', '商贸街', '牧业园区', '食品产业园'])}${r.int(1, 200)}号`,
    township_code: township ?? null,
    products: encodeTags(products),
    varieties: gi.productScope.includes('羊肉') ? r.pick(['羔羊肉、羊排', '整羊、分割肉', '羊肉卷']) : '',
    contact_person: personName(r),
    phone: `13${r.int(0, 9)}${String(r.int(0, 99_999_999)).padStart(8, '0')}`,
    applied_date: applied,
    status: 'applying',
  };
  const events: Record<string, FieldValue>[] = [{ step: 'applied', date: applied, actor: r.pick(INSPECTORS) }];
  const id = r.uuid7(appliedMs);
  // The chain: most reviews within 10 working days; a pending application may be waiting too long.
  let last = applied;
  const stepTo = (step: string, date: string, extra: Record<string, FieldValue> = {}) => {
    if (date > today) return false;
    events.push({ step, date, actor: r.pick(INSPECTORS), ...extra });
    last = date;
    return true;
  };
  if (fate !== 'applying' || r.chance(0.4)) {
    const review = addWorkingDays(applied, r.int(3, fate === 'applying' ? 10 : 12), calendar);
    const site = addWorkingDays(applied, r.int(1, 2), calendar);
    if (stepTo('county_review', review, { site_check_date: site <= review ? site : review, note: '现场核查生产场所与产品' })) {
      fields.county_review_date = review;
      fields.site_check_date = site <= review ? site : review;
    }
  }
  if (fate !== 'applying') {
    const leagueDate = addDays(last, r.int(10, 30));
    if (stepTo('league_review', leagueDate)) fields.league_review_date = leagueDate;
    const region = addDays(last, r.int(10, 40));
    if (r.chance(0.7) && stepTo('region_review', region)) fields.region_review_date = region;
    const announced = addDays(last, r.int(30, 120));
    if (stepTo('announced', announced, { announcement_number: `国家知识产权局公告第${r.int(300, 640)}号` })) {
      fields.announced_date = announced;
      fields.announcement_number = events[events.length - 1]?.announcement_number ?? '';
      fields.status = 'approved';
    }
  }
  const approved = fields.status === 'approved';
  if (approved && (fate === 'suspended' || fate === 'cancelled')) {
    const date = addDays(last, r.int(60, 600));
    if (date <= today) {
      const reason =
        fate === 'suspended' ? '年度检查发现标志使用不规范，责令整改期间暂停使用' : r.pick(['企业申请注销', '连续两年未使用专用标志', '企业已注销登记']);
      events.push({ step: fate, date, actor: r.pick(INSPECTORS), note: reason });
      fields.status = fate;
      fields.status_date = date;
      fields.status_reason = reason;
    }
  }
  insertRecord(ctx, 'gi_user', fields, id);
  for (const e of events) insertRecord(ctx, 'gi_user_event', { user_id: id, ...e }, r.uuid7(Date.parse(`${String(e.date)}T08:00:00Z`)));
  if (!fields.announced_date) return;
  writeReports(ctx, r, id, String(fields.announced_date), today);
  writeInspections(ctx, r, id, String(fields.announced_date), today, products.length > 1);
}

function writeReports(ctx: WriteContext, r: Random, userId: string, announced: string, today: string): void {
  const thisYear = Number(today.slice(0, 4));
  const dormant = r.chance(0.08);
  const scale = r.pick(UNITS);
  for (let year = Number(announced.slice(0, 4)); year < thisYear; year++) {
    // Reports for the previous year arrive in the first quarter.
    if (r.chance(0.06)) continue;
    const used = dormant && year >= thisYear - 2 ? false : r.chance(0.92);
    const quantity = used ? r.int(scale.min, scale.max) : null;
    insertRecord(
      ctx,
      'gi_use_report',
      {
        user_id: userId,
        year,
        used: used ? 1 : 0,
        quantity,
        quantity_unit: used ? scale.unit : '',
        value_fen: quantity !== null ? quantity * r.int(scale.priceMin, scale.priceMax) * 100 : null,
        labels_printed: used ? r.int(1, 60) * 1000 : null,
        reported_date: `${year + 1}-0${r.int(1, 3)}-${String(r.int(1, 28)).padStart(2, '0')}`,
      },
      r.uuid7(Date.parse(`${year + 1}-02-01T08:00:00Z`)),
    );
  }
}

function writeInspections(ctx: WriteContext, r: Random, userId: string, announced: string, today: string, extraProduct: boolean): void {
  const n = r.int(0, 3);
  for (let i = 0; i < n; i++) {
    const date = addDays(today, -r.int(5, 900));
    if (date < announced) continue;
    const result: InspectionResult = extraProduct
      ? 'fail'
      : r.weighted([
          ['pass', 80],
          ['rectify', 12],
          ['fail', 8],
        ] as const);
    const checklist: Record<string, CheckResult> = Object.fromEntries(CHECK_ITEMS.map((c) => [c, 'pass' as CheckResult]));
    if (result !== 'pass') checklist[extraProduct ? 'product_scope' : r.pick(['mark_display', 'uscc_printed', 'records_kept'] as const)] = 'fail';
    insertRecord(
      ctx,
      'gi_inspection',
      {
        user_id: userId,
        date,
        inspectors: `${r.pick(INSPECTORS)}、${r.pick(INSPECTORS)}`,
        ...Object.fromEntries(CHECK_ITEMS.map((c) => [`chk_${c}`, String(checklist[c] ?? 'na')])),
        result,
        findings: result === 'pass' ? '' : extraProduct ? '在非核定产品上使用专用标志' : r.pick(FINDINGS),
        follow_up: result === 'pass' ? '' : '责令限期整改，复查',
      },
      r.uuid7(Date.parse(`${date}T08:00:00Z`)),
    );
  }
}
