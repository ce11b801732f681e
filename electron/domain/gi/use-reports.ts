/** Yearly use reports of an approved user: one per year (saving a year again corrects it). */
import type { UseReportInput } from '../../../shared/gi/schemas';
import { localIsoDate } from '../../../shared/calendar';
import { DomainError } from '../../../shared/errors';
import { insertRecord, updateRecord } from '../../store/change-log';
import { writeContext, type Session } from '../core/session';
import { checkNotFuture } from '../core/office';
import { loadUserRow } from './users';

export function saveUseReport(session: Session, input: UseReportInput): string {
  const ctx = writeContext(session);
  const { ledger } = session;
  const row = loadUserRow(ledger, input.userId);
  if (!row.announced_date) throw new DomainError('validation', 'gi_report_not_approved');
  const thisYear = Number(localIsoDate(session.now()).slice(0, 4));
  if (input.year < Number(row.announced_date.slice(0, 4)) || input.year > thisYear) throw new DomainError('validation', 'gi_report_year');
  if (!input.used && [input.quantity, input.valueFen, input.labelsPrinted].some((v) => v !== null && v > 0)) {
    throw new DomainError('validation', 'gi_report_unused_quantity');
  }
  checkNotFuture(session, input.reportedDate);
  const fields = {
    user_id: row.id,
    year: input.year,
    used: input.used ? 1 : 0,
    quantity: input.quantity,
    quantity_unit: input.quantityUnit,
    value_fen: input.valueFen,
    labels_printed: input.labelsPrinted,
    reported_date: input.reportedDate,
    note: input.note,
  };
  const existing = ledger.stmt('SELECT id FROM gi_use_reports WHERE user_id = ? AND year = ? AND deleted = 0').pluck().get(row.id, input.year) as
    string | undefined;
  if (existing) {
    updateRecord(ctx, 'gi_use_report', existing, fields);
    return existing;
  }
  return insertRecord(ctx, 'gi_use_report', fields);
}
