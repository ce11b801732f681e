import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openLedger } from '../../electron/store/ledger';
import { COUNTY_PLAN_ENTITIES, LEAGUE_PLAN_ENTITIES, replicate } from '../helpers/replicate';
import { completeWizard, newDataDir, startHost } from './host';

const root = path.resolve(__dirname, '../..');
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/**
 * Until bundles exist (issue 6) the records travel between the two ledgers through the test
 * helper, with both hosts stopped — as a USB stick would carry them.
 */
async function carry(fromDir: string, toDir: string, entities: readonly string[]): Promise<number> {
  const from = await openLedger(path.join(fromDir, 'ledger.sqlite'), { mustExist: true });
  const to = await openLedger(path.join(toDir, 'ledger.sqlite'), { mustExist: true });
  try {
    return replicate(from, to, entities);
  } finally {
    from.close();
    to.close();
  }
}

async function openPlans(page: Page) {
  await page.getByTestId('main-nav').getByText('工作任务', { exact: true }).click();
}

/** Keeps only the first `keep` counties of a task's assignment (removing tags from the end). */
async function narrowAssignment(page: Page, taskTitle: string, keep: number) {
  await page.getByTestId('task-table').getByText(taskTitle).click();
  const remove = page.getByTestId('task-form').locator('.ant-select-selection-item-remove');
  while ((await remove.count()) > keep) await remove.last().click();
  await page.getByTestId('task-submit').click();
  await expect(page.getByTestId('task-form')).toBeHidden();
}

async function report(page: Page, sectionNo: string, status: string, narrative: string, percent?: string) {
  await page.getByTestId(`report-${sectionNo}`).click();
  await page.getByTestId('report-status').getByText(status, { exact: true }).click();
  if (percent) {
    const field = page.getByTestId('report-percent');
    const input = (await field.evaluate((e) => e.tagName)) === 'INPUT' ? field : field.locator('input');
    await input.fill(percent);
  }
  await page.getByTestId('report-narrative').fill(narrative);
  await page
    .getByTestId('report-files')
    .locator('input[type=file]')
    .setInputFiles({ name: `${sectionNo}佐证.png`, mimeType: 'image/png', buffer: PNG });
  await page.getByTestId('report-submit').click();
  await expect(page.getByTestId('report-form')).toBeHidden();
}

test('the league plans from the 2023 template for three counties, a county reports with evidence, the league matrix shows it', async ({ page }, testInfo) => {
  const leagueDir = newDataDir();
  const countyDir = newDataDir();

  // The league: a plan from the template, the first two tasks narrowed to three counties.
  let host = await startHost(leagueDir);
  try {
    await page.goto(host.url);
    await completeWizard(page, '兴安盟', '李强');
    await expect(page.getByRole('banner').getByText('盟局', { exact: true })).toBeVisible();
    await openPlans(page);
    await expect(page.getByText('还没有工作方案，可从模板创建')).toBeVisible();
    await page.getByTestId('plan-from-template').click();
    await page.getByTestId('template-submit').click();
    await expect(page.getByTestId('plan-title')).toHaveText('兴安盟推动知识产权高质量发展年度工作方案（2023）');
    await expect(page.getByTestId('task-table').locator('tr.clickable-row')).toHaveCount(6);
    await narrowAssignment(page, '坚持质量导向，强化知识产权高质量创造', 3);
    await narrowAssignment(page, '健全知识产权保护政策', 3);
    await expect(page.getByTestId('assigned-（一）').locator('.ant-tag')).toHaveText(['乌兰浩特', '阿尔山', '科右前旗']);
    await expect(page.getByTestId('assigned-（二）1').locator('.ant-tag')).toHaveText(['乌兰浩特', '阿尔山', '科右前旗']);
    await page.screenshot({ path: testInfo.outputPath('plan-tasks.png'), fullPage: true });
  } finally {
    await host.stop();
  }

  // A county ledger of its own (乌兰浩特市), which receives the league's plan.
  const init = spawnSync(
    path.join(root, 'node_modules', '.bin', 'tsx'),
    ['electron/cli.ts', 'init', '--db', path.join(countyDir, 'ledger.sqlite'), '--unit', '152201', '--operator', '王芳'],
    { cwd: root, encoding: 'utf8' },
  );
  expect(init.status, init.stderr).toBe(0);
  expect(await carry(leagueDir, countyDir, LEAGUE_PLAN_ENTITIES)).toBeGreaterThan(6);

  host = await startHost(countyDir);
  try {
    await page.goto(host.url);
    await openPlans(page);
    await expect(page.getByTestId('my-tasks').locator('tr[data-row-key]')).toHaveCount(6);
    await expect(page.getByText(/年度工作总结/).first()).toBeVisible();
    await report(page, '（一）', '已完成', '开展“蓝天”专项整治，检查代理机构 3 家，立案 1 件。');
    await report(page, '（二）1', '进行中', '督促 12 家企业规范使用地理标志专用标志，整改 2 家。', '60');
    await page.getByTestId('report-（二）1').click();
    await page.screenshot({ path: testInfo.outputPath('report-form.png') });
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('my-tasks')).toContainText('已完成');
    await expect(page.getByTestId('my-tasks')).toContainText('60%');
    await page.screenshot({ path: testInfo.outputPath('my-tasks.png'), fullPage: true });
  } finally {
    await host.stop();
  }

  // The county's reports reach the league; its matrix shows them.
  expect(await carry(countyDir, leagueDir, COUNTY_PLAN_ENTITIES)).toBe(4);
  host = await startHost(leagueDir);
  try {
    await page.goto(host.url);
    await openPlans(page);
    await page.getByTestId('plan-list').locator('tr.clickable-row').first().click();
    await page.getByTestId('plan-tabs').getByText('进度矩阵').click();
    await expect(page.getByTestId('cell-（一）-152201')).toHaveText('已完成 100%');
    await expect(page.getByTestId('cell-（二）1-152201')).toHaveText('进行中 60%');
    await expect(page.getByTestId('cell-（一）-152202')).toHaveText(/未报送|已超期/);
    // 突泉县 is not assigned the first task.
    await expect(page.getByTestId('cell-（一）-152224')).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath('matrix.png'), fullPage: true });
    await page.getByTestId('cell-（二）1-152201').click();
    await expect(page.getByTestId('matrix-report')).toContainText('督促 12 家企业规范使用地理标志专用标志');
    await expect(page.getByTestId('matrix-report')).toContainText('（二）1佐证.png');
    await page.keyboard.press('Escape');
    await page.getByTestId('main-nav').getByText('工作任务', { exact: true }).click();
    await page.getByTestId('plans-tabs').getByText('指标').click();
    await expect(page.getByTestId('indicator-table')).toContainText('每万人口发明专利拥有量');
    await page.screenshot({ path: testInfo.outputPath('indicators.png'), fullPage: true });
  } finally {
    await host.stop();
  }
});
