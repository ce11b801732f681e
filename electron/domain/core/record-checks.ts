/**
 * Column rules for stored records: what each column of a syncable table may hold, so that a
 * record arriving in a bundle passes the same checks as one saved on the screen (the screens'
 * input schemas are camelCase forms; these describe the stored snake_case row the forms produce).
 * Each rule is a zod schema over one column; a failure is reported as the field and a problem
 * code (`shared/bundles/rejections.ts`), never as zod's text.
 */
import { z } from 'zod';
import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES } from '../../../shared/files';
import { isIsoDate, localIsoDate } from '../../../shared/calendar';
import type { ValueProblem } from '../../../shared/bundles/rejections';
import type { FieldValue } from '../../store/change-log';
import type { Ledger } from '../../store/ledger';

export type Row = Record<string, FieldValue>;

export interface RecordProblem {
  field: string;
  problem: ValueProblem;
}

/** What a record check may consult besides the row: the receiving ledger and its date. */
export interface RecordCheckContext {
  ledger: Ledger;
  /** The latest date a recorded fact may carry: the receiver's local date plus one day (time zones). */
  latestFactDate: string;
  /** The unit sending (or writing) the record, and its role. */
  unitCode: string;
  role: 'league' | 'county';
  /** Today on this PC, for identifier checks (birth dates in the future). */
  today: Date;
  /** The region codes ID numbers are checked against (read once per import). */
  areaCodes: () => ReadonlySet<string>;
}

/** A check context for records written or received now by `unitCode`. */
export function recordCheckContext(ledger: Ledger, unitCode: string, nowMillis: number): RecordCheckContext {
  let areas: ReadonlySet<string> | null = null;
  const level = ledger.stmt('SELECT level FROM ref_regions WHERE code = ?').pluck().get(unitCode) as string | undefined;
  return {
    ledger,
    unitCode,
    role: level === 'prefecture' ? 'league' : 'county',
    // Local date plus one day: a sender a few hours ahead (another time zone) is not refused.
    latestFactDate: localIsoDate(nowMillis + 24 * 60 * 60 * 1000),
    today: new Date(nowMillis),
    areaCodes: () => (areas ??= new Set(ledger.stmt('SELECT code FROM ref_regions').pluck().all() as string[])),
  };
}

/** A check across several columns (identifiers, references); runs when any of `fields` is written. */
export interface RowCheck {
  fields: readonly string[];
  check: (row: Row, ctx: RecordCheckContext) => RecordProblem | null;
}

/**
 * A column naming another record (not a parent) that must be the same unit's when this ledger has
 * it; a record not here yet passes (parents are applied first, so a reference may arrive later).
 */
export function sameUnitReference(field: string, table: 'cases' | 'gi_inspections'): RowCheck {
  return {
    fields: [field],
    check: (row, ctx) => {
      if (row[field] === null) return null;
      const owner = ctx.ledger.stmt(`SELECT unit_code FROM ${table} WHERE id = ?`).pluck().get(row[field]) as string | undefined;
      return owner === undefined || owner === ctx.unitCode ? null : { field, problem: 'reference_unknown' };
    },
  };
}

export interface RecordRules {
  columns: Record<string, z.ZodType>;
  /** Dates of things that happened (not deadlines): never after the latest fact date. */
  factDates?: readonly string[];
  /** Columns that must be non-empty on every record. */
  required?: readonly string[];
  rows?: readonly RowCheck[];
}

const MAX_FEN = 1e15;
const MAX_TEXT = 20_000;

/** Stored free text (empty when absent). */
export const text = (max: number) => z.string().max(max);
export const date = z.string().refine(isIsoDate, { message: 'date' });
export const optDate = date.nullable();
/** '' or a date ('' = not recorded yet, in columns that default to ''). */
export const dateOrEmpty = z.string().refine((v) => v === '' || isIsoDate(v), { message: 'date' });
export const int = (min: number, max: number) => z.number().int().min(min).max(max);
export const optInt = (min: number, max: number) => int(min, max).nullable();
export const fen = int(0, MAX_FEN).nullable();
export const quantity = z.number().min(0).max(1e12).nullable();
export const flag = z.union([z.literal(0), z.literal(1)]);
export const id = z.string().min(1).max(64);
export const optId = id.nullable();
export const idOrEmpty = z.string().max(64);
export const sha256 = z.string().regex(/^[0-9a-f]{64}$/, { message: 'format' });
export const township = z
  .string()
  .regex(/^\d{9}$/, { message: 'format' })
  .nullable();
