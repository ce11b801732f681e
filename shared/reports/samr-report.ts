/** The SAMR report as the contract carries it: input schema and result shape. */
import { z } from 'zod';
import { unitCodeSchema } from '../schema-parts';
import type { SamrTable } from './samr';

/** A report's period (`2026` or `2026Q3`) and unit (a GB/T 2260 code; omitted: the ledger's own office). */
export const periodSchema = z.string().regex(/^\d{4}(Q[1-4])?$/, 'YYYY or YYYYQn');
export const unitSchema = unitCodeSchema.optional();

export const samrInputSchema = z.object({ period: periodSchema, unit: unitSchema }).strict();

export interface SamrReportResult {
  period: string;
  unit: { code: string; name: string };
  table: SamrTable;
  counties: { code: string; name: string; table: SamrTable }[];
}
