/** Editing the reference data: vocabulary items and holiday-calendar days, as this unit's own edits. */
import type { VocabularyItem } from '../../../shared/cases/types';
import type { VocabularyKind } from '../../../shared/cases/vocabulary';
import { DomainError } from '../../../shared/errors';
import type { CalendarEntry } from '../../../shared/reference/types';
import { insertRecord, updateRecord } from '../../store/change-log';
import type { Ledger } from '../../store/ledger';
import { listCalendar, listVocabulary } from '../core/reference-overlay';
import { writeContext, type Session } from '../core/session';

/** This unit's own edit of a (kind, code), which a save updates; another unit's edit is overridden by a new one of ours. */
function ownEdit(ledger: Ledger, unitCode: string, kind: string, code: string): string | undefined {
  return ledger
    .stmt('SELECT id FROM reference_items WHERE kind = ? AND code = ? AND unit_code = ? AND deleted = 0 ORDER BY updated_at DESC LIMIT 1')
    .pluck()
    .get(kind, code, unitCode) as string | undefined;
}

export function saveVocabularyItem(
  session: Session,
  input: { kind: VocabularyKind; code: string; name: string; nameEn: string; active: boolean },
): VocabularyItem[] {
  const ctx = writeContext(session);
  const existing = ownEdit(session.ledger, ctx.unitCode, input.kind, input.code);
  const fields = { kind: input.kind, code: input.code, name: input.name, name_en: input.nameEn, active: input.active ? 1 : 0 };
  if (existing) updateRecord(ctx, 'reference_item', existing, fields);
  else insertRecord(ctx, 'reference_item', fields);
  return listVocabulary(session.ledger, input.kind);
}

export function saveCalendarDay(session: Session, input: { date: string; kind: 'holiday' | 'workday' | 'ordinary'; name: string }): CalendarEntry[] {
  const ctx = writeContext(session);
  if (input.kind !== 'ordinary' && input.name === '') throw new DomainError('validation', 'calendar_needs_name');
  const existing = ownEdit(session.ledger, ctx.unitCode, 'holiday', input.date);
  const fields = { kind: 'holiday', code: input.date, name: input.name, name_en: '', active: 1, value: input.kind };
  if (existing) updateRecord(ctx, 'reference_item', existing, fields);
  else insertRecord(ctx, 'reference_item', fields);
  return listCalendar(session.ledger, Number(input.date.slice(0, 4)));
}
