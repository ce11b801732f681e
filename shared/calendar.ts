/**
 * Working-day arithmetic over an editable holiday calendar. Dates are `YYYY-MM-DD` strings and all
 * arithmetic is in UTC, so a PC's time zone never shifts a deadline by a day.
 *
 * A calendar entry marks a date as a public holiday (a weekday off) or an adjusted working day
 * (调休: a weekend day worked). Everything else follows the week: Monday–Friday are working days.
 */
export type CalendarDayKind = 'holiday' | 'workday';
export type HolidayCalendar = ReadonlyMap<string, CalendarDayKind>;

const DAY_MS = 86_400_000;

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

// Hot path (deadline computation for a million cases): a cheap shape check, no round trip.
function toMs(date: string): number {
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(date) ? Date.parse(`${date}T00:00:00Z`) : NaN;
  if (Number.isNaN(ms)) throw new Error(`not a YYYY-MM-DD date: ${date}`);
  return ms;
}

function fromMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromMs(toMs(date) + days * DAY_MS);
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toMs(b) - toMs(a)) / DAY_MS);
}

export function isWorkingDay(date: string, calendar: HolidayCalendar): boolean {
  const marked = calendar.get(date);
  if (marked) return marked === 'workday';
  const weekday = new Date(toMs(date)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The n-th working day after `date` (the start day itself is never counted). */
export function addWorkingDays(date: string, n: number, calendar: HolidayCalendar): string {
  let current = date;
  let counted = 0;
  while (counted < n) {
    current = addDays(current, 1);
    if (isWorkingDay(current, calendar)) counted++;
  }
  return current;
}

/**
 * A limit in natural days: the start day is not counted, and a period ending on a rest day runs
 * to the next working day (the general rule for statutory periods).
 */
export function addNaturalDays(date: string, n: number, calendar: HolidayCalendar): string {
  let end = addDays(date, n);
  while (!isWorkingDay(end, calendar)) end = addDays(end, 1);
  return end;
}

/** Working days from `from` (exclusive) to `to` (inclusive); negative when `to` is earlier. */
export function workingDaysBetween(from: string, to: string, calendar: HolidayCalendar): number {
  if (to === from) return 0;
  const sign = to > from ? 1 : -1;
  let count = 0;
  let current = from;
  while (current !== to) {
    current = addDays(current, sign);
    if (isWorkingDay(current, calendar)) count++;
  }
  return sign * count;
}

/** The office PC's local calendar date (deadlines and "today" follow the clerk's calendar, not UTC). */
export function localIsoDate(at: number | Date = Date.now()): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function calendarFrom(entries: readonly { date: string; kind: CalendarDayKind }[]): HolidayCalendar {
  return new Map(entries.map((e) => [e.date, e.kind]));
}
