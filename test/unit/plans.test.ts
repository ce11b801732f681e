import { describe, expect, it } from 'vitest';
import { createCase } from '../../electron/domain/cases/write';
import { advanceStage } from '../../electron/domain/cases/stages';
import { setupProfile } from '../../electron/domain/core/profile';
import type { Session } from '../../electron/domain/core/session';
import { indicatorTable, listIndicators, saveIndicator, saveTarget, saveValue } from '../../electron/domain/plans/indicators';

const table = (s: Session) => indicatorTable(s, 2026);

function definition(i: IndicatorRecord | undefined) {
  const { code, name, unit, formulaNotes, periodRule, unitRule, computed, formula, active } = i as IndicatorRecord;
  return indicatorFieldsSchema.parse({ code, name, unit, formulaNotes, periodRule, unitRule, computed, formula, active });
}
import { copyPlan, createPlanFromTemplate, getPlan, listPlans, saveTask } from '../../electron/domain/plans/plans';
import { addReportFile, saveSummary, saveTaskReport } from '../../electron/domain/plans/progress-reports';
import { myTasks, planMatrix, tasksOverview } from '../../electron/domain/plans/standing';
import { stageAdvanceSchema } from '../../shared/cases/schemas';
import { indicatorFieldsSchema, taskReportSchema, valueSaveSchema } from '../../shared/plans/schemas';
import type { IndicatorRecord } from '../../shared/plans/types';
import { caseInput, PNG_BASE64, staged } from '../helpers/cases';
import { COUNTY_PLAN_ENTITIES, LEAGUE_PLAN_ENTITIES, replicate } from '../helpers/replicate';
import { tempSession } from '../helpers/temp-ledger';

/** 2023-11-20 10:00 local time: the 2023 plan is running, its summary due 12-06. */
const NOV_2023 = new Date(2023, 10, 20, 10, 0, 0).getTime();

async function office(unitCode: string, name: string, now = NOV_2023): Promise<Session> {
  const session = await tempSession({ now: () => now });
  setupProfile(session, { unitCode, bureauName: name, casePrefix: `${name.slice(0, 1)}市监处罚`, operatorName: '测试' });
  return session;
}

function validationCode(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return `${(error as { code?: string }).code}:${(error as Error).message}`;
  }
  return 'no error';
}

const THREE = ['152201', '152202', '152221'];

async function leagueWithPlan() {
  const league = await office('152200', '兴安盟市场监督管理局');
  const planId = createPlanFromTemplate(league, { template: 'hinggan-2023' });
  // The league narrows the first two tasks to three counties.
  for (const task of getPlan(league.ledger, planId).tasks.slice(0, 2)) saveTask(league, { id: task.id, fields: { ...task, planId, assignedUnits: THREE } });
  return { league, planId };
}

