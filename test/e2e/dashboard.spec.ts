import path from 'node:path';
import ExcelJS from 'exceljs';
import { cli, expect, test } from './fixtures';
import { LedgerApp } from './pages/app';

test('the league dashboard after importing two county bundles: totals are the sum of the counties, and a number opens exactly its cases', async ({
  ledger,
  page,
}) => {
  const year = String(new Date().getFullYear());
  const counties = [
    { code: '152501', name: '二连浩特', seed: '3' },
    { code: '152502', name: '锡林浩特', seed: '4' },
  ];
  const expected = new Map<string, { filed: number; closed: number }>();
  const bundles: string[] = [];
  for (const c of counties) {
    const county = await ledger({ name: `county-${c.code}`, demo: { unit: c.code, cases: 120, giUsers: 20, seed: c.seed }, start: false });
    const bundle = path.join(county.dataDir, 'bundle.zip');
    cli('export', '--db', county.db, '--out', bundle);
    bundles.push(bundle);
    const stats = JSON.parse(cli('stats', '--db', county.db, '--period', year, '--json')) as { samr: { table: { total: { filed: number; closed: number } } } };
    expected.set(c.name, stats.samr.table.total);
  }
  const league = await ledger({ name: 'league', init: { unit: '152500', operator: '李强' } });
  const app = await LedgerApp.open(page, league.url);
  const { home, cases, exchange, reports } = app;
  for (const bundle of bundles) await exchange.importFromNewSender(bundle);
  await expect(exchange.receivedRows).toHaveCount(2);

  await app.nav.open('首页');
  await expect(home.dashboard).toContainText('二连浩特');
  const rows = await home.dashboardRows();
  const total = rows.get('全盟合计') as number[];
  const a = rows.get('二连浩特') as number[];
  const b = rows.get('锡林浩特') as number[];
  // Each county's figures are its own ledger's (as its CLI computes them) …
  for (const c of counties) {
    const row = rows.get(c.name) as number[];
    expect(row[1], `${c.name} 立案`).toBe(expected.get(c.name)?.filed);
    expect(row[2], `${c.name} 结案`).toBe(expected.get(c.name)?.closed);
  }
  // … the counties without data have none, and the league total is the sum, figure by figure.
  expect(rows.get('锡盟')?.every((n) => n === 0)).toBe(true);
  expect(rows.get('多伦县')?.every((n) => n === 0)).toBe(true);
  // Counts add up exactly. 罚没款 (column 6) is summed from exact fen and shown in 万元 to two
  // decimals, so the shown total may differ from the sum of the shown county figures by rounding.
  total.forEach((n, i) =>
    i === 6
      ? expect(Math.abs(n - (a[i] as number) - (b[i] as number))).toBeLessThanOrEqual(0.011)
      : expect(n, `column ${i}`).toBe((a[i] as number) + (b[i] as number)),
  );
  expect(total[0]).toBeGreaterThan(0);
  await expect(home.chartByMonth.locator('canvas')).toHaveCount(1);
  await app.screenshot('dashboard.png', { fullPage: true });

  // Clicking the total of 立案 opens exactly those cases; so does one county's 在办.
  await home.figure('total', 'filed').click();
  await expect(cases.drillOrigin).toContainText('全盟合计 · 立案');
  await expect(cases.total(total[1] as number)).toBeVisible();
  await expect(cases.dateField).toContainText('按立案日期');
  await cases.drillBack.click();
  await home.figure('152502', 'open').click();
  await expect(cases.drillOrigin).toContainText('锡林浩特 · 在办');
  await expect(cases.total(b[4] as number)).toBeVisible();
  // The list holds only 锡林浩特's cases.
  const numbers = await cases.links.allInnerTexts();
  expect(numbers.length).toBeGreaterThan(0);
  expect(numbers.every((n) => n.startsWith('锡'))).toBe(true);

  // The league's SAMR table: a county's cell opens its cases, and the data-completeness tab knows both bundles.
  await cases.drillBack.click();
  await reports.open();
  await reports.chooseQuarter('全年');
  await expect(reports.samrTotal.nth(1)).toHaveText(String(total[1]));
  await app.screenshot('samr.png', { fullPage: true });
  // The campaign summary for the year, downloaded as xlsx: its total row is the screen's.
  await reports.openTab('campaign');
  const filedOnScreen = await reports.campaignTotalFiled.innerText();
  const download = await reports.downloadXlsx();
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await download.path());
  const sheet = book.getWorksheet('分类统计') as ExcelJS.Worksheet;
  expect(sheet.getCell('A1').value).toBe('“铁拳”专项行动统计表');
  const totalRow = sheet.getRows(1, sheet.rowCount)?.find((r) => r.getCell(1).value === '合计');
  expect(totalRow?.getCell(3).value).toBe(Number(filedOnScreen));
  expect(book.getWorksheet('分单位')?.getCell('A4').value).toBe('锡盟');
  await reports.openTab('completeness');
  await expect(reports.completenessRow('锡林浩特')).toContainText('未报齐');
  await expect(reports.completenessRow('多伦县')).toContainText('未收到');
  // Not final: the screen says where to get the missing data.
  await reports.goImportMissing();
  await expect(exchange.upload).toBeVisible();
});
