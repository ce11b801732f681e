/**
 * Task completion for a plan year: every assignment (task × county) by where it stands today,
 * and the year-end summaries still missing after their deadline — per county, for the league
 * or for one county. `taskDrill` lists the assignments behind any number through the same rule.
 */
import { localIsoDate } from '../../../shared/calendar';
import { emptyCounts, TASK_COLUMNS, type DrillRow, type TaskColumn, type TaskCounts, type TaskStats } from '../../../shared/reports/record-drill';
import type { TaskState } from '../../../shared/plans/vocabulary';
import { planMatrix } from '../plans/standing';
import type { Session } from '../core/session';
import { reportScope, type ReportScope } from './scope';

interface Fact {
  kind: 'task' | 'summary';
  id: string;
  planId: string;
  title: string;
  /** For a task its plan's title; for a summary the plan's document number. */
  planTitle: string;
  unitCode: string;
  /** A task's standing; a summary fact exists only when the summary is missing past its deadline. */
  state: TaskState | 'summaryMissing';
  due: string;
}

function loadFacts(session: Session, scope: ReportScope, year: number): Fact[] {
  const today = localIsoDate(session.now());
  const inScope = new Set(scope.units);
  const planIds = session.ledger.stmt('SELECT id FROM plans WHERE deleted = 0 AND year = ? ORDER BY issue_date, id').pluck().all(year) as string[];
  const facts: Fact[] = [];
  for (const planId of planIds) {
    const m = planMatrix(session, planId);
    const planTitle = m.plan.title;
    for (const row of m.rows)
      for (const cell of row.cells) {
        if (!cell || !inScope.has(cell.unitCode)) continue;
        facts.push({
          kind: 'task',
          id: `${row.task.id}:${cell.unitCode}`,
          planId,
          title: `${row.task.sectionNo} ${row.task.title}`.trim(),
          planTitle,
          unitCode: cell.unitCode,
          state: cell.standing.state,
          due: cell.standing.next?.due ?? row.task.deadline,
        });
      }
    if (m.plan.summaryDue < today)
      m.units.forEach((u, i) => {
        if (!m.summaries[i] && inScope.has(u.code))
          facts.push({
            kind: 'summary',
            id: `${planId}:${u.code}`,
            planId,
            title: planTitle,
            planTitle: m.plan.docNumber,
            unitCode: u.code,
            state: 'summaryMissing',
            due: m.plan.summaryDue,
          });
      });
  }
  return facts;
}

function counts(fact: Fact, column: TaskColumn): boolean {
  if (column === 'summaryMissing') return fact.kind === 'summary';
  if (fact.kind !== 'task') return false;
  return column === 'assigned' || fact.state === column;
}

function tally(facts: Fact[]): TaskCounts {
  const out = emptyCounts(TASK_COLUMNS);
  for (const f of facts) for (const c of TASK_COLUMNS) if (counts(f, c)) out[c]++;
  return out;
}

export function taskStats(session: Session, input: { year: number; unit?: string }): TaskStats {
  const scope = reportScope(session, { period: String(input.year), unit: input.unit });
  const facts = loadFacts(session, scope, input.year);
  // A league's own office has no assignments; it is listed only if something is assigned to it.
  const units = scope.isLeague
    ? [scope.unit, ...scope.counties].filter((u) => u.code !== scope.unit.code || facts.some((f) => f.unitCode === u.code))
    : [scope.unit];
  return {
    year: input.year,
    unit: scope.unit,
    byUnit: units.map((u) => ({ ...u, counts: tally(facts.filter((f) => f.unitCode === u.code)) })),
    total: tally(facts),
  };
}

export function taskDrill(session: Session, input: { year: number; unit?: string; county?: string; column: TaskColumn }): DrillRow[] {
  const scope = reportScope(session, { period: String(input.year), unit: input.unit });
  const names = new Map([scope.unit, ...scope.counties].map((u) => [u.code, u.name]));
  return loadFacts(session, scope, input.year)
    .filter((f) => (!input.county || f.unitCode === input.county) && counts(f, input.column))
    .map((f) => ({
      id: f.id,
      kind: f.kind,
      title: f.title,
      subtitle: f.planTitle,
      unitName: names.get(f.unitCode) ?? f.unitCode,
      date: f.due,
      status: f.state,
      open: { section: 'plans' as const, planId: f.planId },
    }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.unitName.localeCompare(b.unitName, 'zh-CN'));
}