describe('plans from the 2023 template', () => {
  it('creates the plan with its six tasks as typed from the document, assigned to every county by default', async () => {
    const league = await office('152200', '兴安盟市场监督管理局');
    const planId = createPlanFromTemplate(league, { template: 'hinggan-2023' });
    const { plan, tasks } = getPlan(league.ledger, planId);
    expect(plan).toMatchObject({ docNumber: '兴市监办字〔2023〕268号', year: 2023, issueDate: '2023-07-10', summaryDue: '2023-12-06', unitCode: '152200' });
    expect(plan.sections.map((s) => s.title)).toEqual(['指导思想', '主要目标', '主要任务', '工作要求']);
    expect(tasks.map((t) => t.sectionNo)).toEqual(['（一）', '（二）1', '（二）2', '（二）3', '（二）4', '（四）1']);
    expect(tasks[0]).toMatchObject({ leadUnits: '盟局知识产权发展和保护科、稽查局', deadline: '2023-12-06', cadence: 'once' });
    expect(tasks[0]?.assignedUnits).toEqual(['152201', '152202', '152221', '152222', '152223', '152224']);
    expect(listPlans(league)).toEqual([expect.objectContaining({ id: planId, taskCount: 6, unitCount: 6 })]);
  });

  it('only the league writes plans; tasks go to its own counties', async () => {
    const county = await office('152201', '乌兰浩特市市场监督管理局');
    expect(validationCode(() => createPlanFromTemplate(county, { template: 'hinggan-2023' }))).toBe('validation:plan_league_only');
    const league = await office('152200', '兴安盟市场监督管理局');
    expect(validationCode(() => createPlanFromTemplate(league, { template: 'hinggan-2023', assignTo: ['152502'] }))).toBe('validation:task_unit_unknown');
    expect(league.ledger.db.prepare('SELECT count(*) FROM plans').pluck().get()).toBe(0);
  });

  it('copying to a new year keeps the tasks with their dates moved, and drops the reports', async () => {
    const { league, planId } = await leagueWithPlan();
    const county = await office('152201', '乌兰浩特市市场监督管理局');
    replicate(league.ledger, county.ledger, LEAGUE_PLAN_ENTITIES);
    const task = getPlan(county.ledger, planId).tasks[0];
    saveTaskReport(
      county,
      taskReportSchema.parse({ taskId: task?.id, period: '2023', status: 'done', percent: 100, narrative: '已完成', reportedDate: '2023-11-10' }),
    );
    replicate(county.ledger, league.ledger, COUNTY_PLAN_ENTITIES);
    expect(league.ledger.db.prepare('SELECT count(*) FROM task_reports').pluck().get()).toBe(1);

    expect(validationCode(() => copyPlan(league, { planId, year: 2023 }))).toBe('validation:plan_copy_year');
    const copyId = copyPlan(league, { planId, year: 2024 });
    const copy = getPlan(league.ledger, copyId);
    expect(copy.plan).toMatchObject({ year: 2024, issueDate: '2024-07-10', summaryDue: '2024-12-06', docNumber: '', copiedFrom: planId });
    expect(copy.plan.title).toContain('2024');
    const original = getPlan(league.ledger, planId).tasks;
    expect(copy.tasks.map((t) => [t.sectionNo, t.title, t.assignedUnits, t.deadline])).toEqual(
      original.map((t) => [t.sectionNo, t.title, t.assignedUnits, '2024-12-06']),
    );
    const matrix = planMatrix(league, copyId);
    expect(matrix.rows.flatMap((r) => r.cells).every((c) => c === null || c.report === null)).toBe(true);
    expect(planMatrix(league, planId).rows[0]?.cells[0]?.report?.status).toBe('done');
  });
});

