/**
 * A bundle far over the old 20 MB screen limit (a case with four phone-sized photos: ~62 MB)
 * imported through the preview host's screen: the file is streamed to the host (no base64 in a
 * call), previewed, applied, and every photo arrives. The league's return bundle is then saved
 * through the host's /files/ route as a download.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { expect, test, tsx } from './fixtures';
import { LedgerApp } from './pages/app';

test('a 60 MB bundle is imported through the screen, and an export is saved as a download', async ({ ledger, page }, testInfo) => {
  test.setTimeout(360_000);
  const league = await ledger({ name: 'league', init: { unit: '152500', operator: '李强' }, start: false });
  const bundle = testInfo.outputPath('county-large.zip');
  const county = await ledger({ name: 'county', start: false });
  tsx('test/helpers/big-bundle.ts', county.db, bundle);
  expect(fs.statSync(bundle).size).toBeGreaterThan(60 * 1024 * 1024);

  await league.start();
  await page.setViewportSize({ width: 1366, height: 768 });
  const app = await LedgerApp.open(page, league.url);
  const { exchange } = app;
  await exchange.preview(bundle, 120_000);
  await expect(exchange.previewCount('证据材料')).toHaveText('4');
  await exchange.confirmFingerprint.check();
  await exchange.apply.click();
  // (An empty table has a placeholder row: wait for the applied report, then for the bundle's row.)
  await expect(exchange.importReport).toContainText('已导入 锡林浩特市市场监督管理局 第 1 号数据包', { timeout: 120_000 });
  await expect(exchange.receivedBundles).toHaveCount(1);
  const db = new Database(league.db, { readonly: true });
  try {
    expect(db.prepare('SELECT count(*) FROM case_attachments').pluck().get()).toBe(4);
    expect(db.prepare('SELECT sum(size) FROM blobs').pluck().get()).toBeGreaterThan(60 * 1024 * 1024);
  } finally {
    db.close();
  }
  await app.screenshot('large-imported.png', { fullPage: true });

  // The return bundle to 锡林浩特, saved through the host's /files/ route.
  const saved = testInfo.outputPath('return.zip');
  await exchange.exportBundle(saved, '锡林浩特');
  expect(fs.readFileSync(saved).subarray(0, 2).toString('latin1')).toBe('PK');
  await expect(exchange.exportResult).toContainText('第 1 号');
});
