/**
 * Reporting periods of a task and where a unit stands on them. Pure functions shared by the
 * domain ("my tasks", the league's matrix, the home screen) and the tests.
 *
 * - once:      one period `YYYY` due on the task's deadline;
 * - yearly:    one period `YYYY` per plan year, due on the deadline;
 * - quarterly: `YYYYQn` for every quarter that ends on or after the plan's issue date, due on the
 *              5th day after the quarter ends, the last one no later than the deadline.
 */
import { addDays, daysBetween } from '../calendar';
import { DUE_SOON_DAYS, type Cadence, type ReportStatus, type TaskState } from './vocabulary';

export interface Period {
  key: string;
  /** Last day of the period's work. */
  end: string;
  due: string;
}

const QUARTER_ENDS = ['03-31', '06-30', '09-30', '12-31'];

export function taskPeriods(task: { cadence: Cadence; deadline: string }, plan: { year: number; issueDate: string }): Period[] {
  if (task.cadence !== 'quarterly') return [{ key: String(plan.year), end: task.deadline, due: task.deadline }];
  const periods: Period[] = [];
  QUARTER_ENDS.forEach((end, i) => {
    const endDate = `${plan.year}-${end}`;
    if (endDate < plan.issueDate) return;
    const due = addDays(endDate, 5);
    periods.push({ key: `${plan.year}Q${i + 1}`, end: endDate, due: i === 3 && task.deadline < due ? task.deadline : due });
  });
  return periods.length ? periods : [{ key: `${plan.year}Q4`, end: `${plan.year}-12-31`, due: task.deadline }];
}

export interface PeriodReport {
  period: string;
  status: ReportStatus;
}

export interface TaskStanding {
  state: TaskState;
  /** The first period still owed (no report, or a report that is not 已完成), if any. */
  next: Period | null;
  /** Days until (negative: since) the next period's due date. */
  daysLeft: number | null;
  /** The latest report's status, if any. */
  latest: ReportStatus | null;
}

/**
 * Where a unit stands on a task today. A period is settled by a report marked 已完成; a period
 * whose due date has passed without one is overdue (a 进行中 report shows progress but does not
 * settle it). The task is done when its last period is done.
 */
export function taskStanding(periods: Period[], reports: PeriodReport[], today: string): TaskStanding {
  const byPeriod = new Map(reports.map((r) => [r.period, r.status]));
  const latest = reports.length ? (reports[reports.length - 1] as PeriodReport).status : null;
  const last = periods[periods.length - 1];
  if (last && byPeriod.get(last.key) === 'done') return { state: 'done', next: null, daysLeft: null, latest };
  // The first owed period whose due date has come, else the next one coming up.
  const owed = periods.filter((p) => byPeriod.get(p.key) !== 'done');
  const next = owed.find((p) => p.due < today) ?? owed[0] ?? null;
  if (!next) return { state: 'done', next: null, daysLeft: null, latest };
  const daysLeft = daysBetween(today, next.due);
  const state: TaskState = daysLeft < 0 ? 'overdue' : daysLeft <= DUE_SOON_DAYS ? 'due_soon' : 'open';
  return { state, next, daysLeft, latest };
}
