/**
 * Where units stand on tasks: "my tasks" for a county (ordered by what is due first, with the
 * year-end summaries) and the league's task × county matrix.
 */
import { daysBetween, localIsoDate } from '../../../shared/calendar';
import { taskPeriods, taskStanding } from '../../../shared/plans/periods';
import type { MatrixCell, MyTasks, PlanMatrix, PlanSummary, TaskRecord, TaskReport, TasksOverview } from '../../../shared/plans/types';
import type { Ledger } from '../../store/ledger';
import { currentOffice } from '../core/office';
import type { Session } from '../core/session';
import { getPlan, loadPlanRow } from './plans';
import { filesOf, planFromRow, reportsFromRows, taskFromRow, type PlanRow, type ReportRow, type TaskRow } from './rows';

const STATE_ORDER = { overdue: 0, due_soon: 1, open: 2, done: 3 } as const;

function reportsFor(ledger: Ledger, taskIds: string[], unitCode?: string): TaskReport[] {
  if (taskIds.length === 0) return [];
  const rows = ledger
    .stmt(
      `SELECT * FROM task_reports WHERE deleted = 0 AND task_id IN (SELECT value FROM json_each(?)) ${unitCode ? 'AND unit_code = ?' : ''} ORDER BY period, updated_at`,
    )
    .all(...[JSON.stringify(taskIds), ...(unitCode ? [unitCode] : [])]) as ReportRow[];
  return reportsFromRows(ledger, rows);
}

function summariesFor(ledger: Ledger, planId: string): PlanSummary[] {
  const rows = ledger.stmt('SELECT * FROM plan_summaries WHERE plan_id = ? AND deleted = 0').all(planId) as {
    id: string;
    plan_id: string;
    unit_code: string;
    submitted_date: string;
    narrative: string;
    updated_by: string;
  }[];
  const files = filesOf(
    ledger,
    'report_files',
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    planId: r.plan_id,
    unitCode: r.unit_code,
    submittedDate: r.submitted_date,
    narrative: r.narrative,
    reportedBy: r.updated_by,
    files: files.get(r.id) ?? [],
  }));
}

function standingOf(task: TaskRecord, plan: { year: number; issueDate: string }, reports: TaskReport[], today: string) {
  const periods = taskPeriods(task, plan);
  return { periods, standing: taskStanding(periods, reports, today) };
}

/** The county's tasks of a plan year (default: the latest year it has tasks in), most urgent first. */
export function myTasks(session: Session, year?: number): MyTasks {
  const { ledger } = session;
  const { unitCode } = currentOffice(session);
  const today = localIsoDate(session.now());
  const years = ledger
    .stmt(
      `SELECT DISTINCT p.year FROM plans p JOIN plan_tasks t ON t.plan_id = p.id AND t.deleted = 0 AND instr(t.assigned_units, ?) > 0
       WHERE p.deleted = 0 ORDER BY p.year DESC`,
    )
    .pluck()
    .all(`,${unitCode},`) as number[];
  const chosen = year ?? years[0] ?? null;
  const plans = (chosen === null ? [] : ledger.stmt('SELECT * FROM plans WHERE deleted = 0 AND year = ?').all(chosen)) as PlanRow[];
  const out: MyTasks = { year: chosen, years, tasks: [], summaries: [] };
  for (const p of plans) {
    const plan = planFromRow(p);
    const tasks = (
      ledger
        .stmt('SELECT * FROM plan_tasks WHERE plan_id = ? AND deleted = 0 AND instr(assigned_units, ?) > 0 ORDER BY ord')
        .all(p.id, `,${unitCode},`) as TaskRow[]
    ).map(taskFromRow);
    if (tasks.length === 0) continue;
    const reports = reportsFor(
      ledger,
      tasks.map((t) => t.id),
      unitCode,
    );
    for (const task of tasks) {
      const mine = reports.filter((r) => r.taskId === task.id);
      out.tasks.push({
        plan: { id: plan.id, docNumber: plan.docNumber, title: plan.title, year: plan.year },
        task,
        reports: mine,
        ...standingOf(task, plan, mine, today),
      });
    }
    const summary = summariesFor(ledger, p.id).find((s) => s.unitCode === unitCode) ?? null;
    out.summaries.push({
      plan: { id: plan.id, docNumber: plan.docNumber, title: plan.title, year: plan.year, summaryDue: plan.summaryDue },
      summary,
      daysLeft: daysBetween(today, plan.summaryDue),
    });
  }
  out.tasks.sort(
    (a, b) =>
      STATE_ORDER[a.standing.state] - STATE_ORDER[b.standing.state] ||
      (a.standing.next?.due ?? '9999').localeCompare(b.standing.next?.due ?? '9999') ||
      a.task.ord - b.task.ord,
  );
  return out;
}

