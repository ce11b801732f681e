import { expect, test, type Locator, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import { completeWizard, newDataDir, startHost } from './host';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
/** A valid USCC of a 锡林浩特 enterprise, and the same number with a wrong check character. */
const USCC = '911525020783710633';
const USCC_BAD_CHECK = '911525020783710634';

async function inputOf(page: Page, testId: string): Promise<Locator> {
  const el = page.getByTestId(testId);
  return (await el.evaluate((e) => e.tagName)) === 'INPUT' ? el : el.locator('input');
}

/** Types a date into an antd DatePicker as a clerk would (the picker parses YYYY-MM-DD). */
async function setDate(page: Page, testId: string, value: string) {
  const input = await inputOf(page, testId);
  await input.click();
  await input.fill(value);
  // Tab, not Enter: Enter would also submit the surrounding form. Leaving the field commits the typed date.
  await input.press('Tab');
  await expect(input).toHaveValue(value);
}

async function pick(page: Page, testId: string, option: string) {
  await page.getByTestId(testId).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: new RegExp(`^${option}$`) })
    .click();
}

async function registerApplicant(page: Page, name: string, uscc: string) {
  await page.getByTestId('gi-new-user').click();
  await page.getByTestId('gi-user-name').fill(name);
  await page.getByTestId('gi-user-uscc').fill(uscc);
  await pick(page, 'gi-user-products', '羊肉');
  await page.keyboard.press('Escape');
  await pick(page, 'gi-user-township', '希日塔拉街道');
  await setDate(page, 'gi-user-applied', '2023-03-01');
}

