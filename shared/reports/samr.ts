/**
 * SAMR's 知识产权执法数据统计表 (the form annexed to the 2020 铁拳 plan; its whole layout and notes:
 * resources/reference/samr-form-2020.csv), computed from case records and enforcement-action
 * records. Pure: the domain reads the rows, the tests feed hand-built ones.
 *
 * Counting rules (printed as the table's footnote, SAMR_FOOTNOTE; docs/samr-return.md explains each):
 * - 立案: cases whose filing date (立案日期) falls in the period.
 * - 结案: cases that were filed (立案) and whose closing date falls in the period. A lead closed as
 *   不予立案 was never filed, so it is not a 结案 (form column 2; 行政处罚法 第54条: a case exists
 *   once 立案). A case filed in one quarter and closed in the next counts in each for its own column.
 * - 涉案金额 counts with 立案 (the value established when the case is filed); 罚没款金额 (fine plus
 *   confiscated income) with the decision date. [ledger's rule, U: the form does not say]
 * - 挽回经济损失 and 挽回外商投资企业经济损失 count with 结案 (filed cases closed in the period):
 *   the losses are known when the case ends. [ledger's rule, U]
 * - 移送司法机关案件: cases transferred to the judicial authorities in the period (the form has no
 *   persons column).
 * - 电商领域 / 重点实体市场 / 农村市场 / 外商投资企业被侵权 cases are counted on 立案 (form note 3) and
 *   may be counted under several of them (form note 2): these columns do not add up to 立案.
 * - The 执法行动 block counts enforcement-action records dated in the period; 辖区重点实体市场数量 is
 *   the unit's list of key physical markets as it stands (samrActionBlock).
 * - Cases still carrying the pre-form category 其他 fit no row of the form: they are listed as
 *   `unclassified` (with a warning on the screen and in the xlsx), never silently dropped or guessed.
 */
import { SAMR_CATEGORIES, isSamrCategory, type CaseCategory, type SamrCategory } from '../cases/vocabulary';

/** The four flag columns of the form, in its order (columns 7–10). */
export const SAMR_FLAGS = ['ecommerce', 'physical_market', 'rural', 'foreign_investment'] as const;
export type SamrFlag = (typeof SAMR_FLAGS)[number];

/** What every case-based report reads of a case: its category, the dates it counts by, amounts, transfer. */
export interface CaseFigures {
  category: CaseCategory;
  filedDate: string | null;
  closedDate: string | null;
  decidedDate: string | null;
  amountInvolvedFen: number | null;
  fineFen: number | null;
  confiscatedFen: number | null;
  recoveredLossFen: number | null;
  recoveredForeignLossFen: number | null;
  policeTransferDate: string | null;
  policePersons: number | null;
}

/**
 * A filing date outside every period: the domain reads closings grouped by closing date only, and
 * marks the groups of filed cases with it (a filed case closed in the period is a 结案; its filing
 * is counted by the filing-date group, not here).
 */
export const FILED_OUTSIDE_PERIOD = '0001-01-01';

/** A case with none of the figures: the base of the grouped lines the domain builds per date. */
export const NO_FIGURES = {
  filedDate: null,
  closedDate: null,
  decidedDate: null,
  amountInvolvedFen: null,
  fineFen: null,
  confiscatedFen: null,
  recoveredLossFen: null,
  recoveredForeignLossFen: null,
  policeTransferDate: null,
  policePersons: null,
} as const satisfies Omit<CaseFigures, 'category'>;

export interface SamrCase extends CaseFigures {
  flags: readonly string[];
  /**
   * How many cases this line stands for (default 1). The domain hands over cases already grouped
   * by unit, category and flags, with their amounts summed, so a large ledger's table is added up
   * by SQLite; hand-built tests pass single cases.
   */
  weight?: number;
}

/** One row of the form: its eleven columns in the form's order (万元 exact to the fen). */
export interface SamrRow {
  filed: number;
  closed: number;
  amountInvolved: number;
  penalties: number;
  recoveredLoss: number;
  transferredCases: number;
  flags: Record<SamrFlag, number>;
  recoveredForeignLoss: number;
}

/** The form's 执法行动 block (five figures). */
export interface SamrActionBlock {
  actions: number;
  staff: number;
  physicalMarketActions: number;
  physicalMarketStaff: number;
  keyMarkets: number;
}

export interface SamrTable {
  from: string;
  to: string;
  rows: Record<SamrCategory, SamrRow>;
  total: SamrRow;
  /** Cases whose category is the old 其他 (no row of the form): shown as a warning, not in 合计. */
  unclassified: SamrRow;
  actions: SamrActionBlock;
}

/** What the action block reads of one enforcement-action record (or a group of them, `weight`). */
export interface SamrAction {
  date: string;
  physicalMarket: boolean;
  staff: number;
  weight?: number;
}

