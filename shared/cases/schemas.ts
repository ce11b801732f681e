/** Input schemas of the case-log contract methods (zod parses every call in `dispatch`). */
import { z } from 'zod';
import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES } from '../files';

export { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES };
import { CASE_CATEGORIES, CASE_FLAGS, CASE_OUTCOMES, CASE_SOURCES, ID_TYPES, MAIN_STAGES, PARTY_KINDS, PENALTY_KINDS, STAGE_CODES, VOCABULARY_KINDS } from './vocabulary';
import { CASE_PROCEDURES } from './deadlines';
import { decisionExtensionsSchema } from './extensions';

import {
  fenSchema as fen,
  idSchema,
  isoDateSchema,
  quantitySchema as quantity,
  phoneSchema,
  text,
  townshipCodeSchema,
  unitCodeSchema,
  uploadIdSchema,
} from '../schema-parts';

export const partyInputSchema = z
  .object({
    /** Present when editing an existing party. */
    id: idSchema.optional(),
    kind: z.enum(PARTY_KINDS),
    name: z.string().trim().min(1).max(100),
    idType: z.enum(ID_TYPES),
    idNumber: text(40),
    /** The user has seen the identifier warnings and confirms the value. */
    idOverride: z.boolean().default(false),
    legalRepresentative: text(40),
    address: text(200),
    townshipCode: townshipCodeSchema,
    phone: phoneSchema,
  })
  .strict();

export const caseFieldsSchema = z
  .object({
    /** Empty = generate the next number for the lead date's year. */
    caseNumber: text(60),
    title: z.string().trim().min(1).max(120),
    campaigns: z.array(z.string().min(1).max(40)).max(12).default([]),
    category: z.enum(CASE_CATEGORIES),
    violationType: text(80),
    legalBasis: text(200),
    source: z.enum(CASE_SOURCES),
    goods: text(200),
    goodsCategory: text(40),
    placeType: text(40),
    townshipCode: townshipCodeSchema,
    platform: text(80),
    shopUrl: text(500),
    flags: z.array(z.enum(CASE_FLAGS)).max(CASE_FLAGS.length).default([]),
    amountInvolvedFen: fen,
    fineFen: fen,
    confiscatedFen: fen,
    seizedQty: quantity,
    seizedUnit: text(20),
    seizedValueFen: fen,
    destroyedQty: quantity,
    destroyedUnit: text(20),
    destroyedValueFen: fen,
    /** 挽回经济损失 and its part for foreign-invested right holders (SAMR form columns 5 and 11). */
    recoveredLossFen: fen,
    recoveredForeignLossFen: fen,
    giProduct: text(80),
    handlers: text(100),
    notes: text(4000),
    leadDate: isoDateSchema,
    filingExtended: z.boolean().default(false),
    decisionExtended: z.boolean().default(false),
    extensionNote: text(400),
    excludedDays: z.number().int().min(0).max(3650).default(0),
    // Issue 16. Optional: a caller that leaves one out leaves the stored value as it is.
    /** 普通程序 / 简易程序 (行政处罚法第51条). */
    procedure: z.enum(CASE_PROCEDURES).optional(),
    /** Kinds of penalty decided (行政处罚法第9条). */
    penaltyKinds: z.array(z.enum(PENALTY_KINDS)).max(PENALTY_KINDS.length).optional(),
    /** Working days excluded from the filing limit (程序规定第18条第2款). */
    filingExcludedDays: z.number().int().min(0).max(3650).optional(),
    /** Extensions of the decision limit (行政处罚法第60条), in order. */
    decisionExtensions: decisionExtensionsSchema.optional(),
    noticeServedDate: isoDateSchema.nullable().optional(),
    rightsWaivedDate: isoDateSchema.nullable().optional(),
    policeReportDate: isoDateSchema.nullable().optional(),
    policeApprovedDate: isoDateSchema.nullable().optional(),
    parties: z.array(partyInputSchema).min(1).max(50),
  })
  .strict();

export const caseCreateSchema = caseFieldsSchema;
export const caseUpdateSchema = z.object({ id: idSchema, fields: caseFieldsSchema }).strict();

