/**
 * The SAMR table as the paper form: title, 报送单位 / 统计时间 / 报送时间, a two-row merged
 * header, one row per category and a total, the counting rules as a footnote, signature lines;
 * numbers as numbers (万元 with two decimals), A4 landscape fitted to one page, a print area.
 */
import ExcelJS from 'exceljs';
import { CASE_CATEGORIES } from '../../../shared/cases/vocabulary';
import { SAMR_FLAGS, type SamrRow } from '../../../shared/reports/samr';
import type { SamrReport } from './samr';
import { A4_LANDSCAPE } from './table-xlsx';

const CATEGORY: Record<string, string> = {
  trademark: '商标侵权',
  gi: '地理标志',
  special_mark: '官方标志/特殊标志/奥林匹克标志',
  trademark_agency: '商标代理',
  patent_counterfeit: '假冒专利',
  patent_agency: '专利代理',
  other: '其他',
};
const FLAG: Record<string, string> = { ecommerce: '电子商务', physical_market: '实体市场', rural: '农村', foreign_investment: '外商投资' };

export const SAMR_FOOTNOTE =
  '说明：1. 立案、结案分别按立案日期、结案日期所在统计期计数，跨期案件在各期分别计入；2. 涉案金额随立案计入，罚没款（罚款与没收违法所得）按处罚决定日期计入；3. 移送司法机关按移送日期计入；4. 电子商务、实体市场、农村、外商投资为立案案件的分项，同一案件可同时计入多项，各分项之和可大于立案数。';

function periodText(period: string): string {
  const q = /^(\d{4})Q([1-4])$/.exec(period);
  return q ? `${q[1]}年第${q[2]}季度` : `${period}年度`;
}

function values(r: SamrRow): (number | string)[] {
  return [r.filed, r.closed, r.amountInvolved, r.penalties, r.transferredCases, r.transferredPersons, ...SAMR_FLAGS.map((f) => r.flags[f])];
}

function addTableSheet(book: ExcelJS.Workbook, name: string, report: SamrReport, table: SamrReport['table'], unitName: string, reportedAt: string): void {
  const sheet = book.addWorksheet(name, { pageSetup: { ...A4_LANDSCAPE }, headerFooter: { oddFooter: '第 &P 页，共 &N 页' } });
  const widths = [30, 9, 9, 13, 13, 9, 9, 10, 10, 9, 10];
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  const last = widths.length;
  sheet.mergeCells(1, 1, 1, last);
  sheet.getCell(1, 1).value = '知识产权执法数据统计表';
  sheet.getCell(1, 1).font = { bold: true, size: 16 };
  sheet.getCell(1, 1).alignment = { horizontal: 'center' };
  sheet.mergeCells(2, 1, 2, 4);
  sheet.getCell(2, 1).value = `报送单位：${unitName}`;
  sheet.mergeCells(2, 5, 2, 8);
  sheet.getCell(2, 5).value = `统计时间：${periodText(report.period)}（${table.from} 至 ${table.to}）`;
  sheet.mergeCells(2, 9, 2, last);
  sheet.getCell(2, 9).value = `报送时间：${reportedAt}`;
  // Two header rows, merged as on the paper form.
  const header = (r: number, c: number, text: string, r2 = r, c2 = c) => {
    if (r2 !== r || c2 !== c) sheet.mergeCells(r, c, r2, c2);
    const cell = sheet.getCell(r, c);
    cell.value = text;
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  };
  header(3, 1, '案件类别', 4, 1);
  header(3, 2, '立案（件）', 4, 2);
  header(3, 3, '结案（件）', 4, 3);
  header(3, 4, '涉案金额（万元）', 4, 4);
  header(3, 5, '罚没款（万元）', 4, 5);
  header(3, 6, '移送司法机关', 3, 7);
  header(4, 6, '件');
  header(4, 7, '人');
  header(3, 8, '其中（立案）', 3, 11);
  SAMR_FLAGS.forEach((f, i) => header(4, 8 + i, FLAG[f] as string));
  let row = 5;
  for (const cat of CASE_CATEGORIES) {
    sheet.getRow(row).values = [CATEGORY[cat] as string, ...values(table.rows[cat])];
    row++;
  }
  sheet.getRow(row).values = ['合计', ...values(table.total)];
  sheet.getRow(row).font = { bold: true };
  const lastData = row;
  for (let r = 3; r <= lastData; r++)
    for (let c = 1; c <= last; c++) {
      const cell = sheet.getCell(r, c);
      cell.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
      if (r >= 5 && c >= 2) cell.numFmt = c === 4 || c === 5 ? '#,##0.00' : '#,##0';
    }
  row += 1;
  sheet.mergeCells(row, 1, row, last);
  sheet.getCell(row, 1).value = SAMR_FOOTNOTE;
  sheet.getCell(row, 1).alignment = { wrapText: true, vertical: 'top' };
  sheet.getRow(row).height = 48;
  row += 2;
  sheet.getRow(row).values = ['填表人：', '', '', '审核人：', '', '', '负责人：', '', '', '联系电话：'];
  sheet.pageSetup.printArea = `A1:K${row}`;
}

export async function samrWorkbook(report: SamrReport, reportedAt: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'IP Ledger';
  addTableSheet(book, '汇总', report, report.table, report.unit.name, reportedAt);
  for (const c of report.counties) addTableSheet(book, c.name.slice(0, 28), report, c.table, c.name, reportedAt);
  return Buffer.from(await book.xlsx.writeBuffer());
}
