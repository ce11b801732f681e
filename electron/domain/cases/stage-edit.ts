/**
 * Correcting a stage entry that was recorded wrongly (a mistyped date or document number). The
 * entry keeps its place on the main path: its date must stay between its neighbours' dates, and
 * the case's own date column for that stage follows it. The change log keeps the old values.
 */
import { localIsoDate } from '../../../shared/calendar';
import type { StageEditInput } from '../../../shared/cases/schemas';
import { isMainStage, type StageCode } from '../../../shared/cases/vocabulary';
import { DomainError } from '../../../shared/errors';
import { updateRecord, type FieldValue } from '../../store/change-log';
import { writeContext, type Session } from '../core/session';
import { docNumberTaken, typedNumber } from './numbering';
import { loadCaseRow } from './write';

/** The case column that mirrors a stage's date. */
const DATE_COLUMN: Partial<Record<StageCode, string>> = {
  CLUE: 'lead_date',
  FILE: 'filed_date',
  DECIDE: 'decided_date',
  SERVE: 'served_date',
  PUBLISH: 'published_date',
  CLOSE: 'closed_date',
  TRANSFER_POLICE: 'police_transfer_date',
};

interface EventRow {
  id: string;
  stage: StageCode;
  date: string;
  doc_number: string;
  doc_type: string | null;
  created_at: string;
}

export function editStageEvent(session: Session, input: StageEditInput): void {
  const ctx = writeContext(session);
  const { ledger } = session;
  const row = loadCaseRow(ledger, input.caseId);
  const events = ledger
    .stmt('SELECT id, stage, date, doc_number, doc_type, created_at FROM case_events WHERE case_id = ? AND deleted = 0 ORDER BY date, created_at')
    .all(row.id) as EventRow[];
  const event = events.find((e) => e.id === input.eventId);
  if (!event) throw new DomainError('not_found', `stage entry ${input.eventId} not found`);
  if (input.date > localIsoDate(session.now())) throw new DomainError('validation', 'date_in_future');
  if (isMainStage(event.stage)) {
    const path = events.filter((e) => isMainStage(e.stage));
    const i = path.findIndex((e) => e.id === event.id);
    const before = path[i - 1];
    const after = path[i + 1];
    if ((before && input.date < before.date) || (after && input.date > after.date)) throw new DomainError('validation', 'dates_out_of_order');
  } else if (input.date < row.lead_date) {
    throw new DomainError('validation', 'dates_out_of_order');
  }
  const doc = input.docNumber === '' ? { number: '', year: null, serial: null } : typedNumber(input.docNumber);
  if (doc.number !== event.doc_number && doc.number !== '' && event.doc_type && docNumberTaken(ledger, ctx.unitCode, doc.number)) {
    throw new DomainError('validation', 'doc_number_taken');
  }
  ledger.write(() => {
    const fields: Record<string, FieldValue> = { date: input.date, note: input.note };
    // The filing entry's number is the case number, which is edited on the case itself.
    if (event.stage !== 'FILE' && event.stage !== 'CLUE') {
      fields.doc_number = doc.number;
      if (event.doc_type) Object.assign(fields, { doc_year: doc.year, doc_seq: doc.serial });
    }
    updateRecord(ctx, 'case_event', event.id, fields);
    const caseFields: Record<string, FieldValue> = {};
    const column = DATE_COLUMN[event.stage];
    if (column) caseFields[column] = input.date;
    if (event.stage === 'DECIDE') caseFields.decision_number = doc.number;
    if (Object.keys(caseFields).length) updateRecord(ctx, 'case', row.id, caseFields);
  });
}
