/** Building blocks for GI register tests: the seeded 乌珠穆沁羊肉 entry and a valid applicant. */
import { giUserFieldsSchema, type GiUserFieldsDraft, type GiUserFieldsInput } from '../../shared/gi/schemas';
import { seedId } from '../../electron/domain/gi/seed';

/** The seeded catalogue entry 乌珠穆沁羊肉 (国家质检总局公告2014年第109号). */
export const UJIMQIN_ID = seedId('ujimqin-lamb');
/** 锡林郭勒奶酪: product scope 奶豆腐、楚拉、毕希拉格、酸酪蛋. */
export const CHEESE_ID = seedId('xilingol-cheese');

/** A valid USCC of a 锡林浩特 enterprise (check characters computed by shared/identifiers). */
export const VALID_USCC = '911525020783710633';

export function applicant(overrides: Partial<GiUserFieldsDraft> = {}): GiUserFieldsInput {
  return giUserFieldsSchema.parse({
    giId: UJIMQIN_ID,
    enterpriseName: '锡林浩特市草原肉业有限公司',
    uscc: VALID_USCC,
    legalRepresentative: '巴特尔',
    address: '锡林浩特市希日塔拉街道',
    townshipCode: '152502001',
    products: ['羊肉'],
    varieties: '羔羊肉、羊排',
    contactPerson: '乌云',
    phone: '0479-8220000',
    appliedDate: '2026-09-28',
    ...overrides,
  });
}
