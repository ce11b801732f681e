/**
 * The contract between renderer and main: one map from method name to its input schema and
 * result type. Main registers a handler for every key, the preload exposes exactly these keys,
 * the preview host serves exactly these keys, and the renderer is typed by `LedgerApi` below
 * (never by the preload's implementation).
 */
import { z } from 'zod';
import type { ChangePage } from './history/types';
import { changeListSchema } from './history/types';
import type { Envelope } from './errors';
import type { AppAbout, Language, LedgerStats, Profile } from './profile';
import { languageSchema, profileEditSchema, profileSetupSchema } from './profile';
import type { CaseStage, TimeLimit, Township } from './reference/types';
import type { Unit } from './units';
import {
  attachmentAddSchema,
  caseCreateSchema,
  caseListSchema,
  caseUpdateSchema,
  holidaySaveSchema,
  stageAdvanceSchema,
  stageEditSchema,
  vocabularySaveSchema,
} from './cases/schemas';
import type { CaseCount, CaseDetail, CaseHistory, CasePage, DeadlineOverview, VocabularyItem } from './cases/types';
import { VOCABULARY_KINDS } from './cases/vocabulary';
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
} from './gi/schemas';
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
} from './plans/schemas';
import type { IndicatorRecord, IndicatorTable, IndicatorValueRow, MyTasks, PlanDetail, PlanListItem, PlanMatrix, TasksOverview } from './plans/types';
import type { ExchangeOverview, ExportedBundle, ImportReport, QuarantinePage } from './bundles/types';
import { samrInputSchema, type SamrReportResult } from './reports/samr-report';
import { campaignInputSchema, type CampaignReportResult } from './reports/campaign-report';
import { drillInputSchema, giStatsInputSchema, taskStatsInputSchema, type DrillRow, type GiStats, type TaskStats } from './reports/record-drill';
import { dashboardInputSchema, type DashboardResult } from './reports/dashboard';
import { completenessInputSchema, type Completeness } from './reports/completeness';
import { savePdfInputSchema } from './print';
import { idSchema, unitCodeSchema, uploadIdSchema, yearSchema } from './schema-parts';
import { tableXlsxSchema } from './reports/table-export';
import { exportFileNameSchema } from './bundles/types';
import type { ExportedFile } from './files';
import type { GiEntry, GiHistory, GiSummary, GiUserDetail, GiUserRow } from './gi/types';
import type { CalendarEntry } from './reference/types';

interface MethodSpec<I extends z.ZodType, R> {
  input: I;
  /** Phantom: carries the result type; never read at run time. */
  result?: R;
}

function method<R>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, R> => ({ input });
}

const none = z.undefined();
const byId = z.object({ id: idSchema }).strict();

