/**
 * Demo work plan: the shipped 2023 template moved to the current year for the ledger's league
 * (two tasks reported quarterly), assigned to every county, with plausible progress: most
 * counties have reported, some are behind, a few are blocked. In a county ledger the plan is
 * written as if it had arrived from the league, and only that county's progress is added.
 */
import { localIsoDate } from '../../shared/calendar';
import { taskPeriods } from '../../shared/plans/periods';
import { planFieldsSchema, taskFieldsSchema } from '../../shared/plans/schemas';
import { insertRecord, type WriteContext } from '../store/change-log';
import { encodeTags } from '../domain/core/tags';
import { getProfile } from '../domain/core/profile';
import { leagueCounties, loadTemplates } from '../domain/plans/plans';
import { writeContext, type Session } from '../domain/core/session';
import { Random } from './random';

const NARRATIVES = [
  '已召开专题部署会，明确责任分工，正在按计划推进。',
  '开展专项检查 {n} 次，检查经营主体 {m} 户，发现问题已督促整改。',
  '组织宣传培训活动 {n} 场，覆盖企业和群众 {m} 人次。',
  '已完成年度任务，相关材料已归档备查。',
  '受人员和经费限制，部分工作推进较慢，已报请盟局协调。',
];

export function generateDemoPlan(session: Session, seed: number): string | null {
  const profile = getProfile(session);
  const template = loadTemplates()[0];
  if (!profile || !template) return null;
  const r = new Random(seed * 104_729 + 7);
  const base = writeContext(session);
  const { ledger } = session;
  const league =
    profile.role === 'league' ? profile.unitCode : (ledger.stmt('SELECT parent_code FROM ref_regions WHERE code = ?').pluck().get(profile.unitCode) as string);
  const leagueName = ledger.stmt('SELECT short_name FROM ref_regions WHERE code = ?').pluck().get(league) as string;
  const today = localIsoDate(session.now());
  const year = Number(today.slice(0, 4));
  const shift = (d: string) => `${year}${d.slice(4)}`;
  const src = planFieldsSchema.parse(template.plan);
  const plan = {
    ...src,
    year,
    issueDate: shift(src.issueDate),
    summaryDue: shift(src.summaryDue),
    title: src.title.replace(String(src.year), String(year)).replace('兴安盟', leagueName),
    docNumber: '',
  };
  const counties = profile.role === 'league' ? leagueCounties(ledger, league) : [profile.unitCode];
  const everyCounty = leagueCounties(ledger, league);
  const leagueCtx: WriteContext = { ...base, unitCode: league };
  return ledger.write(() => {
    // A county that has received its league's plan for the year reports on it (its reports then
    // travel to the league); a county on its own gets the plan as if it had arrived.
    const received =
      profile.role === 'county'
        ? (ledger
            .stmt('SELECT id, year, issue_date FROM plans WHERE unit_code = ? AND year = ? AND deleted = 0 ORDER BY created_at LIMIT 1')
            .get(league, year) as { id: string; year: number; issue_date: string } | undefined)
        : undefined;
    let planId: string;
    let planDates = { year, issueDate: plan.issueDate };
    const tasks: { id: string; cadence: 'once' | 'quarterly' | 'yearly'; deadline: string }[] = [];
    if (received) {
      planId = received.id;
      planDates = { year: received.year, issueDate: received.issue_date };
      tasks.push(
        ...(ledger
          .stmt("SELECT id, cadence, deadline FROM plan_tasks WHERE plan_id = ? AND deleted = 0 AND assigned_units LIKE '%,' || ? || ',%' ORDER BY ord")
          .all(planId, profile.unitCode) as typeof tasks),
      );
    } else {
      planId = insertRecord(leagueCtx, 'plan', {
        doc_number: '',
        title: plan.title,
        year,
        issuing_unit: plan.issuingUnit.replace('兴安盟', leagueName),
        issue_date: plan.issueDate,
        summary_due: plan.summaryDue,
        sections: JSON.stringify(plan.sections),
        notes: '演示数据',
      });
      template.tasks.forEach((raw, i) => {
        const t = taskFieldsSchema.parse({ ...(raw as object), planId, assignedUnits: everyCounty });
        const cadence = i === 0 || i === 5 ? 'quarterly' : t.cadence;
        const deadline = shift(t.deadline);
        const taskId = insertRecord(leagueCtx, 'plan_task', {
          plan_id: planId,
          ord: i + 1,
          section_no: t.sectionNo,
          title: t.title,
          description: t.description,
          lead_units: t.leadUnits,
          supporting_units: t.supportingUnits,
          assigned_units: encodeTags(everyCounty),
          deadline,
          cadence,
          evidence_required: t.evidenceRequired,
          indicator_codes: encodeTags(t.indicatorCodes),
        });
        tasks.push({ id: taskId, cadence, deadline });
      });
    }
    for (const task of tasks) {
      const periods = taskPeriods({ cadence: task.cadence, deadline: task.deadline }, planDates).filter(
        (p) => p.end <= today || p.due <= today || r.chance(0.8),
      );
      for (const county of counties) {
        const diligence = r.weighted([
          ['ahead', 45],
          ['steady', 35],
          ['behind', 15],
          ['blocked', 5],
        ] as const);
        const ctx: WriteContext = { ...base, unitCode: county };
        periods.forEach((p, k) => {
          if (diligence === 'behind' && k === periods.length - 1) return;
          const past = p.due < today;
          const status = diligence === 'blocked' ? 'blocked' : past || diligence === 'ahead' ? 'done' : 'in_progress';
          const percent = status === 'done' ? 100 : status === 'blocked' ? r.int(10, 40) : r.int(30, 90);
          const date = p.due < today ? p.due : today;
          // One report per task, county and period: a second demo run does not add another.
          if (ledger.stmt('SELECT 1 FROM task_reports WHERE task_id = ? AND unit_code = ? AND period = ? AND deleted = 0').get(task.id, county, p.key)) return;
          insertRecord(ctx, 'task_report', {
            task_id: task.id,
            period: p.key,
            status,
            percent,
            narrative: (status === 'blocked' ? (NARRATIVES[4] as string) : r.pick(NARRATIVES.slice(0, 4)))
              .replace('{n}', String(r.int(2, 12)))
              .replace('{m}', String(r.int(20, 400))),
            reported_date: date,
          });
        });
      }
    }
    writeIndicatorValues(session, r, counties, league, year, today);
    return planId;
  });
}

