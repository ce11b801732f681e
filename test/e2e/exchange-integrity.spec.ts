/**
 * Exchange integrity on the 数据交换 screen: a bundle from a trusted county that tries to change
 * another county's case, sends an invalid ID number and a plan is previewed with each refused
 * change in words, applied without them, and the quarantine tab keeps them; a county that
 * reinstalled (a new key) is imported only after the supervisor confirms the new fingerprint.
 */
import { cli, expect, test, tsx } from './fixtures';
import { LedgerApp } from './pages/app';

test('refused changes are shown in words and kept in quarantine; a new key needs its fingerprint confirmed', async ({ ledger, page }, testInfo) => {
  const league = await ledger({ name: 'league', init: { unit: '152500', operator: '李强' }, start: false });
  const xilin = await ledger({ name: 'xilin', demo: { unit: '152502', cases: 3 }, start: false });
  const erlian = await ledger({ name: 'erlian', demo: { unit: '152501', cases: 3, seed: '2' }, start: false });
  for (const [county, name] of [
    [xilin, 'x1.zip'],
    [erlian, 'e1.zip'],
  ] as const) {
    cli('export', '--db', county.db, '--out', testInfo.outputPath(name));
    cli('import', '--db', league.db, testInfo.outputPath(name), '--trust');
  }
  const hostile = testInfo.outputPath('hostile.zip');
  tsx('test/helpers/craft-hostile.ts', xilin.db, erlian.db, hostile);

  await league.start();
  await page.setViewportSize({ width: 1366, height: 768 });
  const app = await LedgerApp.open(page, league.url);
  const { exchange } = app;
  await exchange.preview(hostile);
  await expect(exchange.rejected).toContainText('3 条变更');
  await expect(exchange.rejected).toContainText('锡林浩特市试图修改二连浩特市的案件');
  await expect(exchange.rejected).toContainText('锡林浩特市发来的当事人中“证件号码”校验不通过');
  await expect(exchange.rejected).toContainText('锡林浩特市无权发送工作方案');
  await app.screenshot('hostile-preview.png', { fullPage: true });
  await exchange.apply.click();
  await expect(exchange.receivedRows).toHaveCount(3);
  await exchange.openQuarantine();
  await expect(exchange.quarantine.locator('tbody tr')).toHaveCount(3);
  await expect(exchange.quarantine).toContainText('锡林浩特市试图修改二连浩特市的案件');
  await app.screenshot('quarantine.png', { fullPage: true });

  // 锡林浩特 reinstalled: a new installation with a new key.
  const reinstalled = await ledger({ name: 'xilin-reinstalled', demo: { unit: '152502', cases: 2, seed: '5' }, start: false });
  const rekeyed = testInfo.outputPath('reinstalled.zip');
  cli('export', '--db', reinstalled.db, '--out', rekeyed);
  await exchange.preview(rekeyed);
  await expect(exchange.previewNewFingerprint).toBeVisible();
  await expect(exchange.apply).toBeDisabled();
  await app.screenshot('key-change.png', { fullPage: true });
  await exchange.confirmKeyChange.check();
  await exchange.apply.click();
  await expect(exchange.receivedRows).toHaveCount(4);
  const newFingerprint = JSON.parse(cli('info', '--db', reinstalled.db, '--json')) as { keyFingerprint: string };
  await exchange.openTrusted();
  await expect(exchange.trusted).toContainText(newFingerprint.keyFingerprint);
});