export const unitCode = z.string().regex(/^\d{6}$/, { message: 'format' });
export const choice = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values);
export const optChoice = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values).nullable();
export const year = int(1949, 2200);
/** Stored tag lists: ',a,b,' ('' when empty); with `values`, every tag must be one of them. */
export const tags = (values?: readonly string[]) =>
  z
    .string()
    .max(MAX_TEXT)
    .refine((v) => v === '' || /^,([^,]+,)+$/u.test(v), { message: 'format' })
    .refine((v) => !values || v.split(',').every((t) => t === '' || values.includes(t)), { message: 'choice' });

/** The problem code for a zod failure of one column. */
function problemOf(error: z.ZodError): ValueProblem {
  const issue = error.issues[0];
  if (!issue) return 'type';
  switch (issue.code) {
    case 'invalid_type':
    case 'invalid_union':
      return 'type';
    case 'invalid_value':
      return 'choice';
    case 'too_big':
      return issue.origin === 'string' ? 'too_long' : 'range';
    case 'too_small':
      return issue.origin === 'string' ? 'required' : 'range';
    case 'not_multiple_of':
      return 'range';
    case 'invalid_format':
      return 'format';
    default: {
      const message = issue.message as ValueProblem;
      return ['date', 'format', 'choice'].includes(message) ? message : 'format';
    }
  }
}

/** The first problem of one column's value, or null. */
export function checkColumn(rules: RecordRules, field: string, value: FieldValue | undefined, ctx: RecordCheckContext): RecordProblem | null {
  const rule = rules.columns[field];
  if (!rule) return null;
  if (rules.required?.includes(field) && (value === null || value === undefined || value === '')) return { field, problem: 'required' };
  const parsed = rule.safeParse(value === undefined ? null : value);
  if (!parsed.success) return { field, problem: problemOf(parsed.error) };
  if (rules.factDates?.includes(field) && typeof value === 'string' && value !== '' && value > ctx.latestFactDate) return { field, problem: 'future_date' };
  return null;
}

/**
 * What is left to check of a received record once each value it sets has passed `checkColumn`:
 * for a new record, that its required columns are filled (the other columns hold their SQL
 * defaults, which the record-rules test checks are valid) and every cross-column check; for an
 * existing one, the cross-column checks that depend on a column the write set.
 */
export function checkMerged(rules: RecordRules, row: Row, written: readonly string[] | 'new', ctx: RecordCheckContext): RecordProblem | null {
  if (written === 'new')
    for (const f of rules.required ?? []) {
      const problem = checkColumn(rules, f, row[f], ctx);
      if (problem) return problem;
    }
  for (const r of rules.rows ?? []) {
    if (written !== 'new' && !r.fields.some((f) => written.includes(f))) continue;
    const problem = r.check(row, ctx);
    if (problem) return problem;
  }
  return null;
}

/**
 * The first problem of a record after a write: every column the write set (all of them for a new
 * record), then the cross-column checks that depend on a written column.
 */
export function checkRecord(rules: RecordRules, row: Row, written: readonly string[] | 'all', ctx: RecordCheckContext): RecordProblem | null {
  const fields = written === 'all' ? Object.keys(rules.columns) : written.filter((f) => f in rules.columns);
  for (const f of fields) {
    const problem = checkColumn(rules, f, row[f], ctx);
    if (problem) return problem;
  }
  for (const r of rules.rows ?? []) {
    if (written !== 'all' && !r.fields.some((f) => written.includes(f))) continue;
    const problem = r.check(row, ctx);
    if (problem) return problem;
  }
  return null;
}

/** A township code must be one of the reference data's (as the case form checks). */
export function townshipKnown(field: string): RowCheck {
  return {
    fields: [field],
    check: (row, ctx) => {
      const code = row[field];
      if (typeof code !== 'string') return null;
      return ctx.ledger.stmt('SELECT 1 FROM ref_townships WHERE code = ?').get(code) ? null : { field, problem: 'reference_unknown' };
    },
  };
}

/** Endings of programs and scripts: evidence is photos and PDFs, so a name like "现场照片.png.exe" is refused. */
const PROGRAM_NAME = /\.(exe|com|bat|cmd|scr|pif|msi|msp|cpl|dll|lnk|hta|js|jse|vbs|vbe|wsf|wsh|ps1|psm1|jar|sh|app|reg)$/i;

/** An evidence file link (the same shape for inspection photos, plan originals and report evidence). */
export function fileLinkRules(parentField: string, extra: RecordRules['columns'] = {}): RecordRules {
  return {
    rows: [{ fields: ['file_name'], check: (row) => (PROGRAM_NAME.test(String(row.file_name).trim()) ? { field: 'file_name', problem: 'file_name' } : null) }],
    columns: {
      [parentField]: id,
      sha256,
      file_name: text(200),
      mime: choice(ATTACHMENT_TYPES),
      size: int(1, MAX_ATTACHMENT_BYTES),
      ...extra,
    },
    required: [parentField, 'sha256', 'file_name', 'mime', 'size'],
  };
}
