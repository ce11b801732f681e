/** One line per quarantined change for the CLI, in Chinese and English (the screens use the locales). */
import type { Rejection } from '../../shared/bundles/rejections';

const ZH: Record<Rejection['code'], string> = {
  foreign_row: '试图修改其他单位的记录',
  foreign_parent: '试图在其他单位的记录下添加或修改',
  parent_missing: '所属记录不在本账本中',
  owner_change: '试图更改记录的所属单位',
  id_in_use: '编号已被另一类记录使用',
  wrong_role: '该类记录不由发送方填写',
  claims_other_unit: '自称由其他单位录入',
  own_installation: '自称由本机录入（疑似伪造）',
  unknown_installation: '自称由一台不属于发送单位的电脑录入',
  unknown_entity: '未知记录类型',
  unknown_field: '包含未知字段',
  invalid_value: '字段值不合规',
  not_storable: '无法写入账本',
  authority: '超出发送单位权限',
};

export function rejectionText(r: Rejection): string {
  const who = r.ownerName ?? r.owner ?? r.claimed;
  const facts = [
    r.entity,
    r.rowId.slice(0, 8),
    who ? `owner/单位 ${who}` : '',
    r.parentEntity ? `parent ${r.parentEntity}` : '',
    r.field ? `field ${r.field}: ${r.problem ?? ''}` : '',
  ].filter(Boolean);
  return `${ZH[r.code]} ${r.code} (${facts.join(', ')})`;
}
