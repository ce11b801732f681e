import { cli, expect, test } from './fixtures';
import { LedgerApp } from './pages/app';

/** Each page's text, through pdf.js (a dependency already: the app previews PDF evidence with it). */
async function pdfText(bytes: Buffer): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(bytes) }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return pages;
}

test('the SAMR table on screen shows the same totals as the CLI, and prints', async ({ ledger, page }) => {
  const league = await ledger({ name: 'league', demo: { unit: '152500', cases: 300 }, start: false });
  const year = String(new Date().getFullYear());
  const stats = JSON.parse(cli('stats', '--db', league.db, '--period', year, '--json')) as {
    samr: { table: { total: { filed: number; closed: number; penalties: number } } };
  };
  const app = await LedgerApp.open(page, await league.start());
  const { reports } = app;
  await reports.open();
  await reports.chooseQuarter('全年');
  const total = reports.samrTotal;
  await expect(total.nth(0)).toHaveText('合计');
  await expect(total.nth(1)).toHaveText(String(stats.samr.table.total.filed));
  await expect(total.nth(2)).toHaveText(String(stats.samr.table.total.closed));
  await expect(total.nth(4)).toHaveText(stats.samr.table.total.penalties.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
  await app.screenshot('samr.png', { fullPage: true });
  const download = await reports.downloadXlsx();
  expect(download.suggestedFilename()).toMatch(/^知识产权执法数据统计表-锡盟-\d{4}\.xlsx$/);
  // One county's table (its own cases only), as the CLI computes it.
  const county = JSON.parse(cli('stats', '--db', league.db, '--period', year, '--unit', '152502', '--json')) as typeof stats;
  await reports.chooseUnit('锡林浩特');
  await expect(total.nth(1)).toHaveText(String(county.samr.table.total.filed));
  await expect(page.getByText('报送单位：锡林浩特')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await app.screenshot('samr-print.png', { fullPage: true });
  // Printed (Chromium's PDF printer, the engine behind Electron's printToPDF): A4 landscape with
  // the report header and a page number, and none of the app's chrome.
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const pages = await pdfText(pdf);
  expect(pages).toHaveLength(1);
  expect(pages[0]).toContain('1 / 1');
  expect(pages[0]?.replace(/\s+/g, '')).toContain('报送单位：锡林浩特');
  expect(pages[0]).not.toContain('导出表格');
});
