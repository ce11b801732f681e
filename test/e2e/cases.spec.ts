import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { chooseOption, completeWizard, newDataDir, startHost } from './host';

const root = path.resolve(__dirname, '../..');
/** A 1×1 PNG: enough for the evidence store, which decides the type from the bytes. */
/** A one-page PDF without an xref table (pdf.js rebuilds it, as it does for many scanner outputs). */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

async function openCases(page: Page) {
  await page.getByTestId('main-nav').getByText('案件台账', { exact: true }).click();
}

async function pick(page: Page, testId: string, option: string) {
  await chooseOption(page, testId, option);
}

/** Opens the stage dialog, picks a stage and confirms (dates default to today). */
async function advance(page: Page, button: 'case-advance' | 'case-transfer', stage: string, fill?: () => Promise<void>) {
  await page.getByTestId(button).click();
  await pick(page, 'advance-stage', stage);
  if (fill) await fill();
  await page.getByTestId('advance-submit').click();
  await expect(page.getByTestId('advance-form')).toBeHidden();
}

test('an inspector logs a 铁拳 trademark case from lead to closing, with evidence, a police transfer, search and history', async ({ page }, testInfo) => {
  const host = await startHost(newDataDir());
  try {
    await page.goto(host.url);
    await completeWizard(page);
    await openCases(page);
    await expect(page.getByText('还没有登记任何案件')).toBeVisible();

    // Register the case: 铁拳, trademark, an organisation with a valid USCC.
    await page.getByTestId('new-case').click();
    await page.getByTestId('case-title').fill('销售假冒注册商标的羊肉卷');
    await pick(page, 'case-campaigns', '铁拳');
    await page.keyboard.press('Escape');
    await page.getByTestId('party-0-name').fill('锡林浩特市草原鲜肉店');
    await page.getByTestId('party-0-id').fill('9115 2201 0783 7106 35');
    await expect(page.getByText('将保存为：911522010783710635')).toBeVisible();
    await page.getByTestId('case-goods').fill('羊肉卷');
    await page.getByTestId('money-amountInvolved').fill('36800');
    await page.screenshot({ path: testInfo.outputPath('case-form.png'), fullPage: true });
    await page.getByTestId('case-save').click();
    const year = new Date().getFullYear();
    await expect(page.getByTestId('detail-case-number')).toHaveText(`锡市监处罚〔${year}〕1号`);
    await expect(page.getByTestId('detail-stage')).toHaveText('线索登记');

    // A photo as evidence, previewed.
    await page.getByRole('tab', { name: /证据材料/ }).click();
    await page.getByTestId('evidence-upload').locator('input[type=file]').setInputFiles({ name: '现场照片.png', mimeType: 'image/png', buffer: PNG });
    await expect(page.getByTestId('evidence-card')).toHaveCount(1);
    await expect(page.getByRole('tab', { name: '证据材料（1）' })).toBeVisible();
    await page.getByRole('button', { name: '预览' }).click();
    await expect(page.getByTestId('evidence-image')).toBeVisible();
    await page.keyboard.press('Escape');
    await page.getByTestId('evidence-upload').locator('input[type=file]').setInputFiles({ name: '询问笔录.pdf', mimeType: 'application/pdf', buffer: PDF });
    await expect(page.getByTestId('evidence-card')).toHaveCount(2);
    await page.getByRole('button', { name: '预览' }).nth(1).click();
    await expect(page.getByText('共 1 页')).toBeVisible();
    await expect(page.getByTestId('pdf-pages').locator('canvas')).toHaveCount(1);
    await page.screenshot({ path: testInfo.outputPath('case-evidence-pdf.png') });
    await page.keyboard.press('Escape');

    // 立案 → 调查 → (移送公安) → 告知 → 决定 (罚款 + 没收) → 结案
    await advance(page, 'case-advance', '立案');
    await advance(page, 'case-advance', '调查取证');
    await advance(page, 'case-transfer', '移送公安', async () => {
      await page.getByTestId('advance-receiver').fill('锡林浩特市公安局');
      await page.getByTestId('advance-persons').fill('2');
    });
    await advance(page, 'case-advance', '告知');
    await advance(page, 'case-advance', '作出决定', async () => {
      await pick(page, 'advance-outcome', '给予行政处罚');
      await page.getByTestId('advance-fine').fill('50000');
      await page.getByTestId('advance-confiscated').fill('1200');
    });
    await expect(page.getByTestId('timeline-DECIDE')).toContainText(`锡市监处罚决〔${year}〕1号`);
    await expect(page.getByTestId('timeline-TRANSFER_POLICE')).toContainText('锡林浩特市公安局');
    await advance(page, 'case-advance', '结案');
    await expect(page.getByTestId('detail-stage')).toHaveText('结案');
    await expect(page.getByTestId('case-advance')).toBeDisabled();
    // A recorded entry can be corrected; the history keeps the old value.
    await page.getByTestId('edit-stage-NOTIFY').click();
    await page.getByTestId('edit-stage-form').getByLabel('说明').fill('当事人当场签收告知书');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await expect(page.getByTestId('timeline-NOTIFY')).toContainText('当事人当场签收告知书');
    await page.screenshot({ path: testInfo.outputPath('case-timeline.png'), fullPage: true });
    await page.getByRole('tab', { name: '案件信息' }).click();
    await expect(page.getByTestId('detail-penalty-total')).toHaveText('51,200.00');
    await page.screenshot({ path: testInfo.outputPath('case-detail.png'), fullPage: true });

    // Found again by a two-character search.
    await page.getByRole('button', { name: '返回案件列表' }).click();
    await page.getByTestId('case-search').locator('input').fill('羊肉');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('case-link')).toHaveCount(1);
    await page.getByTestId('case-search').locator('input').fill('奶酪');
    await page.keyboard.press('Enter');
    await expect(page.getByText('没有符合条件的案件')).toBeVisible();
    await page.getByTestId('case-search').locator('input').fill('羊肉');
    await page.keyboard.press('Enter');
    await page.getByTestId('case-link').click();

    // The change history names who changed what, from what to what.
    await page.getByRole('tab', { name: '修改记录' }).click();
    const history = page.locator('.ant-table-row');
    await expect(history.filter({ hasText: '罚款' }).first()).toContainText('50,000.00');
    await expect(history.filter({ hasText: '办案环节' }).filter({ hasText: /告知作出决定/ })).toHaveCount(1);
    await expect(history.filter({ hasText: '接收移送单位' }).first()).toContainText('锡林浩特市公安局');
    await expect(history.first()).toContainText('张明');
    await page.screenshot({ path: testInfo.outputPath('case-history.png'), fullPage: true });
  } finally {
    await host.stop();
  }
});

