/**
 * Computed flags of a GI authorised user (issue 4, docs/domain.md §4). Pure functions of the records,
 * today's date, the holiday calendar and the register's limits, so the list, the detail, the
 * "needs attention" view and the tests all compute them the same way.
 */
import { addWorkingDays, workingDaysBetween, type HolidayCalendar } from '../calendar';
import type { InspectionResult, UserFlag, UserStatus } from './vocabulary';

export interface RegisterLimits {
  /** County initial review incl. site check, in working days from the application (pilot rules: 10). */
  reviewWorkdays: number;
  /** Consecutive full years without reported use that make an approved user a candidate for exit (2). */
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
 * Non-use: an approved user reported no use (or nothing at all) in each of the last
 * `nonUseYears` full years, and none so far this year. Only years wholly after the approval year
 * count, so a user approved last year is never flagged.
 */
export function isNonUse(u: Pick<FlagInput, 'status' | 'announcedDate' | 'reports'>, today: string, limits: RegisterLimits): boolean {
  if (u.status !== 'approved' || !u.announcedDate) return false;
  const thisYear = Number(today.slice(0, 4));
  const approvedYear = Number(u.announcedDate.slice(0, 4));
  const firstCounted = thisYear - limits.nonUseYears;
  if (firstCounted <= approvedYear) return false;
  const usedIn = new Set(u.reports.filter((r) => r.used).map((r) => r.year));
  for (let y = firstCounted; y <= thisYear; y++) if (usedIn.has(y)) return false;
  return true;
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
  if (isReviewOverdue(u, today, limits, calendar)) flags.push('review_overdue');
  if (isNonUse(u, today, limits)) flags.push('non_use');
  if (productsOutsideScope(u.products, gi).length > 0) flags.push('out_of_scope');
  if (u.townshipCode && gi.areaCodes.length > 0 && !townshipInArea(u.townshipCode, gi.areaCodes)) flags.push('out_of_area');
  if (u.latestInspection !== null && u.latestInspection !== 'pass') flags.push('inspection_failed');
  return flags;
}