export const stageAdvanceSchema = z
  .object({
    caseId: idSchema,
    stage: z.enum(STAGE_CODES as [string, ...string[]]),
    date: isoDateSchema,
    /** Empty = generate for stages that issue a numbered document. */
    docNumber: text(60),
    outcome: z.enum(CASE_OUTCOMES).nullable().default(null),
    /** For 决定: the amounts decided (fen). */
    fineFen: fen,
    confiscatedFen: fen,
    /** For transfers: receiving unit and persons transferred. */
    receiver: text(100),
    persons: z.number().int().min(0).max(10000).nullable().default(null),
    note: text(1000),
    /** For 决定 (and other stages) over procedure warnings: why the clerk goes ahead (kept in the history). */
    overrideReason: text(1000),
    /** For 决定 with a penalty: its kinds (警告, 罚款, 没收 … 行政处罚法第9条). */
    penaltyKinds: z.array(z.enum(PENALTY_KINDS)).max(PENALTY_KINDS.length).optional(),
  })
  .strict();

/** Correcting a recorded stage entry: its date, document number and note. */
export const stageEditSchema = z
  .object({
    caseId: idSchema,
    eventId: idSchema,
    date: isoDateSchema,
    docNumber: text(60),
    note: text(1000),
  })
  .strict();

/** Dates a case list can be filtered by; reports drill down through the same ones. */
/** `closedFiled`: closed, and filed (立案) — the SAMR return's 结案 (a lead closed as 不予立案 is not one). */
export const CASE_DATE_FIELDS = ['lead', 'filed', 'closed', 'closedFiled', 'decided', 'transferred'] as const;
export type CaseDateField = (typeof CASE_DATE_FIELDS)[number];

export const caseListSchema = z
  .object({
    search: z.string().trim().max(100).default(''),
    campaigns: z.array(z.string().max(40)).max(12).default([]),
    categories: z.array(z.enum(CASE_CATEGORIES)).max(CASE_CATEGORIES.length).default([]),
    stages: z.array(z.enum(MAIN_STAGES)).max(MAIN_STAGES.length).default([]),
    flags: z.array(z.enum(CASE_FLAGS)).max(CASE_FLAGS.length).default([]),
    handler: z.string().trim().max(40).default(''),
    unitCode: unitCodeSchema.optional(),
    /** Which date the range tests: the lead (default) or what reports count by (shared/reports). */
    dateField: z.enum(CASE_DATE_FIELDS).default('lead'),
    dateFrom: isoDateSchema.optional(),
    dateTo: isoDateSchema.optional(),
    deadline: z.enum(['any', 'overdue', 'due_soon', 'open']).default('any'),
    sort: z.enum(['leadDate', 'caseNumber', 'category', 'stage', 'amount', 'penalty', 'deadline', 'updatedAt']).default('leadDate'),
    order: z.enum(['asc', 'desc']).default('desc'),
    offset: z.number().int().min(0).max(10_000_000).default(0),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict();

export type CaseFieldsInput = z.output<typeof caseFieldsSchema>;
export type CaseFieldsDraft = z.input<typeof caseFieldsSchema>;
export type PartyInput = z.output<typeof partyInputSchema>;
export type StageAdvanceInput = z.output<typeof stageAdvanceSchema>;
export type StageEditInput = z.output<typeof stageEditSchema>;
export type CaseListQuery = z.output<typeof caseListSchema>;
export type CaseListDraft = z.input<typeof caseListSchema>;

export const attachmentAddSchema = z
  .object({
    caseId: idSchema,
    fileName: z.string().trim().min(1).max(200),
    mime: z.string().max(100),
    caption: text(200),
    /** The file, staged by the transport (the preview host's /upload, Electron's files.stage); size and type are checked on its bytes. */
    uploadId: uploadIdSchema,
  })
  .strict();

export const vocabularySaveSchema = z
  .object({
    kind: z.enum(VOCABULARY_KINDS),
    code: z.string().trim().min(1).max(40),
    name: z.string().trim().min(1).max(40),
    nameEn: text(60),
    active: z.boolean(),
  })
  .strict();

export const holidaySaveSchema = z
  .object({
    date: isoDateSchema,
    /** null removes a local entry (back to the shipped calendar / ordinary week). */
    kind: z.enum(['holiday', 'workday', 'ordinary']),
    name: text(40),
  })
  .strict();
