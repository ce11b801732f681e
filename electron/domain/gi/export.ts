/**
 * Spreadsheet export of the register (catalogue + all users) or of one GI's users: xlsx with
 * Chinese headers, real numbers (amounts in yuan with two decimals) and real dates, so the
 * league can sort, sum and filter without retyping. The labels are Chinese on purpose: the
 * file goes to Chinese-speaking bureaus whatever the app's display language.
 */
import ExcelJS from 'exceljs';
import type { GiSummary, GiUserRow } from '../../../shared/gi/types';
import type { Session } from '../core/session';
import { getGi, listCatalogue } from './catalogue';
import { listUsers } from './users-list';
import { localIsoDate } from '../../../shared/calendar';

const KIND: Record<string, string> = {
  product: '地理标志产品',
  certification_mark: '地理标志证明商标',
  collective_mark: '地理标志集体商标',
  agri_product: '农产品地理标志',
  unconfirmed: '类型待核',
};
const GI_STATUS: Record<string, string> = { active: '有效', proposed: '县级建议', revoked: '已撤销' };
const USER_STATUS: Record<string, string> = { applying: '申请中', approved: '已核准', suspended: '暂停', cancelled: '注销' };
const FLAG: Record<string, string> = {
  review_overdue: '初审超期',
  non_use: '连续未使用',
  out_of_scope: '超出产品范围',
  out_of_area: '不在产地范围',
  inspection_failed: '检查不合格',
};
const CONFIDENCE: Record<string, string> = { V: '已核实来源', S: '有来源', U: '未确认' };

interface Column {
  header: string;
  width: number;
  /** 'date' cells hold Date values, 'money' yuan with two decimals, 'int' whole numbers. */
  type?: 'date' | 'money' | 'int' | 'number';
}

/** A full ISO date becomes a Date (UTC midnight = that day in Excel's serial); anything else stays text. */
function cellDate(value: string | null): Date | string | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : value;
}

function addSheet(book: ExcelJS.Workbook, name: string, title: string, columns: Column[], rows: unknown[][]): void {
  const sheet = book.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 2 }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.mergeCells(1, 1, 1, columns.length);
  const titleCell = sheet.getCell(1, 1);
  titleCell.value = title;
  titleCell.font = { bold: true, size: 14 };
  titleCell.alignment = { horizontal: 'center' };
  const header = sheet.getRow(2);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    sheet.getColumn(i + 1).width = c.width;
    if (c.type === 'date') sheet.getColumn(i + 1).numFmt = 'yyyy-mm-dd';
    if (c.type === 'money') sheet.getColumn(i + 1).numFmt = '#,##0.00';
    if (c.type === 'int') sheet.getColumn(i + 1).numFmt = '#,##0';
  });
  for (const values of rows) sheet.addRow(values);
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: columns.length } };
}

const USER_COLUMNS: Column[] = [
  { header: '地理标志', width: 18 },
  { header: '企业名称', width: 30 },
  { header: '统一社会信用代码', width: 22 },
  { header: '登记单位代码', width: 12 },
  { header: '乡镇（苏木）', width: 14 },
  { header: '住所', width: 28 },
  { header: '使用产品', width: 18 },
  { header: '状态', width: 8 },
  { header: '申请日期', width: 12, type: 'date' },
  { header: '现场核查日期', width: 12, type: 'date' },
  { header: '县级初审日期', width: 12, type: 'date' },
  { header: '核准公告日期', width: 12, type: 'date' },
  { header: '核准公告号', width: 22 },
  { header: '最近报告年度', width: 10, type: 'int' },
  { header: '最近年度是否使用', width: 10 },
  { header: '年度使用数量', width: 12, type: 'number' },
  { header: '数量单位', width: 8 },
  { header: '年度产值（元）', width: 16, type: 'money' },
  { header: '标志印制数（枚）', width: 12, type: 'int' },
  { header: '需关注', width: 24 },
];

