/**
 * The implementation of every contract method, as plain functions of (session, parsed input).
 * Hosts never call these directly: they go through `dispatch`, which validates first.
 */
import { DomainError } from '../../shared/errors';
import type { MethodName, ParsedInputOf, ResultOf } from '../../shared/contract';
import { APP_VERSION } from '../app-version';
import { listChanges } from '../domain/history/change-history';
import { getSetting, setSetting } from '../domain/core/local-settings';
import { getProfile, setupProfile, updateProfile } from '../domain/office/profile';
import { listCaseStages, listTimeLimits, listTownships, listUnits } from '../domain/reference/lookups';
import type { Session } from '../domain/core/session';
import { ledgerStats } from '../domain/office/stats';
import type { Language } from '../../shared/profile';
import { addAttachment, removeAttachment } from '../domain/cases/attachments';
import { readBlob } from '../domain/core/blob-store';
import { deadlineOverview, refreshDeadlines } from '../domain/cases/deadline-store';
import { caseHistory } from '../domain/cases/history';
import { countCases, listCases } from '../domain/cases/list';
import { getCaseDetail } from '../domain/cases/read';
import { editStageEvent } from '../domain/cases/stage-edit';
import { advanceStage } from '../domain/cases/stages';
import { createCase, updateCase } from '../domain/cases/write';
import { listCalendar, listVocabulary } from '../domain/core/reference-overlay';
import { saveCalendarDay, saveVocabularyItem } from '../domain/reference/edits';
import type { CaseDetail } from '../../shared/cases/types';
import { changeStatus, recordStep } from '../domain/gi/approval';
import { getGi, listCatalogue, saveGi } from '../domain/gi/catalogue';
import { getUserDetail } from '../domain/gi/detail';
import { exportRegister } from '../domain/gi/export';
import { userHistory } from '../domain/gi/history';
import { addInspectionPhoto, loadInspectionRow, openCaseFromInspection, removeInspectionPhoto, saveInspection } from '../domain/gi/inspections';
import { saveUseReport } from '../domain/gi/use-reports';
import { createUser, updateUser } from '../domain/gi/users';
import { attentionList, listUsers } from '../domain/gi/users-list';
import { indicatorTable, listIndicators, listValues, saveIndicator, saveTarget, saveValue } from '../domain/plans/indicators';
import {
  addPlanFile,
  copyPlan,
  createPlanFromTemplate,
  getPlan,
  listPlans,
  loadTaskRow,
  loadTemplates,
  removeTask,
  savePlan,
  saveTask,
} from '../domain/plans/plans';
import { addReportFile, saveSummary, saveTaskReport } from '../domain/plans/progress-reports';
import { myTasks, planMatrix, tasksOverview } from '../domain/plans/standing';
import { samrReport } from '../domain/reports/samr';
import { samrWorkbook } from '../domain/reports/samr-xlsx';
import { campaignReport } from '../domain/reports/campaign';
import { giDrill, giStats } from '../domain/reports/gi-stats';
import { taskDrill, taskStats } from '../domain/reports/task-stats';
import { dashboard } from '../domain/reports/dashboard';
import { completeness } from '../domain/reports/completeness';
import { tableWorkbook } from '../domain/reports/table-xlsx';
import { localIsoDate } from '../../shared/calendar';
import { applyUpload, exchangeOverview, exportForDownload, previewUpload, quarantinePage } from '../domain/bundles/exchange';

export type Handlers = {
  [M in MethodName]: (session: Session, input: ParsedInputOf<M>) => ResultOf<M> | Promise<ResultOf<M>>;
};

function language(session: Session): Language {
  return getSetting(session.ledger, 'language') === 'en' ? 'en' : 'zh-CN';
}

function detail(s: Session, id: string): CaseDetail {
  return getCaseDetail(s.ledger, id, s.attachmentsDir);
}

