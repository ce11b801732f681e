/**
 * Fault test: an import killed at random points (a separate process, SIGKILL) leaves the league
 * ledger either exactly as before or with the whole bundle applied — never in between — and
 * SQLite's integrity check passes.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openSession } from '../../electron/domain/session';
import { contentHash } from '../helpers/bundles';
import { tempDir } from '../helpers/temp-ledger';

const root = path.resolve(__dirname, '../..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

function cli(...args: string[]) {
  const r = spawnSync(tsx, ['electron/cli.ts', ...args], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

async function state(file: string): Promise<{ integrity: string; hash: string; received: number }> {
  const raw = new Database(file, { readonly: true });
  const integrity = raw.pragma('integrity_check', { simple: true }) as string;
  raw.close();
  const session = await openSession(file, { mustExist: true });
  try {
    return {
      integrity,
      hash: contentHash(session, ['152502']),
      received: session.ledger.db.prepare('SELECT count(*) FROM bundles_received').pluck().get() as number,
    };
  } finally {
    session.ledger.close();
  }
}

describe('an import killed mid-way', () => {
  it('leaves the ledger as before or fully imported, never half', async () => {
    const dir = tempDir();
    const county = path.join(dir, 'county.sqlite');
    const league = path.join(dir, 'league.sqlite');
    const bundle = path.join(dir, 'county.zip');
    cli('demo', '--db', county, '--unit', '152502', '--cases', '1500', '--gi-users', '100', '--quiet');
    cli('init', '--db', league, '--unit', '152500', '--operator', '李强');
    cli('export', '--db', county, '--out', bundle);
    const before = await state(league);
    // The complete import, for reference.
    const reference = path.join(dir, 'reference.sqlite');
    fs.copyFileSync(league, reference);
    const started = Date.now();
    cli('import', '--db', reference, bundle, '--trust');
    const fullMs = Date.now() - started;
    const after = await state(reference);
    expect(after.received).toBe(1);
    expect(after.hash).not.toBe(before.hash);

    const outcomes = { before: 0, after: 0 };
    for (let k = 0; k < 6; k++) {
      const victim = path.join(dir, `victim-${k}.sqlite`);
      fs.copyFileSync(league, victim);
      const delay = Math.round(((k + 0.5) / 6) * fullMs);
      const child = spawn(tsx, ['electron/cli.ts', 'import', '--db', victim, bundle, '--trust'], { cwd: root, stdio: 'ignore' });
      await new Promise((r) => setTimeout(r, delay));
      // tsx runs the CLI in a child of its own: kill the whole group's leader and its child.
      child.kill('SIGKILL');
      spawnSync('pkill', ['-KILL', '-f', victim]);
      await new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));
      const s = await state(victim);
      expect(s.integrity).toBe('ok');
      if (s.hash === before.hash) {
        expect(s.received).toBe(0);
        outcomes.before++;
      } else {
        expect(s.hash).toBe(after.hash);
        expect(s.received).toBe(1);
        outcomes.after++;
      }
    }
    // At least one kill landed before the commit (the first is at a twelfth of the import time).
    expect(outcomes.before).toBeGreaterThan(0);
  }, 240_000);
});
