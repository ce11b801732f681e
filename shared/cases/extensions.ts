/**
 * The stored form of a case's decision-limit extensions (cases.decision_extensions): a JSON array
 * of {by, approvedOn, days, reason}, '' when none. One text column keeps the list one field in
 * the change log, so an edit travels and merges as a whole.
 */
import { z } from 'zod';
import type { DecisionExtension } from './deadlines';

export const decisionExtensionSchema = z
  .object({
    by: z.enum(['head', 'collective']),
    approvedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    days: z.number().int().min(1).max(3650),
    reason: z.string().trim().min(1).max(400),
  })
  .strict();

export const decisionExtensionsSchema = z.array(decisionExtensionSchema).max(50);

/** The list, or null when the text is not a valid stored list. */
export function parseExtensions(text: string): DecisionExtension[] | null {
  if (text === '') return [];
  try {
    const parsed = decisionExtensionsSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function encodeExtensions(list: readonly DecisionExtension[]): string {
  return list.length === 0 ? '' : JSON.stringify(list.map((e) => ({ by: e.by, approvedOn: e.approvedOn, days: e.days, reason: e.reason })));
}
