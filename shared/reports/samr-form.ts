/**
 * The layout of SAMR's 知识产权执法数据统计表 exactly as the official form prints it (annex of the
 * 2020 铁拳 plan; resources/reference/samr-form-2020.csv, `test/unit/samr-form.test.ts` checks these
 * constants against that file): the 执法行动 block, the eleven case columns with their units, the
 * eight case rows plus 合计, and the notes. The xlsx prints these words; the screen's Chinese
 * labels are the same words (the locale test checks it).
 */
import type { SamrCategory } from '../cases/vocabulary';
import type { SamrActionBlock, SamrFlag, SamrRow } from './samr';

export type SamrColumnKey = Exclude<keyof SamrRow, 'flags'> | SamrFlag;

/** Columns 1–11 of the form, in its order, with heading and unit. */
export const SAMR_FORM_COLUMNS: readonly { key: SamrColumnKey; label: string; unit: '件' | '万元'; money: boolean }[] = [
  { key: 'filed', label: '立案', unit: '件', money: false },
  { key: 'closed', label: '结案', unit: '件', money: false },
  { key: 'amountInvolved', label: '涉案金额', unit: '万元', money: true },
  { key: 'penalties', label: '罚没款金额', unit: '万元', money: true },
  { key: 'recoveredLoss', label: '挽回经济损失', unit: '万元', money: true },
  { key: 'transferredCases', label: '移送司法机关案件', unit: '件', money: false },
  { key: 'ecommerce', label: '电商领域案件', unit: '件', money: false },
  { key: 'physical_market', label: '重点实体市场案件', unit: '件', money: false },
  { key: 'rural', label: '农村市场案件', unit: '件', money: false },
  { key: 'foreign_investment', label: '外商投资企业被侵权案件', unit: '件', money: false },
  { key: 'recoveredForeignLoss', label: '挽回外商投资企业经济损失', unit: '万元', money: true },
];

/** Rows 1–8 of the form (合计 is row 9). */
export const SAMR_FORM_ROWS: Record<SamrCategory, string> = {
  trademark: '商标侵权案件',
  gi: '地理标志案件',
  special_mark: '官方标志、特殊标志和奥林匹克标志案件',
  trademark_agency: '商标代理案件',
  trademark_other: '其他商标案件',
  patent_counterfeit: '假冒专利案件',
  patent_agency: '专利代理案件',
  patent_other: '其他专利案件',
};
export const SAMR_FORM_TOTAL = '合计';

/** The 执法行动 block, in the form's order. */
export const SAMR_FORM_ACTIONS: readonly { key: keyof SamrActionBlock; label: string; unit: '次' | '人次' | '个' }[] = [
  { key: 'actions', label: '开展执法行动', unit: '次' },
  { key: 'staff', label: '出动执法人员', unit: '人次' },
  { key: 'physicalMarketActions', label: '实体市场执法行动', unit: '次' },
  { key: 'physicalMarketStaff', label: '实体市场出动执法人员', unit: '人次' },
  { key: 'keyMarkets', label: '辖区重点实体市场数量', unit: '个' },
];

/** `挽回经济损失（万元）`: a heading with its unit, as the form prints it. */
export function withUnit(label: string, unit: string): string {
  return `${label}（${unit}）`;
}

/** Value of one column of a row. */
export function samrCell(row: SamrRow, key: SamrColumnKey): number {
  return key in row.flags ? row.flags[key as SamrFlag] : (row[key as Exclude<keyof SamrRow, 'flags'>] as number);
}

/**
 * The form's notes and the ledger's counting rules, printed under the table (xlsx and screen).
 * Rules the form itself does not state are the ledger's choice and say so (未经核实).
 */
export const SAMR_FOOTNOTE_LINES: readonly string[] = [
  '填表说明：1. 分季度统计，第四季度与全年汇总数据于次年1月15日前一并报送；2. 无法对应的项目可不填；3. 电商领域、重点实体市场、农村市场、外商投资企业被侵权案件以立案数据统计，同一案件符合多项的可重复统计，各项之和可大于立案数。',
  '本台账计数规则：① 立案按立案日期计入；② 结案仅计已立案且结案日期在统计期内的案件，不予立案的线索不计入立案和结案；③ 涉案金额随立案计入，罚没款金额（罚款与没收违法所得）按处罚决定日期计入；④ 挽回经济损失、挽回外商投资企业经济损失随结案计入；⑤ 移送司法机关案件按移送日期计件，不统计人数；⑥ 执法行动按执法行动记录的行动日期计入，辖区重点实体市场数量为导出时本单位登记在用的重点实体市场个数。③④⑥为本台账的口径，表式未作规定（未经核实）。',
];
export const SAMR_FOOTNOTE = SAMR_FOOTNOTE_LINES.join('\n');