/** Plausible quarterly values of the reported indicators from each county, and league targets. */
function writeIndicatorValues(session: Session, r: Random, counties: string[], league: string, year: number, today: string): void {
  const base = writeContext(session);
  const ids = new Map(
    (session.ledger.stmt('SELECT code, id FROM indicators WHERE deleted = 0 AND unit_code = ?').all(league) as { code: string; id: string }[]).map((x) => [
      x.code,
      x.id,
    ]),
  );
  const quarters = [1, 2, 3, 4].filter((q) => `${year}-${String(q * 3).padStart(2, '0')}-28` < today);
  for (const county of counties) {
    const ctx: WriteContext = { ...base, unitCode: county };
    let trademarks = r.int(600, 2500);
    for (const q of quarters) {
      trademarks += r.int(10, 80);
      const period = `${year}Q${q}`;
      const put = (code: string, value: number) => {
        const indicatorId = ids.get(code);
        const taken = session.ledger
          .stmt('SELECT 1 FROM indicator_values WHERE indicator_id = ? AND unit_code = ? AND period = ? AND deleted = 0')
          .get(indicatorId, county, period);
        if (indicatorId && !taken) insertRecord(ctx, 'indicator_value', { indicator_id: indicatorId, period, value, source: '市场监管统计' });
      };
      put('registered_trademarks', trademarks);
      put('ip_pledge_count', r.chance(0.3) ? r.int(1, 2) : 0);
      put('ip_pledge_amount', r.chance(0.3) ? r.int(100, 1500) : 0);
      if (r.chance(0.15)) put('new_gi', 1);
    }
  }
  if (session.ledger.stmt('SELECT 1 FROM indicator_targets WHERE year = ? AND target_unit = ? AND deleted = 0').get(year, league)) return;
  const leagueCtx: WriteContext = { ...base, unitCode: league };
  for (const [code, value] of [
    ['registered_trademarks', counties.length * 2000],
    ['new_gi', 1],
    ['ip_pledge_count', 6],
  ] as const) {
    const indicatorId = ids.get(code);
    if (indicatorId) insertRecord(leagueCtx, 'indicator_target', { indicator_id: indicatorId, year, target_unit: league, value, note: '演示数据' });
  }
}
