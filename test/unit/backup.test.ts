import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupsDir, scheduledBackup, SCHEDULED_BACKUPS_KEPT } from '../../electron/store/backup';
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
});
