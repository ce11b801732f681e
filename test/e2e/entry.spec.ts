/**
 * Data entry a clerk can trust (issue 17), at 1366×768: a whole case and a GI user entered with the
 * keyboard only (pinyin selection, Enter on a checkbox, Tab after a choice, an 18-character USCC
 * and ID number typed character by character), and bad values refused next to their field with
 * nothing saved.
 */
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { cli, expect, test } from './fixtures';
import { LedgerApp } from './pages/app';
import { hasFocus, inputOf, pickByTyping, tabTo } from './ui';

test.use({ viewport: { width: 1366, height: 768 } });

const USCC = '91152502MA0N2K3L45';
const ID_NUMBER = '152502199001011234';

function rows(db: string, sql: string): Record<string, unknown>[] {
  const d = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return d.prepare(sql).all() as Record<string, unknown>[];
  } finally {
    d.close();
  }
}

/** Types character by character and checks that the field kept its focus and every character. */
async function typeSlowly(page: Page, testId: string, text: string): Promise<void> {
  const input = await inputOf(page, testId);
  await tabTo(page, input);
  await input.pressSequentially(text, { delay: 40 });
  await expect(input).toHaveValue(text);
  expect(await hasFocus(input)).toBe(true);
}

test('a whole case entered with the keyboard only: pinyin selection, Enter on a checkbox, typed USCC and ID number', async ({ ledger, page }) => {
  const county = await ledger({ init: { unit: '152502', operator: '张明' } });
  const app = await LedgerApp.open(page, county.url);
  const { cases } = app;
  await cases.open();
  await cases.newCase.focus();
  await page.keyboard.press('Enter');
  await expect(cases.form.root).toBeVisible();

  // The title has the focus when the form opens.
  await expect(cases.form.title).toBeFocused();
  await page.keyboard.type('销售假冒地理标志羊肉');
  // 案件类别 by pinyin initials; typed text that matches nothing + Enter picks nothing.
  await pickByTyping(page, 'case-category', 'dlbz', '地理标志');
  await tabTo(page, page.getByTestId('case-source'));
  await page.keyboard.type('锡林浩特');
  await expect(page.locator('.ant-select-dropdown:visible .ant-select-item-option')).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('case-source')).toContainText('监督检查');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('tsjb');
  await expect(page.locator('.ant-select-dropdown:visible .ant-select-item-option-active')).toHaveText('投诉举报');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('case-source')).toContainText('投诉举报');
  // 专项行动 (a multiple select): tq → 铁拳, and Tab moves on with the choice kept.
  await pickByTyping(page, 'case-campaigns', 'tq', '铁拳');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('case-campaigns')).toContainText('铁拳');
  expect(await hasFocus(page.getByTestId('case-campaigns'))).toBe(false);
  // 违法行为类型 offers only the GI ones now.
  await tabTo(page, page.getByTestId('case-violation'));
  await page.keyboard.press('ArrowDown');
  const offered = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  await expect(offered.filter({ hasText: '擅自使用地理标志专用标志' })).toHaveCount(1);
  await expect(offered.filter({ hasText: '销售侵犯注册商标专用权的商品' })).toHaveCount(0);
  await page.keyboard.type('szsy');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('case-violation')).toContainText('擅自使用地理标志专用标志');
  // Enter on a checkbox ticks it and does not submit the form.
  const firstFlag = page.getByTestId('case-flags').locator('input[type=checkbox]').first();
  await tabTo(page, firstFlag);
  await page.keyboard.press('Enter');
  await expect(firstFlag).toBeChecked();
  await expect(cases.form.root).toBeVisible();

  // The organisation: its USCC typed one character at a time keeps the focus.
  await tabTo(page, page.getByTestId('party-0-name'));
  await page.keyboard.type('锡林浩特市草原肉业有限公司');
  await typeSlowly(page, 'party-0-id', USCC);
  await expect(page.getByText('校验通过')).toBeVisible();
  // A second party, a person, added and filled from the keyboard.
  await tabTo(page, page.getByRole('button', { name: '添加当事人' }));
  await page.keyboard.press('Enter');
  await pickByTyping(page, 'party-1-kind', 'gr', '个人');
  await tabTo(page, page.getByTestId('party-1-name'));
  await page.keyboard.type('王某某');
  await typeSlowly(page, 'party-1-id', ID_NUMBER);
  // Clearing the field keeps the focus too.
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  await expect(page.getByTestId('party-1-id')).toBeFocused();
  await page.getByTestId('party-1-id').pressSequentially(ID_NUMBER, { delay: 20 });
  await expect(page.getByTestId('party-1-id')).toHaveValue(ID_NUMBER);
  await app.screenshot('entry-keyboard-case.png', { fullPage: true });

  // Enter in a text field saves.
  await page.keyboard.press('Enter');
  await expect(cases.detail.title).toHaveText('销售假冒地理标志羊肉');
  const saved = rows(county.db, 'SELECT category, source, campaigns, violation_type, flags FROM cases WHERE deleted = 0');
  expect(saved).toHaveLength(1);
  expect(saved[0]).toMatchObject({ category: 'gi', source: 'complaint', violation_type: 'gi_unauthorised' });
  expect(String(saved[0]?.campaigns)).toContain('tiequan');
  expect(String(saved[0]?.flags)).toContain('ecommerce');
  const parties = rows(county.db, 'SELECT kind, id_number FROM case_parties WHERE deleted = 0 ORDER BY ord');
  expect(parties).toStrictEqual([
    { kind: 'organisation', id_number: USCC },
    { kind: 'person', id_number: ID_NUMBER },
  ]);
});

