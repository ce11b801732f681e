/**
 * Progress reports (one per task, unit and period; saving again corrects it), year-end
 * summaries (one per plan and unit) and their evidence files. County records: a county reports
 * only on tasks assigned to it.
 */
import { taskPeriods } from '../../../shared/plans/periods';
import type { TaskReportInput } from '../../../shared/plans/schemas';
import { DomainError } from '../../../shared/errors';
import { insertRecord, updateRecord } from '../../store/change-log';
import { acceptUpload } from '../core/blob-store';
import { decodeTags } from '../core/tags';
import { checkNotFuture, currentOffice } from '../core/office';
import { writeContext, type Session } from '../core/session';
import { loadPlanRow, loadTaskRow } from './plans';
import type { Cadence } from '../../../shared/plans/vocabulary';

function countyContext(session: Session) {
  const ctx = writeContext(session);
  if (currentOffice(session).role !== 'county') throw new DomainError('validation', 'report_county_only');
  return ctx;
}

export function saveTaskReport(session: Session, input: TaskReportInput): string {
  const ctx = countyContext(session);
  const { ledger } = session;
  const task = loadTaskRow(ledger, input.taskId);
  if (!decodeTags(task.assigned_units).includes(ctx.unitCode)) throw new DomainError('validation', 'task_not_assigned');
  const plan = loadPlanRow(ledger, task.plan_id);
  const periods = taskPeriods({ cadence: task.cadence as Cadence, deadline: task.deadline }, { year: plan.year, issueDate: plan.issue_date });
  if (!periods.some((p) => p.key === input.period)) throw new DomainError('validation', 'report_period_unknown');
  checkNotFuture(session, input.reportedDate);
  // 已完成 means the whole of the period's work: 100 %.
  const percent = input.status === 'done' ? 100 : input.status === 'not_started' ? 0 : input.percent;
  const fields = { task_id: task.id, period: input.period, status: input.status, percent, narrative: input.narrative, reported_date: input.reportedDate };
  const existing = ledger
    .stmt('SELECT id FROM task_reports WHERE task_id = ? AND unit_code = ? AND period = ? AND deleted = 0')
    .pluck()
    .get(task.id, ctx.unitCode, input.period) as string | undefined;
  if (existing) {
    updateRecord(ctx, 'task_report', existing, fields);
    return existing;
  }
  return insertRecord(ctx, 'task_report', fields);
}

export function saveSummary(session: Session, input: { planId: string; submittedDate: string; narrative: string }): string {
  const ctx = countyContext(session);
  const plan = loadPlanRow(session.ledger, input.planId);
  checkNotFuture(session, input.submittedDate);
  if (input.submittedDate < plan.issue_date) throw new DomainError('validation', 'dates_out_of_order');
  const fields = { plan_id: plan.id, submitted_date: input.submittedDate, narrative: input.narrative };
  const existing = session.ledger
    .stmt('SELECT id FROM plan_summaries WHERE plan_id = ? AND unit_code = ? AND deleted = 0')
    .pluck()
    .get(plan.id, ctx.unitCode) as string | undefined;
  if (existing) {
    updateRecord(ctx, 'plan_summary', existing, fields);
    return existing;
  }
  return insertRecord(ctx, 'plan_summary', fields);
}

/** Evidence for one of this unit's reports or summaries (content-addressed, like case evidence). */
export function addReportFile(session: Session, input: { ownerId: string; fileName: string; uploadId: string }): string {
  const ctx = countyContext(session);
  const { ledger } = session;
  const owner = (ledger.stmt('SELECT unit_code FROM task_reports WHERE id = ? AND deleted = 0').get(input.ownerId) ??
    ledger.stmt('SELECT unit_code FROM plan_summaries WHERE id = ? AND deleted = 0').get(input.ownerId)) as { unit_code: string } | undefined;
  if (!owner) throw new DomainError('not_found', `report ${input.ownerId} not found`);
  if (owner.unit_code !== ctx.unitCode) throw new DomainError('validation', 'task_not_assigned');
  const { sha256, mime, size } = acceptUpload(session, input.uploadId);
  const existing = ledger.stmt('SELECT id FROM report_files WHERE owner_id = ? AND sha256 = ? AND deleted = 0').pluck().get(input.ownerId, sha256) as
    string | undefined;
  if (existing) return existing;
  return insertRecord(ctx, 'report_file', { owner_id: input.ownerId, sha256, file_name: input.fileName, mime, size });
}
