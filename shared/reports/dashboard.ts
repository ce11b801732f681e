/**
 * The dashboard: a year's headline figures per unit and the series behind its charts. Every
 * case figure is defined as a case-list query (`dashboardCaseQuery`), which is what clicking it
 * opens; the domain counts the same conditions in SQL and a test checks the two agree.
 */
import { z } from 'zod';
import type { CaseListDraft } from '../cases/schemas';
import { yearSchema } from '../schema-parts';
import type { CaseCategory } from '../cases/vocabulary';

export const dashboardInputSchema = z.object({ year: yearSchema }).strict();

export const DASHBOARD_CASE_FIGURES = ['leads', 'filed', 'closed', 'decided', 'open', 'overdue'] as const;
export type DashboardCaseFigure = (typeof DASHBOARD_CASE_FIGURES)[number];

export interface DashboardFigures extends Record<DashboardCaseFigure, number> {
  /** 罚没款 of the decisions in the year, 万元. */
  penalties: number;
  /** GI users approved (as they stand now). */
  giApproved: number;
  /** Task assignments overdue in the year's plans. */
  tasksOverdue: number;
}

export interface DashboardResult {
  year: number;
  unit: { code: string; name: string };
  isLeague: boolean;
  /** A league: its own office, then every county; a county: itself. */
  units: { code: string; name: string; figures: DashboardFigures }[];
  total: DashboardFigures;
  /** Leads registered per month of the year (index 0 = January), by category. */
  casesByMonth: Record<CaseCategory, number[]>;
  /** GI users approved per year (announcement), and how many stood approved at each year's end. */
  giUsersByYear: { year: number; approved: number; standing: number }[];
}

/**
 * The cases behind a figure. `unit` narrows to one unit; undefined is the whole ledger (a
 * league's total). 在办 and 超期 are as of today, not of the year.
 */
export function dashboardCaseQuery(year: number, figure: DashboardCaseFigure, unit?: string): CaseListDraft {
  const range = { dateFrom: `${year}-01-01`, dateTo: `${year}-12-31` };
  switch (figure) {
    case 'leads':
      return { dateField: 'lead', ...range, unitCode: unit };
    case 'filed':
      return { dateField: 'filed', ...range, unitCode: unit };
    case 'closed':
      return { dateField: 'closedFiled', ...range, unitCode: unit };
    case 'decided':
      return { dateField: 'decided', ...range, unitCode: unit };
    case 'open':
      return { deadline: 'open', unitCode: unit };
    case 'overdue':
      return { deadline: 'overdue', sort: 'deadline', order: 'asc', unitCode: unit };
  }
}

/** The leads of one month and category (a bar segment of the monthly chart). */
export function monthCaseQuery(year: number, month: number, category: CaseCategory, unit?: string): CaseListDraft {
  const mm = String(month).padStart(2, '0');
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { dateField: 'lead', dateFrom: `${year}-${mm}-01`, dateTo: `${year}-${mm}-${last}`, categories: [category], unitCode: unit };
}