export const contract = {
  'app.about': method<AppAbout>()(none),
  'settings.get': method<{ language: Language }>()(none),
  'settings.setLanguage': method<{ language: Language }>()(z.object({ language: languageSchema }).strict()),
  'profile.get': method<Profile | null>()(none),
  'profile.setup': method<Profile>()(profileSetupSchema),
  'profile.update': method<Profile>()(profileEditSchema),
  'reference.units': method<Unit[]>()(none),
  'reference.townships': method<Township[]>()(
    z
      .object({
        countyCode: unitCodeSchema.optional(),
      })
      .strict(),
  ),
  'reference.caseStages': method<CaseStage[]>()(none),
  'reference.timeLimits': method<TimeLimit[]>()(none),
  'reference.calendar': method<CalendarEntry[]>()(z.object({ year: yearSchema.optional() }).strict()),
  'reference.saveCalendarDay': method<CalendarEntry[]>()(holidaySaveSchema),
  'reference.vocabulary': method<VocabularyItem[]>()(z.object({ kind: z.enum(VOCABULARY_KINDS).optional() }).strict()),
  'reference.saveVocabularyItem': method<VocabularyItem[]>()(vocabularySaveSchema),
  'cases.list': method<CasePage>()(caseListSchema),
  'cases.count': method<CaseCount>()(caseListSchema),
  'cases.get': method<CaseDetail>()(byId),
  'cases.create': method<CaseDetail>()(caseCreateSchema),
  'cases.update': method<CaseDetail>()(caseUpdateSchema),
  'cases.advance': method<CaseDetail>()(stageAdvanceSchema),
  'cases.editStage': method<CaseDetail>()(stageEditSchema),
  'cases.history': method<CaseHistory>()(byId),
  'cases.deadlines': method<DeadlineOverview>()(none),
  'attachments.add': method<CaseDetail>()(attachmentAddSchema),
  'attachments.remove': method<CaseDetail>()(z.object({ caseId: idSchema, id: idSchema }).strict()),
  'attachments.read': method<{ mime: string; base64: string }>()(z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict()),
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
  'gi.openCase': method<{ caseId: string }>()(z.object({ inspectionId: idSchema }).strict()),
  'gi.userHistory': method<GiHistory>()(byId),
  'gi.export': method<ExportedFile>()(giExportSchema),
  'plans.templates': method<{ key: string; name: string; source: string; taskCount: number }[]>()(none),
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
  'bundles.overview': method<ExchangeOverview>()(none),
  'bundles.export': method<ExportedBundle>()(
    z
      .object({
        to: unitCodeSchema.optional(),
        full: z.boolean().default(false),
      })
      .strict(),
  ),
  // The bundle is staged as a file first (the preview host's /upload, Electron's files.openBundle / files.stage).
  'bundles.preview': method<{ uploadId: string; report: ImportReport }>()(
    z.object({ uploadId: uploadIdSchema, fileName: z.string().trim().min(1).max(200) }).strict(),
  ),
  'bundles.apply': method<ImportReport>()(z.object({ uploadId: idSchema, trust: z.boolean().default(false), rekey: z.boolean().default(false) }).strict()),
  'bundles.quarantine': method<QuarantinePage>()(
    z.object({ offset: z.number().int().min(0).max(10_000_000).default(0), limit: z.number().int().min(1).max(200).default(20) }).strict(),
  ),
  'reports.samr': method<SamrReportResult>()(samrInputSchema),
  'reports.samrXlsx': method<ExportedFile>()(samrInputSchema),
  'reports.campaign': method<CampaignReportResult>()(campaignInputSchema),
  'reports.gi': method<GiStats>()(giStatsInputSchema),
  'reports.tasks': method<TaskStats>()(taskStatsInputSchema),
  'reports.drill': method<DrillRow[]>()(drillInputSchema),
  'reports.dashboard': method<DashboardResult>()(dashboardInputSchema),
  'reports.completeness': method<Completeness>()(completenessInputSchema),
  /** Any report table as the screen shows it, written as xlsx. */
  'reports.tableXlsx': method<ExportedFile>()(tableXlsxSchema),
  /** Handled by the main process (it needs the window); elsewhere `unavailable`. */
  'print.savePdf': method<{ path: string | null }>()(savePdfInputSchema),
  'ledger.stats': method<LedgerStats>()(none),
  'changes.list': method<ChangePage>()(changeListSchema),

  // ── Desktop shell (issue 14) ─────────────────────────────────────────────────────────────
  /** Opens <data dir>/logs in the file manager; answered by the Electron main process, elsewhere `unavailable`. */
  'app.openLogFolder': method<{ path: string }>()(none),
  /**
   * Files without base64 (electron/main/file-transfer.ts). In Electron the main process answers:
   * a file dropped on or picked in the window is staged from its bytes; a bundle is picked with the
   * native dialog and copied in; an export is saved where the user chooses (a USB stick). The
   * preview host stages uploads through its streamed /upload route and serves exports at /files/,
   * so these answer `unavailable` there and the screen takes that route instead.
   */
  'files.stage': method<{ uploadId: string; size: number }>()(
    z.object({ fileName: z.string().trim().min(1).max(200), bytes: z.instanceof(Uint8Array) }).strict(),
  ),
  'files.openBundle': method<{ uploadId: string; fileName: string; size: number } | null>()(none),
  'files.saveExport': method<{ path: string } | null>()(
    z.object({ downloadId: exportFileNameSchema, fileName: z.string().trim().min(1).max(200) }).strict(),
  ),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type ResultOf<M extends MethodName> = Exclude<Contract[M]['result'], undefined>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(contract, value);
}

/** What the renderer calls: one function per method, each resolving to an envelope. */
export type LedgerApi = {
  [M in MethodName]: (input: InputOf<M>) => Promise<Envelope<ResultOf<M>>>;
};

/** IPC channel names are namespaced so nothing else on ipcMain can collide with them. */
export function channelOf(name: MethodName): string {
  return `ledger:${name}`;
}
