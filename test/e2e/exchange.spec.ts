import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { cli, completeWizard, newDataDir, startHost } from './host';

async function openExchange(page: Page) {
  await page.getByTestId('main-nav').getByText('数据交换', { exact: true }).click();
}

async function exportTo(page: Page, savePath: string, county?: string) {
  await openExchange(page);
  if (county) {
    await page.getByTestId('export-to').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: county }).click();
  }
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-run').click()]);
  await download.saveAs(savePath);
  await expect(page.getByTestId('export-result')).toBeVisible();
}

async function choose(page: Page, file: string) {
  await openExchange(page);
  await page.getByTestId('import-upload').locator('input[type=file]').setInputFiles(file);
  await expect(page.getByTestId('import-report')).toBeVisible();
}

test('a county logs a case and a GI user and sends them, the league confirms the key and imports, answers with a plan, and nothing imports twice', async ({
  browser,
}, testInfo) => {
  const countyDir = newDataDir();
  const leagueDir = newDataDir();
  // An empty league; the county is set up through its first-run wizard below.
  cli('init', '--db', path.join(leagueDir, 'ledger.sqlite'), '--unit', '152500', '--operator', '李强');
  const countyHost = await startHost(countyDir);
  const leagueHost = await startHost(leagueDir);
  const county = await browser.newPage();
  const league = await browser.newPage();
  try {
    await county.goto(countyHost.url);
    await league.goto(leagueHost.url);
    // County A logs a case and registers a GI user.
    await completeWizard(county);
    await county.getByTestId('main-nav').getByText('案件台账', { exact: true }).click();
    await county.getByTestId('new-case').click();
    await county.getByTestId('case-title').fill('销售假冒“锡林郭勒羊肉”的羊肉卷');
    await county.getByTestId('party-0-name').fill('锡林浩特市草原鲜肉店');
    await county.getByTestId('party-0-id').fill('911522010783710635');
    await county.getByTestId('case-save').click();
    await expect(county.getByTestId('detail-stage')).toHaveText('线索登记');
    await county.getByTestId('main-nav').getByText('地理标志', { exact: true }).click();
    await county.getByTestId('gi-open-乌珠穆沁羊肉').click();
    await county.getByTestId('gi-new-user').click();
    await county.getByTestId('gi-user-name').fill('锡林浩特市草原肉业有限公司');
    await county.getByTestId('gi-user-uscc').fill('911525020783710633');
    await county.getByTestId('gi-user-products').click();
    await county
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: /^羊肉$/ })
      .click();
    await county.keyboard.press('Escape');
    await county.getByTestId('gi-user-save').click();
    await expect(county.getByTestId('user-title')).toHaveText('锡林浩特市草原肉业有限公司');
    const countyBundle = testInfo.outputPath('county-1.zip');
    await exportTo(county, countyBundle);
    const countyFingerprint = (await county.getByTestId('own-fingerprint').innerText()).trim();

    // The league previews: new records, and the county's key fingerprint to confirm.
    await choose(league, countyBundle);
    await expect(league.getByTestId('preview-fingerprint')).toHaveText(countyFingerprint);
    await expect(league.getByTestId('preview-table')).toContainText('案件');
    await expect(league.getByTestId('preview-table').locator('tr', { hasText: /^案件/ }).locator('td').nth(1)).toHaveText('1');
    await expect(
      league
        .getByTestId('preview-table')
        .locator('tr', { hasText: /^专用标志使用人/ })
        .locator('td')
        .nth(1),
    ).toHaveText('1');
    await expect(league.getByTestId('import-apply')).toBeDisabled();
    await league.screenshot({ path: testInfo.outputPath('league-preview.png'), fullPage: true });
    await league.getByTestId('confirm-fingerprint').check();
    await league.getByTestId('import-apply').click();
    await expect(league.getByTestId('received').locator('tbody tr')).toHaveCount(1);
    await league.getByRole('tab', { name: /信任的单位/ }).click();
    await expect(league.getByTestId('trusted')).toContainText(countyFingerprint);
    await league.getByTestId('main-nav').getByText('案件台账', { exact: true }).click();
    await expect(league.getByTestId('case-link')).toHaveCount(1);
    await league.getByTestId('main-nav').getByText('地理标志', { exact: true }).click();
    await league.getByTestId('gi-open-乌珠穆沁羊肉').click();
    await expect(league.getByTestId('gi-user-table')).toContainText('锡林浩特市草原肉业有限公司');

    // The league assigns work and sends a return bundle to 锡林浩特.
    await league.getByTestId('main-nav').getByText('工作任务', { exact: true }).click();
    await league.getByTestId('plan-from-template').click();
    await league.getByTestId('template-submit').click();
    await expect(league.getByTestId('task-table').locator('tr.clickable-row')).toHaveCount(6);
    const returnBundle = testInfo.outputPath('league-1.zip');
    await exportTo(league, returnBundle, '锡林浩特');
    await league.screenshot({ path: testInfo.outputPath('league-exchange.png'), fullPage: true });

    // The county imports it: the tasks arrive, and the league's acknowledgement of bundle 1.
    await choose(county, returnBundle);
    await county.getByTestId('confirm-fingerprint').check();
    await county.getByTestId('import-apply').click();
    await expect(county.getByTestId('partners')).toContainText('第 1 号');
    await expect(county.getByTestId('partners').locator('tbody tr').first().locator('td').nth(4)).not.toHaveText('—');
    await county.screenshot({ path: testInfo.outputPath('county-exchange.png'), fullPage: true });
    await county.getByTestId('main-nav').getByText('工作任务', { exact: true }).click();
    await expect(county.getByTestId('my-tasks').locator('tr[data-row-key]')).toHaveCount(6);

    // Either bundle again: "already imported", nothing written.
    await choose(county, returnBundle);
    await expect(county.getByTestId('import-duplicate')).toContainText('导入过');
    await expect(county.getByTestId('import-apply')).toHaveCount(0);
    await choose(league, countyBundle);
    await expect(league.getByTestId('import-duplicate')).toContainText('导入过');
    await expect(league.getByTestId('received').locator('tbody tr')).toHaveCount(1);
  } finally {
    await countyHost.stop();
    await leagueHost.stop();
  }
});
