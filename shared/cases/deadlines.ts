/**
 * Legal deadlines of an open case (行政处罚法 and the SAMR procedure rules, see time-limits.csv).
 * The limits are reference data (`DeadlineLimits`, read from time-limits.csv), the calendar is the
 * editable holiday calendar; this module only applies them.
 */
import { addNaturalDays, addWorkingDays, type HolidayCalendar } from '../calendar';
import type { CaseOutcome } from './vocabulary';

export const DEADLINE_KINDS = ['filing', 'decision', 'service', 'publication'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export interface DeadlineLimits {
  /** Lead → decide whether to file (working days) and the approved extension. */
  filingWorkdays: number;
  filingExtensionWorkdays: number;
  /** Filing → decision (natural days) and the approved extension. */
  decisionDays: number;
  decisionExtensionDays: number;
  /** Decision → served (working days). */
  serviceWorkdays: number;
  /** Decision → published on the credit system (working days). */
  publicationWorkdays: number;
}

/** The statutory values; used when the reference table cannot be read. */
export const DEFAULT_LIMITS: DeadlineLimits = {
  filingWorkdays: 15,
  filingExtensionWorkdays: 15,
  decisionDays: 90,
  decisionExtensionDays: 30,
  serviceWorkdays: 7,
  publicationWorkdays: 20,
};

export interface CaseTimeline {
  leadDate: string;
  filedDate: string | null;
  decidedDate: string | null;
  servedDate: string | null;
  publishedDate: string | null;
  closedDate: string | null;
  outcome: CaseOutcome | null;
  filingExtended: boolean;
  decisionExtended: boolean;
  /** Days excluded from the decision limit (testing, appraisal, hearing, announcement …). */
  excludedDays: number;
}

export interface Deadline {
  kind: DeadlineKind;
  due: string;
}

/** Every deadline still pending, earliest first. A closed case has none. */
/**
 * The day a decision falls due: 90 days from filing, plus the approved extension (unless
 * `baseOnly`, for indicators that count only the basic limit) and the recorded excluded days.
 */
export function decisionDue(
  c: Pick<CaseTimeline, 'decisionExtended' | 'excludedDays'> & { filedDate: string },
  calendar: HolidayCalendar,
  limits: DeadlineLimits = DEFAULT_LIMITS,
  baseOnly = false,
): string {
  const days = limits.decisionDays + (c.decisionExtended && !baseOnly ? limits.decisionExtensionDays : 0) + Math.max(0, c.excludedDays);
  return addNaturalDays(c.filedDate, days, calendar);
}

export function pendingDeadlines(c: CaseTimeline, calendar: HolidayCalendar, limits: DeadlineLimits = DEFAULT_LIMITS): Deadline[] {
  if (c.closedDate) return [];
  const out: Deadline[] = [];
  if (!c.filedDate && c.outcome !== 'not_filed') {
    const days = limits.filingWorkdays + (c.filingExtended ? limits.filingExtensionWorkdays : 0);
    out.push({ kind: 'filing', due: addWorkingDays(c.leadDate, days, calendar) });
  }
  if (c.filedDate && !c.decidedDate) {
    out.push({ kind: 'decision', due: decisionDue({ ...c, filedDate: c.filedDate }, calendar, limits) });
  }
  if (c.decidedDate && !c.servedDate) out.push({ kind: 'service', due: addWorkingDays(c.decidedDate, limits.serviceWorkdays, calendar) });
  if (c.decidedDate && !c.publishedDate && c.outcome === 'penalty') {
    out.push({ kind: 'publication', due: addWorkingDays(c.decidedDate, limits.publicationWorkdays, calendar) });
  }
  return out.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}

export type DeadlineState = 'overdue' | 'due_soon' | 'ok';

/** Days before a deadline at which it is flagged as due soon. */
export const DUE_SOON_DAYS = 5;

export function deadlineState(due: string, today: string, dueSoonDays = DUE_SOON_DAYS): DeadlineState {
  if (due < today) return 'overdue';
  const soon = new Date(Date.parse(`${today}T00:00:00Z`) + dueSoonDays * 86_400_000).toISOString().slice(0, 10);
  return due <= soon ? 'due_soon' : 'ok';
}
