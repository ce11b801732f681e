/** Input schemas of the enforcement-action log (执法行动记录) and the unit's key physical markets. */
import { z } from 'zod';
import { idSchema, isoDateSchema, quantitySchema, text, townshipCodeSchema, yearSchema } from '../schema-parts';
import { ACTION_TARGETS } from './vocabulary';

const count = z.number().int().min(0).max(100_000).default(0);

export const actionFieldsSchema = z
  .object({
    date: isoDateSchema,
    title: z.string().trim().min(1).max(120),
    campaigns: z.array(z.string().min(1).max(40)).max(12).default([]),
    target: z.enum(ACTION_TARGETS),
    /** Carried out in a physical market (counts in the form's 实体市场 figures); then the market is named. */
    physicalMarket: z.boolean().default(false),
    marketName: text(100),
    /** 出动执法人员（人次）. */
    staff: count,
    /** 检查市场主体（户次）. */
    businessesInspected: count,
    /** 检查市场（个次）. */
    marketsInspected: count,
    seizedQty: quantitySchema,
    seizedUnit: text(20),
    seizedGoods: text(200),
    townshipCode: townshipCodeSchema,
    notes: text(2000),
  })
  .strict();

export const actionSaveSchema = z.object({ id: idSchema.optional(), fields: actionFieldsSchema }).strict();
export const actionListSchema = z.object({ year: yearSchema }).strict();

export const keyMarketSaveSchema = z
  .object({
    id: idSchema.optional(),
    name: z.string().trim().min(1).max(100),
    kind: text(40),
    townshipCode: townshipCodeSchema,
    active: z.boolean().default(true),
    notes: text(400),
  })
  .strict();

export type ActionFieldsInput = z.output<typeof actionFieldsSchema>;
export type ActionFieldsDraft = z.input<typeof actionFieldsSchema>;
export type ActionSaveInput = z.output<typeof actionSaveSchema>;
export type KeyMarketSaveInput = z.output<typeof keyMarketSaveSchema>;
