import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { generateDemoActions } from '../../electron/demo/actions';
import { generateDemoCases } from '../../electron/demo/cases';
import { saveAction, saveKeyMarket } from '../../electron/domain/actions/actions';
import { advanceStage } from '../../electron/domain/cases/stages';
import { createCase } from '../../electron/domain/cases/write';
import { countCases } from '../../electron/domain/cases/list';
import { samrReport } from '../../electron/domain/reports/samr';
import { SAMR_SHEET, SAMR_TITLE, samrWorkbook } from '../../electron/domain/reports/samr-xlsx';
import { actionSaveSchema, keyMarketSaveSchema } from '../../shared/actions/schemas';
import { caseListSchema, stageAdvanceSchema } from '../../shared/cases/schemas';
import { SAMR_CATEGORIES } from '../../shared/cases/vocabulary';
import { samrCellQuery } from '../../shared/reports/case-drill';
import type { SamrTable } from '../../shared/reports/samr';
import { SAMR_FOOTNOTE_LINES, SAMR_FORM_ACTIONS, SAMR_FORM_COLUMNS, SAMR_FORM_ROWS, samrCell, withUnit } from '../../shared/reports/samr-form';
import { officeAt } from '../helpers/bundles';
import { caseInput, countySessionAt } from '../helpers/cases';
import { tempDir } from '../helpers/temp-ledger';
import { updateRecord } from '../../electron/store/change-log';
import { writeContext } from '../../electron/domain/core/session';

const NOW = new Date(2026, 10, 20, 10, 0, 0).getTime();

async function leagueWithCases() {
  const league = await officeAt('152500', '锡林郭勒盟市场监督管理局', NOW);
  generateDemoCases(league, { count: 600, seed: 4 });
  generateDemoActions(league, { count: 120, seed: 4 });
  return league;
}

/** Every heading the official form prints (resources/reference/samr-form-2020.csv). */
const FORM_HEADINGS = [
  ...SAMR_FORM_ACTIONS.map((a) => withUnit(a.label, a.unit)),
  ...SAMR_FORM_COLUMNS.map((c) => withUnit(c.label, c.unit)),
  ...SAMR_CATEGORIES.map((c) => SAMR_FORM_ROWS[c]),
  '合计',
  '执法行动',
];