/** The league's view of a plan: every task × every county it is assigned to. */
export function planMatrix(session: Session, planId: string): PlanMatrix {
  const { ledger } = session;
  const detail = getPlan(ledger, planId);
  const plan = detail.plan;
  const today = localIsoDate(session.now());
  const league = loadPlanRow(ledger, planId).unit_code;
  const assigned = new Set(detail.tasks.flatMap((t) => t.assignedUnits));
  const units = (
    ledger.stmt('SELECT code, short_name AS name FROM ref_regions WHERE parent_code = ? ORDER BY code').all(league) as { code: string; name: string }[]
  ).filter((u) => assigned.has(u.code));
  const reports = reportsFor(
    ledger,
    detail.tasks.map((t) => t.id),
  );
  const summaries = summariesFor(ledger, planId);
  return {
    plan,
    units,
    rows: detail.tasks.map((task) => ({
      task,
      cells: units.map((u): MatrixCell | null => {
        if (!task.assignedUnits.includes(u.code)) return null;
        const mine = reports.filter((r) => r.taskId === task.id && r.unitCode === u.code);
        return { unitCode: u.code, standing: standingOf(task, plan, mine, today).standing, report: mine[mine.length - 1] ?? null };
      }),
    })),
    summaries: units.map((u) => summaries.find((s) => s.unitCode === u.code) ?? null),
  };
}

/**
 * The home screen's "who owes what": for a county its overdue and due-this-week tasks and
 * summaries; for the league every county's overdue items in this year's plans.
 */
export function tasksOverview(session: Session): TasksOverview {
  const office = currentOffice(session);
  const today = localIsoDate(session.now());
  const items: TasksOverview['items'] = [];
  if (office.role === 'county') {
    const mine = myTasks(session);
    for (const x of mine.tasks) {
      if ((x.standing.state === 'overdue' || x.standing.state === 'due_soon') && x.standing.next)
        items.push({ title: `${x.task.sectionNo} ${x.task.title}`, unit: '', due: x.standing.next.due, daysLeft: x.standing.daysLeft ?? 0 });
    }
    for (const s of mine.summaries)
      if (!s.summary && s.daysLeft <= 7) items.push({ title: s.plan.title, unit: '', due: s.plan.summaryDue, daysLeft: s.daysLeft, summary: true });
  } else {
    const plans = session.ledger
      .stmt('SELECT id FROM plans WHERE deleted = 0 AND unit_code = ? AND year >= ?')
      .pluck()
      .all(office.leagueCode, Number(today.slice(0, 4)) - 1) as string[];
    for (const id of plans) {
      const m = planMatrix(session, id);
      m.rows.forEach((row) =>
        row.cells.forEach((c, i) => {
          if (c?.standing.state === 'overdue' && c.standing.next)
            items.push({
              title: `${row.task.sectionNo} ${row.task.title}`,
              unit: m.units[i]?.name ?? '',
              due: c.standing.next.due,
              daysLeft: c.standing.daysLeft ?? 0,
            });
        }),
      );
      if (m.plan.summaryDue < today)
        m.summaries.forEach((s, i) => {
          if (!s)
            items.push({
              title: m.plan.title,
              unit: m.units[i]?.name ?? '',
              due: m.plan.summaryDue,
              daysLeft: daysBetween(today, m.plan.summaryDue),
              summary: true,
            });
        });
    }
  }
  items.sort((a, b) => a.daysLeft - b.daysLeft);
  return { overdue: items.filter((x) => x.daysLeft < 0).length, dueSoon: items.filter((x) => x.daysLeft >= 0).length, items: items.slice(0, 12) };
}
