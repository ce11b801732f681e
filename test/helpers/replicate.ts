/**
 * A stand-in for the bundle exchange (issue 6) in tests written before it: copies one ledger's
 * change-log entries of the given entities into another ledger, creating or updating the rows,
 * and keeping each entry verbatim (same row id, HLC and installation), in the source's order.
 * It does no field-level merge, authority check or verification — the bundle import will.
 */
import type { StoredChange } from '../../electron/store/change-log';
import { asChangeLogWriter, type Ledger } from '../../electron/store/ledger';
import { entitySpec } from '../../electron/store/syncable';

export function replicate(from: Ledger, to: Ledger, entities: readonly string[]): number {
  const entries = from.db
    .prepare('SELECT * FROM changes WHERE entity IN (SELECT value FROM json_each(?)) ORDER BY seq')
    .all(JSON.stringify(entities)) as StoredChange[];
  const known = to.db.prepare('SELECT 1 FROM changes WHERE row_id = ? AND hlc = ? AND installation_id = ?');
  let applied = 0;
  to.db.transaction(() => {
    for (const e of entries) {
      if (known.get(e.row_id, e.hlc, e.installation_id)) continue;
      const { table } = entitySpec(e.entity);
      const fields = JSON.parse(e.fields) as Record<string, string | number | null>;
      const at = e.hlc.slice(0, 24);
      const names = Object.keys(fields).filter((n) => n !== 'unit_code' && n !== 'deleted');
      const exists = to.db.prepare(`SELECT 1 FROM "${table}" WHERE id = ?`).get(e.row_id);
      asChangeLogWriter(to, () => {
        if (!exists) {
          const columns = ['id', 'unit_code', 'created_at', 'created_by', 'updated_at', 'updated_by', 'deleted', ...names];
          to.db
            .prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)
            .run(e.row_id, e.unit_code, at, e.user, at, e.user, fields.deleted ?? 0, ...names.map((n) => fields[n] ?? null));
        } else {
          const sets = [...names, ...('deleted' in fields ? ['deleted'] : [])];
          to.db
            .prepare(`UPDATE "${table}" SET ${sets.map((c) => `"${c}" = ?`).join(', ')}, updated_at = ?, updated_by = ? WHERE id = ?`)
            .run(...sets.map((n) => fields[n] ?? null), at, e.user, e.row_id);
        }
      });
      to.db
        .prepare('INSERT INTO changes (entity, row_id, hlc, installation_id, user, unit_code, fields) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(e.entity, e.row_id, e.hlc, e.installation_id, e.user, e.unit_code, e.fields);
      applied++;
    }
  })();
  return applied;
}

/** What the league sends counties (plans, tasks, indicators) and what counties send back (reports). */
export const LEAGUE_PLAN_ENTITIES = ['plan', 'plan_file', 'plan_task', 'indicator', 'indicator_target'] as const;
export const COUNTY_PLAN_ENTITIES = ['task_report', 'plan_summary', 'report_file', 'indicator_value'] as const;
