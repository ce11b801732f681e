/**
 * SAMR's quarterly 知识产权执法数据统计表, computed from case records (docs/domain.md §3). Pure: the
 * domain reads the rows, the tests feed hand-built ones.
 *
 * Counting rules (printed as the table's footnote):
 * - 立案: cases whose filing date falls in the period; 结案: cases whose closing date does — a
 *   case filed in one quarter and closed in the next counts in each for its own column.
 * - 涉案金额 counts with 立案 (the value established when the case is filed); 罚没款 (fine plus
 *   confiscation) with the decision date.
 * - 移送司法机关: cases transferred to the police in the period, and the persons transferred.
 * - The 电子商务 / 实体市场 / 农村 / 外商投资 columns break 立案 down by the case's flags. A case
 *   may carry several flags, so it counts under each of them: these columns do not add up to 立案.
 */
import { CASE_CATEGORIES, type CaseCategory } from '../cases/vocabulary';

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
  policeTransferDate: string | null;
  policePersons: number | null;
}

/** A case with none of the figures: the base of the grouped lines the domain builds per date. */
export const NO_FIGURES = {
  filedDate: null,
  closedDate: null,
  decidedDate: null,
  amountInvolvedFen: null,
  fineFen: null,
  confiscatedFen: null,
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

export interface SamrRow {
  filed: number;
  closed: number;
  /** 万元, exact to the fen (the sheet shows two decimals). */
  amountInvolved: number;
  penalties: number;
  transferredCases: number;
  transferredPersons: number;
  flags: Record<SamrFlag, number>;
}

export interface SamrTable {
  from: string;
  to: string;
  rows: Record<CaseCategory, SamrRow>;
  total: SamrRow;
}

function emptyRow(): SamrRow {
  return {
    filed: 0,
    closed: 0,
    amountInvolved: 0,
    penalties: 0,
    transferredCases: 0,
    transferredPersons: 0,
    flags: { ecommerce: 0, physical_market: 0, rural: 0, foreign_investment: 0 },
  };
}

const inPeriod = (date: string | null, from: string, to: string) => date !== null && date >= from && date <= to;

/** Fen to 万元, exact to the fen (1 万元 = 1,000,000 fen), so county tables add up to the league's. */
export function fenToWan(fen: number): number {
  return Math.round(fen) / 1_000_000;
}

export function samrTable(cases: readonly SamrCase[], from: string, to: string): SamrTable {
  const rows = Object.fromEntries(CASE_CATEGORIES.map((c) => [c, emptyRow()])) as Record<CaseCategory, SamrRow>;
  const fen = Object.fromEntries(CASE_CATEGORIES.map((c) => [c, { amount: 0, penalties: 0 }])) as Record<CaseCategory, { amount: number; penalties: number }>;
  for (const c of cases) {
    const row = rows[c.category];
    if (!row) continue;
    const n = c.weight ?? 1;
    if (inPeriod(c.filedDate, from, to)) {
      row.filed += n;
      fen[c.category].amount += c.amountInvolvedFen ?? 0;
      for (const f of SAMR_FLAGS) if (c.flags.includes(f)) row.flags[f] += n;
    }
    if (inPeriod(c.closedDate, from, to)) row.closed += n;
    if (inPeriod(c.decidedDate, from, to)) fen[c.category].penalties += (c.fineFen ?? 0) + (c.confiscatedFen ?? 0);
    if (inPeriod(c.policeTransferDate, from, to)) {
      row.transferredCases += n;
      row.transferredPersons += c.policePersons ?? 0;
    }
  }
  const total = emptyRow();
  let totalAmount = 0;
  let totalPenalties = 0;
  for (const cat of CASE_CATEGORIES) {
    const r = rows[cat];
    r.amountInvolved = fenToWan(fen[cat].amount);
    r.penalties = fenToWan(fen[cat].penalties);
    totalAmount += fen[cat].amount;
    totalPenalties += fen[cat].penalties;
    total.filed += r.filed;
    total.closed += r.closed;
    total.transferredCases += r.transferredCases;
    total.transferredPersons += r.transferredPersons;
    for (const f of SAMR_FLAGS) total.flags[f] += r.flags[f];
  }
  total.amountInvolved = fenToWan(totalAmount);
  total.penalties = fenToWan(totalPenalties);
  return { from, to, rows, total };
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
