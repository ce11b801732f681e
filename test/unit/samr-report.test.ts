import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { generateDemoCases } from '../../electron/demo/cases';
import { samrReport } from '../../electron/domain/reports/samr';
import { SAMR_FOOTNOTE, samrWorkbook } from '../../electron/domain/reports/samr-xlsx';
import { CASE_CATEGORIES } from '../../shared/cases/vocabulary';
import { SAMR_FLAGS } from '../../shared/reports/samr';
import { officeAt } from '../helpers/bundles';
import { tempDir } from '../helpers/temp-ledger';

const NOW = new Date(2026, 10, 20, 10, 0, 0).getTime();

async function leagueWithCases() {
  const league = await officeAt('152500', '锡林郭勒盟市场监督管理局', NOW);
  generateDemoCases(league, { count: 600, seed: 4 });
  return league;
}

describe('SAMR table from the ledger', () => {
  it('the league’s table is the sum of its counties’ tables, cell by cell', async () => {
    const league = await leagueWithCases();
    const report = samrReport(league, { period: '2026' });
    expect(report.unit).toEqual({ code: '152500', name: '锡盟' });
    expect(report.counties).toHaveLength(13);
    expect(report.table.total.filed).toBeGreaterThan(50);
    const sum = (pick: (t: (typeof report.counties)[number]['table']) => number) => report.counties.reduce((s, c) => s + pick(c.table), 0);
    for (const cat of CASE_CATEGORIES) {
      expect(report.table.rows[cat].filed).toBe(sum((t) => t.rows[cat].filed));
      expect(report.table.rows[cat].closed).toBe(sum((t) => t.rows[cat].closed));
      expect(report.table.rows[cat].amountInvolved).toBeCloseTo(
        sum((t) => t.rows[cat].amountInvolved),
        6,
      );
      for (const f of SAMR_FLAGS) expect(report.table.rows[cat].flags[f]).toBe(sum((t) => t.rows[cat].flags[f]));
    }
    // The same numbers straight from SQL: filed in 2026, per the footnote's rule.
    const filed = league.ledger.db.prepare("SELECT count(*) FROM cases WHERE deleted = 0 AND filed_date BETWEEN '2026-01-01' AND '2026-12-31'").pluck().get();
    expect(report.table.total.filed).toBe(filed);
    // A county's own table.
    const county = samrReport(league, { period: '2026', unit: '152502' });
    expect(county.table).toEqual(report.counties.find((c) => c.code === '152502')?.table);
  });

  it('writes the paper form as xlsx: merged headers, numbers as numbers, footnote, A4 landscape print area', async () => {
    const league = await leagueWithCases();
    const report = samrReport(league, { period: '2026Q3' });
    const bytes = await samrWorkbook(report, '2026-11-20');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['汇总', ...report.counties.map((c) => c.name)]);
    const sheet = book.getWorksheet('汇总') as ExcelJS.Worksheet;
    expect(sheet.getCell('A1').value).toBe('知识产权执法数据统计表');
    expect(String(sheet.getCell('A2').value)).toBe('报送单位：锡盟');
    expect(String(sheet.getCell('E2').value)).toContain('2026年第3季度');
    expect(sheet.getCell('F3').value).toBe('移送司法机关');
    expect(sheet.getCell('F3').isMerged).toBe(true);
    expect(sheet.getCell('G3').master.address).toBe('F3');
    expect(sheet.getCell('A5').value).toBe('商标侵权');
    expect(sheet.getCell('B5').value).toBe(report.table.rows.trademark.filed);
    expect(sheet.getCell('E5').value).toBe(report.table.rows.trademark.penalties);
    expect(sheet.getCell('E5').numFmt).toBe('#,##0.00');
    expect(sheet.getCell('A12').value).toBe('合计');
    expect(sheet.getCell('B12').value).toBe(report.table.total.filed);
    expect(sheet.getCell('A13').value).toBe(SAMR_FOOTNOTE);
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, printArea: 'A1:K15' });
  });

  it('opens in LibreOffice and converts to PDF (where LibreOffice is installed)', async () => {
    const soffice = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' }).stdout.trim();
    if (!soffice) {
      // No LibreOffice on this machine: .ci/run installs it, so CI always runs the conversion.
      expect(process.env.CI).toBeFalsy();
      return;
    }
    const league = await leagueWithCases();
    const dir = tempDir();
    const xlsx = path.join(dir, 'samr.xlsx');
    fs.writeFileSync(xlsx, await samrWorkbook(samrReport(league, { period: '2026Q3' }), '2026-11-20'));
    execFileSync(soffice, ['--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx], {
      env: { ...process.env, HOME: dir },
      timeout: 120_000,
      stdio: 'pipe',
    });
    const pdf = fs.readFileSync(path.join(dir, 'samr.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // One A4 landscape page per sheet: the summary and 13 counties.
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(14);
  }, 180_000);
});
