import { openLedger } from '../../electron/store/ledger';
import { COUNTY_PLAN_ENTITIES, LEAGUE_PLAN_ENTITIES, replicate } from '../helpers/replicate';
import { expect, test, type Ledger } from './fixtures';
import { LedgerApp } from './pages/app';

/**
 * Until bundles exist (issue 6) the records travel between the two ledgers through the test
 * helper, with both hosts stopped — as a USB stick would carry them.
 */
async function carry(from: Ledger, to: Ledger, entities: readonly string[]): Promise<number> {
  const source = await openLedger(from.db, { mustExist: true });
  const target = await openLedger(to.db, { mustExist: true });
  try {
    return replicate(source, target, entities);
  } finally {
    source.close();
    target.close();
  }
}

test('the league plans from the 2023 template for three counties, a county reports with evidence, the league matrix shows it', async ({ ledger, page }) => {
  // The league: a plan from the template, the first two tasks narrowed to three counties.
  const league = await ledger({ name: 'league' });
  const app = await LedgerApp.open(page, league.url);
  const { plans } = app;
  await app.wizard.complete('兴安盟', '李强');
  await expect(page.getByRole('banner').getByText('盟局', { exact: true })).toBeVisible();
  await plans.open();
  await expect(page.getByText('还没有工作方案：可新建空白方案，或从本盟模板创建')).toBeVisible();
  await plans.createFromTemplate();
  // The template is proposed for this year (its number left empty, its dates moved).
  await expect(plans.planTitle).toHaveText(`兴安盟推动知识产权高质量发展年度工作方案（${new Date().getFullYear()}）`);
  await expect(plans.taskRows).toHaveCount(6);
  await plans.narrowAssignment('坚持质量导向，强化知识产权高质量创造', 3);
  await plans.narrowAssignment('健全知识产权保护政策', 3);
  await expect(plans.assigned('（一）')).toHaveText(['乌兰浩特', '阿尔山', '科右前旗']);
  await expect(plans.assigned('（二）1')).toHaveText(['乌兰浩特', '阿尔山', '科右前旗']);
  await app.screenshot('plan-tasks.png', { fullPage: true });
  await league.stop();

  // A county ledger of its own (乌兰浩特市), which receives the league's plan.
  const county = await ledger({ name: 'county', init: { unit: '152201', operator: '王芳' }, start: false });
  expect(await carry(league, county, LEAGUE_PLAN_ENTITIES)).toBeGreaterThan(6);

  await app.goto(await county.start());
  await plans.open();
  await expect(plans.myTaskRows).toHaveCount(6);
  await expect(page.getByText(/年度工作总结/).first()).toBeVisible();
  await plans.report('（一）', { status: '已完成', narrative: '开展“蓝天”专项整治，检查代理机构 3 家，立案 1 件。', evidence: '（一）佐证.png' });
  await plans.report('（二）1', {
    status: '进行中',
    narrative: '督促 12 家企业规范使用地理标志专用标志，整改 2 家。',
    percent: '60',
    evidence: '（二）1佐证.png',
  });
  await plans.reportButton('（二）1').click();
  await app.screenshot('report-form.png');
  await page.keyboard.press('Escape');
  await expect(plans.myTasks).toContainText('已完成');
  await expect(plans.myTasks).toContainText('60%');
  await app.screenshot('my-tasks.png', { fullPage: true });
  await county.stop();

  // The county's reports reach the league; its matrix shows them.
  expect(await carry(county, league, COUNTY_PLAN_ENTITIES)).toBe(4);
  await app.goto(await league.start());
  await plans.open();
  await plans.openFirstPlan();
  await plans.planTab('进度矩阵');
  await expect(plans.cell('（一）', '152201')).toHaveText('已完成 100%');
  await expect(plans.cell('（二）1', '152201')).toHaveText('进行中 60%');
  await expect(plans.cell('（一）', '152202')).toHaveText(/未报送|已超期/);
  // 突泉县 is not assigned the first task.
  await expect(plans.cell('（一）', '152224')).toHaveCount(0);
  await app.screenshot('matrix.png', { fullPage: true });
  await plans.cell('（二）1', '152201').click();
  await expect(plans.matrixReport).toContainText('督促 12 家企业规范使用地理标志专用标志');
  await expect(plans.matrixReport).toContainText('（二）1佐证.png');
  await page.keyboard.press('Escape');
  await plans.open();
  await plans.sectionTab('指标');
  await expect(plans.indicatorTable).toContainText('每万人口发明专利拥有量');
  await app.screenshot('indicators.png', { fullPage: true });
});
