/**
 * Legal deadlines of an open case (行政处罚法 2021, 市场监督管理行政处罚程序规定 2022, 国务院令第310号;
 * see time-limits.csv and docs/legal-rules.md). The limits are reference data (`DeadlineLimits`,
 * read from time-limits.csv), the calendar is the editable holiday calendar; this module only
 * applies them.
 */
import { addDays, addNaturalDays, addWorkingDays, type HolidayCalendar } from '../calendar';
import type { CaseOutcome } from './vocabulary';

export const DEADLINE_KINDS = ['filing', 'decision', 'service', 'publication', 'police_approval', 'police_handover'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export interface DeadlineLimits {
  /** Lead → decide whether to file (working days) and the approved extension (程序规定第18条). */
  filingWorkdays: number;
  filingExtensionWorkdays: number;
  /** Filing → decision (natural days) and the head's extension (行政处罚法第60条, 程序规定第64条 [U: article number]). */
  decisionDays: number;
  decisionExtensionDays: number;
  /** Decision → served (working days; 行政处罚法第61条 + 第85条). */
  serviceWorkdays: number;
  /** Decision → published on the credit system (working days; 信息公示规定第9条). */
  publicationWorkdays: number;
  /** Notice served → statement/defence and hearing request (working days; 行政处罚法第62、64条 + 第85条). */
  noticeWindowWorkdays: number;
  /** Report → the head decides on a police transfer (days; 国务院令第310号第5条). */
  policeApprovalDays: number;
  /** Approval → hand-over to the police (hours; 国务院令第310号第5条). */
  policeHandoverHours: number;
}

/** The statutory values; used when the reference table cannot be read. */
export const DEFAULT_LIMITS: DeadlineLimits = {
  filingWorkdays: 15,
  filingExtensionWorkdays: 15,
  decisionDays: 90,
  decisionExtensionDays: 30,
  serviceWorkdays: 7,
  publicationWorkdays: 20,
  noticeWindowWorkdays: 5,
  policeApprovalDays: 3,
  policeHandoverHours: 24,
};

/**
 * One approved extension of the decision limit. 行政处罚法第60条 / 程序规定: the head may extend
 * by 30 days once ('head'); a case still not decidable is extended further by the heads'
 * collective discussion ('collective'), each time with a reasonable period. Any number of
 * collective extensions may follow.
 */
export interface DecisionExtension {
  by: 'head' | 'collective';
  /** The day the extension was approved. */
  approvedOn: string;
  days: number;
  reason: string;
}

/** Procedure a case follows: 普通程序, or 简易程序 (行政处罚法第51条: on the spot, no 立案). */
export const CASE_PROCEDURES = ['ordinary', 'simplified'] as const;
export type CaseProcedure = (typeof CASE_PROCEDURES)[number];

export interface CaseTimeline {
  leadDate: string;
  filedDate: string | null;
  decidedDate: string | null;
  servedDate: string | null;
  publishedDate: string | null;
  closedDate: string | null;
  outcome: CaseOutcome | null;
  filingExtended: boolean;
  /** Legacy single 30-day extension (schema ≤ 10); counts only while `decisionExtensions` is empty. */
  decisionExtended: boolean;
  /** Days excluded from the decision limit (testing, appraisal, hearing, announcement …). */
  excludedDays: number;
  /** Working days excluded from the filing limit (检测、检验、检疫、鉴定、权利人辨认, 程序规定第18条第2款). */
  filingExcludedDays: number;
  decisionExtensions: readonly DecisionExtension[];
  procedure: CaseProcedure;
  /** The 行政处罚告知书 was served on this day (陈述申辩/听证 window starts). */
  noticeServedDate: string | null;
  /** A hearing was held on this day (the window lasts at least until it). */
  hearingDate: string | null;
  /** The party waived statement, defence and hearing on this day. */
  rightsWaivedDate: string | null;
  /** Police transfer: the case officers' report, and the head's approval (国务院令第310号第5条). */
  policeReportDate: string | null;
  policeApprovedDate: string | null;
  policeTransferDate: string | null;
}

export interface Deadline {
  kind: DeadlineKind;
  due: string;
  /** The due day lies in a year the holiday calendar does not cover yet: "请更新节假日日历". */
  beyondCalendar?: boolean;
}

/** Outcomes that transfer the case elsewhere: nothing is served or published (行政处罚法第27条, 程序规定). */
export const TRANSFER_OUTCOMES: readonly CaseOutcome[] = ['transfer_judicial', 'transfer_other'];

/** Total days of the approved extensions (the legacy flag stands for one head extension). */
export function extensionDays(c: Pick<CaseTimeline, 'decisionExtended' | 'decisionExtensions'>, limits: DeadlineLimits = DEFAULT_LIMITS): number {
  if (c.decisionExtensions.length > 0) return c.decisionExtensions.reduce((sum, e) => sum + Math.max(0, e.days), 0);
  return c.decisionExtended ? limits.decisionExtensionDays : 0;
}

export type ExtensionProblem = 'head_first' | 'head_once' | 'head_days' | 'needs_reason' | 'before_filing' | 'days_invalid';

/**
 * What is wrong with a list of extensions: the head extends once by at most 30 days, and only
 * after that may the collective discussion extend further (行政处罚法第60条; 程序规定 [U: article]).
 */
export function extensionProblems(list: readonly DecisionExtension[], filedDate: string | null, limits: DeadlineLimits = DEFAULT_LIMITS): ExtensionProblem[] {
  const out = new Set<ExtensionProblem>();
  const heads = list.filter((e) => e.by === 'head');
  if (heads.length > 1) out.add('head_once');
  list.forEach((e, i) => {
    if (e.by === 'collective' && !list.slice(0, i).some((p) => p.by === 'head')) out.add('head_first');
    if (e.by === 'head' && e.days > limits.decisionExtensionDays) out.add('head_days');
    if (!Number.isInteger(e.days) || e.days <= 0) out.add('days_invalid');
    if (e.reason.trim() === '') out.add('needs_reason');
    if (filedDate && e.approvedOn < filedDate) out.add('before_filing');
  });
  return [...out];
}

/**
 * The day a decision falls due: 90 days from filing, plus the approved extensions (unless
 * `baseOnly`, for indicators that count only the basic limit) and the recorded excluded days.
 */
export function decisionDue(
  c: Pick<CaseTimeline, 'decisionExtended' | 'excludedDays'> & { filedDate: string; decisionExtensions?: readonly DecisionExtension[] },
  calendar: HolidayCalendar,
  limits: DeadlineLimits = DEFAULT_LIMITS,
  baseOnly = false,
): string {
  const ext = baseOnly ? 0 : extensionDays({ decisionExtended: c.decisionExtended, decisionExtensions: c.decisionExtensions ?? [] }, limits);
  return addNaturalDays(c.filedDate, limits.decisionDays + ext + Math.max(0, c.excludedDays), calendar);
}

/** 程序规定第18条: 15 working days (+15 approved), the excluded working days added. */
export function filingDue(c: Pick<CaseTimeline, 'leadDate' | 'filingExtended' | 'filingExcludedDays'>, calendar: HolidayCalendar, limits: DeadlineLimits = DEFAULT_LIMITS): string {
  const days = limits.filingWorkdays + (c.filingExtended ? limits.filingExtensionWorkdays : 0) + Math.max(0, c.filingExcludedDays);
  return addWorkingDays(c.leadDate, days, calendar);
}

/**
 * The last day of the 陈述申辩/听证 window: 5 working days after the notice was served
 * (行政处罚法第62、64条; "五日" are working days, 第85条), and not before a hearing that was held
 * (第64条: the decision follows the hearing). Null while no notice has been served.
 */
export function noticeWindowEnd(c: Pick<CaseTimeline, 'noticeServedDate' | 'hearingDate'>, calendar: HolidayCalendar, limits: DeadlineLimits = DEFAULT_LIMITS): string | null {
  if (!c.noticeServedDate) return null;
  const end = addWorkingDays(c.noticeServedDate, limits.noticeWindowWorkdays, calendar);
  return c.hearingDate && c.hearingDate > end ? c.hearingDate : end;
}

/** 国务院令第310号第5条: the head decides within 3 days of the report (natural days, a rest day at the end runs on). */
export function policeApprovalDue(reportDate: string, calendar: HolidayCalendar, limits: DeadlineLimits = DEFAULT_LIMITS): string {
  return addNaturalDays(reportDate, limits.policeApprovalDays, calendar);
}

/** 国务院令第310号第5条: hand over within 24 hours of approval — the ledger keeps days, so the next calendar day (hours never run over rest days). */
export function policeHandoverDue(approvedDate: string, limits: DeadlineLimits = DEFAULT_LIMITS): string {
  return addDays(approvedDate, Math.ceil(limits.policeHandoverHours / 24));
}

const lastYearCache = new WeakMap<HolidayCalendar, number>();

/** The last year the holiday calendar has entries for (0 when empty). */
export function calendarLastYear(calendar: HolidayCalendar): number {
  let last = lastYearCache.get(calendar);
  if (last === undefined) {
    last = 0;
    for (const date of calendar.keys()) last = Math.max(last, Number(date.slice(0, 4)));
    lastYearCache.set(calendar, last);
  }
  return last;
}

/** A day in a year the calendar does not cover: its working days cannot be trusted (请更新节假日日历). */
export function beyondCalendar(date: string, calendar: HolidayCalendar): boolean {
  return Number(date.slice(0, 4)) > calendarLastYear(calendar);
}

/** Every deadline still pending, earliest first. A closed case has none. */
export function pendingDeadlines(c: CaseTimeline, calendar: HolidayCalendar, limits: DeadlineLimits = DEFAULT_LIMITS): Deadline[] {
  if (c.closedDate) return [];
  const out: Deadline[] = [];
  const transferred = c.outcome !== null && TRANSFER_OUTCOMES.includes(c.outcome);
  const simplified = c.procedure === 'simplified';
  // 简易程序 has no 立案 and its decision is handed over on the spot (行政处罚法第51-52条).
  if (!simplified && !c.filedDate && !c.decidedDate && c.outcome !== 'not_filed' && !transferred) {
    out.push({ kind: 'filing', due: filingDue(c, calendar, limits) });
  }
  if (!simplified && c.filedDate && !c.decidedDate && !transferred && c.outcome !== 'terminated') {
    out.push({ kind: 'decision', due: decisionDue({ ...c, filedDate: c.filedDate }, calendar, limits) });
  }
  if (!simplified && c.decidedDate && !c.servedDate && !transferred && c.outcome !== 'terminated') {
    out.push({ kind: 'service', due: addWorkingDays(c.decidedDate, limits.serviceWorkdays, calendar) });
  }
  if (!simplified && c.decidedDate && !c.publishedDate && publicationRequired(c.outcome)) {
    out.push({ kind: 'publication', due: addWorkingDays(c.decidedDate, limits.publicationWorkdays, calendar) });
  }
  if (c.policeReportDate && !c.policeApprovedDate && !c.policeTransferDate) {
    out.push({ kind: 'police_approval', due: policeApprovalDue(c.policeReportDate, calendar, limits) });
  }
  if (c.policeApprovedDate && !c.policeTransferDate) out.push({ kind: 'police_handover', due: policeHandoverDue(c.policeApprovedDate, limits) });
  for (const d of out) if (beyondCalendar(d.due, calendar)) d.beyondCalendar = true;
  return out.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}

/**
 * 市场监督管理行政处罚信息公示规定第6、9条: penalty decisions of the ordinary procedure are
 * published; 不予处罚, 终止调查 and transfers are not. [U: 简易程序 exemption per 第6条]
 */
export function publicationRequired(outcome: CaseOutcome | null): boolean {
  return outcome === 'penalty';
}

export type DeadlineState = 'overdue' | 'due_soon' | 'ok';

/** Days before a deadline at which it is flagged as due soon. */
export const DUE_SOON_DAYS = 5;

export function deadlineState(due: string, today: string, dueSoonDays = DUE_SOON_DAYS): DeadlineState {
  if (due < today) return 'overdue';
  const soon = new Date(Date.parse(`${today}T00:00:00Z`) + dueSoonDays * 86_400_000).toISOString().slice(0, 10);
  return due <= soon ? 'due_soon' : 'ok';
}
