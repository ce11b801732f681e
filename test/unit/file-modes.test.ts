/**
 * Personal data at rest (issue 18, deliverable 2, POSIX part): everything the app writes into its
 * data directory — the ledger and its WAL, backups, evidence files, exported bundles, logs, work
 * and upload folders — is owner-only: folders 0700, files 0600, whatever the process umask.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppSession } from '../../electron/api/open-session';
import { exportBundle } from '../../electron/domain/bundles/export';
import { addAttachment } from '../../electron/domain/cases/attachments';
import { createCase } from '../../electron/domain/cases/write';
import { setupProfile } from '../../electron/domain/core/profile';
import { prepareDataDir } from '../../electron/main/data-dir';
import { startLogging } from '../../electron/main/logging';
import { backupBeforeMigration, scheduledBackup } from '../../electron/store/backup';
import { caseInput, PNG_BASE64, staged } from '../helpers/cases';
import { COUNTY_SETUP, tempDir } from '../helpers/temp-ledger';

function walk(dir: string): { file: string; mode: number; isDir: boolean }[] {
  const out: { file: string; mode: number; isDir: boolean }[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    out.push({ file: p, mode: fs.statSync(p).mode & 0o777, isDir: e.isDirectory() });
    if (e.isDirectory()) out.push(...walk(p));
  }
  return out;
}

describe.runIf(process.platform !== 'win32')('file modes in the data directory', () => {
  let umask = 0;
  // A permissive umask, as on a machine that shares files widely: the modes must not depend on it.
  beforeAll(() => {
    umask = process.umask(0o002);
  });
  afterAll(() => {
    process.umask(umask);
  });

  it('are owner-only for every folder and file the app writes', async () => {
    const dataDir = path.join(tempDir(), 'IP Ledger');
    expect(prepareDataDir(dataDir)).toEqual({ ok: true });
    const session = await openAppSession(path.join(dataDir, 'ledger.sqlite'));
    try {
      setupProfile(session, COUNTY_SETUP);
      const caseId = createCase(session, caseInput());
      addAttachment(session, { caseId, fileName: '现场.png', caption: '', uploadId: staged(session, PNG_BASE64) });
      staged(session, Buffer.from('an upload still waiting for its call'));
      await exportBundle(session, path.join(dataDir, 'bundles', 'sent', 'b1.zip'));
      await scheduledBackup(session.ledger.db, session.ledger.file, 0);
      await backupBeforeMigration(session.ledger.db, session.ledger.file, 9, 10);
      startLogging(dataDir);
      console.info('a line for the log file');

      const entries = walk(dataDir);
      const kinds = new Set(entries.map((e) => path.relative(dataDir, e.file).split(path.sep)[0]));
      // What is checked: the ledger and its WAL, backups, attachments, bundles, uploads, logs.
      for (const k of ['ledger.sqlite', 'ledger.sqlite-wal', 'backups', 'attachments', 'bundles', 'uploads', 'logs']) expect(kinds).toContain(k);
      const open = entries.filter((e) => e.mode !== (e.isDir ? 0o700 : 0o600)).map((e) => `${path.relative(dataDir, e.file)} ${e.mode.toString(8)}`);
      expect(open).toEqual([]);
      expect(fs.statSync(dataDir).mode & 0o777).toBe(0o700);
    } finally {
      session.ledger.close();
    }
  });
});
