/**
 * The 统计报表 screen's choices (tab, year, quarter, unit), kept while a drill-down list is open
 * so "back" returns to the same table.
 */
import { create } from 'zustand';
import { localIsoDate } from '../../../../shared/calendar';

export const REPORT_TABS = ['samr', 'campaign', 'gi', 'tasks', 'completeness'] as const;
export type ReportTab = (typeof REPORT_TABS)[number];

interface ReportsState {
  tab: ReportTab;
  year: number;
  /** 1–4, or 0 for the whole year. */
  quarter: number;
  /** A county of the league; undefined: the ledger's own unit (a league's total). */
  unit: string | undefined;
  campaign: string;
  set(patch: Partial<Omit<ReportsState, 'set'>>): void;
}

const today = localIsoDate();

export const useReportsStore = create<ReportsState>((set) => ({
  tab: 'samr',
  year: Number(today.slice(0, 4)),
  quarter: Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1,
  unit: undefined,
  campaign: 'tiequan',
  set(patch) {
    set(patch);
  },
}));

/** Today's quarter, e.g. 2026Q4. */
export function currentQuarter(): string {
  const today = localIsoDate();
  return `${today.slice(0, 4)}Q${Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1}`;
}

export function periodOf(s: { year: number; quarter: number }): string {
  return s.quarter ? `${s.year}Q${s.quarter}` : String(s.year);
}
