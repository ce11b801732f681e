/**
 * A bundle far over the old 20 MB screen limit (a case with four phone-sized photos: ~62 MB)
 * imported through the preview host's screen: the file is streamed to the host (no base64 in a
 * call), previewed, applied, and every photo arrives. The league's return bundle is then saved
 * through the host's /files/ route as a download.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { cli, newDataDir, startHost } from './host';

const root = path.resolve(__dirname, '../..');

test('a 60 MB bundle is imported through the screen, and an export is saved as a download', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  const leagueDir = newDataDir();
  const league = path.join(leagueDir, 'ledger.sqlite');
  cli('init', '--db', league, '--unit', '152500', '--operator', '李强');
  const bundle = testInfo.outputPath('county-large.zip');
  const made = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['test/helpers/big-bundle.ts', path.join(newDataDir(), 'ledger.sqlite'), bundle], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(made.status, made.stderr).toBe(0);
  expect(fs.statSync(bundle).size).toBeGreaterThan(60 * 1024 * 1024);

  const host = await startHost(leagueDir);
  try {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(host.url);
    await page.getByTestId('main-nav').getByText('数据交换', { exact: true }).click();
    await page.getByTestId('import-upload').locator('input[type=file]').setInputFiles(bundle);
    await expect(page.getByTestId('import-report')).toBeVisible({ timeout: 120_000 });
    await expect(
      page
        .getByTestId('preview-table')
        .locator('tr', { hasText: /^证据材料/ })
        .locator('td')
        .nth(1),
    ).toHaveText('4');
    await page.getByTestId('confirm-fingerprint').check();
    await page.getByTestId('import-apply').click();
    // (An empty table has a placeholder row: wait for the applied report, then for the bundle's row.)
    await expect(page.getByTestId('import-report')).toContainText('已导入 锡林浩特市市场监督管理局 第 1 号数据包', { timeout: 120_000 });
    await expect(page.getByTestId('received').locator('tbody tr[data-row-key]')).toHaveCount(1);
    const db = new Database(league, { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) FROM case_attachments').pluck().get()).toBe(4);
      expect(db.prepare('SELECT sum(size) FROM blobs').pluck().get()).toBeGreaterThan(60 * 1024 * 1024);
    } finally {
      db.close();
    }
    await page.screenshot({ path: testInfo.outputPath('large-imported.png'), fullPage: true });

    // The return bundle to 锡林浩特, saved through the host's /files/ route.
    await page.getByTestId('export-to').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '锡林浩特' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-run').click()]);
    const saved = testInfo.outputPath('return.zip');
    await download.saveAs(saved);
    expect(fs.readFileSync(saved).subarray(0, 2).toString('latin1')).toBe('PK');
    await expect(page.getByTestId('export-result')).toContainText('第 1 号');
  } finally {
    await host.stop();
  }
});
