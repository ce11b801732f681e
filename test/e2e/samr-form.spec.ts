import ExcelJS from 'exceljs';
import { cli, expect, test } from './fixtures';
import { LedgerApp } from './pages/app';
import { inputOf } from './ui';

interface Stats {
  samr: {
    table: {
      total: { filed: number; closed: number; recoveredLoss: number; transferredCases: number };
      actions: { actions: number; staff: number; physicalMarketActions: number; physicalMarketStaff: number; keyMarkets: number };
    };
  };
}

const wan = (n: number) => n.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Every heading of the official form's case table and action block (resources/reference/samr-form-2020.csv). */
const HEADINGS = [
  '开展执法行动（次）',
  '出动执法人员（人次）',
  '实体市场执法行动（次）',
  '实体市场出动执法人员（人次）',
  '辖区重点实体市场数量（个）',
  '立案（件）',
  '结案（件）',
  '涉案金额（万元）',
  '罚没款金额（万元）',
  '挽回经济损失（万元）',
  '移送司法机关案件（件）',
  '电商领域案件（件）',
  '重点实体市场案件（件）',
  '农村市场案件（件）',
  '外商投资企业被侵权案件（件）',
  '挽回外商投资企业经济损失（万元）',
];

test('an action recorded on 执法行动 counts in the SAMR action block; the screen, the xlsx and cli stats agree', async ({ ledger, page }) => {
  const county = await ledger({ name: 'county', demo: { unit: '152502', cases: 300, actions: 30 } });
  await page.setViewportSize({ width: 1366, height: 768 });
  const app = await LedgerApp.open(page, county.url);
  const { actions, reports } = app;
  const today = new Date();
  const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;

  // The county lists a key market, then records an action there.
  await actions.open();
  await expect(actions.table.locator('tbody tr.ant-table-row').first()).toBeVisible();
  await app.screenshot('actions-list.png');
  await actions.openMarkets();
  await actions.addMarket('锡林浩特市测试农贸市场');
  await app.screenshot('actions-markets.png');
  await actions.openActions();
  await actions.startAction({ date: iso, title: '端午节前农贸市场商标侵权检查', staff: 7 });
  // In a physical market, the market must be named: the message stands next to the field.
  await page.getByTestId('action-physical').check();
  await actions.save();
  await expect(page.getByText('在实体市场开展的行动须填写市场名称')).toBeVisible();
  await actions.inMarket('锡林浩特市测试农贸市场');
  await app.screenshot('action-form.png');
  await actions.save();
  await expect(actions.table.getByText('端午节前农贸市场商标侵权检查')).toBeVisible();

  // The year's return: the same figures on screen, in the CLI and in the xlsx.
  const stats = JSON.parse(cli('stats', '--db', county.db, '--period', String(today.getFullYear()), '--json')) as Stats;
  const { total, actions: block } = stats.samr.table;
  expect(block.actions).toBeGreaterThan(0);
  expect(block.keyMarkets).toBeGreaterThan(1);
  await reports.open();
  await reports.chooseQuarter('全年');
  await expect(reports.samrTotal.nth(0)).toHaveText('合计');
  await expect(reports.samrTotal.nth(1)).toHaveText(String(total.filed));
  await expect(reports.samrTotal.nth(2)).toHaveText(String(total.closed));
  await expect(reports.samrTotal.nth(5)).toHaveText(wan(total.recoveredLoss));
  await expect(reports.samrTotal.nth(6)).toHaveText(String(total.transferredCases));
  for (const [key, value] of Object.entries(block)) await expect(reports.samrAction(key)).toHaveText(value.toLocaleString('zh-CN'));
  const shown = (await page.locator('.samr-sheet .ant-table-thead th').allInnerTexts()).map((t) => t.replace(/\s+/g, ''));
  for (const heading of HEADINGS) expect(shown, heading).toContain(heading);
  await expect(page.getByTestId('samr-footnote')).toContainText('以立案数据统计');
  await app.screenshot('samr-form.png');
  await app.screenshot('samr-form-full.png', { fullPage: true });

  // The campaign summary's workload comes from the same log.
  await reports.openTab('campaign');
  await expect(page.getByTestId('campaign-actions')).toBeVisible();
  await page.getByTestId('campaign-actions').scrollIntoViewIfNeeded();
  await app.screenshot('campaign-workload.png');
  await reports.openTab('samr');

  const file = await reports.downloadXlsx();
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await file.path());
  const sheet = book.worksheets[0] as ExcelJS.Worksheet;
  const cells = sheet.getSheetValues();
  const rowOf = (label: string) => (cells.find((r) => Array.isArray(r) && r[1] === label) ?? []) as unknown[];
  const totalRow = rowOf('合计');
  expect([totalRow[2], totalRow[3], totalRow[6], totalRow[7]]).toEqual([total.filed, total.closed, total.recoveredLoss, total.transferredCases]);
  const actionRow = (cells[4] ?? []) as unknown[];
  expect([actionRow[2], actionRow[4], actionRow[6], actionRow[8], actionRow[10]]).toEqual([
    block.actions,
    block.staff,
    block.physicalMarketActions,
    block.physicalMarketStaff,
    block.keyMarkets,
  ]);
  const texts = cells.flat().filter((v): v is string => typeof v === 'string');
  for (const heading of HEADINGS) expect(texts, heading).toContain(heading);
  for (const row of ['其他商标案件', '其他专利案件', '官方标志、特殊标志和奥林匹克标志案件']) expect(texts).toContain(row);

  // The case form records the recovered losses; the foreign-invested part needs its flag.
  await app.cases.open();
  await app.cases.newCase.click();
  await (await inputOf(page, 'money-recoveredLoss')).fill('1000');
  await (await inputOf(page, 'money-recoveredForeignLoss')).fill('200');
  const needsFlag = page.getByText('填写挽回外商投资企业经济损失的案件须勾选“外商投资企业被侵权”');
  await expect(needsFlag).toBeVisible();
  await needsFlag.evaluate((e) => e.scrollIntoView({ block: 'center' }));
  await app.screenshot('case-form-recovered.png');

  // The same screens in English (looked at, not asserted word for word).
  await app.settings.open();
  // The case form has unsaved edits: the leave guard asks first.
  await page.getByRole('button', { name: '放弃修改' }).click();
  await app.settings.switchLanguage('English');
  await app.nav.open('Enforcement actions');
  await expect(actions.table.locator('tbody tr.ant-table-row').first()).toBeVisible();
  await app.screenshot('actions-list-en.png');
  await app.nav.open('Reports');
  await expect(reports.samrTotal.nth(0)).toHaveText('Total');
  await app.screenshot('samr-form-en.png');
});