describe('SAMR table from the ledger', () => {
  it('the league’s table is the sum of its counties’ tables, cell by cell (every column and the action block)', async () => {
    const league = await leagueWithCases();
    const report = samrReport(league, { period: '2026' });
    expect(report.unit).toEqual({ code: '152500', name: '锡盟' });
    expect(report.counties).toHaveLength(13);
    expect(report.table.total.filed).toBeGreaterThan(50);
    expect(report.table.total.recoveredLoss).toBeGreaterThan(0);
    expect(report.table.actions.actions).toBeGreaterThan(10);
    expect(report.table.actions.keyMarkets).toBeGreaterThan(13);
    const sum = (pick: (t: SamrTable) => number) => report.counties.reduce((s, c) => s + pick(c.table), 0);
    for (const cat of [...SAMR_CATEGORIES, 'total'] as const)
      for (const col of SAMR_FORM_COLUMNS) {
        const cell = (t: SamrTable) => samrCell(cat === 'total' ? t.total : t.rows[cat], col.key);
        if (col.money) expect(cell(report.table)).toBeCloseTo(sum(cell), 6);
        else expect(cell(report.table), `${cat} ${col.key}`).toBe(sum(cell));
      }
    for (const a of SAMR_FORM_ACTIONS) expect(report.table.actions[a.key], a.key).toBe(sum((t) => t.actions[a.key]));
    // The same numbers straight from SQL: filed in 2026; closed = filed cases closed in 2026.
    const db = league.ledger.db;
    const filed = db.prepare("SELECT count(*) FROM cases WHERE deleted = 0 AND filed_date BETWEEN '2026-01-01' AND '2026-12-31'").pluck().get();
    expect(report.table.total.filed).toBe(filed);
    const closed = db
      .prepare("SELECT count(*) FROM cases WHERE deleted = 0 AND filed_date IS NOT NULL AND closed_date BETWEEN '2026-01-01' AND '2026-12-31'")
      .pluck()
      .get();
    expect(report.table.total.closed).toBe(closed);
    // The demo closes some leads as 不予立案: they are not in 结案.
    const notFiled = db.prepare("SELECT count(*) FROM cases WHERE deleted = 0 AND filed_date IS NULL AND closed_date BETWEEN '2026-01-01' AND '2026-12-31'").pluck().get();
    expect(notFiled).toBeGreaterThan(0);
    // 结案's drill-down lists exactly the cases it counts.
    expect(countCases(league.ledger, caseListSchema.parse(samrCellQuery(report.table, 'total', 'closed')), NOW).total).toBe(closed);
    const actions = db.prepare("SELECT count(*), sum(staff) FROM enforcement_actions WHERE deleted = 0 AND date BETWEEN '2026-01-01' AND '2026-12-31'").raw().get();
    expect([report.table.actions.actions, report.table.actions.staff]).toEqual(actions);
    // A county's own table.
    const county = samrReport(league, { period: '2026', unit: '152502' });
    expect(county.table).toEqual(report.counties.find((c) => c.code === '152502')?.table);
  });

  it('a lead closed as 不予立案 counts neither as 立案 nor as 结案; a filed case closed counts in both', async () => {
    const s = await countySessionAt();
    const advance = (input: Parameters<typeof stageAdvanceSchema.parse>[0]) => advanceStage(s, stageAdvanceSchema.parse(input));
    const lead = createCase(s, caseInput({ leadDate: '2026-10-08' }));
    advance({ caseId: lead, stage: 'CLOSE', date: '2026-10-15', outcome: 'not_filed' });
    const q4 = () => samrReport(s, { period: '2026Q4' }).table;
    expect(q4().total).toMatchObject({ filed: 0, closed: 0 });
    expect(q4().rows.trademark).toMatchObject({ filed: 0, closed: 0 });
    const filed = createCase(s, caseInput({ leadDate: '2026-10-09', recoveredLossFen: 1_234_500, recoveredForeignLossFen: 0 }));
    advance({ caseId: filed, stage: 'FILE', date: '2026-10-12' });
    advance({ caseId: filed, stage: 'TRANSFER_POLICE', date: '2026-10-20', receiver: '锡林浩特市公安局', persons: 2 });
    advance({ caseId: filed, stage: 'CLOSE', date: '2026-10-28' });
    expect(q4().total).toMatchObject({ filed: 1, closed: 1, transferredCases: 1, recoveredLoss: 1.2345 });
  });

  it('the action block comes from the county’s action log and key-market list', async () => {
    const s = await countySessionAt();
    saveKeyMarket(s, keyMarketSaveSchema.parse({ name: '锡林浩特市农畜产品批发市场', kind: '批发市场' }));
    saveKeyMarket(s, keyMarketSaveSchema.parse({ name: '锡林浩特市百货大楼', kind: '商场超市' }));
    saveKeyMarket(s, keyMarketSaveSchema.parse({ name: '已撤并的旧市场', active: false }));
    const action = (date: string, staff: number, market: string) =>
      saveAction(
        s,
        actionSaveSchema.parse({
          fields: { date, title: '重点市场检查', campaigns: ['tiequan'], target: 'key_market', physicalMarket: market !== '', marketName: market, staff },
        }),
      );
    action('2026-10-10', 12, '锡林浩特市农畜产品批发市场');
    action('2026-11-02', 5, '');
    action('2026-09-30', 40, '锡林浩特市百货大楼');
    expect(samrReport(s, { period: '2026Q4' }).table.actions).toEqual({ actions: 2, staff: 17, physicalMarketActions: 1, physicalMarketStaff: 12, keyMarkets: 2 });
    // An action in a physical market names it.
    expect(() => action('2026-11-03', 3, ' ')).toThrow(/action_market_required/);
  });

  it('writes the official form as xlsx: action block, every column with its unit, 8 rows + 合计, notes, A4 landscape print area', async () => {
    const league = await leagueWithCases();
    const report = samrReport(league, { period: '2026Q3' });
    const bytes = await samrWorkbook(report, '2026-11-20');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['汇总', ...report.counties.map((c) => c.name)]);
    const sheet = book.getWorksheet('汇总') as ExcelJS.Worksheet;
    expect(sheet.getCell('A1').value).toBe(SAMR_TITLE);
    expect(String(sheet.getCell('A2').value)).toBe('报送单位：锡盟');
    expect(String(sheet.getCell('E2').value)).toContain('2026年第3季度');
    // The 执法行动 block: five headings with units, and their figures.
    expect(sheet.getCell(SAMR_SHEET.actionHead, 1).value).toBe('执法行动');
    const actionHeads = [2, 4, 6, 8, 10].map((c) => sheet.getCell(SAMR_SHEET.actionHead, c).value);
    expect(actionHeads).toEqual(['开展执法行动（次）', '出动执法人员（人次）', '实体市场执法行动（次）', '实体市场出动执法人员（人次）', '辖区重点实体市场数量（个）']);
    expect([2, 4, 6, 8, 10].map((c) => sheet.getCell(SAMR_SHEET.actionValues, c).value)).toEqual(SAMR_FORM_ACTIONS.map((a) => report.table.actions[a.key]));
    // The case table: every column of the form, in its order, with its unit.
    const heads = Array.from({ length: 12 }, (_, i) => sheet.getCell(SAMR_SHEET.caseHead, i + 1).value);
    expect(heads).toEqual([
      '案件类别',
      '立案（件）',
      '结案（件）',
      '涉案金额（万元）',
      '罚没款金额（万元）',
      '挽回经济损失（万元）',
      '移送司法机关案件（件）',
      '电商领域案件（件）',
      '重点实体市场案件（件）',
      '农村市场案件（件）',
      '外商投资企业被侵权案件（件）',
      '挽回外商投资企业经济损失（万元）',
    ]);
    const rows = Array.from({ length: 9 }, (_, i) => sheet.getCell(SAMR_SHEET.firstCase + i, 1).value);
    expect(rows).toEqual([
      '商标侵权案件',
      '地理标志案件',
      '官方标志、特殊标志和奥林匹克标志案件',
      '商标代理案件',
      '其他商标案件',
      '假冒专利案件',
      '专利代理案件',
      '其他专利案件',
      '合计',
    ]);
    const first = SAMR_SHEET.firstCase;
    expect(sheet.getCell(first, 2).value).toBe(report.table.rows.trademark.filed);
    expect(sheet.getCell(first, 5).value).toBe(report.table.rows.trademark.penalties);
    expect(sheet.getCell(first, 6).value).toBe(report.table.rows.trademark.recoveredLoss);
    expect(sheet.getCell(first, 6).numFmt).toBe('#,##0.00');
    expect(sheet.getCell(SAMR_SHEET.total, 3).value).toBe(report.table.total.closed);
    expect(sheet.getCell(SAMR_SHEET.total, 12).value).toBe(report.table.total.recoveredForeignLoss);
    const texts = sheet.getSheetValues().flat().filter((v): v is string => typeof v === 'string');
    for (const line of SAMR_FOOTNOTE_LINES) expect(texts).toContain(line);
    // No persons column: the form has none.
    expect(texts.some((v) => v.includes('（人）'))).toBe(false);
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true });
    expect(sheet.pageSetup.printArea).toMatch(/^A1:L\d+$/);
  });

  it('names the cases still under the old 其他 in a warning line instead of dropping them silently', async () => {
    const s = await countySessionAt();
    // A case of an older ledger, written as it was stored then (the form no longer offers 其他).
    const id = createCase(s, caseInput({ leadDate: '2026-10-08' }));
    s.ledger.write(() => updateRecord(writeContext(s), 'case', id, { category: 'other', filed_date: '2026-10-09' }));
    const report = samrReport(s, { period: '2026Q4' });
    expect(report.table.total.filed).toBe(0);
    expect(report.table.unclassified.filed).toBe(1);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await samrWorkbook(report, '2026-11-20')) as unknown as ArrayBuffer);
    const warning = String((book.getWorksheet('汇总') as ExcelJS.Worksheet).getCell(SAMR_SHEET.total + 1, 1).value);
    expect(warning).toContain('其他（未分类）');
    expect(warning).toContain('立案 1 件');
  });

  it('opens in LibreOffice: the PDF shows every row and column heading of the form on one page per sheet', async () => {
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
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
    // One A4 landscape page per sheet: the summary and 13 counties.
    expect(doc.numPages).toBe(14);
    const page = await doc.getPage(1);
    const [, , width, height] = page.view as [number, number, number, number];
    expect(width).toBeGreaterThan(height);
    const text = (await page.getTextContent()).items
      .map((item) => ('str' in item ? item.str : ''))
      .join('')
      .replace(/\s+/g, '');
    expect(text).toContain(SAMR_TITLE);
    // Headings may wrap inside their cells: compare without white space.
    for (const heading of FORM_HEADINGS) expect(text, heading).toContain(heading.replace(/\s+/g, ''));
  }, 180_000);
});
