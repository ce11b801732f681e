/**
 * Realistic demo cases for trying the app and for the benchmark: real region and township codes,
 * parties with valid USCC / ID numbers, plausible campaigns, stages, amounts and dates (about one
 * case in ten runs past a legal deadline). Written through the change log like any other record,
 * so the demo ledger behaves exactly like a real one (history, bundles). Business content is
 * deterministic for a seed; write timestamps are the time of generation.
 */
import { addDays, addWorkingDays, calendarFrom, localIsoDate } from '../../shared/calendar';
import { formatDocNumber } from '../../shared/cases/numbering';
import { stageIndex, type CaseCategory, type CaseOutcome, type DocType, type MainStage } from '../../shared/cases/vocabulary';
import { insertRecord, type FieldValue, type WriteContext } from '../store/change-log';
import { nextSerial } from '../domain/cases/numbering';
import { batchClock } from '../store/clock';
import { getProfile } from '../domain/core/profile';
import { listCalendar } from '../domain/core/reference-overlay';
import { writeContext, type Session } from '../domain/core/session';
import { idCard, organisationName, personName, uscc } from './identities';
import { Random } from './random';
import { defaultCasePrefix } from '../../shared/units';

interface Unit {
  code: string;
  shortName: string;
  prefix: string;
  townships: string[];
}

const CATEGORY_WEIGHTS: [CaseCategory, number][] = [
  ['trademark', 62],
  ['gi', 9],
  ['special_mark', 3],
  ['trademark_agency', 4],
  ['patent_counterfeit', 12],
  ['patent_agency', 3],
  ['trademark_other', 4],
  ['patent_other', 3],
];

const GOODS: Record<CaseCategory, [string, string][]> = {
  trademark: [
    ['羊肉卷', 'food'],
    ['奶酪', 'food'],
    ['奶茶粉', 'food'],
    ['白酒', 'food'],
    ['运动鞋', 'clothing'],
    ['羽绒服', 'clothing'],
    ['洗发水', 'cosmetics'],
    ['面霜', 'cosmetics'],
    ['机油', 'auto_parts'],
    ['刹车片', 'auto_parts'],
    ['化肥', 'agri_inputs'],
    ['手机充电器', 'electronics'],
    ['玩具积木', 'toys'],
  ],
  gi: [
    ['锡林郭勒羊肉', 'food'],
    ['苏尼特羊肉', 'food'],
    ['乌珠穆沁羊肉', 'food'],
    ['兴安盟大米', 'food'],
    ['正蓝旗奶皮子', 'food'],
    ['锡林郭勒奶酪', 'food'],
  ],
  special_mark: [
    ['冬奥会纪念徽章', 'souvenirs'],
    ['红十字标志药箱', 'medicine'],
  ],
  trademark_agency: [['商标代理服务', 'daily_goods']],
  patent_counterfeit: [
    ['保温杯', 'daily_goods'],
    ['农机配件', 'agri_inputs'],
    ['净水器', 'appliances'],
    ['电暖器', 'appliances'],
    ['门窗型材', 'decoration'],
  ],
  patent_agency: [['专利代理服务', 'daily_goods']],
  trademark_other: [
    ['蒙古族服饰', 'clothing'],
    ['木制家具', 'furniture'],
  ],
  patent_other: [['电动车充电桩', 'electronics']],
  other: [['木制家具', 'furniture']],
};

const VIOLATION: Record<CaseCategory, string[]> = {
  trademark: ['tm_selling', 'tm_identical', 'tm_similar', 'tm_forging'],
  gi: ['gi_unauthorised', 'gi_outside_scope'],
  special_mark: ['special_mark'],
  trademark_agency: ['tm_agency_malicious'],
  patent_counterfeit: ['patent_counterfeit'],
  patent_agency: ['patent_agency_unlicensed'],
  trademark_other: ['other'],
  patent_other: ['other'],
  other: ['other'],
};

const BASIS: Record<CaseCategory, string> = {
  trademark: '《商标法》第五十七条、第六十条',
  gi: '《商标法》第十六条、《地理标志产品保护办法》',
  special_mark: '《特殊标志管理条例》第十六条',
  trademark_agency: '《商标法》第六十八条',
  patent_counterfeit: '《专利法》第六十八条',
  patent_agency: '《专利代理条例》第二十七条',
  trademark_other: '《商标法》第六十条',
  patent_other: '《专利法》第六十八条',
  other: '',
};

const PLATFORMS = ['淘宝', '拼多多', '抖音', '京东', '快手', '微信小程序'];
const HANDLERS = ['王强', '李娜', '张伟', '刘洋', '巴特尔', '乌兰', '陈静', '赵磊', '苏和', '图雅'];
const POLICE = ['市公安局', '旗公安局经侦大队', '县公安局'];

