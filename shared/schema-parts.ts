/** The small zod pieces every input schema is built from (cases, GI, plans, reports). */
import { z } from 'zod';
import { isIsoDate } from './calendar';
import { isPlausiblePhone } from './phone';

export const isoDateSchema = z.string().refine(isIsoDate, 'date must be YYYY-MM-DD');
/** Optional free text, trimmed, empty when absent. */
export const text = (max: number) => z.string().trim().max(max).default('');
/** A row id (UUIDv7, or UUIDv5 for seeded rows). */
export const idSchema = z.string().min(1).max(64);
/** Money in integer fen (分), absent as null. */
export const fenSchema = z.number().int().min(0).max(1e15).nullable().default(null);
export const quantitySchema = z.number().min(0).max(1e12).nullable().default(null);
/** A GB/T 2260 unit code (league or county). */
export const unitCodeSchema = z.string().regex(/^\d{6}$/, 'unit code is 6 digits');
/** A township code (9 digits), absent as null. */
export const townshipCodeSchema = z
  .string()
  .regex(/^\d{9}$/)
  .nullable()
  .default(null);
/** A file staged by the transport for the call that uses it (a UUID). */
export const uploadIdSchema = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'upload id');
export const yearSchema = z.number().int().min(2000).max(2100);
/** A phone number as entered on the screen (empty, or what shared/phone.ts accepts): refused, never cleaned up. */
export const phoneSchema = text(40).refine(isPlausiblePhone, 'not a phone number');
