/**
 * Reading the change log for audit views: who changed which field from what to what, when.
 * The log stores one entry per write (a JSON object of fields); views get one entry per field.
 */
import type { ChangeEntry, ChangePage } from '../../../shared/history/types';
import type { StoredChange } from '../../store/change-log';
import type { Ledger } from '../../store/ledger';

/** Values each field had before each write of a row, keyed by write seq → field → JSON text. */
type PreviousValues = Map<number, Map<string, string | null>>;

// The previous value is the winning value just before this write in (hlc, installation) order:
// the same rule the merge uses, so the history reads the same on every installation.
function previousValues(ledger: Ledger, rowIds: Iterable<string>): PreviousValues {
  const out: PreviousValues = new Map();
  const stmt = ledger.stmt('SELECT seq, fields FROM changes WHERE row_id = ? AND seq NOT IN (SELECT seq FROM superseded_changes) ORDER BY hlc, installation_id');
  for (const rowId of new Set(rowIds)) {
    const current = new Map<string, string>();
    for (const w of stmt.all(rowId) as Pick<StoredChange, 'seq' | 'fields'>[]) {
      const fields = JSON.parse(w.fields) as Record<string, unknown>;
      const before = new Map<string, string | null>();
      for (const [field, value] of Object.entries(fields)) {
        before.set(field, current.get(field) ?? null);
        current.set(field, JSON.stringify(value));
      }
      out.set(w.seq, before);
    }
  }
  return out;
}

function expand(writes: StoredChange[], previous: PreviousValues): ChangeEntry[] {
  return writes.flatMap((w) =>
    Object.entries(JSON.parse(w.fields) as Record<string, unknown>).map(([field, value]) => ({
      seq: w.seq,
      entity: w.entity,
      rowId: w.row_id,
      field,
      previous: previous.get(w.seq)?.get(field) ?? null,
      value: JSON.stringify(value),
      hlc: w.hlc,
      at: w.hlc.slice(0, 24),
      installationId: w.installation_id,
      user: w.user,
      unitCode: w.unit_code,
    })),
  );
}

/** Only the filters actually given go into the SQL, so SQLite can walk the right index. */
function pageSql(query: { entity?: string; rowId?: string; beforeSeq?: number }): string {
  // Entries written again after a wrong PC date (store/restamp.ts) show once, as written again.
  const where: string[] = ['seq NOT IN (SELECT seq FROM superseded_changes)'];
  if (query.entity !== undefined) where.push('entity = :entity');
  if (query.rowId !== undefined) where.push('row_id = :rowId');
  if (query.beforeSeq !== undefined) where.push('seq < :beforeSeq');
  return `SELECT * FROM changes WHERE ${where.join(' AND ')} ORDER BY seq DESC LIMIT :limit`;
}

/** A page of writes (newest first), expanded to field entries; `limit` counts writes. */
export function listChanges(ledger: Ledger, query: { entity?: string; rowId?: string; beforeSeq?: number; limit: number }): ChangePage {
  const params: Record<string, string | number> = { limit: query.limit + 1 };
  if (query.entity !== undefined) params.entity = query.entity;
  if (query.rowId !== undefined) params.rowId = query.rowId;
  if (query.beforeSeq !== undefined) params.beforeSeq = query.beforeSeq;
  const rows = ledger.stmt(pageSql(query)).all(params) as StoredChange[];
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    entries: expand(
      page,
      previousValues(
        ledger,
        page.map((w) => w.row_id),
      ),
    ),
    nextBeforeSeq: rows.length > query.limit && last ? last.seq : null,
  };
}

/** Newest first, for a set of rows (a record and the rows that belong to it). */
export function listChangesForRows(ledger: Ledger, rowIds: string[], limit: number): ChangeEntry[] {
  if (rowIds.length === 0) return [];
  const writes = ledger.db
    .prepare(
      `SELECT * FROM changes WHERE row_id IN (${rowIds.map(() => '?').join(', ')}) AND seq NOT IN (SELECT seq FROM superseded_changes) ORDER BY seq DESC LIMIT ?`,
    )
    .all(...rowIds, limit) as StoredChange[];
  return expand(writes, previousValues(ledger, rowIds));
}