describe('county progress and the league matrix', () => {
  it('a county sees its assigned tasks most urgent first, reports with evidence, and the league matrix shows it once the data arrives', async () => {
    const { league, planId } = await leagueWithPlan();
    const ulanhot = await office('152201', '乌兰浩特市市场监督管理局');
    const tuquan = await office('152224', '突泉县市场监督管理局');
    replicate(league.ledger, ulanhot.ledger, LEAGUE_PLAN_ENTITIES);
    replicate(league.ledger, tuquan.ledger, LEAGUE_PLAN_ENTITIES);

    // 突泉县 is not among the three counties of the first two tasks.
    expect(myTasks(tuquan).tasks).toHaveLength(4);
    const mine = myTasks(ulanhot);
    expect(mine).toMatchObject({ year: 2023, years: [2023] });
    expect(mine.tasks).toHaveLength(6);
    expect(mine.tasks.every((t) => t.standing.state === 'open' && t.standing.next?.due === '2023-12-06')).toBe(true);
    expect(mine.summaries).toEqual([expect.objectContaining({ summary: null, daysLeft: 16 })]);

    const [first, second] = getPlan(ulanhot.ledger, planId).tasks;
    const r1 = saveTaskReport(
      ulanhot,
      taskReportSchema.parse({
        taskId: first?.id,
        period: '2023',
        status: 'done',
        percent: 40,
        narrative: '“蓝天”专项整治检查代理机构 3 家',
        reportedDate: '2023-11-15',
      }),
    );
    addReportFile(ulanhot, { ownerId: r1, fileName: '检查记录.png', uploadId: staged(ulanhot, PNG_BASE64) });
    saveTaskReport(
      ulanhot,
      taskReportSchema.parse({
        taskId: second?.id,
        period: '2023',
        status: 'in_progress',
        percent: 60,
        narrative: '地理标志专用标志检查进行中',
        reportedDate: '2023-11-16',
      }),
    );
    saveSummary(ulanhot, { planId, submittedDate: '2023-11-20', narrative: '全年工作总结' });
    expect(
      validationCode(() =>
        saveTaskReport(tuquan, taskReportSchema.parse({ taskId: first?.id, period: '2023', status: 'done', percent: 100, reportedDate: '2023-11-15' })),
      ),
    ).toBe('validation:task_not_assigned');
    expect(
      validationCode(() =>
        saveTaskReport(ulanhot, taskReportSchema.parse({ taskId: first?.id, period: '2023Q4', status: 'done', percent: 100, reportedDate: '2023-11-15' })),
      ),
    ).toBe('validation:report_period_unknown');
    const after = myTasks(ulanhot);
    expect(after.tasks.at(-1)?.task.id).toBe(first?.id);
    expect(after.tasks.find((t) => t.task.id === first?.id)?.standing.state).toBe('done');
    expect(after.tasks.find((t) => t.task.id === first?.id)?.reports[0]).toMatchObject({
      percent: 100,
      files: [expect.objectContaining({ fileName: '检查记录.png' })],
    });

    // Before the county's data arrives the league sees nothing reported.
    expect(planMatrix(league, planId).rows[0]?.cells[0]?.report).toBeNull();
    replicate(ulanhot.ledger, league.ledger, COUNTY_PLAN_ENTITIES);
    const matrix = planMatrix(league, planId);
    expect(matrix.units.map((u) => u.code)).toEqual(['152201', '152202', '152221', '152222', '152223', '152224']);
    expect(matrix.rows[0]?.cells.map((c) => c?.report?.status ?? (c ? 'none' : 'not assigned'))).toEqual([
      'done',
      'none',
      'none',
      'not assigned',
      'not assigned',
      'not assigned',
    ]);
    expect(matrix.rows[1]?.cells[0]).toMatchObject({ report: { status: 'in_progress', percent: 60 }, standing: { state: 'open' } });
    expect(matrix.summaries[0]).toMatchObject({ narrative: '全年工作总结', unitCode: '152201' });
    expect(matrix.summaries[1]).toBeNull();
  });

  it('past the deadline, unsettled tasks are overdue', async () => {
    const { league, planId } = await leagueWithPlan();
    const late = await office('152201', '乌兰浩特市市场监督管理局', new Date(2023, 11, 10, 9, 0, 0).getTime());
    replicate(league.ledger, late.ledger, LEAGUE_PLAN_ENTITIES);
    const mine = myTasks(late);
    expect(mine.tasks.every((t) => t.standing.state === 'overdue' && t.standing.daysLeft === -4)).toBe(true);
    expect(mine.summaries[0]?.daysLeft).toBe(-4);
    expect(getPlan(late.ledger, planId).tasks).toHaveLength(6);
    // The home screen: six overdue tasks and the overdue summary, most overdue first.
    const overview = tasksOverview(late);
    expect(overview).toMatchObject({ overdue: 7, dueSoon: 0 });
    expect(overview.items.some((x) => x.summary)).toBe(true);
    // The league sees each county's overdue tasks (3 counties × 6 tasks + 3 others × 4 tasks = 30, plus 6 missing summaries).
    const leagueLate = await office('152200', '兴安盟市场监督管理局', new Date(2023, 11, 10, 9, 0, 0).getTime());
    replicate(league.ledger, leagueLate.ledger, LEAGUE_PLAN_ENTITIES);
    const all = tasksOverview(leagueLate);
    expect(all.overdue).toBe(36);
    expect(all.items).toHaveLength(12);
    expect(all.items[0]?.unit).not.toBe('');
  });
});

