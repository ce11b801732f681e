/**
 * Computed flags of a GI authorised user (issue 4, docs/domain.md §4). Pure functions of the records,
 * today's date, the holiday calendar and the register's limits, so the list, the detail, the
 * "needs attention" view and the tests all compute them the same way.
 */
import { addWorkingDays, workingDaysBetween, type HolidayCalendar } from '../calendar';
import { APPROVAL_STEPS, MARK_KINDS, type ApprovalStep, type GiKind, type InspectionResult, type UserFlag, type UserStatus } from './vocabulary';

export interface RegisterLimits {
  /** County initial review incl. site check, in working days from the application (pilot rules: 10). */
  reviewWorkdays: number;
  /** Years without use after the last recorded use (or approval) that make an approved user a candidate for exit (2). */
  nonUseYears: number;
}

export const DEFAULT_REGISTER_LIMITS: RegisterLimits = { reviewWorkdays: 10, nonUseYears: 2 };

export interface FlagInput {
  status: UserStatus;
  appliedDate: string;
  countyReviewDate: string | null;
  announcedDate: string | null;
  products: readonly string[];
  townshipCode: string | null;
  /** Years with a use report and whether it reported use. */
  reports: readonly { year: number; used: boolean }[];
  /** Result of the most recent inspection, if any. */
  latestInspection: InspectionResult | null;
}

export interface GiScope {
  productScope: readonly string[];
  areaCodes: readonly string[];
  /** The GI's kind decides the approval chain (absent = product GI). */
  kind?: GiKind;
}

/**
 * The approval chain of an authorised user by GI kind (地理标志专用标志使用管理办法（试行）, 国家知识产权局
 * 公告第354号 [S: summary]):
 * - 地理标志产品: the producer applies; the local IP office (the county, with its site check, per the
 *   pilot rules [S]) reviews, the league and region pass it on, and CNIPA approves by 核准公告;
 * - 集体商标 / 证明商标: the registrant admits the member or licenses the user, and the use is
 *   filed (备案) with CNIPA — no county review [U: whether Inner Mongolia adds one];
 * - 农产品地理标志 (legacy, registration stopped [U]) and unconfirmed entries follow the product
 *   chain until their kind is confirmed [U].
 */
export interface ApprovalChain {
  steps: readonly ApprovalStep[];
  /** How the chain ends: 核准公告 or 备案. */
  final: 'announcement' | 'filing';
  countyReview: boolean;
  verified: boolean;
}

export function approvalChain(kind: GiKind): ApprovalChain {
  if (MARK_KINDS.includes(kind)) return { steps: ['announced'], final: 'filing', countyReview: false, verified: false };
  return { steps: APPROVAL_STEPS, final: 'announcement', countyReview: true, verified: kind === 'product' };
}

/** The day the initial review falls due: `reviewWorkdays` working days after the application. */
export function reviewDueDate(appliedDate: string, limits: RegisterLimits, calendar: HolidayCalendar): string {
  return addWorkingDays(appliedDate, limits.reviewWorkdays, calendar);
}

/** Waiting for the county's initial review beyond its working-day limit. */
export function isReviewOverdue(
  u: Pick<FlagInput, 'status' | 'appliedDate' | 'countyReviewDate'>,
  today: string,
  limits: RegisterLimits,
  calendar: HolidayCalendar,
): boolean {
  if (u.status !== 'applying' || u.countyReviewDate !== null) return false;
  return today > reviewDueDate(u.appliedDate, limits, calendar);
}

/** Working days the application has waited for its initial review (null once reviewed or closed). */
export function reviewWaitingWorkdays(
  u: Pick<FlagInput, 'status' | 'appliedDate' | 'countyReviewDate'>,
  today: string,
  calendar: HolidayCalendar,
): number | null {
  if (u.status !== 'applying' || u.countyReviewDate !== null || today < u.appliedDate) return null;
  return workingDaysBetween(u.appliedDate, today, calendar);
}

