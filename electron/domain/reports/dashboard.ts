/**
 * The dashboard's figures and chart series for a year: a league sees its office and every
 * county (the total is their sum), a county sees itself. Case figures use the case list's own
 * conditions (shared/reports/dashboard.ts), so a click opens exactly the cases counted.
 */
import { localIsoDate } from '../../../shared/calendar';
import { CASE_CATEGORIES, type CaseCategory } from '../../../shared/cases/vocabulary';
import { DASHBOARD_CASE_FIGURES, type DashboardFigures, type DashboardResult } from '../../../shared/reports/dashboard';
import { fenToWan } from '../../../shared/reports/samr';
import { refreshDeadlines } from '../cases/deadline-store';
import type { Session } from '../core/session';
import { reportScope } from './scope';
import { giStats } from './gi-stats';
import { taskStats } from './task-stats';

function emptyFigures(): DashboardFigures {
  return { leads: 0, filed: 0, closed: 0, decided: 0, open: 0, overdue: 0, penalties: 0, giApproved: 0, tasksOverdue: 0 };
}

export function dashboard(session: Session, input: { year: number }): DashboardResult {
  const { ledger } = session;
  const scope = reportScope(session, { period: String(input.year) });
  const today = localIsoDate(session.now());
  refreshDeadlines(ledger);
  const units = scope.isLeague ? [scope.unit, ...scope.counties] : [scope.unit];
  const byUnit = new Map(units.map((u) => [u.code, emptyFigures()]));
  const penaltyFen = new Map<string, number>();
  const { from, to } = scope;
  // 结案 counts filed cases closed (as the SAMR return does): a lead closed as 不予立案 is not one.
  const dated = (column: string) =>
    ledger
      .stmt(
        `SELECT unit_code AS unit, count(*) AS n FROM cases WHERE deleted = 0 AND ${column} BETWEEN ? AND ? ${column === 'closed_date' ? 'AND filed_date IS NOT NULL' : ''} GROUP BY unit_code`,
      )
      .all(from, to) as {
      unit: string;
      n: number;
    }[];
  const columns = { leads: 'lead_date', filed: 'filed_date', closed: 'closed_date', decided: 'decided_date' } as const;
  for (const [figure, column] of Object.entries(columns) as [keyof typeof columns, string][])
    for (const r of dated(column)) {
      const f = byUnit.get(r.unit);
      if (f) f[figure] = r.n;
    }
  for (const r of ledger
    .stmt(
      // The partial index holds exactly the open cases (0008); without statistics SQLite would scan a whole unit index instead.
      'SELECT unit_code AS unit, count(*) AS n FROM cases INDEXED BY cases_open_by_unit WHERE closed_date IS NULL AND deleted = 0 GROUP BY unit_code',
    )
    .all() as {
    unit: string;
    n: number;
  }[]) {
    const f = byUnit.get(r.unit);
    if (f) f.open = r.n;
  }
  for (const r of ledger
    .stmt(
      'SELECT c.unit_code AS unit, count(*) AS n FROM cases c JOIN case_due d ON d.case_rowid = c.rowid WHERE c.deleted = 0 AND d.due_date < ? GROUP BY c.unit_code',
    )
    .all(today) as { unit: string; n: number }[]) {
    const f = byUnit.get(r.unit);
    if (f) f.overdue = r.n;
  }
  for (const r of ledger
    .stmt(
      'SELECT unit_code AS unit, sum(coalesce(fine_fen, 0) + coalesce(confiscated_fen, 0)) AS fen FROM cases WHERE deleted = 0 AND decided_date BETWEEN ? AND ? GROUP BY unit_code',
    )
    .all(from, to) as { unit: string; fen: number }[])
    penaltyFen.set(r.unit, r.fen);
  const gi = giStats(session, { period: String(input.year) });
  const giByUnit = new Map((scope.isLeague ? gi.byUnit : [{ code: scope.unit.code, counts: gi.total }]).map((u) => [u.code, u.counts.approved]));
  const tasks = taskStats(session, { year: input.year });
  const tasksByUnit = new Map(tasks.byUnit.map((u) => [u.code, u.counts.overdue]));
  const rows = units.map((u) => {
    const figures = byUnit.get(u.code) ?? emptyFigures();
    figures.penalties = fenToWan(penaltyFen.get(u.code) ?? 0);
    figures.giApproved = giByUnit.get(u.code) ?? 0;
    figures.tasksOverdue = tasksByUnit.get(u.code) ?? 0;
    return { ...u, figures };
  });
  const total = emptyFigures();
  let totalFen = 0;
  for (const r of rows) {
    for (const k of DASHBOARD_CASE_FIGURES) total[k] += r.figures[k];
    total.giApproved += r.figures.giApproved;
    total.tasksOverdue += r.figures.tasksOverdue;
    totalFen += penaltyFen.get(r.code) ?? 0;
  }
  total.penalties = fenToWan(totalFen);

  const casesByMonth = Object.fromEntries(CASE_CATEGORIES.map((c) => [c, Array.from({ length: 12 }, () => 0)])) as Record<CaseCategory, number[]>;
  for (const r of ledger
    .stmt(
      `SELECT category, CAST(substr(lead_date, 6, 2) AS INTEGER) AS month, count(*) AS n FROM cases
       WHERE deleted = 0 AND lead_date BETWEEN ? AND ? AND unit_code IN (SELECT value FROM json_each(?)) GROUP BY category, month`,
    )
    .all(from, to, JSON.stringify(scope.units)) as { category: CaseCategory; month: number; n: number }[]) {
    const series = casesByMonth[r.category];
    if (series && r.month >= 1 && r.month <= 12) series[r.month - 1] = r.n;
  }

  return {
    year: input.year,
    unit: scope.unit,
    isLeague: scope.isLeague,
    units: rows,
    total,
    casesByMonth,
    giUsersByYear: giUsersByYear(session, scope.units, input.year),
  };
}

/** Approvals per year up to `year`, and users standing approved at each year's end (not yet suspended or cancelled then). */
function giUsersByYear(session: Session, units: string[], year: number): DashboardResult['giUsersByYear'] {
  const users = session.ledger
    .stmt(
      `SELECT announced_date AS announced, status, status_date AS statusDate FROM gi_users
       WHERE deleted = 0 AND announced_date IS NOT NULL AND announced_date <> '' AND unit_code IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(units)) as { announced: string; status: string; statusDate: string | null }[];
  if (users.length === 0) return [];
  const first = Math.max(Math.min(...users.map((u) => Number(u.announced.slice(0, 4)))), year - 9);
  const out: DashboardResult['giUsersByYear'] = [];
  for (let y = first; y <= year; y++) {
    const end = `${y}-12-31`;
    out.push({
      year: y,
      approved: users.filter((u) => u.announced.startsWith(String(y))).length,
      standing: users.filter((u) => u.announced <= end && !((u.status === 'suspended' || u.status === 'cancelled') && u.statusDate && u.statusDate <= end))
        .length,
    });
  }
  return out;
}
