/** Report tables written as xlsx: layout, merged headers, number formats, print setup; bad specs refused. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { tableWorkbook } from '../../electron/domain/reports/table-xlsx';
import { tableXlsxSchema } from '../../shared/reports/table-export';
import { createDispatch } from '../../electron/api/dispatch';
import { tempSession } from '../helpers/temp-ledger';

const SPEC = {
  fileName: '地理标志统计',
  sheets: [
    {
      name: '分地理标志',
      title: '地理标志专用标志使用情况统计表',
      meta: ['报送单位：兴安盟', '统计时间：2026-07-01 至 2026-09-30'],
      columns: [
        { label: '地理标志', format: 'text' },
        { label: '申请中', group: '使用人（当前状态）', format: 'int' },
        { label: '已核准', group: '使用人（当前状态）', format: 'int' },
        { label: '罚没款（万元）', format: 'wan' },
      ],
      rows: [
        ['兴安盟大米', 45, 196, 12.5],
        ['扎赉特大米', 5, 12, 0],
        ['合计', 50, 208, 12.5],
      ],
      totalRow: true,
      footnote: '说明：使用人按当前状态统计。',
    },
    { name: '分地理标志', title: '第二张', meta: [], columns: [{ label: 'x', format: 'int' }], rows: [[1]] },
  ],
};

describe('report tables as xlsx', () => {
  it('writes the title, header line, merged group headers, typed numbers, a bold total and A4 landscape print setup', async () => {
    const bytes = await tableWorkbook(tableXlsxSchema.parse(SPEC));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.name).toBe('分地理标志');
    // A repeated tab name gets a number instead of failing.
    expect(book.worksheets[1]?.name).toBe('分地理标志 2');
    expect(sheet.getCell('A1').value).toBe('地理标志专用标志使用情况统计表');
    expect(sheet.getCell('A2').value).toBe('报送单位：兴安盟');
    expect(sheet.getCell('C2').value).toBe('统计时间：2026-07-01 至 2026-09-30');
    // Two header rows: the group merged over its columns, ungrouped headers merged down.
    expect(sheet.getCell('B3').value).toBe('使用人（当前状态）');
    expect(sheet.getCell('C3').master.address).toBe('B3');
    expect(sheet.getCell('B4').value).toBe('申请中');
    expect(sheet.getCell('A4').master.address).toBe('A3');
    expect(sheet.getCell('D3').value).toBe('罚没款（万元）');
    expect(sheet.getCell('B5').value).toBe(45);
    expect(sheet.getCell('B5').numFmt).toBe('#,##0');
    expect(sheet.getCell('D5').value).toBe(12.5);
    expect(sheet.getCell('D5').numFmt).toBe('#,##0.00');
    expect(sheet.getCell('A7').value).toBe('合计');
    expect(sheet.getCell('B7').font?.bold).toBe(true);
    expect(sheet.getCell('A9').value).toBe('说明：使用人按当前状态统计。');
    expect(sheet.pageSetup.orientation).toBe('landscape');
    expect(sheet.pageSetup.paperSize).toBe(9);
    expect(sheet.pageSetup.printTitlesRow).toBe('3:4');
    expect(sheet.pageSetup.printArea).toBe('A1:D9');
    expect(sheet.headerFooter.oddFooter).toBe('&P / &N');
  });

  it('refuses a row that does not fit the columns, or a tab name Excel forbids, without writing anything', async () => {
    const first = SPEC.sheets[0] as (typeof SPEC.sheets)[number];
    const session = await tempSession();
    const dispatch = createDispatch(session);
    const badRow = { ...SPEC, sheets: [{ ...first, rows: [['兴安盟大米', 1]] }] };
    expect(await dispatch('reports.tableXlsx', badRow)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const badName = { ...SPEC, sheets: [{ ...first, name: 'a/b' }] };
    expect(await dispatch('reports.tableXlsx', badName)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const good = await dispatch('reports.tableXlsx', SPEC);
    expect(good).toMatchObject({ ok: true, value: { fileName: '地理标志统计.xlsx' } });
  });
});
