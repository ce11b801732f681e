/**
 * Numbered .sql migrations (NNNN_name.sql beside this file; the build copies them next to the
 * bundle). `PRAGMA user_version` is the number of the last one applied. All pending ones run
 * in one transaction, so a ledger is always at a version that exists.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { installWriteGuards } from './write-guard';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const FILE_PATTERN = /^(\d{4})_([a-z0-9_]+)\.sql$/;

export function migrationsDir(): string {
  return path.join(__dirname, 'migrations');
}

export function loadMigrations(dir = migrationsDir()): Migration[] {
  const files = fs.readdirSync(dir).filter((f) => FILE_PATTERN.test(f));
  const migrations = files
    .map((file) => {
      const m = FILE_PATTERN.exec(file) as RegExpExecArray;
      return { version: Number(m[1]), name: m[2] as string, sql: fs.readFileSync(path.join(dir, file), 'utf8') };
    })
    .sort((a, b) => a.version - b.version);
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migrations must be numbered 0001, 0002, … without gaps; found ${m.version} at position ${i + 1}`);
  });
  if (migrations.length === 0) throw new Error(`no migrations found in ${dir}`);
  return migrations;
}

export function latestVersion(migrations: Migration[]): number {
  return migrations.length === 0 ? 0 : (migrations[migrations.length - 1] as Migration).version;
}

/**
 * Apply every migration above the current user_version in one transaction. BEGIN IMMEDIATE, and
 * the version read again inside it: a second process opening the same old ledger waits, then
 * finds it migrated.
 */
export function applyPendingMigrations(db: Database.Database, migrations: Migration[]): number {
  return db
    .transaction(() => {
      const current = db.pragma('user_version', { simple: true }) as number;
      const pending = migrations.filter((m) => m.version > current);
      if (pending.length === 0) return current;
      const target = latestVersion(migrations);
      for (const m of pending) db.exec(m.sql);
      installWriteGuards(db);
      // user_version lives in the database header and is rolled back with the transaction.
      db.pragma(`user_version = ${target}`);
      return target;
    })
    .immediate();
}
