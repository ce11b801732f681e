import fs from 'node:fs';
import { writeZip } from '../../electron/domain/bundles/zip-write';
import { expect, test } from './fixtures';
import { LedgerApp } from './pages/app';
import { png } from './ui';

/** Issue 17: a case takes Word, Excel and OFD files as evidence besides photos, each with a caption. */
test('a case takes a Word record, an Excel list and a photo as evidence, each with a caption', async ({ ledger, page }, testInfo) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const app = await LedgerApp.open(page, (await ledger({ init: { unit: '152502', operator: '王芳' } })).url);
  const { cases } = app;
  const { form, detail } = cases;
  await cases.open();
  await cases.newCase.click();
  await form.title.fill('销售假冒注册商标的奶酪');
  await form.fillParty(0, { name: '锡林浩特市草原奶食品店', id: '911522010783710635' });
  await form.save.click();
  await expect(detail.stage).toHaveText('线索登记');

  const office = async (name: string, inner: string, mimeType: string) => {
    const file = testInfo.outputPath(name);
    await writeZip(file, [
      { name: '[Content_Types].xml', buffer: Buffer.from('<Types/>') },
      { name: inner, buffer: Buffer.from('<doc/>') },
    ]);
    return { name, mimeType, buffer: fs.readFileSync(file) };
  };
  await detail.tab(/证据材料/).click();
  await detail.addEvidence(await office('询问笔录.docx', 'word/document.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'));
  await expect(detail.evidenceCards).toHaveCount(1);
  await detail.addEvidence(await office('扣押物品清单.xlsx', 'xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'));
  await expect(detail.evidenceCards).toHaveCount(2);
  await detail.addEvidence(png('现场照片.png'));
  await expect(detail.evidenceCards).toHaveCount(3);

  // The caption of the Word file, typed on its card.
  const card = detail.evidenceCards.filter({ hasText: '询问笔录.docx' });
  await card.getByRole('button', { name: /填写说明/ }).click();
  await card.locator('textarea').fill('当事人询问笔录（第一次）');
  await card.locator('textarea').press('Enter');
  await expect(card.getByTestId('evidence-caption')).toHaveText('当事人询问笔录（第一次）');
  await expect(card.getByRole('button', { name: '下载打开' })).toBeVisible();
  await app.screenshot('case-evidence-office.png');
  // What the card shows came back from the ledger (the saved case detail), not from the text box.
  await expect(detail.evidenceCards).toHaveCount(3);
});
