/**
 * Backups with SQLite's online backup API: before every migration, and on a schedule while the
 * app runs (the ledger is the office's only copy). Backups live in `<data dir>/backups/`.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ownerOnlyDir, ownerOnlyFile } from './private-files';

const SCHEDULED_PREFIX = 'ledger-scheduled-';
export const SCHEDULED_BACKUPS_KEPT = 7;

export function backupsDir(ledgerFile: string): string {
  return path.join(path.dirname(ledgerFile), 'backups');
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
}

/** Inverse of stamp(): the UTC time encoded in a backup's file name. */
function stampTime(name: string): number | null {
  const m = /^(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})/.exec(name);
  return m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!) : null;
}

export async function backupBeforeMigration(db: Database.Database, ledgerFile: string, from: number, to: number): Promise<string> {
  const dir = backupsDir(ledgerFile);
  ownerOnlyDir(dir);
  const target = path.join(dir, `ledger-v${from}-before-v${to}-${stamp(new Date())}.sqlite`);
  await db.backup(target);
  ownerOnlyFile(target);
  return target;
}

const PARTIAL_SUFFIX = '.partial';

/**
 * Take a scheduled backup when the newest one is older than `intervalMillis`; prune old ones.
 * The copy is written to `<name>.partial` in steps (SQLite's online backup, 100 pages a step, so
 * calls are answered between steps) and renamed when complete: a copy cut short by closing the
 * app (`signal`) or by a crash is never mistaken for a backup. Partial copies left by an earlier
 * run are removed first, and since the last complete backup is then still old, this run takes it.
 */
export async function scheduledBackup(
  db: Database.Database,
  ledgerFile: string,
  intervalMillis: number,
  now = new Date(),
  signal?: AbortSignal,
): Promise<string | null> {
  const dir = backupsDir(ledgerFile);
  ownerOnlyDir(dir);
  const names = fs.readdirSync(dir).filter((f) => f.startsWith(SCHEDULED_PREFIX));
  for (const partial of names.filter((f) => f.endsWith(PARTIAL_SUFFIX))) fs.rmSync(path.join(dir, partial), { force: true });
  const existing = names.filter((f) => f.endsWith('.sqlite')).sort();
  const newest = existing[existing.length - 1];
  const newestAt = newest ? stampTime(newest.slice(SCHEDULED_PREFIX.length)) : null;
  if (newestAt !== null && now.getTime() - newestAt < intervalMillis) return null;
  const target = path.join(dir, `${SCHEDULED_PREFIX}${stamp(now)}.sqlite`);
  const partial = target + PARTIAL_SUFFIX;
  try {
    await db.backup(partial, {
      progress: () => {
        if (signal?.aborted) throw new BackupInterrupted();
        return 100;
      },
    });
    if (signal?.aborted) throw new BackupInterrupted();
    singleFile(partial);
    ownerOnlyFile(partial);
    fs.renameSync(partial, target);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  const all = [...existing, path.basename(target)].sort();
  for (const old of all.slice(0, Math.max(0, all.length - SCHEDULED_BACKUPS_KEPT)))
    for (const f of [old, `${old}-wal`, `${old}-shm`]) fs.rmSync(path.join(dir, f), { force: true });
  return target;
}

/**
 * The copy inherits the ledger's WAL mode; switched to a rollback journal it is one
 * self-contained file (copied to a USB stick as it is, opened read-only without sidecar files).
 */
function singleFile(file: string): void {
  const copy = new Database(file);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/** A scheduled backup stopped because the app is closing; the next start takes it again. */
export class BackupInterrupted extends Error {
  override name = 'BackupInterrupted';
  constructor() {
    super('scheduled backup interrupted by closing the ledger; it is taken again at the next start');
  }
}
