/**
 * The one store module: opens a ledger file, sets the pragmas, migrates, caches statements and
 * closes it. Everything that touches SQLite goes through a `Ledger`.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { ownerOnlyFile } from './private-files';
import { DomainError } from '../../shared/errors';
import { backupBeforeMigration } from './backup';
import { applyPendingMigrations, latestVersion, loadMigrations, type Migration } from './migrations';
import { GUARD_FUNCTION } from './write-guard';

export interface Ledger {
  readonly db: Database.Database;
  readonly file: string;
  readonly schemaVersion: number;
  /** A prepared statement, compiled once per connection; returns rows as objects unless the caller asks `.pluck()` / `.raw()`. */
  stmt(sql: string): Database.Statement;
  /**
   * Run `fn` in a write transaction that takes SQLite's write lock at BEGIN (BEGIN IMMEDIATE), so
   * a second process (the CLI while the app runs) waits its turn for up to the busy timeout
   * instead of failing halfway with "database is locked". Nested calls become savepoints.
   */
  write<T>(fn: () => T): T;
  close(): void;
}

/** How long a write waits for another process's transaction before giving up (ms). */
export const BUSY_TIMEOUT_MS = 30_000;

/** SQLite gave up waiting for another connection's lock (busy timeout exceeded). */
export function isLedgerBusy(error: unknown): boolean {
  return error instanceof Database.SqliteError && /^SQLITE_(BUSY|LOCKED)/.test(error.code);
}

/** The message a user gets when another window or command holds the ledger for longer than the busy timeout. */
export const LEDGER_BUSY_MESSAGE =
  '账本正被另一个窗口或命令使用，请等它完成后再试 / the ledger is in use by another window or command; try again when it has finished';

export interface OpenOptions {
  migrations?: Migration[];
  /** Refuse to create a new file (CLI `info`, tests of existing ledgers). */
  mustExist?: boolean;
  /** How long a write waits for another process's lock (default BUSY_TIMEOUT_MS; tests shorten it). */
  busyTimeoutMs?: number;
}

const writerDepth = new WeakMap<Database.Database, number>();

/**
 * Lets the change-log helper write syncable tables. Only change-log.ts may call this
 * (test/unit/write-guard.test.ts checks the imports).
 */
export function asChangeLogWriter<T>(ledger: Ledger, fn: () => T): T {
  const depth = writerDepth.get(ledger.db) ?? 0;
  writerDepth.set(ledger.db, depth + 1);
  try {
    return fn();
  } finally {
    writerDepth.set(ledger.db, depth);
  }
}

function ledgerTooNewMessage(fileVersion: number, appVersion: number): string {
  return `该账本由更新版本的程序创建（数据结构版本 ${fileVersion}，本程序支持到 ${appVersion}），请升级 IP Ledger 后再打开；文件未作任何改动。 / This ledger was written by a newer version (schema ${fileVersion} > ${appVersion}); update the app. The file was not changed.`;
}

function probeVersion(file: string): number | null {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) return null;
  // A read-only connection to a WAL database creates -wal/-shm files it cannot remove on close;
  // remove the ones the probe created so a refused ledger's folder is left exactly as it was.
  const sidecars = [`${file}-wal`, `${file}-shm`].filter((f) => !fs.existsSync(f));
  const probe = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return probe.pragma('user_version', { simple: true }) as number;
  } finally {
    probe.close();
    for (const f of sidecars) fs.rmSync(f, { force: true });
  }
}

export async function openLedger(file: string, options: OpenOptions = {}): Promise<Ledger> {
  const migrations = options.migrations ?? loadMigrations();
  const appVersion = latestVersion(migrations);
  if (options.mustExist && !fs.existsSync(file)) throw new DomainError('not_found', `ledger not found: ${file}`);

  // Check the version on a read-only connection first, so a ledger from the future is left
  // byte-for-byte as it was (setting WAL mode alone would rewrite its header).
  const existingVersion = probeVersion(file);
  if (existingVersion !== null && existingVersion > appVersion) {
    throw new DomainError('ledger_too_new', ledgerTooNewMessage(existingVersion, appVersion));
  }

  const db = new Database(file, { fileMustExist: options.mustExist ?? false });
  // Owner-only before the first write; SQLite creates -wal and -shm with the ledger's own mode.
  for (const f of [file, `${file}-wal`, `${file}-shm`]) ownerOnlyFile(f);
  try {
    db.function(GUARD_FUNCTION, { deterministic: false }, () => ((writerDepth.get(db) ?? 0) > 0 ? 1 : 0));
    db.pragma('journal_mode = WAL');
    // The ledger is the only copy of the office's records: pay for full durability.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? BUSY_TIMEOUT_MS))}`);
    // SQLite's default page cache is 2 MB; the case list's indexes at a million cases need more to
    // stay in memory between queries. 64 MB is little for an office PC and is only used as touched.
    db.pragma('cache_size = -65536');

    const before = db.pragma('user_version', { simple: true }) as number;
    if (before < appVersion) {
      if (before > 0) await backupBeforeMigration(db, file, before, appVersion);
      applyPendingMigrations(db, migrations);
    }

    const cache = new Map<string, Database.Statement>();
    let closed = false;
    return {
      db,
      file,
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      stmt(sql: string) {
        let s = cache.get(sql);
        if (!s) {
          s = db.prepare(sql);
          cache.set(sql, s);
          return s;
        }
        // A cached statement is shared: `.pluck()` or `.raw()` by one caller would otherwise change
        // what the next caller of the same SQL gets back. Each caller starts from rows as objects.
        return s.reader ? s.pluck(false).raw(false) : s;
      },
      write<T>(fn: () => T): T {
        return db.transaction(fn).immediate();
      },
      close() {
        if (closed) return;
        closed = true;
        db.pragma('optimize');
        db.close();
      },
    };
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Thrown by `write()` on a read-only connection; SQLite's own refusal (query_only) looks the same to callers. */
export class ReadOnlyLedger extends Error {
  constructor() {
    super('this connection is read-only');
  }
}

/** A write reached a read-only connection (the data worker's reader): the call belongs on the writer. */
export function isReadOnlyRefusal(error: unknown): boolean {
  return error instanceof ReadOnlyLedger || (error instanceof Database.SqliteError && error.code.startsWith('SQLITE_READONLY'));
}

/**
 * A second, read-only connection to a ledger the writer has already opened and migrated (issue 20:
 * reads answer while a long import or export holds the writer). WAL lets it read the last
 * committed state while the writer's transaction runs; `query_only` makes any write attempt fail
 * before it changes anything, so a call wrongly routed here is refused and sent to the writer.
 */
export function openReadOnlyLedger(file: string): Ledger {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.function(GUARD_FUNCTION, { deterministic: false }, () => 0);
    db.pragma('query_only = ON');
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('cache_size = -65536');
    const cache = new Map<string, Database.Statement>();
    let closed = false;
    return {
      db,
      file,
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      stmt(sql: string) {
        let s = cache.get(sql);
        if (!s) {
          s = db.prepare(sql);
          cache.set(sql, s);
          return s;
        }
        return s.reader ? s.pluck(false).raw(false) : s;
      },
      write<T>(): T {
        throw new ReadOnlyLedger();
      },
      close() {
        if (closed) return;
        closed = true;
        db.close();
      },
    };
  } catch (error) {
    db.close();
    throw error;
  }
}

/** The schema version this build of the app writes. */
export function appSchemaVersion(): number {
  return latestVersion(loadMigrations());
}
