/** One authorised user with everything its detail screen shows. */
import { nonUseStart, reviewWaitingWorkdays } from '../../../shared/gi/flags';
import type { ApprovalEvent, GiUserDetail, Inspection, InspectionPhoto, UseReport } from '../../../shared/gi/types';
import { CHECK_ITEMS, type CheckItem, type CheckResult, type InspectionResult, type TimelineStep } from '../../../shared/gi/vocabulary';
import fs from 'node:fs';
import type { Ledger } from '../../store/ledger';
import { blobPath } from '../core/blob-store';
import type { Session } from '../core/session';
import { getGi } from './catalogue';
import { flagContext } from './flag-context';
import type { InspectionRow } from './inspections';
import { userFromRow } from './rows';
import { loadUserRow } from './users';
import { flagsOf, loadUserFacts } from './users-list';

function events(ledger: Ledger, userId: string): ApprovalEvent[] {
  const rows = ledger.stmt('SELECT * FROM gi_user_events WHERE user_id = ? AND deleted = 0 ORDER BY date, created_at').all(userId) as {
    id: string;
    step: string;
    date: string;
    actor: string;
    note: string;
    announcement_number: string;
    site_check_date: string | null;
    created_by: string;
    created_at: string;
  }[];
  return rows.map((r) => ({
    id: r.id,
    step: r.step as TimelineStep,
    date: r.date,
    actor: r.actor,
    note: r.note,
    announcementNumber: r.announcement_number,
    siteCheckDate: r.site_check_date,
    createdBy: r.created_by,
    createdAt: r.created_at,
  }));
}

function reports(ledger: Ledger, userId: string): UseReport[] {
  const rows = ledger.stmt('SELECT * FROM gi_use_reports WHERE user_id = ? AND deleted = 0 ORDER BY year DESC').all(userId) as {
    id: string;
    year: number;
    used: number;
    quantity: number | null;
    quantity_unit: string;
    value_fen: number | null;
    labels_printed: number | null;
    reported_date: string;
    note: string;
    updated_by: string;
  }[];
  return rows.map((r) => ({
    id: r.id,
    year: r.year,
    used: r.used === 1,
    quantity: r.quantity,
    quantityUnit: r.quantity_unit,
    valueFen: r.value_fen,
    labelsPrinted: r.labels_printed,
    reportedDate: r.reported_date,
    note: r.note,
    updatedBy: r.updated_by,
  }));
}

function photos(ledger: Ledger, inspectionId: string, dir: string): InspectionPhoto[] {
  const rows = ledger.stmt('SELECT * FROM gi_inspection_photos WHERE inspection_id = ? AND deleted = 0 ORDER BY created_at').all(inspectionId) as {
    id: string;
    sha256: string;
    file_name: string;
    mime: string;
    size: number;
    caption: string;
  }[];
  return rows.map((r) => ({
    id: r.id,
    sha256: r.sha256,
    fileName: r.file_name,
    mime: r.mime,
    size: r.size,
    caption: r.caption,
    available: fs.existsSync(blobPath(dir, r.sha256)),
  }));
}

function inspections(ledger: Ledger, userId: string, dir: string): Inspection[] {
  const rows = ledger.stmt('SELECT * FROM gi_inspections WHERE user_id = ? AND deleted = 0 ORDER BY date DESC, created_at DESC').all(userId) as InspectionRow[];
  return rows.map((r) => {
    const record = r as unknown as Record<string, string>;
    const caseNumber = r.case_id ? ((ledger.stmt('SELECT case_number FROM cases WHERE id = ?').pluck().get(r.case_id) as string | undefined) ?? null) : null;
    return {
      id: r.id,
      date: r.date,
      inspectors: r.inspectors,
      checklist: Object.fromEntries(CHECK_ITEMS.map((c) => [c, record[`chk_${c}`] as CheckResult])) as Record<CheckItem, CheckResult>,
      result: r.result as InspectionResult,
      findings: r.findings,
      followUp: r.follow_up,
      caseId: r.case_id,
      caseNumber,
      photos: photos(ledger, r.id, dir),
      createdBy: r.created_by,
    };
  });
}

export function getUserDetail(session: Session, id: string): GiUserDetail {
  const { ledger } = session;
  const row = loadUserRow(ledger, id);
  const ctx = flagContext(session);
  const record = userFromRow(row);
  const useReports = reports(ledger, id);
  return {
    record,
    gi: getGi(ledger, row.gi_id),
    flags: flagsOf(record, loadUserFacts(ledger, id), ctx),
    reviewWaitingWorkdays: reviewWaitingWorkdays(record, ctx.today, ctx.calendar),
    reviewLimitWorkdays: ctx.limits.reviewWorkdays,
    nonUseYears: ctx.limits.nonUseYears,
    nonUseSince: record.status === 'approved' ? nonUseStart({ announcedDate: record.announcedDate, reports: useReports }) : null,
    events: events(ledger, id),
    reports: useReports,
    inspections: inspections(ledger, id, session.attachmentsDir),
  };
}
