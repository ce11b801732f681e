/** The geographical-indication register: the catalogue, authorised users, their timeline, reports and inspections. */
import { z } from 'zod';
import { byId, method, none } from '../contract-kit';
import type { ExportedFile } from '../files';
import { idSchema } from '../schema-parts';
import {
  approvalStepSchema,
  giExportSchema,
  giSaveSchema,
  giUserCreateSchema,
  giUserListSchema,
  giUserUpdateSchema,
  inspectionPhotoSchema,
  inspectionSchema,
  statusChangeSchema,
  useReportSchema,
} from './schemas';
import type { GiEntry, GiHistory, GiSummary, GiUserDetail, GiUserRow } from './types';

export const giContract = {
  'gi.catalogue': method<GiSummary[]>()(none),
  'gi.get': method<GiEntry>()(byId),
  'gi.save': method<GiEntry>()(giSaveSchema),
  'gi.users': method<GiUserRow[]>()(giUserListSchema),
  'gi.attention': method<GiUserRow[]>()(none),
  'gi.user': method<GiUserDetail>()(byId),
  'gi.createUser': method<GiUserDetail>()(giUserCreateSchema),
  'gi.updateUser': method<GiUserDetail>()(giUserUpdateSchema),
  'gi.recordStep': method<GiUserDetail>()(approvalStepSchema),
  'gi.changeStatus': method<GiUserDetail>()(statusChangeSchema),
  'gi.saveReport': method<GiUserDetail>()(useReportSchema),
  'gi.saveInspection': method<GiUserDetail>()(inspectionSchema),
  'gi.addPhoto': method<GiUserDetail>()(inspectionPhotoSchema),
  'gi.removePhoto': method<GiUserDetail>()(z.object({ userId: idSchema, id: idSchema }).strict()),
  /** A failed inspection opens an enforcement case (a workflow across GI and cases: electron/api/workflows.ts). */
  'gi.openCase': method<{ caseId: string }>()(z.object({ inspectionId: idSchema }).strict()),
  'gi.userHistory': method<GiHistory>()(byId),
  'gi.export': method<ExportedFile>()(giExportSchema),
} as const;