function units(session: Session): { units: Unit[]; leagueWide: boolean } {
  const profile = getProfile(session);
  if (!profile) throw new Error('set up the ledger first (init)');
  const { ledger } = session;
  const townshipsOf = (code: string) => ledger.stmt('SELECT code FROM ref_townships WHERE county_code = ? ORDER BY code').pluck().all(code) as string[];
  if (profile.role === 'county') {
    return {
      units: [{ code: profile.unitCode, shortName: profile.unitName, prefix: profile.casePrefix, townships: townshipsOf(profile.unitCode) }],
      leagueWide: false,
    };
  }
  // A league ledger gets cases of all its counties, as if their bundles had been imported.
  const counties = ledger.stmt('SELECT code, short_name FROM ref_regions WHERE parent_code = ? ORDER BY code').all(profile.unitCode) as {
    code: string;
    short_name: string;
  }[];
  const known = counties.map((c) => ({ code: c.code, shortName: c.short_name, level: 'county' as const, parentCode: profile.unitCode }));
  return {
    units: counties.map((c) => ({
      code: c.code,
      shortName: c.short_name,
      prefix: defaultCasePrefix({ code: c.code, shortName: c.short_name, level: 'county', parentCode: profile.unitCode }, known),
      townships: townshipsOf(c.code),
    })),
    leagueWide: true,
  };
}

export interface DemoCaseOptions {
  count: number;
  seed: number;
  /** Cases per transaction. */
  batch?: number;
  onProgress?: (done: number, total: number) => void;
}

export function generateDemoCases(session: Session, options: DemoCaseOptions): number {
  const r = new Random(options.seed);
  const base = writeContext(session);
  const { units: pool } = units(session);
  const calendar = calendarFrom(listCalendar(session.ledger));
  const today = localIsoDate(session.now());
  const counters = new Map<string, number>();
  const serial = (unit: string, type: DocType, year: number) => {
    const key = `${unit}|${type}|${year}`;
    const next = counters.get(key) ?? nextSerial(session.ledger, unit, type, year);
    counters.set(key, next + 1);
    return next;
  };
  const batch = options.batch ?? 2000;
  let done = 0;
  while (done < options.count) {
    const n = Math.min(batch, options.count - done);
    session.ledger.write(() => {
      // Counters are read again under the write lock: another process (the app, a second CLI) may
      // have issued numbers since the last batch, and a number must never be issued twice.
      counters.clear();
      // One clock read and write per batch, not per record (store/clock.ts batchClock).
      batchClock(session.ledger, () => {
        for (let i = 0; i < n; i++) {
          const unit = r.pick(pool);
          writeOneCase({ ...base, unitCode: unit.code }, r, unit, today, calendar, serial);
        }
      });
    });
    done += n;
    options.onProgress?.(done, options.count);
  }
  return done;
}

type Serial = (unit: string, type: DocType, year: number) => number;

