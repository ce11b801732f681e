/**
 * Every number a report shows opens the list of the records it counts (issue 7, drill-down):
 * on demo data, each figure must equal the length of its list — SAMR and campaign cells and
 * dashboard figures against the case list's own count, GI and task figures against their
 * drill-down lists.
 */
import { describe, expect, it } from 'vitest';
import { countCases } from '../../electron/domain/cases/list';
import { generateDemoCases } from '../../electron/demo/cases';
import { generateDemoGiUsers } from '../../electron/demo/gi';
import { generateDemoPlan } from '../../electron/demo/plans';
import { campaignReport } from '../../electron/domain/reports/campaign';
import { dashboard } from '../../electron/domain/reports/dashboard';
import { giDrill, giStats } from '../../electron/domain/reports/gi-stats';
import { samrReport } from '../../electron/domain/reports/samr';
import { taskDrill, taskStats } from '../../electron/domain/reports/task-stats';
import { caseListSchema, type CaseListDraft } from '../../shared/cases/schemas';
import { CASE_CATEGORIES, MAIN_STAGES, SAMR_CATEGORIES } from '../../shared/cases/vocabulary';
import { CAMPAIGN_COLUMNS } from '../../shared/reports/campaign';
import { campaignCellQuery, samrCellQuery, type SamrColumn } from '../../shared/reports/case-drill';
import { DASHBOARD_CASE_FIGURES, dashboardCaseQuery, monthCaseQuery } from '../../shared/reports/dashboard';
import { GI_COLUMNS, TASK_COLUMNS } from '../../shared/reports/record-drill';
import { fenToWan, SAMR_FLAGS } from '../../shared/reports/samr';
import type { Session } from '../../electron/domain/core/session';
import { officeAt } from '../helpers/bundles';

const NOW = new Date(2026, 10, 20, 10, 0, 0).getTime();

/** A league ledger holding demo cases, GI users and this year's plan of all its counties (one per test: ledgers close after each). */
async function demoLeague(): Promise<Session> {
  const league = await officeAt('152200', '兴安盟市场监督管理局', NOW);
  generateDemoCases(league, { count: 900, seed: 11 });
  generateDemoGiUsers(league, { count: 150, seed: 3 });
  generateDemoPlan(league, 5);
  return league;
}

function listed(session: Session, q: CaseListDraft): number {
  const counted = countCases(session.ledger, caseListSchema.parse(q), NOW);
  expect(counted.capped).toBe(false);
  return counted.total;
}

const SAMR_COLUMNS: SamrColumn[] = ['filed', 'closed', 'transferredCases', ...SAMR_FLAGS];

