/**
 * The only way to write a syncable row. Each call writes the row and one change-log entry — the
 * changed fields with their new values — in the same transaction, stamped with the
 * installation's hybrid logical clock. Merge works per field (every field of an entry carries the
 * entry's HLC). The `changes` table is append-only (triggers) and serves audit, sync and merge.
 */
import { v7 as uuidv7 } from 'uuid';
import { DomainError } from '../../shared/errors';
import { nextLocalStamp } from './clock';
import { hlcToString, parseHlc } from './hlc';
import { asChangeLogWriter, type Ledger } from './ledger';
import { entitySpec, type EntityName } from './syncable';
import { quoteIdent } from './write-guard';

export type FieldValue = string | number | null;

/** One row of the `changes` table as stored: one write of one record. */
export interface StoredChange {
  seq: number;
  entity: string;
  row_id: string;
  hlc: string;
  installation_id: string;
  user: string;
  unit_code: string;
  /** JSON object text: field → new value. */
  fields: string;
}

export interface WriteContext {
  ledger: Ledger;
  installationId: string;
  /** Operator name as shown in the audit trail. */
  user: string;
  /** Owning unit of rows this context creates. */
  unitCode: string;
  /** Injected for tests; wall clock otherwise. */
  now?: () => number;
}

interface StampedWrite {
  hlc: string;
  at: string;
}

/** Next HLC for this installation, read and persisted inside the caller's transaction. */
function nextStamp(ctx: WriteContext): StampedWrite {
  const next = nextLocalStamp(ctx.ledger, (ctx.now ?? Date.now)());
  return { hlc: hlcToString(next), at: new Date(next.millis).toISOString() };
}