function writeOneCase(ctx: WriteContext, r: Random, unit: Unit, today: string, calendar: ReturnType<typeof calendarFrom>, serial: Serial): void {
  const lead = addDays(today, -Math.floor(r.next() ** 1.3 * 1095));
  const category = r.weighted(CATEGORY_WEIGHTS);
  const [goods, goodsCategory] = r.pick(GOODS[category]);
  const online = r.chance(0.22);
  const campaigns = new Set<string>();
  if (category === 'trademark_agency' || category === 'patent_agency') campaigns.add('lantian');
  else if (r.chance(0.75)) campaigns.add('tiequan');
  if (online && r.chance(0.5)) campaigns.add('ecommerce');
  if (r.chance(0.08)) campaigns.add('random_check');
  if (r.chance(0.05)) campaigns.add(r.pick(['huhang', 'leiting', 'longteng']));
  if (campaigns.size === 0) campaigns.add('other');
  const flags = [online ? 'ecommerce' : 'physical_market'];
  if (r.chance(0.35)) flags.push('rural');
  if (r.chance(0.02)) flags.push('foreign_investment');
  if (r.chance(0.06)) flags.push('repeat');
  if (r.chance(0.03)) flags.push('group');
  if (r.chance(0.04)) flags.push('malicious');
  const amount = Math.round(10 ** (2.7 + r.next() * 3) * 100);
  const township = unit.townships.length ? r.pick(unit.townships) : null;
  const year = Number(lead.slice(0, 4));
  const seq = serial(unit.code, 'case', year);
  const leadMs = Date.parse(`${lead}T08:00:00Z`);
  const id = r.uuid7(leadMs);
  const fields: Record<string, FieldValue> = {
    case_number: formatDocNumber(unit.prefix, 'case', year, seq),
    number_year: year,
    number_seq: seq,
    title: `${online ? '网络销售' : '销售'}${category === 'patent_counterfeit' ? '假冒专利的' : '侵权'}${goods}`,
    campaigns: `,${[...campaigns].join(',')},`,
    category,
    violation_type: r.pick(VIOLATION[category]),
    legal_basis: BASIS[category],
    source: r.weighted([
      ['inspection', 40],
      ['complaint', 25],
      ['online_monitoring', online ? 20 : 2],
      ['assigned', 8],
      ['transferred_in', 4],
      ['random_check', 6],
    ] as const),
    goods,
    goods_category: goodsCategory,
    place_type: online ? 'online_platform' : r.pick(['wholesale_market', 'specialty_store', 'supermarket', 'distribution_hub', 'transport_hub']),
    township_code: township,
    platform: online ? r.pick(PLATFORMS) : '',
    shop_url: online ? `https://shop${r.int(10000, 99999)}.example.cn` : '',
    flags: `,${flags.join(',')},`,
    amount_involved_fen: amount,
    handlers: twoHandlers(r),
    notes: r.chance(0.3) ? '当事人无法提供合法进货来源' : '',
    lead_date: lead,
    stage: 'CLUE',
  };
  const events: Record<string, FieldValue>[] = [{ stage: 'CLUE', date: lead }];
  const progress = simulateProgress(r, lead, today, calendar, amount, fields, events);
  const docNumber = (type: DocType, date: string) => {
    const y = Number(date.slice(0, 4));
    const s = serial(unit.code, type, y);
    return { doc_type: type, doc_year: y, doc_seq: s, doc_number: formatDocNumber(unit.prefix, type, y, s) };
  };
  for (const e of events) {
    if (e.stage === 'FILE') Object.assign(e, { doc_number: fields.case_number });
    if (e.stage === 'NOTIFY') Object.assign(e, docNumber('notice', e.date as string));
    if (e.stage === 'DECIDE') {
      Object.assign(e, docNumber('decision', e.date as string));
      fields.decision_number = e.doc_number as string;
    }
    if (e.stage === 'TRANSFER_POLICE') Object.assign(e, docNumber('transfer', e.date as string));
  }
  fields.stage = progress;
  // Offices log the key stages; intermediate ones (核查, 调查终结, 审核, 执行) only when a case is
  // still sitting in them. Keeps the demo's change log to what a real office would write.
  const logged = events.filter((e, i) => !SILENT_STAGES.has(e.stage as string) || i === events.length - 1);
  // Children first: the case row's insert then builds its search text once, with them.
  for (const e of logged) insertRecord(ctx, 'case_event', { case_id: id, actor: (fields.handlers as string).split('、')[0] ?? '', ...e }, r.uuid7(leadMs));
  const parties = r.chance(0.15) ? 2 : 1;
  for (let p = 0; p < parties; p++) {
    const person = r.chance(0.25);
    insertRecord(
      ctx,
      'case_party',
      {
        case_id: id,
        ord: p,
        kind: person ? 'person' : 'organisation',
        name: person ? personName(r) : organisationName(r, unit.shortName),
        id_type: person ? 'id_card' : 'uscc',
        id_number: person ? idCard(r, unit.code) : uscc(r, unit.code),
        legal_representative: person ? '' : personName(r),
        township_code: township,
      },
      r.uuid7(leadMs),
    );
  }
  insertRecord(ctx, 'case', fields, id);
}

function twoHandlers(r: Random): string {
  const first = r.pick(HANDLERS);
  const rest = HANDLERS.filter((h) => h !== first);
  return `${first}、${r.pick(rest)}`;
}

/** Bump when the generator's output changes (the benchmark caches demo ledgers by it). */
export const DEMO_GENERATOR_VERSION = 3;

const SILENT_STAGES = new Set(['VERIFY', 'TERMINATE_INV', 'REVIEW', 'EXECUTE']);