function userRows(session: Session, users: GiUserRow[]): unknown[][] {
  const townships = new Map(
    (session.ledger.stmt('SELECT code, name FROM ref_townships').all() as { code: string; name: string }[]).map((t) => [t.code, t.name]),
  );
  const lastReport = session.ledger.stmt('SELECT * FROM gi_use_reports WHERE user_id = ? AND deleted = 0 ORDER BY year DESC LIMIT 1');
  return users.map((u) => {
    const r = lastReport.get(u.id) as
      { year: number; used: number; quantity: number | null; quantity_unit: string; value_fen: number | null; labels_printed: number | null } | undefined;
    return [
      u.giName,
      u.enterpriseName,
      u.uscc,
      u.unitCode,
      u.townshipCode ? (townships.get(u.townshipCode) ?? u.townshipCode) : '',
      u.address,
      u.products.join('、'),
      USER_STATUS[u.status] ?? u.status,
      cellDate(u.appliedDate),
      cellDate(u.siteCheckDate),
      cellDate(u.countyReviewDate),
      cellDate(u.announcedDate),
      u.announcementNumber,
      r?.year ?? null,
      r ? (r.used === 1 ? '是' : '否') : '',
      r?.quantity ?? null,
      r?.quantity_unit ?? '',
      r && r.value_fen !== null ? r.value_fen / 100 : null,
      r?.labels_printed ?? null,
      u.flags.map((f) => FLAG[f] ?? f).join('、'),
    ];
  });
}

function catalogueRows(entries: GiSummary[]): unknown[][] {
  return entries.map((g) => [
    g.name,
    KIND[g.kind] ?? g.kind,
    g.identifier,
    cellDate(g.registeredDate),
    g.holder,
    g.niceClass,
    g.areaText,
    g.productScope.join('、'),
    g.qualityStandard,
    GI_STATUS[g.status] ?? g.status,
    `${CONFIDENCE[g.confidence] ?? g.confidence}${g.verified ? '（已核实）' : '（待核实）'}`,
    g.source,
    g.users.applying,
    g.users.approved,
    g.users.suspended,
    g.users.cancelled,
  ]);
}

export async function exportRegister(session: Session, giId?: string): Promise<{ fileName: string; bytes: Buffer }> {
  const book = new ExcelJS.Workbook();
  book.creator = 'IP Ledger';
  book.created = new Date(session.now());
  const today = localIsoDate(session.now());
  if (giId) {
    const gi = getGi(session.ledger, giId);
    addSheet(book, '使用人名单', `“${gi.name}”地理标志专用标志使用人名单（截至${today}）`, USER_COLUMNS, userRows(session, listUsers(session, { giId })));
    return { fileName: `${gi.name}-专用标志使用人-${today}.xlsx`, bytes: Buffer.from(await book.xlsx.writeBuffer()) };
  }
  const catalogue = listCatalogue(session);
  addSheet(
    book,
    '地理标志目录',
    `地理标志目录（截至${today}）`,
    [
      { header: '名称', width: 20 },
      { header: '类型', width: 16 },
      { header: '公告号/注册号/证书号', width: 26 },
      { header: '日期', width: 12, type: 'date' },
      { header: '持有人/注册人', width: 18 },
      { header: '尼斯分类', width: 8 },
      { header: '产地范围', width: 36 },
      { header: '产品范围', width: 18 },
      { header: '质量技术要求', width: 18 },
      { header: '状态', width: 8 },
      { header: '可信度', width: 14 },
      { header: '来源', width: 30 },
      { header: '申请中', width: 8, type: 'int' },
      { header: '已核准', width: 8, type: 'int' },
      { header: '暂停', width: 8, type: 'int' },
      { header: '注销', width: 8, type: 'int' },
    ],
    catalogueRows(catalogue),
  );
  const ids = new Set(catalogue.map((g) => g.id));
  addSheet(
    book,
    '专用标志使用人',
    `地理标志专用标志使用人登记册（截至${today}）`,
    USER_COLUMNS,
    userRows(
      session,
      listUsers(session, {}).filter((u) => ids.has(u.giId)),
    ),
  );
  return { fileName: `地理标志登记册-${today}.xlsx`, bytes: Buffer.from(await book.xlsx.writeBuffer()) };
}
