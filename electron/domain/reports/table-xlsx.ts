/**
 * Writes report tables (campaign, GI, tasks, the dashboard's figures) as xlsx the way the SAMR
 * form is written: a merged title, the header line, one or two merged header rows, numbers as
 * numbers (万元 with two decimals), a bold total row, the footnote, A4 landscape fitted to the
 * page width with page numbers in the footer and the header rows repeated on every page.
 */
import ExcelJS from 'exceljs';
import type { TableXlsxInput } from '../../../shared/reports/table-export';

type Sheet = TableXlsxInput['sheets'][number];

/** A4 (paper size 9) landscape, centred, fitted to the page width: every report sheet prints so. */
export const A4_LANDSCAPE = {
  paperSize: 9,
  orientation: 'landscape',
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 1,
  horizontalCentered: true,
  margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
} as const satisfies Partial<ExcelJS.PageSetup>;

const FORMAT = { text: '@', int: '#,##0', wan: '#,##0.00', decimal: '#,##0.##' } as const;
const THIN = { style: 'thin' } as const;

function addSheet(book: ExcelJS.Workbook, spec: Sheet, usedNames: Set<string>): void {
  // Tab names must be unique; a repeated county name gets a number.
  let name = spec.name;
  for (let i = 2; usedNames.has(name); i++) name = `${spec.name.slice(0, 28)} ${i}`;
  usedNames.add(name);
  // As wide as one page, as many pages long as it takes.
  const sheet = book.addWorksheet(name, { pageSetup: { ...A4_LANDSCAPE, fitToHeight: 0 }, headerFooter: { oddFooter: '&P / &N' } });
  const n = spec.columns.length;
  spec.columns.forEach((c, i) => (sheet.getColumn(i + 1).width = i === 0 ? 26 : Math.max(9, Math.min(18, [...c.label].length * 1.6 + 2))));
  sheet.mergeCells(1, 1, 1, n);
  const title = sheet.getCell(1, 1);
  title.value = spec.title;
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center' };
  // The header line: the items spread over the width, each in its own merged span.
  if (spec.meta.length) {
    const span = Math.max(1, Math.floor(n / spec.meta.length));
    spec.meta.forEach((text, i) => {
      const from = 1 + i * span;
      const to = i === spec.meta.length - 1 ? n : from + span - 1;
      if (to > from) sheet.mergeCells(2, from, 2, to);
      sheet.getCell(2, from).value = text;
    });
  }
  const grouped = spec.columns.some((c) => c.group);
  const headTop = 3;
  const headBottom = grouped ? 4 : 3;
  const head = (r: number, c: number, text: string, r2 = r, c2 = c) => {
    if (r2 !== r || c2 !== c) sheet.mergeCells(r, c, r2, c2);
    const cell = sheet.getCell(r, c);
    cell.value = text;
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  };
  for (let i = 0; i < n;) {
    const col = spec.columns[i] as Sheet['columns'][number];
    if (!col.group) {
      head(headTop, i + 1, col.label, headBottom, i + 1);
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < n && spec.columns[j + 1]?.group === col.group) j++;
    head(headTop, i + 1, col.group, headTop, j + 1);
    for (let k = i; k <= j; k++) head(headBottom, k + 1, (spec.columns[k] as Sheet['columns'][number]).label);
    i = j + 1;
  }
  let row = headBottom + 1;
  for (const values of spec.rows) {
    const r = sheet.getRow(row);
    values.forEach((v, c) => {
      const cell = r.getCell(c + 1);
      cell.value = v;
      if (typeof v === 'number') cell.numFmt = FORMAT[(spec.columns[c] as Sheet['columns'][number]).format];
    });
    row++;
  }
  const lastData = row - 1;
  if (spec.totalRow && spec.rows.length) sheet.getRow(lastData).font = { bold: true };
  for (let r = headTop; r <= lastData; r++) for (let c = 1; c <= n; c++) sheet.getCell(r, c).border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (spec.footnote) {
    row++;
    sheet.mergeCells(row, 1, row, n);
    const note = sheet.getCell(row, 1);
    note.value = spec.footnote;
    note.alignment = { wrapText: true, vertical: 'top' };
    sheet.getRow(row).height = Math.min(120, 16 * Math.ceil([...spec.footnote].length / 90));
  }
  sheet.views = [{ state: 'frozen', ySplit: headBottom }];
  sheet.pageSetup.printTitlesRow = `${headTop}:${headBottom}`;
  sheet.pageSetup.printArea = `A1:${sheet.getColumn(n).letter}${row}`;
}

export async function tableWorkbook(input: TableXlsxInput): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'IP Ledger';
  const used = new Set<string>();
  for (const sheet of input.sheets) addSheet(book, sheet, used);
  return Buffer.from(await book.xlsx.writeBuffer());
}