test('the case form refuses bad values next to each field and saves nothing', async ({ ledger, page }) => {
  const county = await ledger({ init: { unit: '152502', operator: '张明' } });
  const app = await LedgerApp.open(page, county.url);
  const { cases } = app;
  const { form } = cases;
  await cases.open();
  await cases.newCase.click();
  await form.title.fill('录入核对');
  await form.fillParty(0, { name: '某商店', id: '911525020783710633' });
  const nextYear = new Date().getFullYear() + 1;
  const lead = await inputOf(page, 'case-lead-date');
  await lead.fill(`${nextYear}-03-15`);
  await lead.press('Tab');
  await (await inputOf(page, 'money-amountInvolved')).fill('-500');
  await (await inputOf(page, 'money-fine')).fill('99999999999999');
  await (await inputOf(page, 'money-confiscated')).fill('12.345');
  await page.getByTestId('party-0-phone').fill('abc-电话');
  await page.getByTestId('case-notes').fill('备'.repeat(4001));
  await form.save.click();

  const item = (testId: string) => page.locator('.ant-form-item').filter({ has: page.getByTestId(testId) });
  await expect(item('case-lead-date')).toContainText('日期不能晚于今天');
  // Typed values are kept as typed, not clamped or rounded.
  await expect(lead).toHaveValue(`${nextYear}-03-15`);
  await expect(item('money-amountInvolved')).toContainText('不能为负数');
  await expect(await inputOf(page, 'money-amountInvolved')).toHaveValue('-500');
  await expect(item('money-fine')).toContainText('超过上限 10,000,000,000,000.00');
  await expect(await inputOf(page, 'money-fine')).toHaveValue('99999999999999');
  await expect(item('money-confiscated')).toContainText('最多 2 位小数');
  await expect(item('party-0-phone')).toContainText('电话号码格式不对');
  await expect(item('case-notes')).toContainText('最多 4000 个字，当前 4001 个');
  await expect(item('case-notes')).toContainText('4001 / 4000');
  await expect(page.getByTestId('case-notes')).toHaveValue('备'.repeat(4001));
  await app.screenshot('entry-case-refused.png', { fullPage: true });
  await expect(form.root).toBeVisible();
  expect(rows(county.db, 'SELECT id FROM cases')).toHaveLength(0);

  // A plausible-but-large amount only warns; fixed values save.
  await lead.fill('');
  await lead.press('Tab');
  await (await inputOf(page, 'case-lead-date')).fill(`${nextYear - 1}-01-05`);
  await lead.press('Tab');
  await (await inputOf(page, 'money-amountInvolved')).fill('20000000');
  await (await inputOf(page, 'money-fine')).fill('5000');
  await (await inputOf(page, 'money-confiscated')).fill('12.34');
  await page.getByTestId('party-0-phone').fill('0479-8223456');
  await page.getByTestId('case-notes').fill('备注');
  await expect(item('money-amountInvolved')).toContainText('明显偏大');
  await form.save.click();
  await expect(cases.detail.title).toHaveText('录入核对');
  expect(rows(county.db, 'SELECT amount_involved_fen, fine_fen, confiscated_fen FROM cases')).toStrictEqual([
    { amount_involved_fen: 2_000_000_000, fine_fen: 500_000, confiscated_fen: 1234 },
  ]);
});

