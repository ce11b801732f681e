/** The enforcement case log: cases, their stages and evidence. */
import { z } from 'zod';
import { byId, method, none } from '../contract-kit';
import { idSchema, text } from '../schema-parts';
import { attachmentAddSchema, caseCreateSchema, caseListSchema, caseUpdateSchema, stageAdvanceSchema, stageEditSchema } from './schemas';
import type { CaseCount, CaseDetail, CaseHistory, CasePage, DeadlineOverview, StageCheck } from './types';

export const casesContract = {
  'cases.list': method<CasePage>()(caseListSchema),
  'cases.count': method<CaseCount>()(caseListSchema),
  'cases.get': method<CaseDetail>()(byId),
  'cases.create': method<CaseDetail>()(caseCreateSchema),
  'cases.update': method<CaseDetail>()(caseUpdateSchema),
  'cases.advance': method<CaseDetail>()(stageAdvanceSchema),
  /** The procedure warnings `cases.advance` would raise for this input (nothing is written). */
  'cases.checkAdvance': method<StageCheck>()(stageAdvanceSchema),
  'cases.editStage': method<CaseDetail>()(stageEditSchema),
  'cases.history': method<CaseHistory>()(byId),
  'cases.deadlines': method<DeadlineOverview>()(none),
  'attachments.add': method<CaseDetail>()(attachmentAddSchema),
  'attachments.caption': method<CaseDetail>()(z.object({ caseId: idSchema, id: idSchema, caption: text(200) }).strict()),
  'attachments.remove': method<CaseDetail>()(z.object({ caseId: idSchema, id: idSchema }).strict()),
  'attachments.read': method<{ mime: string; base64: string }>()(z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict()),
} as const;