test('a party with an invalid USCC shows a warning and is saved only after explicit confirmation', async ({ page }) => {
  const host = await startHost(newDataDir());
  try {
    await page.goto(host.url);
    await completeWizard(page);
    await openCases(page);
    await page.getByTestId('new-case').click();
    await page.getByTestId('case-title').fill('销售侵权奶酪');
    await page.getByTestId('party-0-name').fill('某乳业公司');
    await page.getByTestId('party-0-id').fill('91110000600037341N');
    await expect(page.getByText('校验码（第 18 位）不正确，可能有输错的字符')).toBeVisible();
    await expect(page.getByText('证件号码校验有警告：请核对后勾选确认，或修改号码')).toBeVisible();
    await page.getByTestId('case-save').click();
    await expect(page.getByText('请勾选确认后再保存')).toBeVisible();
    await expect(page.getByTestId('case-form')).toBeVisible();
    await page.getByTestId('party-0-confirm').check();
    await page.getByTestId('case-save').click();
    await expect(page.getByTestId('detail-title')).toHaveText('销售侵权奶酪');
    await expect(page.getByText('证件号校验未通过，经人工确认保存')).toBeVisible();
  } finally {
    await host.stop();
  }
});

test('the case list marks overdue cases and the home screen counts them (demo data)', async ({ page }, testInfo) => {
  const dataDir = newDataDir();
  const demo = spawnSync(
    path.join(root, 'node_modules', '.bin', 'tsx'),
    ['electron/cli.ts', 'demo', '--db', path.join(dataDir, 'ledger.sqlite'), '--cases', '400', '--quiet'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  expect(demo.status, demo.stderr).toBe(0);
  const host = await startHost(dataDir);
  try {
    await page.goto(host.url);
    const overdue = Number(await page.getByTestId('stat-overdue').locator('.ant-statistic-content-value').innerText());
    expect(overdue).toBeGreaterThan(0);
    await page.screenshot({ path: testInfo.outputPath('home-deadlines.png'), fullPage: true });
    await page.getByTestId('show-overdue').click();
    await expect(page.getByTestId('deadline-overdue').first()).toBeVisible();
    await expect(page.getByText(`共 ${overdue} 件`)).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('case-list-overdue.png') });
    await page.getByText('全部', { exact: true }).click();
    await expect(page.getByText('共 400 件')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('case-list.png') });
  } finally {
    await host.stop();
  }
});
