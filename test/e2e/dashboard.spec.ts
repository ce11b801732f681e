import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { chooseOption, cli, newDataDir, startHost } from './host';

async function importBundle(page: Page, file: string) {
  await page.getByTestId('main-nav').getByText('数据交换', { exact: true }).click();
  await page.getByTestId('import-upload').locator('input[type=file]').setInputFiles(file);
  await expect(page.getByTestId('import-report')).toBeVisible();
  await page.getByTestId('confirm-fingerprint').check();
  await page.getByTestId('import-apply').click();
}

/** The dashboard's per-unit table as numbers: unit name → [线索, 立案, 结案, 决定, 在办, 超期, 罚没款, GI, 任务]. */
async function dashboardRows(page: Page): Promise<Map<string, number[]>> {
  const rows = page.getByTestId('dashboard-units').locator('tbody tr');
  const out = new Map<string, number[]>();
  for (let i = 0; i < (await rows.count()); i++) {
    const cells = await rows.nth(i).locator('td').allInnerTexts();
    out.set(
      cells[0] as string,
      cells.slice(1).map((c) => Number(c.replace(/,/g, ''))),
    );
  }
  return out;
}

test('the league dashboard after importing two county bundles: totals are the sum of the counties, and a number opens exactly its cases', async ({
  page,
}, testInfo) => {
  const year = String(new Date().getFullYear());
  const counties = [
    { code: '152501', name: '二连浩特', dir: newDataDir(), seed: '3' },
    { code: '152502', name: '锡林浩特', dir: newDataDir(), seed: '4' },
  ];
  const expected = new Map<string, { filed: number; closed: number }>();
  for (const c of counties) {
    const db = path.join(c.dir, 'ledger.sqlite');
    cli('demo', '--db', db, '--unit', c.code, '--cases', '120', '--gi-users', '20', '--seed', c.seed, '--quiet');
    cli('export', '--db', db, '--out', path.join(c.dir, 'bundle.zip'));
    const stats = JSON.parse(cli('stats', '--db', db, '--period', year, '--json')) as { samr: { table: { total: { filed: number; closed: number } } } };
    expected.set(c.name, stats.samr.table.total);
  }
  const leagueDir = newDataDir();
  cli('init', '--db', path.join(leagueDir, 'ledger.sqlite'), '--unit', '152500', '--operator', '李强');
  const host = await startHost(leagueDir);
  try {
    await page.goto(host.url);
    for (const c of counties) await importBundle(page, path.join(c.dir, 'bundle.zip'));
    await expect(page.getByTestId('received').locator('tbody tr')).toHaveCount(2);

    await page.getByTestId('main-nav').getByText('首页', { exact: true }).click();
    await expect(page.getByTestId('dashboard-units')).toContainText('二连浩特');
    const rows = await dashboardRows(page);
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
    await expect(page.getByTestId('chart-by-month').locator('canvas')).toHaveCount(1);
    await page.screenshot({ path: testInfo.outputPath('dashboard.png'), fullPage: true });

    // Clicking the total of 立案 opens exactly those cases; so does one county's 在办.
    await page.getByTestId('dash-total-filed').click();
    await expect(page.getByTestId('drill-origin')).toContainText('全盟合计 · 立案');
    await expect(page.getByText(`共 ${total[1]} 件`)).toBeVisible();
    await expect(page.getByTestId('date-field')).toContainText('按立案日期');
    await page.getByTestId('drill-back').click();
    await page.getByTestId('dash-152502-open').click();
    await expect(page.getByTestId('drill-origin')).toContainText('锡林浩特 · 在办');
    await expect(page.getByText(`共 ${b[4]} 件`)).toBeVisible();
    // The list holds only 锡林浩特's cases.
    const numbers = await page.getByTestId('case-link').allInnerTexts();
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers.every((n) => n.startsWith('锡'))).toBe(true);

    // The league's SAMR table: a county's cell opens its cases, and the data-completeness tab knows both bundles.
    await page.getByTestId('drill-back').click();
    await page.getByTestId('main-nav').getByText('统计报表', { exact: true }).click();
    await chooseOption(page, 'report-quarter', '全年');
    const samrTotal = page.getByTestId('samr-table').locator('tr.samr-total td');
    await expect(samrTotal.nth(1)).toHaveText(String(total[1]));
    await page.screenshot({ path: testInfo.outputPath('samr.png'), fullPage: true });
    // The campaign summary for the year, downloaded as xlsx: its total row is the screen's.
    await page.getByTestId('report-tab-campaign').click();
    const filedOnScreen = await page.getByTestId('campaign-total-filed').innerText();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-xlsx').click()]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await download.path());
    const sheet = book.getWorksheet('分类统计') as ExcelJS.Worksheet;
    expect(sheet.getCell('A1').value).toBe('“铁拳”专项行动统计表');
    const totalRow = sheet.getRows(1, sheet.rowCount)?.find((r) => r.getCell(1).value === '合计');
    expect(totalRow?.getCell(3).value).toBe(Number(filedOnScreen));
    expect(book.getWorksheet('分单位')?.getCell('A4').value).toBe('锡盟');
    await page.getByTestId('report-tab-completeness').click();
    await expect(page.getByTestId('completeness-table').locator('tr', { hasText: '锡林浩特' })).toContainText('未报齐');
    await expect(page.getByTestId('completeness-table').locator('tr', { hasText: '多伦县' })).toContainText('未收到');
    // Not final: the screen says where to get the missing data.
    await page.getByTestId('completeness-import').click();
    await expect(page.getByTestId('import-upload')).toBeVisible();
  } finally {
    await host.stop();
  }
});
