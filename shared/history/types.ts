import { z } from 'zod';

/** One field-level entry of the append-only change log, as the audit views show it. */
export interface ChangeEntry {
  seq: number;
  entity: string;
  rowId: string;
  field: string;
  /** JSON text of the value before this change (null when the field was first set). */
  previous: string | null;
  /** JSON text of the new value. */
  value: string;
  hlc: string;
  /** ISO time taken from the HLC's physical part. */
  at: string;
  installationId: string;
  user: string;
  unitCode: string;
}

export const changeListSchema = z
  .object({
    entity: z.string().max(40).optional(),
    rowId: z.string().max(64).optional(),
    /** Page backwards: entries with seq lower than this. */
    beforeSeq: z.number().int().positive().optional(),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict();


export interface ChangePage {
  entries: ChangeEntry[];
  /** Pass as beforeSeq to get the next (older) page; null at the end. */
  nextBeforeSeq: number | null;
}

/** The field-level history of one record and everything attached to it (parties, steps, files …). */
export interface RecordHistory {
  entries: ChangeEntry[];
  /** Row id → what it is, so the history can say "当事人 1 · 名称". */
  rows: Record<string, { entity: string; label: string }>;
}
