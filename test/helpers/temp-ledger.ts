/** Temporary ledgers for tests: real files in a fresh temp directory, cleaned up after. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { type Session } from '../../electron/domain/core/session';
import { openAppSession } from '../../electron/api/open-session';
import { setupProfile } from '../../electron/domain/core/profile';
import type { ProfileSetup } from '../../shared/profile';

const dirs: string[] = [];
const sessions: Session[] = [];

afterEach(() => {
  for (const s of sessions.splice(0)) s.ledger.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ip-ledger-test-'));
  dirs.push(dir);
  return dir;
}

export async function tempSession(options: Parameters<typeof openAppSession>[1] = {}): Promise<Session> {
  const session = await openAppSession(path.join(tempDir(), 'ledger.sqlite'), options);
  sessions.push(session);
  return session;
}

export const COUNTY_SETUP: ProfileSetup = { unitCode: '152502', bureauName: '锡林浩特市市场监督管理局', casePrefix: '锡市监处罚', operatorName: '张明' };

export async function countySession(): Promise<Session> {
  const session = await tempSession();
  setupProfile(session, COUNTY_SETUP);
  return session;
}

export function sha256File(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Everything a user could see in a ledger, as one hash: every table's rows in key order. */
export function contentHash(session: Session): string {
  const db = session.ledger.db;
  // FTS5 tables and their shadow tables are derived from case_search, which is hashed itself.
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' AND name NOT GLOB '*_fts_*' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  const hash = crypto.createHash('sha256');
  for (const t of tables) hash.update(t).update(JSON.stringify(db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()));
  return hash.digest('hex');
}
