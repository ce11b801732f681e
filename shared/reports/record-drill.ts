/**
 * Statistics over GI users and work-plan tasks, and the drill-down behind each of their numbers.
 * Each figure is the count of the facts a `column` predicate accepts, and the drill-down lists
 * the facts the same predicate accepts — so a number and its list cannot disagree.
 */
import { z } from 'zod';
import { USER_STATUSES, INSPECTION_RESULTS } from '../gi/vocabulary';
import { TASK_STATES } from '../plans/vocabulary';
import { idSchema, yearSchema } from '../schema-parts';
import { periodSchema, unitSchema } from './samr-report';

const period = periodSchema;
const unit = unitSchema;

/** GI columns: users by current status, then what happened in the period. */
export const GI_COLUMNS = [...USER_STATUSES, 'newApprovals', 'reports', 'reportsUsed', 'inspections', ...INSPECTION_RESULTS] as const;
export type GiColumn = (typeof GI_COLUMNS)[number];

/** Task columns: assignments (task × county) by where they stand, and missing year-end summaries. */
export const TASK_COLUMNS = ['assigned', ...TASK_STATES, 'summaryMissing'] as const;
export type TaskColumn = (typeof TASK_COLUMNS)[number];

export const giStatsInputSchema = z.object({ period, unit }).strict();
export const taskStatsInputSchema = z.object({ year: yearSchema, unit }).strict();

export const drillInputSchema = z.discriminatedUnion('report', [
  z
    .object({
      report: z.literal('gi'),
      period,
      unit,
      /** Narrow to one GI and/or one county (a row of the table); neither: the total. */
      giId: idSchema.optional(),
      county: unitSchema,
      column: z.enum(GI_COLUMNS),
    })
    .strict(),
  z
    .object({
      report: z.literal('tasks'),
      year: yearSchema,
      unit,
      county: unitSchema,
      column: z.enum(TASK_COLUMNS),
    })
    .strict(),
]);
export type DrillInput = z.output<typeof drillInputSchema>;

export type GiCounts = Record<GiColumn, number>;
export type TaskCounts = Record<TaskColumn, number>;

export interface GiStats {
  period: string;
  from: string;
  to: string;
  unit: { code: string; name: string };
  byGi: { giId: string; name: string; counts: GiCounts }[];
  /** For a league: one line per unit (its own office first, then each county). */
  byUnit: { code: string; name: string; counts: GiCounts }[];
  total: GiCounts;
}

export interface TaskStats {
  year: number;
  unit: { code: string; name: string };
  byUnit: { code: string; name: string; counts: TaskCounts }[];
  total: TaskCounts;
}

/** One record behind a number; `open` says where clicking it goes. */
export interface DrillRow {
  id: string;
  kind: 'gi_user' | 'gi_use_report' | 'gi_inspection' | 'task' | 'summary';
  title: string;
  subtitle: string;
  unitName: string;
  date: string;
  /** A vocabulary code the screen translates (user status, inspection result, task state). */
  status: string;
  open: { section: 'gi'; userId: string } | { section: 'plans'; planId: string };
}

export function emptyCounts<C extends string>(columns: readonly C[]): Record<C, number> {
  return Object.fromEntries(columns.map((c) => [c, 0])) as Record<C, number>;
}
