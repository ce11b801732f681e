/** Reading the change log for audit views: who changed which field from what to what, when. */
import type { ChangeEntry, ChangePage } from '../../shared/changes';
import type { StoredChange } from '../store/change-log';
import type { Ledger } from '../store/ledger';

interface ChangeRow extends StoredChange {
  previous: string | null;
}

// The previous value is the winning entry just before this one in (hlc, installation) order:
// the same rule the merge uses, so the history reads the same on every installation.
const SELECT = `
  SELECT c.*, (
    SELECT p.value FROM changes p
    WHERE p.entity = c.entity AND p.row_id = c.row_id AND p.field = c.field
      AND (p.hlc < c.hlc OR (p.hlc = c.hlc AND p.installation_id < c.installation_id))
    ORDER BY p.hlc DESC, p.installation_id DESC LIMIT 1
  ) AS previous
  FROM changes c`;

/** Only the filters actually given go into the SQL, so SQLite can walk the right index. */
function pageSql(query: { entity?: string; rowId?: string; beforeSeq?: number }): string {
  const where: string[] = [];
  if (query.entity !== undefined) where.push('c.entity = :entity');
  if (query.rowId !== undefined) where.push('c.row_id = :rowId');
  if (query.beforeSeq !== undefined) where.push('c.seq < :beforeSeq');
  return `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY c.seq DESC LIMIT :limit`;
}

function toEntry(r: ChangeRow): ChangeEntry {
  return {
    seq: r.seq,
    entity: r.entity,
    rowId: r.row_id,
    field: r.field,
    previous: r.previous,
    value: r.value,
    hlc: r.hlc,
    at: r.hlc.slice(0, 24),
    installationId: r.installation_id,
    user: r.user,
    unitCode: r.unit_code,
  };
}

/** Newest first, for a set of rows (a record and the rows that belong to it). */
export function listChangesForRows(ledger: Ledger, rowIds: string[], limit: number): ChangeEntry[] {
  if (rowIds.length === 0) return [];
  const rows = ledger.db.prepare(`${SELECT} WHERE c.row_id IN (${rowIds.map(() => '?').join(', ')}) ORDER BY c.seq DESC LIMIT ?`).all(...rowIds, limit) as ChangeRow[];
  return rows.map(toEntry);
}

export function listChanges(ledger: Ledger, query: { entity?: string; rowId?: string; beforeSeq?: number; limit: number }): ChangePage {
  const params: Record<string, string | number> = { limit: query.limit + 1 };
  if (query.entity !== undefined) params.entity = query.entity;
  if (query.rowId !== undefined) params.rowId = query.rowId;
  if (query.beforeSeq !== undefined) params.beforeSeq = query.beforeSeq;
  const rows = ledger.stmt(pageSql(query)).all(params) as ChangeRow[];
  const page = rows.slice(0, query.limit);
  const entries: ChangeEntry[] = page.map(toEntry);
  const last = page[page.length - 1];
  return { entries, nextBeforeSeq: rows.length > query.limit && last ? last.seq : null };
}