export const handlers: Handlers = {
  'app.about': (s) => ({
    appVersion: APP_VERSION,
    schemaVersion: s.ledger.schemaVersion,
    installationId: s.installation.id,
    keyFingerprint: s.installation.fingerprint,
    installedAt: s.installation.createdAt,
  }),
  'settings.get': (s) => ({ language: language(s) }),
  'settings.setLanguage': (s, input) => {
    setSetting(s.ledger, 'language', input.language);
    return { language: language(s) };
  },
  'profile.get': (s) => getProfile(s),
  'profile.setup': (s, input) => setupProfile(s, input),
  'profile.update': (s, input) => updateProfile(s, input),
  'reference.units': (s) => listUnits(s.ledger),
  'reference.townships': (s, input) => listTownships(s.ledger, input.countyCode),
  'reference.caseStages': (s) => listCaseStages(s.ledger),
  'reference.timeLimits': (s) => listTimeLimits(s.ledger),
  'reference.calendar': (s, input) => listCalendar(s.ledger, input.year),
  'reference.saveCalendarDay': (s, input) => {
    const calendar = saveCalendarDay(s, input);
    // Recompute open cases' deadlines now, while the clerk waits on the save button, not on the next list.
    refreshDeadlines(s.ledger);
    return calendar;
  },
  'reference.vocabulary': (s, input) => listVocabulary(s.ledger, input.kind),
  'reference.saveVocabularyItem': (s, input) => saveVocabularyItem(s, input),
  'cases.list': (s, input) => listCases(s.ledger, input, s.now()),
  'cases.count': (s, input) => countCases(s.ledger, input, s.now()),
  'cases.get': (s, input) => detail(s, input.id),
  'cases.create': (s, input) => detail(s, createCase(s, input)),
  'cases.update': (s, input) => {
    updateCase(s, input.id, input.fields);
    return detail(s, input.id);
  },
  'cases.advance': (s, input) => {
    advanceStage(s, input);
    return detail(s, input.caseId);
  },
  'cases.editStage': (s, input) => {
    editStageEvent(s, input);
    return detail(s, input.caseId);
  },
  'cases.history': (s, input) => caseHistory(s.ledger, input.id),
  'cases.deadlines': (s) => deadlineOverview(s.ledger, s.now()),
  'attachments.add': (s, input) => {
    addAttachment(s, input);
    return detail(s, input.caseId);
  },
  'attachments.remove': (s, input) => {
    removeAttachment(s, input.id);
    return detail(s, input.caseId);
  },
  'attachments.read': (s, input) => readBlob(s.ledger, s.attachmentsDir, input.sha256),
  'gi.catalogue': (s) => listCatalogue(s),
  'gi.get': (s, input) => getGi(s.ledger, input.id),
  'gi.save': (s, input) => getGi(s.ledger, saveGi(s, input)),
  'gi.users': (s, input) => listUsers(s, input),
  'gi.attention': (s) => attentionList(s),
  'gi.user': (s, input) => getUserDetail(s, input.id),
  'gi.createUser': (s, input) => getUserDetail(s, createUser(s, input)),
  'gi.updateUser': (s, input) => {
    updateUser(s, input.id, input.fields);
    return getUserDetail(s, input.id);
  },
  'gi.recordStep': (s, input) => {
    recordStep(s, input);
    return getUserDetail(s, input.userId);
  },
  'gi.changeStatus': (s, input) => {
    changeStatus(s, input);
    return getUserDetail(s, input.userId);
  },
  'gi.saveReport': (s, input) => {
    saveUseReport(s, input);
    return getUserDetail(s, input.userId);
  },
  'gi.saveInspection': (s, input) => {
    saveInspection(s, input);
    return getUserDetail(s, input.userId);
  },
  'gi.addPhoto': (s, input) => {
    addInspectionPhoto(s, input);
    return getUserDetail(s, loadInspectionRow(s.ledger, input.inspectionId).user_id);
  },
  'gi.removePhoto': (s, input) => {
    removeInspectionPhoto(s, input.id);
    return getUserDetail(s, input.userId);
  },
  'gi.openCase': (s, input) => ({ caseId: openCaseFromInspection(s, input.inspectionId) }),
  'gi.userHistory': (s, input) => userHistory(s.ledger, input.id),
  'gi.export': async (s, input) => {
    const file = await exportRegister(s, input.giId);
    return { fileName: file.fileName, base64: file.bytes.toString('base64') };
  },
  'plans.templates': () => loadTemplates().map((t) => ({ key: t.key, name: t.name, source: t.source, taskCount: t.tasks.length })),
  'plans.list': (s) => listPlans(s),
  'plans.get': (s, input) => getPlan(s.ledger, input.id),
  'plans.save': (s, input) => getPlan(s.ledger, savePlan(s, input)),
  'plans.fromTemplate': (s, input) => getPlan(s.ledger, createPlanFromTemplate(s, input)),
  'plans.copy': (s, input) => getPlan(s.ledger, copyPlan(s, input)),
  'plans.saveTask': (s, input) => {
    saveTask(s, input);
    return getPlan(s.ledger, input.fields.planId);
  },
  'plans.removeTask': (s, input) => {
    const planId = loadTaskRow(s.ledger, input.id).plan_id;
    removeTask(s, input.id);
    return getPlan(s.ledger, planId);
  },
  'plans.addFile': (s, input) => {
    addPlanFile(s, input);
    return getPlan(s.ledger, input.planId);
  },
  'plans.matrix': (s, input) => planMatrix(s, input.id),
  'plans.myTasks': (s, input) => myTasks(s, input.year),
  'plans.overview': (s) => tasksOverview(s),
  'plans.saveReport': (s, input) => ({ id: saveTaskReport(s, input) }),
  'plans.saveSummary': (s, input) => ({ id: saveSummary(s, input) }),
  'plans.addReportFile': (s, input) => ({ id: addReportFile(s, input) }),
  'indicators.list': (s) => listIndicators(s),
  'indicators.save': (s, input) => {
    saveIndicator(s, input);
    return listIndicators(s);
  },
  'indicators.table': (s, input) => indicatorTable(s, input.year),
  'indicators.saveTarget': (s, input) => {
    saveTarget(s, input);
    return indicatorTable(s, input.year);
  },
  'indicators.values': (s, input) => listValues(s, input.indicatorId),
  'indicators.saveValue': (s, input) => {
    saveValue(s, input);
    return listValues(s, input.indicatorId);
  },
  'bundles.overview': (s) => exchangeOverview(s),
  'bundles.export': (s, input) => exportForDownload(s, input),
  'bundles.preview': (s, input) => previewUpload(s, input),
  'bundles.apply': (s, input) => applyUpload(s, input),
  'bundles.quarantine': (s, input) => quarantinePage(s, input),
  'reports.samr': (s, input) => samrReport(s, input),
  'reports.samrXlsx': async (s, input) => {
    const report = samrReport(s, input);
    const bytes = await samrWorkbook(report, localIsoDate(s.now()));
    return { fileName: `知识产权执法数据统计表-${report.unit.name}-${input.period}.xlsx`, base64: bytes.toString('base64') };
  },
  'reports.campaign': (s, input) => campaignReport(s, input),
  'reports.gi': (s, input) => giStats(s, input),
  'reports.tasks': (s, input) => taskStats(s, input),
  'reports.drill': (s, input) => (input.report === 'gi' ? giDrill(s, input) : taskDrill(s, input)),
  'reports.dashboard': (s, input) => dashboard(s, input),
  'reports.completeness': (s, input) => completeness(s, input),
  'reports.tableXlsx': async (_s, input) => ({
    fileName: `${input.fileName.replace(/[\\/:*?"<>|]/g, '_')}.xlsx`,
    base64: (await tableWorkbook(input)).toString('base64'),
  }),
  // The main process answers this itself (electron/main/print-pdf.ts); the data worker has no window.
  'print.savePdf': () => {
    throw new DomainError('unavailable', 'saving as PDF needs the app window (Electron main process)');
  },
  'ledger.stats': (s) => ledgerStats(s.ledger),
  'changes.list': (s, input) => listChanges(s.ledger, input),

  // ── Desktop shell (issue 14): the main process answers these itself (electron/main/index.ts). ──
  'app.openLogFolder': () => {
    throw new DomainError('unavailable', 'the log folder is opened by the desktop app (Electron main process)');
  },
  // Files travel without base64: the Electron main process answers these (file-transfer.ts); the
  // preview host stages through its own /upload route, so the screen takes that path on `unavailable`.
  'files.stage': () => {
    throw new DomainError('unavailable', 'files are staged by the transport (Electron main process or the preview host)');
  },
  'files.openBundle': () => {
    throw new DomainError('unavailable', 'the open dialog belongs to the desktop app');
  },
  'files.saveExport': () => {
    throw new DomainError('unavailable', 'the save dialog belongs to the desktop app');
  },
};