test('a GI user entered with the keyboard only, its USCC typed character by character; bad phone refused', async ({ ledger, page }) => {
  const county = await ledger({ init: { unit: '152502', operator: '张明' } });
  const app = await LedgerApp.open(page, county.url);
  const { gi } = app;
  await gi.open();
  await gi.openGi('乌珠穆沁羊肉');
  await page.getByTestId('gi-new-user').focus();
  await page.keyboard.press('Enter');
  await expect(gi.userForm).toBeVisible();
  await tabTo(page, page.getByTestId('gi-user-name'));
  await page.keyboard.type('锡林浩特市草原肉业有限公司');
  await typeSlowly(page, 'gi-user-uscc', USCC);
  await expect(page.getByText('校验通过')).toBeVisible();
  await pickByTyping(page, 'gi-user-township', 'hgjd', '杭盖街道');
  await pickByTyping(page, 'gi-user-products', 'yr', '羊肉');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('gi-user-products')).toContainText('羊肉');
  await tabTo(page, page.getByTestId('gi-user-phone'));
  await page.keyboard.type('abc-电话');
  await page.keyboard.press('Enter');
  const phoneItem = page.locator('.ant-form-item').filter({ has: page.getByTestId('gi-user-phone') });
  await expect(phoneItem).toContainText('电话号码格式不对');
  await app.screenshot('entry-gi-user-refused.png', { fullPage: true });
  expect(rows(county.db, 'SELECT id FROM gi_users')).toHaveLength(0);

  await tabTo(page, page.getByTestId('gi-user-phone'));
  await page.keyboard.press('Control+a');
  await page.keyboard.type('13912345678');
  await page.keyboard.press('Enter');
  await expect(gi.userTitle).toHaveText('锡林浩特市草原肉业有限公司');
  expect(rows(county.db, 'SELECT uscc, phone FROM gi_users')).toStrictEqual([{ uscc: USCC, phone: '13912345678' }]);

  // Approved today, then a use report for 2031 with 使用数量 −20: both refused, as typed, nothing saved.
  const today = new Date().toLocaleDateString('sv-SE');
  await gi.recordStep({ siteCheck: today, date: today, note: '现场核查' });
  await gi.recordStep({ step: '国家知识产权局核准公告', date: today, announcement: '国家知识产权局公告第540号' });
  await gi.tab(/年度使用报告/).click();
  await page.getByTestId('report-add').click();
  await (await inputOf(page, 'report-year')).fill('2031');
  await (await inputOf(page, 'report-quantity')).fill('-20');
  await page.getByTestId('report-submit').click();
  const reportItem = (testId: string) => page.locator('.ant-form-item').filter({ has: page.getByTestId(testId) });
  await expect(reportItem('report-year')).toContainText(`年度须在 2000–${new Date().getFullYear()} 之间`);
  await expect(reportItem('report-quantity')).toContainText('不能为负数');
  await expect(await inputOf(page, 'report-year')).toHaveValue('2031');
  await expect(await inputOf(page, 'report-quantity')).toHaveValue('-20');
  await app.screenshot('entry-gi-report-refused.png');
  expect(rows(county.db, 'SELECT id FROM gi_use_reports')).toHaveLength(0);
});

