/**
 * The reference data in effect, for every feature: shipped rows (ref_vocabulary, ref_holidays)
 * with this ledger's edits and its league's (syncable `reference_items`) layered on top; the
 * newest edit of a (kind, code) wins. Saving edits is the reference feature's (reference/edits.ts).
 */
import { calendarFrom, type HolidayCalendar } from '../../../shared/calendar';
import type { VocabularyItem } from '../../../shared/cases/types';
import type { VocabularyKind } from '../../../shared/cases/vocabulary';
import type { CalendarEntry, HolidayEntry } from '../../../shared/reference/types';
import type { Ledger } from '../../store/ledger';
import { getSetting } from './local-settings';

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

