/**
 * Exchange integrity on the 数据交换 screen: a bundle from a trusted county that tries to change
 * another county's case, sends an invalid ID number and a plan is previewed with each refused
 * change in words, applied without them, and the quarantine tab keeps them; a county that
 * reinstalled (a new key) is imported only after the supervisor confirms the new fingerprint.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { cli, newDataDir, startHost } from './host';

const root = path.resolve(__dirname, '../..');

async function choose(page: Page, file: string) {
  await page.getByTestId('main-nav').getByText('数据交换', { exact: true }).click();
  await page.getByTestId('import-upload').locator('input[type=file]').setInputFiles(file);
  await expect(page.getByTestId('import-report')).toBeVisible();
}

test('refused changes are shown in words and kept in quarantine; a new key needs its fingerprint confirmed', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const leagueDir = newDataDir();
  const league = path.join(leagueDir, 'ledger.sqlite');
  const xilin = path.join(newDataDir(), 'ledger.sqlite');
  const erlian = path.join(newDataDir(), 'ledger.sqlite');
  cli('init', '--db', league, '--unit', '152500', '--operator', '李强');
  cli('demo', '--db', xilin, '--unit', '152502', '--cases', '3', '--quiet');
  cli('demo', '--db', erlian, '--unit', '152501', '--cases', '3', '--seed', '2', '--quiet');
  for (const [db, name] of [
    [xilin, 'x1.zip'],
    [erlian, 'e1.zip'],
  ] as const) {
    cli('export', '--db', db, '--out', testInfo.outputPath(name));
    cli('import', '--db', league, testInfo.outputPath(name), '--trust');
  }
  const hostile = testInfo.outputPath('hostile.zip');
  const crafted = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['test/helpers/craft-hostile.ts', xilin, erlian, hostile], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(crafted.status, crafted.stderr).toBe(0);

  const host = await startHost(leagueDir);
  try {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(host.url);
    await choose(page, hostile);
    const refused = page.getByTestId('import-rejected');
    await expect(refused).toContainText('3 条变更');
    await expect(refused).toContainText('锡林浩特市试图修改二连浩特市的案件');
    await expect(refused).toContainText('锡林浩特市发来的当事人中“证件号码”校验不通过');
    await expect(refused).toContainText('锡林浩特市无权发送工作方案');
    await page.screenshot({ path: testInfo.outputPath('hostile-preview.png'), fullPage: true });
    await page.getByTestId('import-apply').click();
    await expect(page.getByTestId('received').locator('tbody tr')).toHaveCount(3);
    await page.getByTestId('quarantine-tab').click();
    await expect(page.getByTestId('quarantine').locator('tbody tr')).toHaveCount(3);
    await expect(page.getByTestId('quarantine')).toContainText('锡林浩特市试图修改二连浩特市的案件');
    await page.screenshot({ path: testInfo.outputPath('quarantine.png'), fullPage: true });

    // 锡林浩特 reinstalled: a new installation with a new key.
    const reinstalled = path.join(newDataDir(), 'ledger.sqlite');
    cli('demo', '--db', reinstalled, '--unit', '152502', '--cases', '2', '--seed', '5', '--quiet');
    const rekeyed = testInfo.outputPath('reinstalled.zip');
    cli('export', '--db', reinstalled, '--out', rekeyed);
    await choose(page, rekeyed);
    await expect(page.getByTestId('preview-new-fingerprint')).toBeVisible();
    await expect(page.getByTestId('import-apply')).toBeDisabled();
    await page.screenshot({ path: testInfo.outputPath('key-change.png'), fullPage: true });
    await page.getByTestId('confirm-key-change').check();
    await page.getByTestId('import-apply').click();
    await expect(page.getByTestId('received').locator('tbody tr')).toHaveCount(4);
    const newFingerprint = JSON.parse(cli('info', '--db', reinstalled, '--json')) as { keyFingerprint: string };
    await page.getByRole('tab', { name: /信任的单位/ }).click();
    await expect(page.getByTestId('trusted')).toContainText(newFingerprint.keyFingerprint);
  } finally {
    await host.stop();
  }
});