describe('indicators', () => {
  it('seeds the Xilingol indicators with their 2025 targets, and compares reported values by county', async () => {
    const league = await office('152500', '锡林郭勒盟市场监督管理局', new Date(2025, 9, 1).getTime());
    const names = listIndicators(league).map((i) => i.name);
    expect(names).toEqual(expect.arrayContaining(['每万人口发明专利拥有量', '高价值发明专利拥有量', '有效注册商标', '新增地理标志', '知识产权案件按期结案率']));
    const county = await office('152502', '锡林浩特市市场监督管理局', new Date(2025, 9, 1).getTime());
    const other = await office('152525', '东乌珠穆沁旗市场监督管理局', new Date(2025, 9, 1).getTime());
    const ind = (code: string) => listIndicators(league).find((i) => i.code === code)?.id ?? '';
    const report = (s: Session, code: string, period: string, value: number) =>
      saveValue(s, valueSaveSchema.parse({ indicatorId: ind(code), period, value, source: '统计' }));
    report(county, 'registered_trademarks', '2025Q1', 5200);
    report(county, 'registered_trademarks', '2025Q2', 5300);
    report(other, 'registered_trademarks', '2025Q2', 2100);
    report(county, 'new_gi', '2025Q1', 1);
    report(other, 'new_gi', '2025Q2', 1);
    report(league, 'invention_per_10k', '2025', 1.02);
    for (const s of [county, other]) replicate(s.ledger, league.ledger, COUNTY_PLAN_ENTITIES);

    const table = indicatorTable(league, 2025);
    expect(table.units.map((u) => u.code).slice(0, 3)).toEqual(['152500', '152501', '152502']);
    const row = (code: string) => table.rows.find((r) => r.indicator.code === code);
    const col = (unit: string) => table.units.findIndex((u) => u.code === unit);
    expect(row('registered_trademarks')?.cells[0]).toEqual({ target: 15000, targetNote: '全盟注册商标数量', value: 7400, origin: 'counties' });
    expect(row('registered_trademarks')?.cells[col('152502')]).toMatchObject({ value: 5300, origin: 'reported', target: null });
    expect(row('new_gi')?.cells[0]).toMatchObject({ value: 2, target: 1 });
    expect(row('invention_per_10k')?.cells[0]).toMatchObject({ value: 1.02, target: 1.14, origin: 'reported' });
    // A ratio is not summed from counties.
    expect(row('high_value_invention')?.cells[0]?.value).toBeNull();

    // Targets per county set by the league.
    saveTarget(league, { indicatorId: ind('registered_trademarks'), year: 2025, targetUnit: '152502', value: 6000, note: '' });
    expect(indicatorTable(league, 2025).rows.find((r) => r.indicator.code === 'registered_trademarks')?.cells[col('152502')]?.target).toBe(6000);
    // A county sees the league and itself; the league column holds the league's own figures and
    // targets only (the county's ledger has no other county's data to add up).
    const seen = indicatorTable(county, 2025);
    expect(seen.units.map((u) => u.code)).toEqual(['152500', '152502']);
    const countyRow = (code: string) => seen.rows.find((r) => r.indicator.code === code);
    expect(countyRow('registered_trademarks')?.cells[0]).toMatchObject({ value: null, target: 15000 });
    expect(countyRow('registered_trademarks')?.cells[1]).toMatchObject({ value: 5300, origin: 'reported' });
    expect(countyRow('case_on_time_rate')?.cells[0]).toMatchObject({ value: null, target: 100 });
  });

  it('computes the on-time decision rate from the case log with the formula the league chooses', async () => {
    const county = await office('152502', '锡林浩特市市场监督管理局', new Date(2026, 10, 20).getTime());
    const decide = (filed: string, decided: string, decisionExtended = false) => {
      const id = createCase(county, caseInput({ leadDate: filed, decisionExtended }));
      advanceStage(county, stageAdvanceSchema.parse({ caseId: id, stage: 'FILE', date: filed }));
      advanceStage(
        county,
        stageAdvanceSchema.parse({ caseId: id, stage: 'DECIDE', date: decided, outcome: 'penalty', fineFen: 100000, overrideReason: '告知书已纸面送达，补录' }),
      );
    };
    decide('2026-01-05', '2026-03-01'); // 55 days: in time either way
    decide('2026-02-02', '2026-06-20'); // 138 days: late either way
    decide('2026-03-02', '2026-06-10', true); // 100 days with an approved extension: in time only when extensions count
    const rate = (s: Session) => indicatorTable(s, 2026).rows.find((r) => r.indicator.code === 'case_on_time_rate');
    expect(rate(county)?.cells[1]).toMatchObject({ value: 66.7, origin: 'computed' });

    // The league, with the county's cases, switches the formula to the basic 90 days.
    const league = await office('152500', '锡林郭勒盟市场监督管理局', new Date(2026, 10, 20).getTime());
    replicate(county.ledger, league.ledger, ['case', 'case_party', 'case_event']);
    expect(rate(league)?.cells[0]).toMatchObject({ value: 66.7, target: null });
    const indicator = listIndicators(league).find((i) => i.code === 'case_on_time_rate');
    saveIndicator(league, { id: indicator?.id, fields: { ...definition(indicator), formula: 'decided_in_base_limit' } });
    expect(rate(league)?.cells[0]?.value).toBe(33.3);
    expect(rate(league)?.cells[table(league).units.findIndex((u) => u.code === '152502')]?.value).toBe(33.3);
    expect(validationCode(() => saveIndicator(county, { id: indicator?.id, fields: definition(indicator) }))).toBe('validation:plan_league_only');
  });
});
