/**
 * What an enforcement action (执法行动) is aimed at — the three kinds the SAMR form's note 4(1) names
 * for 开展执法行动: 重点市场 / 重点商品 / 重点领域. Codes are stored; labels come from the locales.
 */
export const ACTION_TARGETS = ['key_market', 'key_goods', 'key_field'] as const;
export type ActionTarget = (typeof ACTION_TARGETS)[number];
