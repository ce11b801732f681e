/**
 * The SAMR 知识产权执法数据统计表 as the official form (annex of the 2020 铁拳 plan; the layout is
 * shared/reports/samr-form.ts, checked against resources/reference/samr-form-2020.csv): title,
 * 报送单位 / 统计时间 / 报送时间, the 执法行动 block (five figures), the case table with its eleven
 * columns (heading and unit as printed on the form), eight rows and 合计, the notes and the
 * ledger's counting rules as the footnote, signature lines. Numbers as numbers (万元 with two
 * decimals), A4 landscape fitted to one page, a print area. Cases still under the pre-form category
 * 其他 fit no row: a warning line says how many, so the sheet never hides them.
 */
import ExcelJS from 'exceljs';
import { SAMR_CATEGORIES } from '../../../shared/cases/vocabulary';
import { hasUnclassified, type SamrRow, type SamrTable } from '../../../shared/reports/samr';
import {
  SAMR_FOOTNOTE,
  SAMR_FOOTNOTE_LINES,
  SAMR_FORM_ACTIONS,
  SAMR_FORM_COLUMNS,
  SAMR_FORM_ROWS,
  SAMR_FORM_TOTAL,
  samrCell,
  withUnit,
} from '../../../shared/reports/samr-form';
import type { SamrReport } from './samr';
import { A4_LANDSCAPE } from './table-xlsx';

export { SAMR_FOOTNOTE };

export const SAMR_TITLE = '知识产权执法数据统计表';

/** Rows of the sheet (1-based), fixed so tests and readers can find each part. */
export const SAMR_SHEET = {
  title: 1,
  header: 2,
  actionHead: 3,
  actionValues: 4,
  caseHead: 6,
  firstCase: 7,
  total: 7 + SAMR_CATEGORIES.length,
} as const;

function periodText(period: string): string {
  const q = /^(\d{4})Q([1-4])$/.exec(period);
  return q ? `${q[1]}年第${q[2]}季度` : `${period}年度`;
}

function values(r: SamrRow): number[] {
  return SAMR_FORM_COLUMNS.map((c) => samrCell(r, c.key));
}

/** The warning printed when cases of the pre-form category 其他 fall in the period. */
export function unclassifiedWarning(t: SamrTable): string | null {
  if (!hasUnclassified(t)) return null;
  const u = t.unclassified;
  return `注意：另有案件类别为“其他（未分类）”的案件未计入本表（立案 ${u.filed} 件、结案 ${u.closed} 件、移送司法机关 ${u.transferredCases} 件），请在案件台账中将其改为“其他商标”或“其他专利”后重新生成本表。`;
}

const THIN = { style: 'thin' } as const;
const BOX = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function addTableSheet(book: ExcelJS.Workbook, name: string, report: SamrReport, table: SamrTable, unitName: string, reportedAt: string): void {
  const sheet = book.addWorksheet(name, { pageSetup: { ...A4_LANDSCAPE }, headerFooter: { oddFooter: '第 &P 页，共 &N 页' } });
  const widths = [24, 8, 8, 11, 11, 11, 11, 10, 11, 10, 13, 14];
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  const last = widths.length;
  const centred = (cell: ExcelJS.Cell, bold = false) => {
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    if (bold) cell.font = { bold: true };
    cell.border = BOX;
  };
  sheet.mergeCells(SAMR_SHEET.title, 1, SAMR_SHEET.title, last);
  const title = sheet.getCell(SAMR_SHEET.title, 1);
  title.value = SAMR_TITLE;
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center' };
  const h = SAMR_SHEET.header;
  sheet.mergeCells(h, 1, h, 4);
  sheet.getCell(h, 1).value = `报送单位：${unitName}`;
  sheet.mergeCells(h, 5, h, 9);
  sheet.getCell(h, 5).value = `统计时间：${periodText(report.period)}（${table.from} 至 ${table.to}）`;
  sheet.mergeCells(h, 10, h, last);
  sheet.getCell(h, 10).value = `报送时间：${reportedAt}`;

  // 执法行动 block: a label cell, then five figures with their units (two columns each, the last three).
  const a = SAMR_SHEET.actionHead;
  sheet.mergeCells(a, 1, a + 1, 1);
  sheet.getCell(a, 1).value = '执法行动';
  centred(sheet.getCell(a, 1), true);
  const spans: [number, number][] = [
    [2, 3],
    [4, 5],
    [6, 7],
    [8, 9],
    [10, 12],
  ];
  SAMR_FORM_ACTIONS.forEach((f, i) => {
    const [c1, c2] = spans[i] as [number, number];
    sheet.mergeCells(a, c1, a, c2);
    sheet.getCell(a, c1).value = withUnit(f.label, f.unit);
    centred(sheet.getCell(a, c1), true);
    sheet.mergeCells(a + 1, c1, a + 1, c2);
    const cell = sheet.getCell(a + 1, c1);
    cell.value = table.actions[f.key];
    cell.numFmt = '#,##0';
    centred(cell);
  });
  sheet.getRow(a).height = 30;

  // The case table: one header row with every column's heading and unit, as on the form.
  const head = SAMR_SHEET.caseHead;
  sheet.getCell(head, 1).value = '案件类别';
  centred(sheet.getCell(head, 1), true);
  SAMR_FORM_COLUMNS.forEach((c, i) => {
    const cell = sheet.getCell(head, 2 + i);
    cell.value = withUnit(c.label, c.unit);
    centred(cell, true);
  });
  sheet.getRow(head).height = 46;
  let row = SAMR_SHEET.firstCase;
  const dataRow = (label: string, r: SamrRow, bold = false) => {
    sheet.getRow(row).values = [label, ...values(r)];
    for (let c = 1; c <= last; c++) {
      const cell = sheet.getCell(row, c);
      cell.border = BOX;
      if (c === 1) cell.alignment = { wrapText: true, vertical: 'middle' };
      else cell.numFmt = SAMR_FORM_COLUMNS[c - 2]?.money ? '#,##0.00' : '#,##0';
      if (bold) cell.font = { bold: true };
    }
    row++;
  };
  for (const cat of SAMR_CATEGORIES) dataRow(SAMR_FORM_ROWS[cat], table.rows[cat]);
  dataRow(SAMR_FORM_TOTAL, table.total, true);
  const warning = unclassifiedWarning(table);
  if (warning) {
    sheet.mergeCells(row, 1, row, last);
    const cell = sheet.getCell(row, 1);
    cell.value = warning;
    cell.font = { bold: true, color: { argb: 'FFC00000' } };
    cell.alignment = { wrapText: true, vertical: 'top' };
    sheet.getRow(row).height = 30;
    row++;
  }
  row += 1;
  for (const line of SAMR_FOOTNOTE_LINES) {
    sheet.mergeCells(row, 1, row, last);
    const cell = sheet.getCell(row, 1);
    cell.value = line;
    cell.alignment = { wrapText: true, vertical: 'top' };
    sheet.getRow(row).height = 44;
    row++;
  }
  row += 1;
  sheet.getRow(row).values = ['填表人：', '', '', '审核人：', '', '', '负责人：', '', '', '联系电话：'];
  sheet.pageSetup.printArea = `A1:L${row}`;
}

export async function samrWorkbook(report: SamrReport, reportedAt: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'IP Ledger';
  addTableSheet(book, '汇总', report, report.table, report.unit.name, reportedAt);
  for (const c of report.counties) addTableSheet(book, c.name.slice(0, 28), report, c.table, c.name, reportedAt);
  return Buffer.from(await book.xlsx.writeBuffer());
}