test('the league case list at 1366×768: 办案单位 column and filter, no sideways scroll, page size, column chooser; GI users by unit', async ({
  ledger,
  page,
}) => {
  const county = await ledger({ name: 'county', demo: { unit: '152502', cases: 80, giUsers: 12, seed: '7' }, start: false });
  const bundle = `${county.dataDir}/bundle.zip`;
  cli('export', '--db', county.db, '--out', bundle);
  const league = await ledger({ name: 'league', init: { unit: '152500', operator: '李强' } });
  const app = await LedgerApp.open(page, league.url);
  await app.exchange.importFromNewSender(bundle);
  await expect(app.exchange.receivedRows).toHaveCount(1);

  await app.cases.open();
  const table = page.getByTestId('case-table');
  await expect(app.cases.total(80)).toBeVisible();
  for (const header of ['案号', '办案单位', '案件名称', '环节', '下一法定期限', '线索日期', '涉案金额（元）', '罚没合计（元）', '承办人'])
    await expect(table.locator('th', { hasText: header }).first()).toBeInViewport();
  await expect(table.locator('td', { hasText: '锡林浩特' }).first()).toBeVisible();
  const scroll = await table
    .locator('.ant-table-content, .ant-table-body')
    .first()
    .evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(scroll).toBeLessThanOrEqual(1);
  await app.screenshot('entry-league-case-list-1366.png');

  // Page size: 50 rows.
  await page.locator('.ant-pagination-options .ant-select').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '50' }).click();
  await expect(table.locator('tbody tr.ant-table-row')).toHaveCount(50);
  // 办案单位 filter by pinyin; a county without cases shows none.
  await pickByTyping(page, 'unit-filter', 'elht', '二连浩特');
  await expect(page.getByText('没有符合条件的案件')).toBeVisible();
  await page.getByTestId('unit-filter').hover();
  await page.getByTestId('unit-filter').locator('.ant-select-clear').click();
  await expect(app.cases.total(80)).toBeVisible();
  // The column chooser adds 类别 and hides 承办人; the choice is kept.
  await page.getByTestId('column-chooser').click();
  await page.getByTestId('column-chooser-options').getByText('类别').click();
  await page.getByTestId('column-chooser-options').getByText('承办人').click();
  await expect(table.locator('th', { hasText: '类别' })).toHaveCount(1);
  await expect(table.locator('th', { hasText: '承办人' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await app.screenshot('entry-league-case-list-1920.png');
  await page.setViewportSize({ width: 1366, height: 768 });
});

test('a task report entered with the keyboard only; a percent over 100 is refused as typed', async ({ ledger, page }) => {
  const county = await ledger({ name: 'county', init: { unit: '152502', operator: '张明' }, start: false });
  cli('demo', '--db', county.db, '--tasks', '--unit', '152502', '--quiet');
  const before = rows(county.db, 'SELECT id FROM task_reports WHERE deleted = 0').length;
  const app = await LedgerApp.open(page, await county.start());
  await app.plans.open();
  const reportButton = page.locator('[data-testid^="report-"]').filter({ hasText: /报送/ }).first();
  await reportButton.focus();
  await page.keyboard.press('Enter');
  const form = page.getByTestId('report-form');
  await expect(form).toBeVisible();
  // 状态: the radio buttons move with the arrow keys; 进行中 is proposed.
  await tabTo(page, form.locator('input[type=radio]:checked'));
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowRight');
  await expect(form.getByText('进行中')).toBeVisible();
  const percent = await inputOf(page, 'report-percent');
  await tabTo(page, percent);
  await page.keyboard.press('Control+a');
  await page.keyboard.type('150');
  await tabTo(page, page.getByTestId('report-narrative'));
  await page.keyboard.type('已完成辖区内重点商超的商标专项检查 12 家次');
  await tabTo(page, page.getByTestId('report-submit'));
  await page.keyboard.press('Enter');
  await expect(page.locator('.ant-form-item').filter({ has: page.getByTestId('report-percent') })).toContainText('超过上限 100');
  await expect(percent).toHaveValue('150');
  expect(rows(county.db, 'SELECT id FROM task_reports WHERE deleted = 0')).toHaveLength(before);
  await app.screenshot('entry-task-report-refused.png');

  await tabTo(page, percent);
  await page.keyboard.press('Control+a');
  await page.keyboard.type('60');
  await tabTo(page, page.getByTestId('report-submit'));
  await page.keyboard.press('Enter');
  await expect(form).toBeHidden();
  const saved = rows(county.db, "SELECT percent, narrative FROM task_reports WHERE deleted = 0 AND narrative LIKE '已完成辖区内重点商超%'");
  expect(saved).toStrictEqual([{ percent: 60, narrative: '已完成辖区内重点商超的商标专项检查 12 家次' }]);
});

test('the plausibility threshold is set in 设置 and warns on the case form without refusing', async ({ ledger, page }) => {
  const county = await ledger({ init: { unit: '152502', operator: '张明' } });
  const app = await LedgerApp.open(page, county.url);
  await app.settings.open();
  const amount = await inputOf(page, 'plausibility-amount');
  await amount.fill('-5');
  await page.getByTestId('plausibility-save').click();
  await expect(page.getByTestId('plausibility-card')).toContainText('不能小于 1');
  await amount.fill('1000');
  await page.getByTestId('plausibility-save').click();
  await expect(page.getByText('已保存')).toBeVisible();
  await app.screenshot('entry-settings-plausibility.png', { fullPage: true });

  await app.cases.open();
  await app.cases.newCase.click();
  await app.cases.form.title.fill('阈值提示');
  await app.cases.form.fillParty(0, { name: '某商店', id: '911525020783710633' });
  await (await inputOf(page, 'money-amountInvolved')).fill('5000');
  await (await inputOf(page, 'money-amountInvolved')).press('Tab');
  await expect(page.locator('.ant-form-item').filter({ has: page.getByTestId('money-amountInvolved') })).toContainText('数额超过 1,000.00，明显偏大');
  await app.cases.form.save.click();
  await expect(app.cases.detail.title).toHaveText('阈值提示');
  expect(rows(county.db, 'SELECT amount_involved_fen FROM cases')).toStrictEqual([{ amount_involved_fen: 500_000 }]);
});