function appendChange(ctx: WriteContext, stamp: StampedWrite, entity: string, rowId: string, unitCode: string, fields: Record<string, FieldValue>): void {
  ctx.ledger
    .stmt('INSERT INTO changes (entity, row_id, hlc, installation_id, user, unit_code, fields) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(entity, rowId, stamp.hlc, ctx.installationId, ctx.user, unitCode, JSON.stringify(fields));
}

function checkFields(entity: EntityName, fields: Record<string, FieldValue>): string[] {
  const allowed = entitySpec(entity).fields;
  const names = Object.keys(fields);
  for (const name of names) {
    if (!allowed.includes(name)) throw new Error(`${entity}.${name} is not a registered field`);
    const v = fields[name];
    if (v !== null && typeof v !== 'string' && typeof v !== 'number') throw new Error(`${entity}.${name}: unsupported value type`);
  }
  return names;
}

/**
 * A row is written only by the unit that owns it, here as on import (a league user editing a
 * county's case would change the league's copy alone: the edit would never travel and the two
 * ledgers would silently disagree).
 */
function checkOwner(ctx: WriteContext, entity: string, owner: string): void {
  if (owner !== ctx.unitCode) throw new DomainError('validation', 'not_owner', { entity, owner });
}

function isEmptyValue(value: FieldValue | undefined): boolean {
  return value === null || value === undefined || value === '';
}

/**
 * Runs one record's write: in its own transaction when called alone; inside the caller's
 * transaction when there is one, without a savepoint (issue 20: a savepoint per record cost ~15%
 * of bulk writes). That is safe because nothing here can fail after the row is written except
 * SQLite itself (disk full, I/O), which fails the whole transaction, and no caller catches a
 * change-log error and goes on writing in the same transaction.
 */
function inWrite<T>(ledger: Ledger, fn: () => T): T {
  return ledger.db.inTransaction ? fn() : ledger.write(fn);
}

/** Insert a new row; returns its UUIDv7. */
export function insertRecord(ctx: WriteContext, entity: EntityName, fields: Record<string, FieldValue>, id: string = uuidv7()): string {
  const { table } = entitySpec(entity);
  const names = checkFields(entity, fields);
  const { ledger } = ctx;
  return inWrite(ledger, () => {
    const stamp = nextStamp(ctx);
    const columns = ['id', 'unit_code', 'created_at', 'created_by', 'updated_at', 'updated_by', 'deleted', ...names];
    const sql = `INSERT INTO ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
    asChangeLogWriter(ledger, () => ledger.stmt(sql).run(id, ctx.unitCode, stamp.at, ctx.user, stamp.at, ctx.user, 0, ...names.map((n) => fields[n] ?? null)));
    // Empty values equal the column defaults every installation starts from: logging them would
    // only grow the log (a case has ~45 fields, most empty at first).
    const logged: Record<string, FieldValue> = { unit_code: ctx.unitCode, deleted: 0 };
    for (const n of names) if (!isEmptyValue(fields[n])) logged[n] = fields[n] ?? null;
    appendChange(ctx, stamp, entity, id, ctx.unitCode, logged);
    return id;
  });
}

/** Update the given fields; only fields whose value differs produce change entries. Returns how many changed. */
export function updateRecord(ctx: WriteContext, entity: EntityName, id: string, fields: Record<string, FieldValue>): number {
  const { table } = entitySpec(entity);
  const names = checkFields(entity, fields);
  const { ledger } = ctx;
  return inWrite(ledger, () => {
    const current = ledger.stmt(`SELECT * FROM ${quoteIdent(table)} WHERE id = ?`).get(id) as Record<string, FieldValue> | undefined;
    if (!current) throw new DomainError('not_found', `${entity} ${id} not found`);
    checkOwner(ctx, entity, current.unit_code as string);
    const changed = names.filter((n) => current[n] !== (fields[n] ?? null));
    if (changed.length === 0) return 0;
    const stamp = nextStamp(ctx);
    const sql = `UPDATE ${quoteIdent(table)} SET ${changed.map((n) => `${quoteIdent(n)} = ?`).join(', ')}, updated_at = ?, updated_by = ? WHERE id = ?`;
    asChangeLogWriter(ledger, () => ledger.stmt(sql).run(...changed.map((n) => fields[n] ?? null), stamp.at, ctx.user, id));
    const unitCode = current.unit_code as string;
    appendChange(ctx, stamp, entity, id, unitCode, Object.fromEntries(changed.map((n) => [n, fields[n] ?? null])));
    return changed.length;
  });
}

/** Tombstone a row (syncable rows are never deleted, so the deletion itself can sync). */
export function tombstoneRecord(ctx: WriteContext, entity: EntityName, id: string): void {
  const { table } = entitySpec(entity);
  const { ledger } = ctx;
  inWrite(ledger, () => {
    const current = ledger.stmt(`SELECT unit_code, deleted FROM ${quoteIdent(table)} WHERE id = ?`).get(id) as
      { unit_code: string; deleted: number } | undefined;
    if (!current) throw new DomainError('not_found', `${entity} ${id} not found`);
    checkOwner(ctx, entity, current.unit_code);
    if (current.deleted === 1) return;
    const stamp = nextStamp(ctx);
    asChangeLogWriter(ledger, () =>
      ledger.stmt(`UPDATE ${quoteIdent(table)} SET deleted = 1, updated_at = ?, updated_by = ? WHERE id = ?`).run(stamp.at, ctx.user, id),
    );
    appendChange(ctx, stamp, entity, id, current.unit_code, { deleted: 1 });
  });
}

/**
 * A baseline record every installation writes identically (the GI catalogue's seed entries):
 * the caller fixes the id, HLC, installation id and time, so the row and its change entry are
 * byte-for-byte the same everywhere and a copy arriving in a bundle is already known. Skips a
 * row that already exists. Returns whether it was inserted.
 */
export function insertBaselineRecord(
  ledger: Ledger,
  entity: EntityName,
  baseline: { id: string; unitCode: string; hlc: string; installationId: string; user: string; at: string },
  fields: Record<string, FieldValue>,
): boolean {
  const { table } = entitySpec(entity);
  const names = checkFields(entity, fields);
  return ledger.write(() => {
    if (ledger.stmt(`SELECT 1 FROM ${quoteIdent(table)} WHERE id = ?`).get(baseline.id)) return false;
    const columns = ['id', 'unit_code', 'created_at', 'created_by', 'updated_at', 'updated_by', 'deleted', ...names];
    const sql = `INSERT INTO ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
    const b = baseline;
    asChangeLogWriter(ledger, () => ledger.stmt(sql).run(b.id, b.unitCode, b.at, b.user, b.at, b.user, 0, ...names.map((n) => fields[n] ?? null)));
    const logged: Record<string, FieldValue> = { unit_code: b.unitCode, deleted: 0 };
    for (const n of names) if (!isEmptyValue(fields[n])) logged[n] = fields[n] ?? null;
    ledger
      .stmt('INSERT OR IGNORE INTO changes (entity, row_id, hlc, installation_id, user, unit_code, fields) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(entity, b.id, b.hlc, b.installationId, b.user, b.unitCode, JSON.stringify(logged));
    return true;
  });
}

/** A change-log entry as it travels in a bundle (the local `seq` stays behind). */
export interface RemoteChange {
  entity: string;
  rowId: string;
  hlc: string;
  installationId: string;
  user: string;
  unitCode: string;
  fields: Record<string, FieldValue>;
}

export type ApplyOutcome = 'known' | 'inserted' | 'updated' | 'stale';

/** (hlc, installation) order: the merge's tie-break is the installation id. */
function newer(a: { hlc: string; installation_id: string }, b: { hlc: string; installationId: string }): boolean {
  return a.hlc > b.hlc || (a.hlc === b.hlc && a.installation_id > b.installationId);
}

/** What applying a received change would do, worked out before anything is written. */
export interface RemotePlan {
  change: RemoteChange;
  outcome: ApplyOutcome;
  /** The row as stored now (null: a new row). */
  current: Record<string, FieldValue> | null;
  /** The fields whose value this change sets (it is the newest write of each), unit_code excluded. */
  winners: string[];
  /** The row as it will be after applying (for a new row: the column defaults with the change's fields). */
  merged: Record<string, FieldValue>;
}

const columnDefaults = new WeakMap<Ledger, Map<string, Record<string, FieldValue>>>();

/** A new row's values before its first write sets any field: the columns' SQL defaults. */
function defaultsOf(ledger: Ledger, table: string): Record<string, FieldValue> {
  let byTable = columnDefaults.get(ledger);
  if (!byTable) columnDefaults.set(ledger, (byTable = new Map()));
  const cached = byTable.get(table);
  if (cached) return cached;
  {
    const columns = ledger.db.prepare(`PRAGMA table_info(${quoteIdent(table)})`).all() as { name: string; dflt_value: string | null }[];
    const defaults: Record<string, FieldValue> = Object.fromEntries(
      columns.map((c) => {
        const d = c.dflt_value;
        if (d === null || d.toUpperCase() === 'NULL') return [c.name, null];
        if (/^'.*'$/s.test(d)) return [c.name, d.slice(1, -1).replace(/''/g, "'")];
        const n = Number(d);
        return [c.name, Number.isNaN(n) ? null : n];
      }),
    );
    byTable.set(table, defaults);
    return defaults;
  }
}

/**
 * Work out a received change: per field, the value with the greater (HLC, installation id) wins
 * (last-writer-wins per field). Reads only; the caller checks the merged row and then writes it
 * with `applyPlannedChange` (or drops it), so a refused record never touches the table.
 */
export function planRemoteChange(ledger: Ledger, change: RemoteChange): RemotePlan {
  const { table } = entitySpec(change.entity);
  const current = (ledger.stmt(`SELECT * FROM ${quoteIdent(table)} WHERE id = ?`).get(change.rowId) as Record<string, FieldValue> | undefined) ?? null;
  if (ledger.stmt('SELECT 1 FROM changes WHERE row_id = ? AND hlc = ? AND installation_id = ?').get(change.rowId, change.hlc, change.installationId))
    return { change, outcome: 'known', current, winners: [], merged: current ?? {} };
  const local = ledger
    .stmt(
      'SELECT hlc, installation_id, fields FROM changes WHERE row_id = ? AND seq NOT IN (SELECT seq FROM superseded_changes) ORDER BY hlc DESC, installation_id DESC',
    )
    .all(change.rowId) as {
    hlc: string;
    installation_id: string;
    fields: string;
  }[];
  const decoded = local.map((l) => ({ ...l, names: new Set(Object.keys(JSON.parse(l.fields) as object)) }));
  const winners = Object.keys(change.fields).filter((f) => {
    if (f === 'unit_code') return false;
    const latest = decoded.find((l) => l.names.has(f));
    return !latest || !newer(latest, change);
  });
  const base = current ?? { ...defaultsOf(ledger, table), id: change.rowId, unit_code: change.unitCode, deleted: 0 };
  const merged = { ...base };
  for (const f of winners) merged[f] = f === 'deleted' ? Number(change.fields.deleted ?? 0) : (change.fields[f] ?? null);
  const outcome: ApplyOutcome = !current ? 'inserted' : winners.length ? 'updated' : 'stale';
  return { change, outcome, current, winners, merged };
}

/**
 * Write a planned change: the row (its winning fields; created / updated follow the earliest /
 * latest entry whatever the order of arrival) and the entry, kept verbatim in the log so audit and
 * later exports see it. The caller checks authority and values first and runs this inside its
 * transaction. The row is written first: if SQLite refuses it, nothing of the change is written.
 */
export function applyPlannedChange(ledger: Ledger, plan: RemotePlan): ApplyOutcome {
  const { change, current } = plan;
  if (plan.outcome === 'known') return 'known';
  const { table } = entitySpec(change.entity);
  const at = parseHlcTime(change.hlc);
  asChangeLogWriter(ledger, () => {
    if (!current) {
      const names = plan.winners.filter((f) => f !== 'deleted');
      const cols = ['id', 'unit_code', 'created_at', 'created_by', 'updated_at', 'updated_by', 'deleted', ...names];
      ledger
        .stmt(`INSERT INTO ${quoteIdent(table)} (${cols.map(quoteIdent).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`)
        .run(
          change.rowId,
          change.unitCode,
          at,
          change.user,
          at,
          change.user,
          Number(change.fields.deleted ?? 0),
          ...names.map((n) => change.fields[n] ?? null),
        );
    } else {
      const sets = plan.winners.map((c) => `${quoteIdent(c)} = ?`);
      const values: FieldValue[] = plan.winners.map((c) => change.fields[c] ?? null);
      if (at < (current.created_at as string)) {
        sets.push('created_at = ?', 'created_by = ?');
        values.push(at, change.user);
      }
      if (at > (current.updated_at as string)) {
        sets.push('updated_at = ?', 'updated_by = ?');
        values.push(at, change.user);
      }
      if (sets.length) ledger.stmt(`UPDATE ${quoteIdent(table)} SET ${sets.join(', ')} WHERE id = ?`).run(...values, change.rowId);
    }
  });
  ledger
    .stmt('INSERT INTO changes (entity, row_id, hlc, installation_id, user, unit_code, fields) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(change.entity, change.rowId, change.hlc, change.installationId, change.user, change.unitCode, JSON.stringify(change.fields));
  return plan.outcome;
}

/** The ISO time part of an HLC: its first 24 characters (the format is fixed-width UTC). */
function parseHlcTime(hlc: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z-/.test(hlc)) parseHlc(hlc);
  return hlc.slice(0, 24);
}