test('a county clerk takes an applicant for 乌珠穆沁羊肉 through approval, use reports and a failed inspection that opens a linked case', async ({
  page,
}, testInfo) => {
  const host = await startHost(newDataDir());
  try {
    await page.goto(host.url);
    await completeWizard(page);
    await page.getByTestId('main-nav').getByText('地理标志', { exact: true }).click();
    // The seeded catalogue, unconfirmed entries marked.
    await expect(page.getByTestId('gi-open-乌珠穆沁羊肉')).toBeVisible();
    await expect(page.getByTestId('gi-catalogue').getByTestId('gi-unverified').first()).toBeVisible();
    await page.getByTestId('gi-open-乌珠穆沁羊肉').click();
    await expect(page.getByTestId('gi-title')).toHaveText('乌珠穆沁羊肉');
    await expect(page.getByText('国家质检总局公告2014年第109号')).toBeVisible();

    // Register the applicant.
    await registerApplicant(page, '锡林浩特市草原肉业有限公司', USCC);
    await page.screenshot({ path: testInfo.outputPath('gi-user-form.png'), fullPage: true });
    await page.getByTestId('gi-user-save').click();
    await expect(page.getByTestId('user-title')).toHaveText('锡林浩特市草原肉业有限公司');
    await expect(page.getByTestId('user-status')).toHaveText('申请中');
    // Applied long ago and not reviewed: the working-day timer says it is overdue.
    await expect(page.getByTestId('flag-review_overdue')).toBeVisible();

    // County review with its site check, then the CNIPA announcement (league and region skipped).
    await page.getByTestId('user-step').click();
    await setDate(page, 'step-site-check', '2023-03-08');
    await setDate(page, 'step-date', '2023-03-10');
    await page.getByTestId('step-note').fill('现场核查养殖场与屠宰记录，符合要求');
    await page.getByTestId('step-submit').click();
    await expect(page.getByTestId('step-form')).toBeHidden();
    await expect(page.getByTestId('flag-review_overdue')).toHaveCount(0);
    await page.getByTestId('user-step').click();
    await pick(page, 'step-select', '国家知识产权局核准公告');
    await setDate(page, 'step-date', '2023-06-01');
    await page.getByTestId('step-announcement').fill('国家知识产权局公告第540号');
    await page.getByTestId('step-submit').click();
    await expect(page.getByTestId('user-status')).toHaveText('已核准');
    await expect(page.getByTestId('gi-timeline-county_review')).toContainText('现场核查日期：2023-03-08');
    await expect(page.getByTestId('gi-timeline-announced')).toContainText('国家知识产权局公告第540号');
    // Approved in 2023 with no use reported for 2024–2025: a candidate for exit.
    await expect(page.getByTestId('flag-non_use')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('gi-timeline.png'), fullPage: true });

    // Two yearly use reports.
    await page.getByRole('tab', { name: /年度使用报告/ }).click();
    for (const [year, quantity, value] of [
      ['2024', '12000', '960000'],
      ['2025', '15500', '1240000'],
    ]) {
      await page.getByTestId('report-add').click();
      const yearInput = await inputOf(page, 'report-year');
      await yearInput.fill(year as string);
      await (await inputOf(page, 'report-quantity')).fill(quantity as string);
      await (await inputOf(page, 'report-value')).fill(value as string);
      await (await inputOf(page, 'report-labels')).fill('8000');
      await page.getByTestId('report-submit').click();
      await expect(page.getByTestId('report-form')).toBeHidden();
    }
    await expect(page.getByRole('tab', { name: '年度使用报告（2）' })).toBeVisible();
    await expect(page.getByTestId('report-table')).toContainText('1,240,000.00');
    await expect(page.getByTestId('flag-non_use')).toHaveCount(0);

    // A failed inspection with a photo, which opens the linked case.
    await page.getByRole('tab', { name: /监督检查/ }).click();
    await page.getByTestId('inspection-add').click();
    await page.getByTestId('inspection-inspectors').fill('王强、李娜');
    await page.getByTestId('check-uscc_printed').getByText('不符合').click();
    await expect(page.getByTestId('inspection-result-select')).toContainText('不合格');
    await page.getByTestId('inspection-findings').fill('专用标志上未印统一社会信用代码');
    await page.screenshot({ path: testInfo.outputPath('gi-inspection-form.png') });
    await page.getByTestId('inspection-submit').click();
    await expect(page.getByTestId('inspection-form')).toBeHidden();
    await expect(page.getByTestId('inspection-result')).toHaveText('不合格');
    await expect(page.getByTestId('flag-inspection_failed')).toBeVisible();
    await page.locator('[data-testid^="inspection-20"] input[type=file]').setInputFiles({ name: '标签.png', mimeType: 'image/png', buffer: PNG });
    await expect(page.getByTestId('inspection-photo')).toHaveCount(1);
    await page.screenshot({ path: testInfo.outputPath('gi-inspection.png'), fullPage: true });
    await page.getByTestId('inspection-open-case').click();
    await page
      .getByRole('button', { name: /立案调查/ })
      .last()
      .click();

    // The case: category 地理标志, the enterprise as party, linked back to the inspection.
    await expect(page.getByTestId('detail-title')).toHaveText('锡林浩特市草原肉业有限公司涉嫌违规使用“乌珠穆沁羊肉”地理标志专用标志');
    await expect(page.getByTestId('detail-stage')).toHaveText('线索登记');
    await expect(page.getByText('地理标志', { exact: true }).first()).toBeVisible();
    await expect(page.getByText(USCC)).toBeVisible();
    await expect(page.getByTestId('case-gi-link')).toContainText('锡林浩特市草原肉业有限公司');
    await page.screenshot({ path: testInfo.outputPath('gi-case.png'), fullPage: true });
    await page.getByTestId('case-gi-link').click();
    await expect(page.getByTestId('user-title')).toHaveText('锡林浩特市草原肉业有限公司');
    await page.getByRole('tab', { name: /监督检查/ }).click();
    await expect(page.getByTestId('inspection-case-link')).toContainText('锡市监处罚〔');

    // The same USCC again for the same GI is refused with a clear message; nothing is added.
    await page.getByRole('button', { name: /返回/ }).first().click();
    await registerApplicant(page, '另一家公司', USCC);
    await page.getByTestId('gi-user-save').click();
    await expect(page.getByText('该企业（统一社会信用代码相同）已登记为此地理标志的使用人，不能重复登记；请在使用人名单中找到原记录')).toBeVisible();
    await expect(page.getByTestId('gi-user-form')).toBeVisible();

    // A USCC failing its check warns and needs an explicit confirmation.
    await (await inputOf(page, 'gi-user-uscc')).fill(USCC_BAD_CHECK);
    await expect(page.getByText('证件号码校验有警告：请核对后勾选确认，或修改号码')).toBeVisible();
    await page.getByTestId('gi-user-save').click();
    await expect(page.getByText('请勾选确认后再保存')).toBeVisible();
    await expect(page.getByTestId('gi-user-form')).toBeVisible();
    await page.getByTestId('gi-user-confirm').check();
    await page.getByTestId('gi-user-save').click();
    await expect(page.getByTestId('user-title')).toHaveText('另一家公司');
    await expect(page.getByText('证件号校验未通过，经人工确认保存')).toBeVisible();

    // The GI's user list shows both, with their flags; the export is a real spreadsheet.
    await page.getByRole('button', { name: /返回/ }).first().click();
    await expect(page.getByTestId('gi-user-table').locator('tr.clickable-row')).toHaveCount(2);
    await expect(page.getByTestId('gi-user-table')).toContainText('检查不合格');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('gi-export-users').click()]);
    expect(download.suggestedFilename()).toMatch(/^乌珠穆沁羊肉-专用标志使用人-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(fs.readFileSync(await download.path()) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('使用人名单');
    const names = [sheet?.getRow(3).getCell(2).value, sheet?.getRow(4).getCell(2).value];
    expect(names.sort()).toEqual(['另一家公司', '锡林浩特市草原肉业有限公司']);
    await page.screenshot({ path: testInfo.outputPath('gi-users.png'), fullPage: true });
  } finally {
    await host.stop();
  }
});