describe('drill-down: numbers equal their lists on demo data', () => {
  it('SAMR: every count cell of the league, each county and the total row', async () => {
    const league = await demoLeague();
    for (const period of ['2026Q3', '2026']) {
      const report = samrReport(league, { period });
      const range = { from: report.table.from, to: report.table.to };
      let nonZero = 0;
      for (const [unit, table] of [[undefined, report.table] as const, ...report.counties.map((c) => [c.code, c.table] as const)]) {
        for (const cat of [...SAMR_CATEGORIES, 'total'] as const) {
          const row = cat === 'total' ? table.total : table.rows[cat];
          for (const col of SAMR_COLUMNS) {
            const value = col === 'filed' || col === 'closed' || col === 'transferredCases' ? row[col] : row.flags[col as (typeof SAMR_FLAGS)[number]];
            expect(listed(league, samrCellQuery(range, cat, col, unit)), `${period} ${unit ?? 'league'} ${cat} ${col}`).toBe(value);
            if (value > 0) nonZero++;
          }
        }
      }
      // The demo data must actually exercise the cells (not a table of zeros matching empty lists).
      expect(nonZero).toBeGreaterThan(60);
    }
  });

  it('campaign summary: every column and every category × stage cell', async () => {
    const league = await demoLeague();
    for (const campaign of ['tiequan', 'lantian']) {
      const report = campaignReport(league, { campaign, period: '2026' });
      const range = { from: report.current.from, to: report.current.to };
      for (const cat of [...CASE_CATEGORIES, 'total'] as const) {
        const row = cat === 'total' ? report.current.total : report.current.rows[cat];
        for (const col of ['leads', 'filed', 'closed', 'transferredCases'] as const)
          expect(listed(league, campaignCellQuery(campaign, range, cat, col)), `${campaign} ${cat} ${col}`).toBe(row[col]);
        for (const u of report.units)
          expect(listed(league, campaignCellQuery(campaign, range, 'total', 'filed', u.code)), `${campaign} ${u.name}`).toBe(u.current.filed);
        if (cat === 'total') continue;
        for (const stage of MAIN_STAGES)
          expect(listed(league, campaignCellQuery(campaign, range, cat, 'leads', undefined, stage)), `${campaign} ${cat} ${stage}`).toBe(
            report.current.stages[cat][stage] ?? 0,
          );
      }
      expect(report.current.total.leads).toBeGreaterThan(10);
      // Last year's figures (the comparison table) open last year's cases.
      for (const col of ['leads', 'filed', 'closed', 'transferredCases'] as const)
        expect(listed(league, campaignCellQuery(campaign, report.previous, 'total', col)), `${campaign} last year ${col}`).toBe(report.previous.total[col]);
      expect(report.previous.from).toBe('2025-01-01');
      // Sums agree with the cases' own figures, summed directly.
      const sum = (sql: string) => (league.ledger.db.prepare(sql).pluck().get(`%,${campaign},%`) as number | null) ?? 0;
      expect(report.current.total.amountInvolved).toBe(
        fenToWan(sum("SELECT sum(amount_involved_fen) FROM cases WHERE deleted = 0 AND campaigns LIKE ? AND filed_date BETWEEN '2026-01-01' AND '2026-12-31'")),
      );
      expect(report.current.total.destroyedValue).toBe(
        fenToWan(
          sum("SELECT sum(destroyed_value_fen) FROM cases WHERE deleted = 0 AND campaigns LIKE ? AND decided_date BETWEEN '2026-01-01' AND '2026-12-31'"),
        ),
      );
      expect(report.current.total.penalties).toBe(
        fenToWan(
          sum(
            "SELECT sum(coalesce(fine_fen, 0) + coalesce(confiscated_fen, 0)) FROM cases WHERE deleted = 0 AND campaigns LIKE ? AND decided_date BETWEEN '2026-01-01' AND '2026-12-31'",
          ),
        ),
      );
      // The league total is the sum of its units.
      for (const col of CAMPAIGN_COLUMNS.filter((c) => !['amountInvolved', 'penalties', 'destroyedValue'].includes(c)))
        expect(report.units.reduce((sum, u) => sum + u.current[col], 0)).toBe(report.current.total[col]);
    }
  });

  it('dashboard: every case figure per unit and in total, the monthly chart, and total = sum of units', async () => {
    const league = await demoLeague();
    const d = dashboard(league, { year: 2026 });
    expect(d.units.length).toBe(7); // 兴安盟 itself and its six counties
    for (const fig of DASHBOARD_CASE_FIGURES) {
      expect(listed(league, dashboardCaseQuery(2026, fig)), `total ${fig}`).toBe(d.total[fig]);
      expect(d.units.reduce((s, u) => s + u.figures[fig], 0)).toBe(d.total[fig]);
      for (const u of d.units) expect(listed(league, dashboardCaseQuery(2026, fig, u.code)), `${u.name} ${fig}`).toBe(u.figures[fig]);
    }
    expect(d.total.leads).toBeGreaterThan(100);
    expect(d.total.overdue).toBeGreaterThan(0);
    for (const cat of CASE_CATEGORIES)
      d.casesByMonth[cat].forEach((n, i) => expect(listed(league, monthCaseQuery(2026, i + 1, cat)), `${cat} month ${i + 1}`).toBe(n));
    // GI and task figures agree with their own reports.
    const gi = giStats(league, { period: '2026' });
    expect(d.total.giApproved).toBe(gi.total.approved);
    expect(d.total.tasksOverdue).toBe(taskStats(league, { year: 2026 }).total.overdue);
    expect(d.giUsersByYear.at(-1)?.year).toBe(2026);
  });

  it('GI statistics: every cell by GI, by county and in total equals its drill-down list', async () => {
    const league = await demoLeague();
    for (const period of ['2026', '2025Q2']) {
      const stats = giStats(league, { period });
      let nonZero = 0;
      for (const col of GI_COLUMNS) {
        const total = giDrill(league, { period, column: col });
        expect(total.length, `${period} total ${col}`).toBe(stats.total[col]);
        for (const g of stats.byGi) expect(giDrill(league, { period, giId: g.giId, column: col }).length, `${g.name} ${col}`).toBe(g.counts[col]);
        for (const u of stats.byUnit) expect(giDrill(league, { period, county: u.code, column: col }).length, `${u.name} ${col}`).toBe(u.counts[col]);
        expect(stats.byUnit.reduce((s, u) => s + u.counts[col], 0)).toBe(stats.total[col]);
        if (stats.total[col] > 0) nonZero++;
      }
      expect(nonZero).toBeGreaterThan(5);
    }
    // Each listed record is what the column says: approved users are approved; failed inspections failed.
    expect(giDrill(league, { period: '2026', column: 'approved' }).every((r) => r.kind === 'gi_user' && r.status === 'approved')).toBe(true);
    expect(giDrill(league, { period: '2026', column: 'fail' }).every((r) => r.kind === 'gi_inspection' && r.date.startsWith('2026'))).toBe(true);
  });

  it('task statistics: every cell per county equals its drill-down list', async () => {
    const league = await demoLeague();
    const stats = taskStats(league, { year: 2026 });
    expect(stats.total.assigned).toBeGreaterThan(0);
    for (const col of TASK_COLUMNS) {
      expect(taskDrill(league, { year: 2026, column: col }).length, `total ${col}`).toBe(stats.total[col]);
      for (const u of stats.byUnit) expect(taskDrill(league, { year: 2026, county: u.code, column: col }).length, `${u.name} ${col}`).toBe(u.counts[col]);
    }
    // Assignments split exactly into their four standings.
    expect(stats.total.done + stats.total.overdue + stats.total.due_soon + stats.total.open).toBe(stats.total.assigned);
  });
});
