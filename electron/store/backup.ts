/**
 * Backups with SQLite's online backup API: before every migration, and on a schedule while the
 * app runs (the ledger is the office's only copy). Backups live in `<data dir>/backups/`.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';

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
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, `ledger-v${from}-before-v${to}-${stamp(new Date())}.sqlite`);
  await db.backup(target);
  return target;
}

/** Take a scheduled backup when the newest one is older than `intervalMillis`; prune old ones. */
export async function scheduledBackup(db: Database.Database, ledgerFile: string, intervalMillis: number, now = new Date()): Promise<string | null> {
  const dir = backupsDir(ledgerFile);
  fs.mkdirSync(dir, { recursive: true });
  const existing = fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(SCHEDULED_PREFIX))
    .sort();
  const newest = existing[existing.length - 1];
  const newestAt = newest ? stampTime(newest.slice(SCHEDULED_PREFIX.length)) : null;
  if (newestAt !== null && now.getTime() - newestAt < intervalMillis) return null;
  const target = path.join(dir, `${SCHEDULED_PREFIX}${stamp(now)}.sqlite`);
  await db.backup(target);
  const all = [...existing, path.basename(target)].sort();
  for (const old of all.slice(0, Math.max(0, all.length - SCHEDULED_BACKUPS_KEPT))) fs.rmSync(path.join(dir, old), { force: true });
  return target;
}
