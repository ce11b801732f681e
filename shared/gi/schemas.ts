/** Input schemas of the GI register's contract methods. */
import { z } from 'zod';
import { fenSchema as fen, idSchema, isoDateSchema, text, townshipCodeSchema, yearSchema, uploadIdSchema } from '../schema-parts';
import { APPROVAL_STEPS, CHECK_RESULTS, CONFIDENCES, GI_KINDS, GI_STATUSES, INSPECTION_RESULTS, STATUS_ACTIONS, USER_FLAGS, USER_STATUSES } from './vocabulary';

/** Tags are stored as ',a,b,': a tag may not contain a comma. */
const tag = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[^,，]+$/u, 'no commas in a tag');
/** A GI's date may be known only to the year (seed entries): YYYY, YYYY-MM or YYYY-MM-DD. */
const partialDate = z
  .string()
  .trim()
  .regex(/^(\d{4}(-\d{2}(-\d{2})?)?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD')
  .default('');
const areaCode = z.string().regex(/^\d{6}(\d{3})?$/, 'county (6 digits) or township (9 digits) code');

export const giFieldsSchema = z
  .object({
    name: z.string().trim().min(1).max(60),
    kind: z.enum(GI_KINDS),
    identifier: text(120),
    registeredDate: partialDate,
    holder: text(120),
    niceClass: text(40),
    areaCodes: z.array(areaCode).max(200).default([]),
    areaText: text(500),
    productScope: z.array(tag).max(40).default([]),
    qualityStandard: text(200),
    status: z.enum(GI_STATUSES).default('active'),
    source: text(500),
    confidence: z.enum(CONFIDENCES).default('S'),
    verified: z.boolean().default(false),
    /** League entry created from a county's proposal: the proposal's id. */
    adoptedFrom: text(64),
    notes: text(1000),
  })
  .strict();

export const giSaveSchema = z.object({ id: idSchema.optional(), fields: giFieldsSchema }).strict();

export const giUserFieldsSchema = z
  .object({
    giId: idSchema,
    enterpriseName: z.string().trim().min(1).max(100),
    uscc: z.string().trim().min(1).max(40),
    /** The user has seen the USCC warnings and confirms the number. */
    usccOverride: z.boolean().default(false),
    legalRepresentative: text(40),
    address: text(200),
    townshipCode: townshipCodeSchema,
    products: z.array(tag).min(1).max(40),
    varieties: text(200),
    contactPerson: text(40),
    phone: text(40),
    appliedDate: isoDateSchema,
    notes: text(1000),
  })
  .strict();

export const giUserCreateSchema = giUserFieldsSchema;
export const giUserUpdateSchema = z.object({ id: idSchema, fields: giUserFieldsSchema }).strict();

export const approvalStepSchema = z
  .object({
    userId: idSchema,
    step: z.enum(APPROVAL_STEPS),
    date: isoDateSchema,
    /** County review only: the date of the site check (on or before the review). */
    siteCheckDate: isoDateSchema.nullable().default(null),
    /** Announcement only: the CNIPA announcement number. */
    announcementNumber: text(80),
    actor: text(40),
    note: text(500),
  })
  .strict();

export const statusChangeSchema = z
  .object({
    userId: idSchema,
    status: z.enum(STATUS_ACTIONS),
    date: isoDateSchema,
    reason: z.string().trim().min(1).max(500),
  })
  .strict();

export const useReportSchema = z
  .object({
    userId: idSchema,
    year: yearSchema,
    used: z.boolean(),
    quantity: z.number().min(0).max(1e12).nullable().default(null),
    quantityUnit: text(20),
    valueFen: fen,
    labelsPrinted: z.number().int().min(0).max(1e12).nullable().default(null),
    reportedDate: isoDateSchema,
    note: text(500),
  })
  .strict();

const checkResult = z.enum(CHECK_RESULTS);
/** One answer per CHECK_ITEMS entry (a test keeps the two lists equal). */
export const checklistSchema = z
  .object({ mark_display: checkResult, uscc_printed: checkResult, product_scope: checkResult, producer_area: checkResult, records_kept: checkResult })
  .strict();

export const inspectionSchema = z
  .object({
    id: idSchema.optional(),
    userId: idSchema,
    date: isoDateSchema,
    inspectors: z.string().trim().min(1).max(100),
    checklist: checklistSchema,
    result: z.enum(INSPECTION_RESULTS),
    findings: text(1000),
    followUp: text(1000),
  })
  .strict();

export const giUserListSchema = z
  .object({
    giId: idSchema.optional(),
    status: z.enum(USER_STATUSES).optional(),
    flag: z.enum(USER_FLAGS).optional(),
    search: z.string().trim().max(100).default(''),
  })
  .strict();

export const inspectionPhotoSchema = z
  .object({
    inspectionId: idSchema,
    fileName: z.string().trim().min(1).max(200),
    caption: text(200),
    uploadId: uploadIdSchema,
  })
  .strict();

export const giExportSchema = z.object({ giId: idSchema.optional() }).strict();

export type GiFieldsInput = z.output<typeof giFieldsSchema>;
export type GiUserFieldsInput = z.output<typeof giUserFieldsSchema>;
export type GiUserFieldsDraft = z.input<typeof giUserFieldsSchema>;
export type ApprovalStepInput = z.output<typeof approvalStepSchema>;
export type StatusChangeInput = z.output<typeof statusChangeSchema>;
export type UseReportInput = z.output<typeof useReportSchema>;
export type InspectionInput = z.output<typeof inspectionSchema>;
export type InspectionDraft = z.input<typeof inspectionSchema>;
export type GiUserListQuery = z.output<typeof giUserListSchema>;

/** The editable fields of a stored entry (to edit it, or to adopt a proposal from it). */
export function giFieldsOf(entry: GiFieldsInput): GiFieldsInput {
  return giFieldsSchema.parse(Object.fromEntries(Object.keys(giFieldsSchema.shape).map((k) => [k, entry[k as keyof GiFieldsInput]])));
}