export function emptySamrRow(): SamrRow {
  return {
    filed: 0,
    closed: 0,
    amountInvolved: 0,
    penalties: 0,
    recoveredLoss: 0,
    transferredCases: 0,
    flags: { ecommerce: 0, physical_market: 0, rural: 0, foreign_investment: 0 },
    recoveredForeignLoss: 0,
  };
}

const inPeriod = (date: string | null, from: string, to: string) => date !== null && date >= from && date <= to;

/** Fen to 万元, exact to the fen (1 万元 = 1,000,000 fen), so county tables add up to the league's. */
export function fenToWan(fen: number): number {
  return Math.round(fen) / 1_000_000;
}

interface Acc {
  row: SamrRow;
  fen: { amount: number; penalties: number; recovered: number; recoveredForeign: number };
}

function acc(): Acc {
  return { row: emptySamrRow(), fen: { amount: 0, penalties: 0, recovered: 0, recoveredForeign: 0 } };
}

function add(a: Acc, c: SamrCase, from: string, to: string): void {
  const n = c.weight ?? 1;
  const row = a.row;
  if (inPeriod(c.filedDate, from, to)) {
    row.filed += n;
    a.fen.amount += c.amountInvolvedFen ?? 0;
    for (const f of SAMR_FLAGS) if (c.flags.includes(f)) row.flags[f] += n;
  }
  // 结案 = a filed case closed in the period; a lead closed as 不予立案 has no filing date.
  if (c.filedDate !== null && inPeriod(c.closedDate, from, to)) {
    row.closed += n;
    a.fen.recovered += c.recoveredLossFen ?? 0;
    a.fen.recoveredForeign += c.recoveredForeignLossFen ?? 0;
  }
  if (inPeriod(c.decidedDate, from, to)) a.fen.penalties += (c.fineFen ?? 0) + (c.confiscatedFen ?? 0);
  if (inPeriod(c.policeTransferDate, from, to)) row.transferredCases += n;
}

function finish(a: Acc): SamrRow {
  return {
    ...a.row,
    amountInvolved: fenToWan(a.fen.amount),
    penalties: fenToWan(a.fen.penalties),
    recoveredLoss: fenToWan(a.fen.recovered),
    recoveredForeignLoss: fenToWan(a.fen.recoveredForeign),
  };
}

/** The 执法行动 block: actions dated in the period, and the key markets listed for the unit(s). */
export function samrActionBlock(actions: readonly SamrAction[], keyMarkets: number, from: string, to: string): SamrActionBlock {
  const block: SamrActionBlock = { actions: 0, staff: 0, physicalMarketActions: 0, physicalMarketStaff: 0, keyMarkets };
  for (const a of actions) {
    if (!inPeriod(a.date, from, to)) continue;
    const n = a.weight ?? 1;
    block.actions += n;
    block.staff += a.staff;
    if (a.physicalMarket) {
      block.physicalMarketActions += n;
      block.physicalMarketStaff += a.staff;
    }
  }
  return block;
}

export function samrTable(
  cases: readonly SamrCase[],
  from: string,
  to: string,
  actions: SamrActionBlock = { actions: 0, staff: 0, physicalMarketActions: 0, physicalMarketStaff: 0, keyMarkets: 0 },
): SamrTable {
  const rows = new Map<SamrCategory, Acc>(SAMR_CATEGORIES.map((c) => [c, acc()]));
  const total = acc();
  const unclassified = acc();
  for (const c of cases) {
    if (isSamrCategory(c.category)) {
      add(rows.get(c.category) as Acc, c, from, to);
      add(total, c, from, to);
    } else add(unclassified, c, from, to);
  }
  return {
    from,
    to,
    rows: Object.fromEntries([...rows].map(([c, a]) => [c, finish(a)])) as Record<SamrCategory, SamrRow>,
    total: finish(total),
    unclassified: finish(unclassified),
    actions,
  };
}

/** Whether the unclassified line holds anything the form would count (then the screen and xlsx warn). */
export function hasUnclassified(t: SamrTable): boolean {
  const u = t.unclassified;
  return u.filed + u.closed + u.transferredCases > 0 || u.penalties > 0 || u.amountInvolved > 0;
}

/** `2026Q3` → 2026-07-01 … 2026-09-30; `2026` → the whole year. */
export function periodRange(period: string): { from: string; to: string } | null {
  const q = /^(\d{4})Q([1-4])$/.exec(period);
  if (q) {
    const year = q[1] as string;
    const n = Number(q[2]);
    const ends = ['03-31', '06-30', '09-30', '12-31'];
    return { from: `${year}-${String((n - 1) * 3 + 1).padStart(2, '0')}-01`, to: `${year}-${ends[n - 1]}` };
  }
  return /^\d{4}$/.test(period) ? { from: `${period}-01-01`, to: `${period}-12-31` } : null;
}
