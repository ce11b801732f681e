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
  if (newest && now.getTime() - fs.statSync(path.join(dir, newest)).mtimeMs < intervalMillis) return null;
  const target = path.join(dir, `${SCHEDULED_PREFIX}${stamp(now)}.sqlite`);
  await db.backup(target);
  const all = [...existing, path.basename(target)].sort();
  for (const old of all.slice(0, Math.max(0, all.length - SCHEDULED_BACKUPS_KEPT))) fs.rmSync(path.join(dir, old), { force: true });
  return target;
}
