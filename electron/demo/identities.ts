/** Realistic parties for demo cases: names, valid USCCs and ID numbers for real region codes. */
import { idCardCheckChar, orgCodeCheckChar, USCC_ALPHABET, usccCheckChar } from '../../shared/identifiers';
import type { Random } from './random';

const ORG_ALPHABET = [...USCC_ALPHABET.replace(/[IOZSV]/g, '')];
const BRAND_WORDS = [
  '草原',
  '蒙源',
  '金牧',
  '白音',
  '乌珠穆沁',
  '苏尼特',
  '锡林',
  '额尔敦',
  '巴彦',
  '阿巴嘎',
  '兴安',
  '科右',
  '查干',
  '塔拉',
  '宝力根',
  '浩特',
];
const TRADES = ['商贸', '肉业', '乳业', '食品', '百货', '农资', '汽配', '电器', '服饰', '家具', '日化', '电子', '副食', '超市'];
const FORMS = ['有限公司', '有限责任公司', '经销部', '商店', '专业合作社', '便利店'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '孙', '马', '高', '郭', '乌', '包', '白', '韩', '宝', '敖'];
const GIVEN = [
  '明',
  '强',
  '娜',
  '芳',
  '军',
  '勇',
  '丽',
  '静',
  '磊',
  '洋',
  '巴特尔',
  '其其格',
  '苏和',
  '格日勒',
  '乌兰',
  '那仁',
  '图雅',
  '斯琴',
  '额尔敦',
  '朝鲁',
];

export function personName(r: Random): string {
  return r.pick(SURNAMES) + r.pick(GIVEN) + (r.chance(0.4) ? r.pick(GIVEN).slice(0, 1) : '');
}

export function organisationName(r: Random, placeName: string): string {
  return `${placeName}${r.pick(BRAND_WORDS)}${r.pick(TRADES)}${r.pick(FORMS)}`;
}

export function uscc(r: Random, regionCode: string): string {
  const head = r.weighted([
    ['91', 70],
    ['92', 22],
    ['93', 8],
  ] as const);
  let org = '';
  for (let i = 0; i < 8; i++) org += r.pick(ORG_ALPHABET);
  const first17 = `${head}${regionCode}${org}${orgCodeCheckChar(org)}`;
  return first17 + usccCheckChar(first17);
}

export function idCard(r: Random, regionCode: string): string {
  const year = r.int(1955, 2002);
  const month = String(r.int(1, 12)).padStart(2, '0');
  const day = String(r.int(1, 28)).padStart(2, '0');
  const first17 = `${regionCode}${year}${month}${day}${String(r.int(1, 999)).padStart(3, '0')}`;
  return first17 + idCardCheckChar(first17);
}