/**
 * The two-year non-use rule. National basis: 地理标志产品保护规定 (2005) 第23条 [S], repeated for the
 * special mark by 地理标志专用标志使用管理办法（试行）(国家知识产权局公告第354号, 2020) [U: article
 * number]; a user who has not used the mark for two consecutive years may lose the right to it.
 *
 * Counted day by day from the last recorded use — the end of the last year a use report says the
 * mark was used (a yearly report cannot say more) — or, with no use ever reported, from the
 * approval (核准公告 / 备案), to today. Two years after that day (same month and day) the user is:
 * - 'non_use' when every year since has a report saying "not used" (reported not used), or
 * - 'no_report' when a year since has no report at all: silence is not evidence of non-use; the
 *   bureau asks for the report (or inspects) before starting an exit.
 */
export type NonUseState = 'non_use' | 'no_report' | null;

/** The same month and day `years` later (29 February → 28 February in a common year). */
export function addYears(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) + years;
  const md = date.slice(5);
  if (md === '02-29' && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) return `${y}-02-28`;
  return `${y}-${md}`;
}

/** The day the non-use period starts: the end of the last year reported used, else the approval day. */
export function nonUseStart(u: Pick<FlagInput, 'announcedDate' | 'reports'>): string | null {
  const lastUse = Math.max(0, ...u.reports.filter((r) => r.used).map((r) => r.year));
  if (lastUse > 0) {
    const endOfUseYear = `${lastUse}-12-31`;
    return u.announcedDate && u.announcedDate > endOfUseYear ? u.announcedDate : endOfUseYear;
  }
  return u.announcedDate;
}

export function nonUseState(u: Pick<FlagInput, 'status' | 'announcedDate' | 'reports'>, today: string, limits: RegisterLimits): NonUseState {
  if (u.status !== 'approved' || !u.announcedDate) return null;
  const start = nonUseStart(u);
  if (!start || today < addYears(start, limits.nonUseYears)) return null;
  // The years the period covers, up to this year's report if one was already filed.
  const byYear = new Map(u.reports.map((r) => [r.year, r.used]));
  const thisYear = Number(today.slice(0, 4));
  const firstYear = start.endsWith('-12-31') ? Number(start.slice(0, 4)) + 1 : Number(start.slice(0, 4));
  for (let y = firstYear; y < thisYear; y++) if (!byYear.has(y)) return 'no_report';
  return 'non_use';
}

/** Reported not used for the whole period (see nonUseState). */
export function isNonUse(u: Pick<FlagInput, 'status' | 'announcedDate' | 'reports'>, today: string, limits: RegisterLimits): boolean {
  return nonUseState(u, today, limits) === 'non_use';
}

/** Products the user makes under the mark that are not in the GI's announced scope. */
export function productsOutsideScope(products: readonly string[], gi: GiScope): string[] {
  if (gi.productScope.length === 0) return [];
  return products.filter((p) => !gi.productScope.includes(p));
}

/**
 * Whether a township lies in the GI's production area. The area lists county (6-digit) or
 * township (9-digit) codes; a township belongs to its county (first 6 digits) and league
 * (first 4 digits + 00) too.
 */
export function townshipInArea(townshipCode: string, areaCodes: readonly string[]): boolean {
  return [townshipCode, townshipCode.slice(0, 6), `${townshipCode.slice(0, 4)}00`].some((c) => areaCodes.includes(c));
}

export function userFlags(u: FlagInput, gi: GiScope, today: string, limits: RegisterLimits, calendar: HolidayCalendar): UserFlag[] {
  // A cancelled user is history: nothing about it needs attention.
  if (u.status === 'cancelled') return [];
  const flags: UserFlag[] = [];
  // County initial review applies to product GIs only (approvalChain).
  if (approvalChain(gi.kind ?? 'product').countyReview && isReviewOverdue(u, today, limits, calendar)) flags.push('review_overdue');
  const nonUse = nonUseState(u, today, limits);
  if (nonUse === 'non_use') flags.push('non_use');
  if (nonUse === 'no_report') flags.push('use_report_missing');
  if (productsOutsideScope(u.products, gi).length > 0) flags.push('out_of_scope');
  if (u.townshipCode && gi.areaCodes.length > 0 && !townshipInArea(u.townshipCode, gi.areaCodes)) flags.push('out_of_area');
  if (u.latestInspection !== null && u.latestInspection !== 'pass') flags.push('inspection_failed');
  return flags;
}
