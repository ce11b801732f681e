/** Input schemas of the work-plan contract methods. */
import { z } from 'zod';
import { idSchema, isoDateSchema, text, unitCodeSchema as unitCode, yearSchema, uploadIdSchema } from '../schema-parts';
import { CADENCES, COMPUTED_KINDS, ON_TIME_FORMULAS, PERIOD_RULES, REPORT_STATUSES, UNIT_RULES } from './vocabulary';

export const periodSchema = z.string().regex(/^\d{4}(Q[1-4])?$/, 'YYYY or YYYYQn');

export const planSectionSchema = z.object({ number: text(20), title: z.string().trim().min(1).max(200), text: text(20_000) }).strict();

export const planFieldsSchema = z
  .object({
    docNumber: text(60),
    title: z.string().trim().min(1).max(200),
    year: yearSchema,
    issuingUnit: text(100),
    issueDate: isoDateSchema,
    /** The year-end summary every county owes. */
    summaryDue: isoDateSchema,
    sections: z.array(planSectionSchema).max(100).default([]),
    notes: text(2000),
  })
  .strict();

export const planSaveSchema = z.object({ id: idSchema.optional(), fields: planFieldsSchema }).strict();

export const taskFieldsSchema = z
  .object({
    planId: idSchema,
    sectionNo: text(20),
    title: z.string().trim().min(1).max(200),
    description: text(5000),
    leadUnits: text(300),
    supportingUnits: text(300),
    /** Counties the task is assigned to (at least one). */
    assignedUnits: z.array(unitCode).min(1).max(50),
    deadline: isoDateSchema,
    cadence: z.enum(CADENCES),
    evidenceRequired: text(500),
    indicatorCodes: z.array(z.string().min(1).max(40)).max(20).default([]),
  })
  .strict();

export const taskSaveSchema = z.object({ id: idSchema.optional(), fields: taskFieldsSchema }).strict();

export const planFromTemplateSchema = z.object({ template: z.string().min(1).max(60), assignTo: z.array(unitCode).max(50).optional() }).strict();
export const planCopySchema = z.object({ planId: idSchema, year: yearSchema }).strict();

export const taskReportSchema = z
  .object({
    taskId: idSchema,
    period: periodSchema,
    status: z.enum(REPORT_STATUSES),
    percent: z.number().int().min(0).max(100),
    narrative: text(5000),
    reportedDate: isoDateSchema,
  })
  .strict();

export const summarySaveSchema = z.object({ planId: idSchema, submittedDate: isoDateSchema, narrative: z.string().trim().min(1).max(20_000) }).strict();

export const reportFileSchema = z
  .object({
    /** A task report or a year-end summary. */
    ownerId: idSchema,
    fileName: z.string().trim().min(1).max(200),
    uploadId: uploadIdSchema,
  })
  .strict();

export const indicatorFieldsSchema = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^[a-z0-9_]{1,40}$/),
    name: z.string().trim().min(1).max(80),
    unit: text(20),
    formulaNotes: text(1000),
    periodRule: z.enum(PERIOD_RULES),
    unitRule: z.enum(UNIT_RULES),
    computed: z.enum(COMPUTED_KINDS).default(''),
    formula: z.enum(['', ...ON_TIME_FORMULAS]).default(''),
    active: z.boolean().default(true),
  })
  .strict();

export const indicatorSaveSchema = z.object({ id: idSchema.optional(), fields: indicatorFieldsSchema }).strict();

export const targetSaveSchema = z
  .object({ indicatorId: idSchema, year: yearSchema, targetUnit: unitCode, value: z.number().min(0).max(1e12).nullable(), note: text(200) })
  .strict();

export const valueSaveSchema = z
  .object({ indicatorId: idSchema, period: periodSchema, value: z.number().min(0).max(1e12), source: text(200), note: text(500) })
  .strict();

export const indicatorTableSchema = z.object({ year: yearSchema }).strict();
export const myTasksSchema = z.object({ year: yearSchema.optional() }).strict();

export type PlanFieldsInput = z.output<typeof planFieldsSchema>;
export type TaskFieldsInput = z.output<typeof taskFieldsSchema>;
export type TaskReportInput = z.output<typeof taskReportSchema>;
export type IndicatorFieldsInput = z.output<typeof indicatorFieldsSchema>;
export type TargetSaveInput = z.output<typeof targetSaveSchema>;
export type ValueSaveInput = z.output<typeof valueSaveSchema>;
