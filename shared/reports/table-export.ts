/**
 * A report table as the screen shows it, sent to be written as xlsx: the screen has the
 * translated labels and the figures it got from the domain, so every report exports in the
 * language it is read in without a second copy of its labels in the main process.
 */
import { z } from 'zod';

const cellText = z.string().max(400);
const COLUMN_FORMATS = ['text', 'int', 'wan', 'decimal'] as const;

const tableSheetSchema = z
  .object({
    /** The sheet tab (Excel allows 31 characters, no []:*?/\). */
    name: z
      .string()
      .trim()
      .min(1)
      .max(31)
      .regex(/^[^[\]:*?/\\]+$/),
    title: z.string().trim().min(1).max(200),
    /** The header line under the title: 报送单位, 统计时间, … */
    meta: z.array(cellText).max(6),
    columns: z
      .array(
        z
          .object({
            label: cellText,
            /** Columns sharing a group get one merged header cell above them. */
            group: cellText.optional(),
            format: z.enum(COLUMN_FORMATS),
          })
          .strict(),
      )
      .min(1)
      .max(60),
    rows: z.array(z.array(z.union([cellText, z.number().finite(), z.null()])).max(60)).max(5000),
    /** The last row is a 合计 row (bold). */
    totalRow: z.boolean().default(false),
    footnote: z.string().max(4000).default(''),
  })
  .strict()
  .refine((s) => s.rows.every((r) => r.length === s.columns.length), 'every row has one cell per column');

export const tableXlsxSchema = z
  .object({
    fileName: z.string().trim().min(1).max(120),
    sheets: z.array(tableSheetSchema).min(1).max(30),
  })
  .strict();

export type TableSheet = z.input<typeof tableSheetSchema>;
export type TableXlsxInput = z.output<typeof tableXlsxSchema>;
