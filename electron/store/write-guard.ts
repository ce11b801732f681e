/**
 * Syncable tables can be written only through the change log (change-log.ts). Every table that
 * has the syncable columns gets triggers that abort a write unless the connection's JS guard
 * says the change-log helper is the caller. DELETE is never allowed: rows are tombstoned.
 * The guard is a SQL function registered per connection, so a raw `sqlite3` shell cannot write
 * these tables either ("no such function"), which is what we want for the only copy of a ledger.
 */
import type Database from 'better-sqlite3';

export const SYNCABLE_COLUMNS = ['id', 'unit_code', 'created_at', 'created_by', 'updated_at', 'updated_by', 'deleted'] as const;
export const GUARD_FUNCTION = 'ledger_change_log_writer';

export function listSyncableTables(db: Database.Database): string[] {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  return tables.filter((table) => {
    const columns = new Set((db.prepare(`PRAGMA table_info(${quoteIdent(table)})`).all() as { name: string }[]).map((c) => c.name));
    return SYNCABLE_COLUMNS.every((c) => columns.has(c));
  });
}

export function installWriteGuards(db: Database.Database): void {
  for (const table of listSyncableTables(db)) {
    const t = quoteIdent(table);
    const message = `${table} is a syncable table: write it through the change log`;
    for (const op of ['INSERT', 'UPDATE'] as const) {
      db.exec(
        `CREATE TRIGGER IF NOT EXISTS ${quoteIdent(`guard_${table}_${op.toLowerCase()}`)} BEFORE ${op} ON ${t}
         WHEN ${GUARD_FUNCTION}() = 0 BEGIN SELECT RAISE(ABORT, '${message}'); END;`,
      );
    }
    db.exec(
      `CREATE TRIGGER IF NOT EXISTS ${quoteIdent(`guard_${table}_delete`)} BEFORE DELETE ON ${t}
       BEGIN SELECT RAISE(ABORT, '${table} rows are never deleted: tombstone them through the change log'); END;`,
    );
  }
}

export function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unexpected SQL identifier: ${name}`);
  return `"${name}"`;
}
