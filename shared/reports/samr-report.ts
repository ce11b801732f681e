/** The SAMR report as the contract carries it: input schema and result shape. */
import { z } from 'zod';
import type { SamrTable } from './samr';

export const samrInputSchema = z
  .object({
    period: z.string().regex(/^\d{4}(Q[1-4])?$/, 'YYYY or YYYYQn'),
    unit: z
      .string()
      .regex(/^\d{6}$/)
      .optional(),
  })
  .strict();

export interface SamrReportResult {
  period: string;
  unit: { code: string; name: string };
  table: SamrTable;
  counties: { code: string; name: string; table: SamrTable }[];
}
