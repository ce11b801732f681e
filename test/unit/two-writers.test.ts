/**
 * Two processes writing one ledger at once (the app and `cli demo`, two CLI runs): every write
 * transaction takes SQLite's write lock at BEGIN, so the second waits its turn instead of failing
 * with "database is locked"; both finish and nothing is lost or numbered twice. A writer that
 * cannot get the lock within the busy timeout gets a message in the user's words.
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/api/dispatch';
import { openAppSession } from '../../electron/api/open-session';
import { tempDir } from '../helpers/temp-ledger';

const root = path.resolve(__dirname, '../..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

function run(args: string[]): Promise<{ code: number | null; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(tsx, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => resolve({ code, err }));
  });
}

describe('two writers on one ledger', () => {
  it('both finish and every record is kept, numbered once', async () => {
    const file = path.join(tempDir(), 'shared.sqlite');
    const init = spawnSync(tsx, ['electron/cli.ts', 'init', '--db', file, '--unit', '152502', '--operator', '张明'], { cwd: root, encoding: 'utf8' });
    expect(init.status, init.stderr).toBe(0);
    // Small batches: each process takes and releases the lock many times, interleaving with the
    // other; and the CLI's own demo command alongside them.
    const [a, b, c] = await Promise.all([
      run(['test/helpers/demo-writer.ts', file, '300', '11']),
      run(['test/helpers/demo-writer.ts', file, '300', '12']),
      run(['electron/cli.ts', 'demo', '--db', file, '--cases', '100', '--seed', '13', '--quiet']),
    ]);
    expect(c, c.err).toMatchObject({ code: 0 });
    expect(a, a.err).toMatchObject({ code: 0 });
    expect(b, b.err).toMatchObject({ code: 0 });
    const db = new Database(file, { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(700);
      // A case number is issued once per bureau, whoever wrote it.
      expect(db.prepare('SELECT count(*) FROM (SELECT case_number FROM cases GROUP BY unit_code, case_number HAVING count(*) > 1)').pluck().get()).toBe(0);
      expect(db.prepare("SELECT count(*) FROM changes WHERE entity = 'case'").pluck().get()).toBeGreaterThanOrEqual(700);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      db.close();
    }
  }, 180_000);

  it('a writer that cannot get the lock in time is told so in its language, and nothing is written', async () => {
    const file = path.join(tempDir(), 'busy.sqlite');
    const session = await openAppSession(file, { busyTimeoutMs: 200 });
    const dispatch = createDispatch(session);
    expect(
      await dispatch('profile.setup', { unitCode: '152502', bureauName: '锡林浩特市市场监督管理局', casePrefix: '锡市监处罚', operatorName: '张明' }),
    ).toMatchObject({
      ok: true,
    });
    const other = new Database(file);
    other.prepare('BEGIN IMMEDIATE').run();
    try {
      const result = await dispatch('profile.update', { bureauName: '改名', casePrefix: '锡市监处罚', operatorName: '张明' });
      expect(result).toMatchObject({ ok: false, error: { code: 'ledger_busy' } });
    } finally {
      other.prepare('ROLLBACK').run();
      other.close();
    }
    expect(session.ledger.db.prepare('SELECT name FROM bureaus').pluck().get()).toBe('锡林浩特市市场监督管理局');
    session.ledger.close();
  });
});
