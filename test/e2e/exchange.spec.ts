import { expect, test } from './fixtures';
import { LedgerApp } from './pages/app';

test('a county logs a case and a GI user and sends them, the league confirms the key and imports, answers with a plan, and nothing imports twice', async ({
  ledger,
  newPage,
}, testInfo) => {
  // An empty league; the county is set up through its first-run wizard below.
  const countyLedger = await ledger({ name: 'county' });
  const leagueLedger = await ledger({ name: 'league', init: { unit: '152500', operator: '李强' } });
  const county = await LedgerApp.open(await newPage(), countyLedger.url);
  const league = await LedgerApp.open(await newPage(), leagueLedger.url);

  // County A logs a case and registers a GI user.
  await county.wizard.complete();
  await county.cases.open();
  await county.cases.newCase.click();
  await county.cases.form.title.fill('销售假冒“锡林郭勒羊肉”的羊肉卷');
  await county.cases.form.fillParty(0, { name: '锡林浩特市草原鲜肉店', id: '911522010783710635' });
  await county.cases.form.save.click();
  await expect(county.cases.detail.stage).toHaveText('线索登记');
  await county.gi.open();
  await county.gi.openGi('乌珠穆沁羊肉');
  await county.gi.fillApplicant({ name: '锡林浩特市草原肉业有限公司', uscc: '911525020783710633', products: ['羊肉'] });
  await county.gi.saveUser();
  await expect(county.gi.userTitle).toHaveText('锡林浩特市草原肉业有限公司');
  const countyBundle = testInfo.outputPath('county-1.zip');
  await county.exchange.exportBundle(countyBundle);
  const countyFingerprint = (await county.exchange.ownFingerprint.innerText()).trim();

  // The league previews: new records, and the county's key fingerprint to confirm.
  await league.exchange.preview(countyBundle);
  await expect(league.exchange.previewFingerprint).toHaveText(countyFingerprint);
  await expect(league.exchange.previewTable).toContainText('案件');
  await expect(league.exchange.previewCount('案件')).toHaveText('1');
  await expect(league.exchange.previewCount('专用标志使用人')).toHaveText('1');
  await expect(league.exchange.apply).toBeDisabled();
  await league.screenshot('league-preview.png', { fullPage: true });
  await league.exchange.confirmFingerprint.check();
  await league.exchange.apply.click();
  await expect(league.exchange.receivedRows).toHaveCount(1);
  await league.exchange.openTrusted();
  await expect(league.exchange.trusted).toContainText(countyFingerprint);
  await league.cases.open();
  await expect(league.cases.links).toHaveCount(1);
  await league.gi.open();
  await league.gi.openGi('乌珠穆沁羊肉');
  await expect(league.gi.userTable).toContainText('锡林浩特市草原肉业有限公司');

  // The league assigns work and sends a return bundle to 锡林浩特.
  await league.plans.open();
  await league.plans.createFromTemplate();
  await expect(league.plans.taskRows).toHaveCount(15);
  const returnBundle = testInfo.outputPath('league-1.zip');
  await league.exchange.exportBundle(returnBundle, '锡林浩特');
  await league.screenshot('league-exchange.png', { fullPage: true });

  // The county imports it: the tasks arrive, and the league's acknowledgement of bundle 1.
  await county.exchange.importFromNewSender(returnBundle);
  await expect(county.exchange.partners).toContainText('第 1 号');
  await expect(county.exchange.partners.locator('tbody tr').first().locator('td').nth(4)).not.toHaveText('—');
  await county.screenshot('county-exchange.png', { fullPage: true });
  await county.plans.open();
  await expect(county.plans.myTaskRows).toHaveCount(15);

  // Either bundle again: "already imported", nothing written.
  await county.exchange.preview(returnBundle);
  await expect(county.exchange.duplicate).toContainText('导入过');
  await expect(county.exchange.apply).toHaveCount(0);
  await league.exchange.preview(countyBundle);
  await expect(league.exchange.duplicate).toContainText('导入过');
  await expect(league.exchange.receivedRows).toHaveCount(1);
});
