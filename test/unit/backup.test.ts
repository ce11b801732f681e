import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { BackupInterrupted, backupsDir, scheduledBackup, SCHEDULED_BACKUPS_KEPT } from '../../electron/store/backup';
import { generateDemoCases } from '../../electron/demo/cases';
import { countySession } from '../helpers/temp-ledger';

describe('scheduled backups', () => {
  it('copies the ledger with the backup API when the last copy is old, and keeps a bounded number', async () => {
    const session = await countySession();
    const { db, file } = session.ledger;
    const day = 86_400_000;
    const first = await scheduledBackup(db, file, day, new Date(Date.UTC(2026, 0, 1)));
    expect(first).not.toBeNull();
    const copy = new Database(first as string, { readonly: true });
    expect(copy.prepare('SELECT name FROM bureaus').pluck().get()).toBe('锡林浩特市市场监督管理局');
    copy.close();
    // An hour later the last copy is recent enough: nothing is written.
    expect(await scheduledBackup(db, file, day, new Date(Date.UTC(2026, 0, 1, 1)))).toBeNull();
    for (let i = 1; i <= SCHEDULED_BACKUPS_KEPT + 2; i++) {
      await scheduledBackup(db, file, 0, new Date(Date.UTC(2026, 0, 1 + i)));
    }
    const kept = fs.readdirSync(backupsDir(file)).filter((f) => f.startsWith('ledger-scheduled-'));
    expect(kept).toHaveLength(SCHEDULED_BACKUPS_KEPT);
    expect(kept.sort().at(-1)).toBe(path.basename(`ledger-scheduled-20260110-000000.sqlite`));
  });

  it('a copy cut short by closing leaves no backup and no partial file; the next run takes it, and removes leftovers of a crash', async () => {
    const session = await countySession();
    // Enough pages that the copy takes several steps.
    generateDemoCases(session, { count: 1500, seed: 3 });
    const { db, file } = session.ledger;
    const dir = backupsDir(file);
    const closing = new AbortController();
    const run = scheduledBackup(db, file, 0, new Date(Date.UTC(2026, 0, 2)), closing.signal);
    closing.abort();
    await expect(run).rejects.toBeInstanceOf(BackupInterrupted);
    expect(fs.readdirSync(dir)).toEqual([]);
    // A crash mid-copy leaves a partial file: it is not a backup, and the next run replaces it.
    fs.writeFileSync(path.join(dir, 'ledger-scheduled-20260102-000000.sqlite.partial'), 'half a copy');
    const taken = await scheduledBackup(db, file, 86_400_000, new Date(Date.UTC(2026, 0, 2, 1)));
    expect(fs.readdirSync(dir)).toEqual([path.basename(taken as string)]);
    const copy = new Database(taken as string, { readonly: true });
    expect(copy.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(1500);
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
  });
});
