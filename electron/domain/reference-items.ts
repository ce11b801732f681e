/**
 * Editable reference data: shipped rows (ref_vocabulary, ref_holidays) with this ledger's edits
 * (syncable `reference_items`) layered on top. The newest edit of a (kind, code) wins.
 */
import { calendarFrom, type HolidayCalendar } from '../../shared/calendar';
import type { VocabularyItem } from '../../shared/cases/types';
import type { VocabularyKind } from '../../shared/cases/vocabulary';
import { DomainError } from '../../shared/errors';
import type { CalendarEntry, HolidayEntry } from '../../shared/reference';
import { insertRecord, updateRecord } from '../store/change-log';
import type { Ledger } from '../store/ledger';
import { getSetting } from './local-settings';
import { writeContext, type Session } from './session';

interface ItemRow {
  id: string;
  kind: string;
  code: string;
  name: string;
  name_en: string;
  active: number;
  value: string;
}

/**
 * The units whose edits this ledger uses: its own and its league's (a county follows the league's
 * calendar and vocabularies; the league does not take a county's holiday into its own deadlines).
 * Other counties' edits arrive at the league with their bundles but stay theirs.
 */
function editingUnits(ledger: Ledger): [string, string] {
  const unit = getSetting(ledger, 'unit_code') ?? '';
  const parent = (ledger.stmt('SELECT parent_code FROM ref_regions WHERE code = ?').pluck().get(unit) as string | null | undefined) ?? unit;
  return [unit, parent];
}

/** Live edits of one kind that this ledger uses, newest per code. */
function edits(ledger: Ledger, kind: string): Map<string, ItemRow> {
  const [unit, parent] = editingUnits(ledger);
  const rows = ledger
    .stmt('SELECT * FROM reference_items WHERE kind = ? AND deleted = 0 AND unit_code IN (?, ?) ORDER BY updated_at, id')
    .all(kind, unit, parent) as ItemRow[];
  return new Map(rows.map((r) => [r.code, r]));
}

/** This unit's own edit of a (kind, code), which a save updates; another unit's edit is overridden by a new one of ours. */
function ownEdit(ledger: Ledger, unitCode: string, kind: string, code: string): string | undefined {
  return ledger
    .stmt('SELECT id FROM reference_items WHERE kind = ? AND code = ? AND unit_code = ? AND deleted = 0 ORDER BY updated_at DESC LIMIT 1')
    .pluck()
    .get(kind, code, unitCode) as string | undefined;
}

export function listVocabulary(ledger: Ledger, kind?: VocabularyKind): VocabularyItem[] {
  const shipped = (
    kind
      ? ledger.stmt('SELECT * FROM ref_vocabulary WHERE kind = ? ORDER BY ord').all(kind)
      : ledger.stmt('SELECT * FROM ref_vocabulary ORDER BY kind, ord').all()
  ) as { kind: VocabularyKind; code: string; name: string; name_en: string }[];
  const kinds = kind ? [kind] : [...new Set(shipped.map((s) => s.kind))];
  const out: VocabularyItem[] = [];
  for (const k of kinds) {
    const edited = edits(ledger, k);
    for (const s of shipped.filter((r) => r.kind === k)) {
      const e = edited.get(s.code);
      edited.delete(s.code);
      out.push(
        e
          ? { kind: k, code: s.code, name: e.name, nameEn: e.name_en, active: e.active === 1, origin: 'edited' }
          : { kind: k, code: s.code, name: s.name, nameEn: s.name_en, active: true, origin: 'shipped' },
      );
    }
    for (const e of edited.values()) out.push({ kind: k, code: e.code, name: e.name, nameEn: e.name_en, active: e.active === 1, origin: 'edited' });
  }
  return out;
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

/** Codes of the active vocabulary items of a kind (what a case may be tagged with). */
export function activeCodes(ledger: Ledger, kind: VocabularyKind): Set<string> {
  return new Set(
    listVocabulary(ledger, kind)
      .filter((v) => v.active)
      .map((v) => v.code),
  );
}

/** The holiday calendar in effect: shipped days, with local / league edits applied. */
export function listCalendar(ledger: Ledger, year?: number): CalendarEntry[] {
  const shipped = (
    year === undefined
      ? ledger.stmt('SELECT * FROM ref_holidays ORDER BY date').all()
      : ledger.stmt('SELECT * FROM ref_holidays WHERE date >= ? AND date < ? ORDER BY date').all(`${year}-01-01`, `${year + 1}-01-01`)
  ) as HolidayEntry[];
  const byDate = new Map<string, CalendarEntry>(shipped.map((h) => [h.date, { ...h, origin: 'shipped' }]));
  for (const e of edits(ledger, 'holiday').values()) {
    if (year !== undefined && !e.code.startsWith(`${year}-`)) continue;
    if (e.value === 'ordinary' || e.active === 0) byDate.delete(e.code);
    else byDate.set(e.code, { date: e.code, kind: e.value === 'workday' ? 'workday' : 'holiday', name: e.name, source: e.name_en, origin: 'edited' });
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

export function loadCalendar(ledger: Ledger): HolidayCalendar {
  return calendarFrom(listCalendar(ledger));
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
