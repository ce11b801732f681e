/**
 * The approval chain (county initial review with site check → league → region → CNIPA
 * announcement) and later status changes (暂停, 恢复, 注销). Each is a timeline row plus the
 * date on the user row that lists and flags read.
 */
import type { ApprovalStepInput, StatusChangeInput } from '../../../shared/gi/schemas';
import { APPROVAL_STEPS, type ApprovalStep } from '../../../shared/gi/vocabulary';
import { DomainError } from '../../../shared/errors';
import { insertRecord, updateRecord, type FieldValue } from '../../store/change-log';
import { writeContext, type Session } from '../core/session';
import { checkNotFuture } from '../core/office';
import type { GiUserRow } from './rows';
import { loadUserRow } from './users';

const STEP_COLUMN: Record<ApprovalStep, keyof GiUserRow> = {
  county_review: 'county_review_date',
  league_review: 'league_review_date',
  region_review: 'region_review_date',
  announced: 'announced_date',
};

/** The latest date already on the timeline (the application or a recorded step). */
function lastDate(row: GiUserRow): string {
  const dates = [row.applied_date, row.county_review_date, row.league_review_date, row.region_review_date, row.announced_date, row.status_date];
  return (
    dates
      .filter((d): d is string => !!d)
      .sort()
      .pop() ?? row.applied_date
  );
}

export function recordStep(session: Session, input: ApprovalStepInput): void {
  const ctx = writeContext(session);
  const row = loadUserRow(session.ledger, input.userId);
  if (row.status !== 'applying') throw new DomainError('validation', 'gi_step_closed');
  const index = APPROVAL_STEPS.indexOf(input.step);
  const recorded = APPROVAL_STEPS.filter((s) => row[STEP_COLUMN[s]] !== null);
  if (recorded.some((s) => APPROVAL_STEPS.indexOf(s) >= index)) throw new DomainError('validation', 'gi_step_backwards');
  checkNotFuture(session, input.date, input.siteCheckDate);
  if (input.date < lastDate(row)) throw new DomainError('validation', 'dates_out_of_order');
  const fields: Record<string, FieldValue> = { [STEP_COLUMN[input.step]]: input.date };
  if (input.step === 'county_review') {
    if (!input.siteCheckDate) throw new DomainError('validation', 'gi_site_check_required');
    if (input.siteCheckDate < row.applied_date || input.siteCheckDate > input.date) throw new DomainError('validation', 'dates_out_of_order');
    fields.site_check_date = input.siteCheckDate;
  }
  if (input.step === 'announced') {
    if (!input.announcementNumber) throw new DomainError('validation', 'gi_announcement_required');
    fields.announcement_number = input.announcementNumber;
    fields.status = 'approved';
  }
  session.ledger.write(() => {
    updateRecord(ctx, 'gi_user', row.id, fields);
    insertRecord(ctx, 'gi_user_event', {
      user_id: row.id,
      step: input.step,
      date: input.date,
      actor: input.actor || ctx.user,
      announcement_number: input.step === 'announced' ? input.announcementNumber : '',
      site_check_date: input.step === 'county_review' ? input.siteCheckDate : null,
      note: input.note,
    });
  });
}

/** Which statuses each action may leave from. */
const ALLOWED_FROM: Record<StatusChangeInput['status'], string[]> = {
  suspended: ['approved'],
  approved: ['suspended'],
  cancelled: ['applying', 'approved', 'suspended'],
};

export function changeStatus(session: Session, input: StatusChangeInput): void {
  const ctx = writeContext(session);
  const row = loadUserRow(session.ledger, input.userId);
  if (!ALLOWED_FROM[input.status].includes(row.status)) throw new DomainError('validation', 'gi_status_change_invalid');
  checkNotFuture(session, input.date);
  if (input.date < lastDate(row)) throw new DomainError('validation', 'dates_out_of_order');
  session.ledger.write(() => {
    updateRecord(ctx, 'gi_user', row.id, { status: input.status, status_date: input.date, status_reason: input.reason });
    insertRecord(ctx, 'gi_user_event', { user_id: row.id, step: input.status, date: input.date, actor: ctx.user, note: input.reason });
  });
}