/** Walks a case along the stages with plausible durations until today; returns the stage reached. */
function simulateProgress(
  r: Random,
  lead: string,
  today: string,
  calendar: ReturnType<typeof calendarFrom>,
  amount: number,
  fields: Record<string, FieldValue>,
  events: Record<string, FieldValue>[],
): MainStage {
  let stage: MainStage = 'CLUE';
  let date = lead;
  // About one case in 16 stalls at some stage and stays there: old ones become the overdue cases
  // every real ledger has.
  const stallAfter = r.chance(0.06) ? r.pick(['VERIFY', 'INVESTIGATE', 'NOTIFY', 'SERVE'] as const) : null;
  const step = (next: MainStage, days: number, working = false): boolean => {
    if (stallAfter && stageIndex(stage) >= stageIndex(stallAfter)) return false;
    const d = working ? addWorkingDays(date, days, calendar) : addDays(date, days);
    if (d > today) return false;
    date = d;
    stage = next;
    events.push({ stage: next, date: d });
    return true;
  };
  if (!step('VERIFY', r.int(1, 4), true)) return stage;
  // About 1 in 12 leads runs past the 15-working-day filing limit.
  if (!step('FILE', r.chance(0.08) ? r.int(16, 30) : r.int(2, 14), true)) return stage;
  if (r.chance(0.12)) {
    // Not filed: close as 不予立案 instead.
    events.pop();
    stage = 'VERIFY';
    const closed = addWorkingDays(date, 1, calendar);
    if (closed <= today) {
      events.push({ stage: 'CLOSE', date: closed, outcome: 'not_filed' });
      fields.closed_date = closed;
      fields.outcome = 'not_filed';
      return 'CLOSE';
    }
    return stage;
  }
  fields.filed_date = date;
  const filed = date;
  if (r.chance(0.04)) {
    const t = addDays(date, r.int(3, 40));
    if (t <= today) {
      const persons = r.int(1, 3);
      events.push({ stage: 'TRANSFER_POLICE', date: t, receiver: r.pick(POLICE), persons });
      fields.police_transfer_date = t;
      fields.police_receiver = (events[events.length - 1]!.receiver as string) ?? '';
      fields.police_persons = persons;
    }
  }
  const seized = r.chance(0.6);
  if (seized) {
    fields.seized_qty = r.int(5, 2000);
    fields.seized_unit = r.pick(['件', '公斤', '箱', '瓶']);
    fields.seized_value_fen = Math.round(amount * (0.3 + r.next() * 0.7));
  }
  if (!step('INVESTIGATE', r.int(1, 7))) return stage;
  if (!step('TERMINATE_INV', r.int(15, 50))) return stage;
  if (!step('REVIEW', r.int(2, 10), true)) return stage;
  if (!step('NOTIFY', r.int(2, 8), true)) return stage;
  if (r.chance(0.05) && !step('HEARING', r.int(6, 15))) return stage;
  // About 1 in 12 filed cases overruns the 90-day decision limit.
  if (stallAfter === 'NOTIFY') return stage;
  const decideBy = addDays(filed, r.chance(0.08) ? r.int(92, 130) : r.int(40, 88));
  const decideDate = decideBy > date ? decideBy : addDays(date, 1);
  if (decideDate > today) return stage;
  const outcome: CaseOutcome = fields.police_transfer_date
    ? 'transfer_judicial'
    : r.weighted([
        ['penalty', 86],
        ['minor_no_penalty', 8],
        ['not_established', 6],
      ] as const);
  date = decideDate;
  stage = 'DECIDE';
  events.push({ stage: 'DECIDE', date, outcome });
  fields.decided_date = date;
  fields.outcome = outcome;
  if (outcome === 'penalty') {
    const cap = amount >= 5_000_000 ? amount * 5 : 25_000_000;
    fields.fine_fen = Math.min(cap, Math.round((amount * (0.5 + r.next() * 2.5)) / 100) * 100);
    if (r.chance(0.4)) fields.confiscated_fen = Math.round((amount * r.next() * 0.2) / 100) * 100;
    if (seized) {
      fields.destroyed_qty = fields.seized_qty ?? null;
      fields.destroyed_unit = fields.seized_unit ?? '';
      fields.destroyed_value_fen = fields.seized_value_fen ?? null;
    }
  }
  if (!step('SERVE', r.chance(0.06) ? r.int(8, 14) : r.int(1, 6), true)) return stage;
  fields.served_date = date;
  if (outcome === 'penalty') {
    if (!step('PUBLISH', r.chance(0.06) ? r.int(21, 30) : r.int(3, 18), true)) return stage;
    fields.published_date = date;
    if (!step('EXECUTE', r.int(5, 15))) return stage;
  }
  if (!step('CLOSE', r.int(5, 30))) return stage;
  fields.closed_date = date;
  // 挽回经济损失 (SAMR form column 5) on penalised cases: a share of the amount involved, drawn from
  // the amount itself (no random draw, so the cases after it stay as earlier versions made them).
  if (outcome === 'penalty' && amount > 0) {
    const recovered = Math.round((amount * (0.4 + (amount % 7) / 10)) / 100) * 100;
    fields.recovered_loss_fen = recovered;
    if (String(fields.flags).includes(',foreign_investment,')) fields.recovered_foreign_loss_fen = Math.round(recovered / 200) * 100;
  }
  return stage;
}
