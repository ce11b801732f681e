import { expect, test } from './fixtures';
import { LedgerApp } from './pages/app';
import { inputOf } from './ui';
import { writeZip } from '../../electron/domain/bundles/zip-write';

/**
 * Issue 17: the 锡林郭勒盟 league runs its own work plan — a blank plan, a plan from its own
 * template, every field edited — and sends it to all its counties in one action; a county
 * imports its bundle and reports. At 1366×768, the office PC's screen.
 */
test('the 锡林郭勒盟 league plans from scratch and from its own template, edits, sends to every county at once; 锡林浩特 imports and reports', async ({
  ledger,
  newPage,
}, testInfo) => {
  const year = new Date().getFullYear();
  const leagueLedger = await ledger({ name: 'league', init: { unit: '152500', operator: '李强' } });
  const countyLedger = await ledger({ name: 'county', init: { unit: '152502', operator: '王芳' } });
  const league = await LedgerApp.open(await newPage(), leagueLedger.url);
  await league.page.setViewportSize({ width: 1366, height: 768 });
  const { plans } = league;

  // A blank plan with one task of its own.
  await plans.open();
  await plans.createBlank({
    title: '知识产权执法保护专项任务',
    issuingUnit: '锡林郭勒盟市场监督管理局',
    issueDate: `${year}-02-01`,
    summaryDue: `${year}-12-20`,
  });
  await expect(plans.planTitle).toHaveText('知识产权执法保护专项任务');
  await plans.addTask('专1', '开展“铁拳”行动知识产权执法检查');
  await expect(plans.taskRows).toHaveCount(1);

  // A plan from the league's own template: only 锡林郭勒盟's is offered, with no file paths.
  await plans.open();
  await league.page.getByTestId('plan-from-template').click();
  await expect(league.page.getByTestId('template-select')).toContainText('锡林郭勒盟“十四五”知识产权保护和运用规划年度任务');
  await league.page.getByTestId('template-select').click();
  await expect(league.page.locator('.ant-select-dropdown:visible .ant-select-item-option')).toHaveCount(1);
  await league.page.keyboard.press('Escape');
  await expect(league.page.getByTestId('template-info')).toContainText('锡市监办字〔2022〕294号');
  await expect(league.page.getByTestId('template-form')).not.toContainText(/兴安盟|\.txt|seeds/);
  await expect(await inputOf(league.page, 'plan-field-summaryDue')).toHaveValue(`${year}-12-10`);
  await plans.fillPlanFields({ docNumber: `锡市监办字〔${year}〕3号` });
  await league.screenshot('league-template-form.png');
  await league.page.getByTestId('template-submit').click();
  await expect(plans.planTitle).toHaveText(`锡林郭勒盟“十四五”知识产权保护和运用规划年度任务（${year}）`);
  await expect(plans.taskRows).toHaveCount(15);
  await expect(plans.taskTable).toContainText('提升知识产权行政保护水平');

  // Every field of it edited by the league.
  await league.page.getByTestId('plan-edit').click();
  await expect(league.page.getByTestId('plan-sections').locator('textarea')).toHaveCount(4);
  await league.screenshot('league-plan-edit.png');
  await plans.fillPlanFields({ title: `锡林郭勒盟知识产权保护和运用年度任务（${year}）`, docNumber: `锡市监办字〔${year}〕5号`, summaryDue: `${year}-12-15` });
  await league.page.getByTestId('plan-edit-submit').click();
  await expect(league.page.getByTestId('plan-edit-form')).toBeHidden();
  await expect(plans.planTitle).toHaveText(`锡林郭勒盟知识产权保护和运用年度任务（${year}）`);
  await expect(league.page.getByText(`锡市监办字〔${year}〕5号`)).toBeVisible();
  await league.screenshot('league-plan-tasks.png');
  await plans.open();
  await expect(plans.planList.locator('tr.clickable-row')).toHaveCount(2);
  await league.screenshot('league-plan-list.png');

  // Both plans to all 13 counties in one action: one bundle each, and a summary.
  const result = await league.exchange.exportToAllCounties();
  await expect(result).toContainText('已生成 13 个数据包');
  await expect(result.locator('tbody tr')).toHaveCount(13);
  await expect(result).toContainText('锡林浩特市');
  await expect(result).toContainText('二连浩特市');
  await league.screenshot('league-export-all.png', { fullPage: true });
  const bundle = testInfo.outputPath('league-to-152502.zip');
  await league.exchange.saveBatchBundle('152502', bundle);
  const misaddressed = testInfo.outputPath('league-to-152501.zip');
  await league.exchange.saveBatchBundle('152501', misaddressed);

  // 锡林浩特 imports its bundle and reports on a task of each plan.
  const county = await LedgerApp.open(await newPage(), countyLedger.url);
  await county.page.setViewportSize({ width: 1366, height: 768 });
  // First the wrong files: the refusal stays on screen and says what to do.
  const wrong = await county.exchange.refusedImport(misaddressed);
  await expect(wrong).toContainText('此数据包发往 二连浩特市，不是本单位（锡林浩特市）');
  await county.screenshot('county-import-refused.png');
  const ordinary = testInfo.outputPath('现场照片.zip');
  await writeZip(ordinary, [{ name: '现场照片/IMG_0001.jpg', buffer: Buffer.from('jpeg') }]);
  const notBundle = await county.exchange.refusedImport(ordinary);
  await expect(notBundle).toContainText('普通的 ZIP 压缩文件');
  await expect(notBundle).not.toContainText('恶意');
  await county.exchange.preview(bundle);
  await expect(county.exchange.refused).toHaveCount(0);
  // Records, not changes: 16 tasks (1 + 15) and 2 plans are new.
  await expect(county.exchange.previewCount('工作任务')).toHaveText('16');
  await county.screenshot('county-import-preview.png', { fullPage: true });
  await county.exchange.confirmFingerprint.check();
  await county.exchange.apply.click();
  await expect(county.exchange.partners).toContainText('第 1 号');
  await county.plans.open();
  await expect(county.plans.myTaskRows).toHaveCount(16);
  await county.plans.report('专1', { status: '已完成', narrative: '检查商户 40 家，立案 2 件。', evidence: '专1佐证.png' });
  await county.plans.report('五（二）', { status: '进行中', percent: '50', narrative: '开展“铁拳”行动，检查 12 家。', evidence: '五（二）佐证.png' });
  await expect(county.plans.myTasks).toContainText('已完成');
  await expect(county.plans.myTasks).toContainText('50%');
  await county.screenshot('county-my-tasks.png');
});
