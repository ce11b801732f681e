/** Work plans: plans, tasks, progress reports, year-end summaries, indicators. */
import { z } from 'zod';
import { byId, method, none } from '../contract-kit';
import { idSchema } from '../schema-parts';
import {
  indicatorSaveSchema,
  indicatorTableSchema,
  myTasksSchema,
  planCopySchema,
  planFromTemplateSchema,
  planSaveSchema,
  reportFileSchema,
  summarySaveSchema,
  targetSaveSchema,
  taskReportSchema,
  taskSaveSchema,
  valueSaveSchema,
} from './schemas';
import type {
  PlanTemplateInfo,
  IndicatorRecord,
  IndicatorTable,
  IndicatorValueRow,
  MyTasks,
  PlanDetail,
  PlanListItem,
  PlanMatrix,
  TasksOverview,
} from './types';

export const plansContract = {
  'plans.templates': method<PlanTemplateInfo[]>()(none),
  'plans.list': method<PlanListItem[]>()(none),
  'plans.get': method<PlanDetail>()(byId),
  'plans.save': method<PlanDetail>()(planSaveSchema),
  'plans.fromTemplate': method<PlanDetail>()(planFromTemplateSchema),
  'plans.copy': method<PlanDetail>()(planCopySchema),
  'plans.saveTask': method<PlanDetail>()(taskSaveSchema),
  'plans.removeTask': method<PlanDetail>()(byId),
  'plans.addFile': method<PlanDetail>()(
    z.object({ planId: idSchema, fileName: z.string().trim().min(1).max(200), uploadId: reportFileSchema.shape.uploadId }).strict(),
  ),
  'plans.matrix': method<PlanMatrix>()(byId),
  'plans.myTasks': method<MyTasks>()(myTasksSchema),
  'plans.overview': method<TasksOverview>()(none),
  'plans.saveReport': method<{ id: string }>()(taskReportSchema),
  'plans.saveSummary': method<{ id: string }>()(summarySaveSchema),
  'plans.addReportFile': method<{ id: string }>()(reportFileSchema),
  'indicators.list': method<IndicatorRecord[]>()(none),
  'indicators.save': method<IndicatorRecord[]>()(indicatorSaveSchema),
  'indicators.table': method<IndicatorTable>()(indicatorTableSchema),
  'indicators.saveTarget': method<IndicatorTable>()(targetSaveSchema),
  'indicators.values': method<IndicatorValueRow[]>()(z.object({ indicatorId: idSchema }).strict()),
  'indicators.saveValue': method<IndicatorValueRow[]>()(valueSaveSchema),
} as const;
