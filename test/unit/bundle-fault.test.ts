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
import { importBundle } from '../../electron/domain/bundles/import';
import { openAppSession } from '../../electron/api/open-session';
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
  const session = await openAppSession(file, { mustExist: true });
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

/** Bundles in a folder, by their sequence (read from the manifest). */
function bundlesIn(dir: string): { file: string; sequence: number }[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.zip'))
    .map((f) => {
      const out = spawnSync(
        'python3',
        ['-c', 'import json,sys,zipfile;print(json.loads(zipfile.ZipFile(sys.argv[1]).read("manifest.json"))["sequence"])', path.join(dir, f)],
        {
          encoding: 'utf8',
        },
      );
      return { file: path.join(dir, f), sequence: Number(out.stdout.trim()) };
    })
    .sort((a, b) => a.sequence - b.sequence);
}

describe('an export killed mid-way', () => {
  it('never forks the chain: after a kill at any step, the next export is accepted by the league', async () => {
    const dir = tempDir();
    const county = path.join(dir, 'county', 'ledger.sqlite');
    const league = path.join(dir, 'league.sqlite');
    const stick = path.join(dir, 'usb');
    fs.mkdirSync(path.dirname(county), { recursive: true });
    fs.mkdirSync(stick);
    cli('demo', '--db', county, '--unit', '152502', '--cases', '400', '--quiet');
    cli('init', '--db', league, '--unit', '152500', '--operator', '李强');
    const started = Date.now();
    cli('export', '--db', county, '--out', path.join(stick, 'b-first.zip'));
    const exportMs = Date.now() - started;
    // Every crash window by name, then kills at spread-out moments of a whole export.
    const faults: { point?: string; delay?: number }[] = [
      ...['export:reserved', 'export:verified', 'export:staged', 'export:moved'].map((point) => ({ point })),
      ...[0.3, 0.6, 0.9].map((f) => ({ delay: Math.round(f * exportMs) })),
    ];
    let k = 0;
    for (const fault of faults) {
      k++;
      const target = path.join(stick, `b-${k}-killed.zip`);
      const child = spawn(tsx, ['electron/cli.ts', 'export', '--db', county, '--out', target], {
        cwd: root,
        stdio: 'ignore',
        env: { ...process.env, ...(fault.point ? { IP_LEDGER_FAULT: fault.point } : {}) },
      });
      if (fault.delay !== undefined) {
        await new Promise((r) => setTimeout(r, fault.delay));
        child.kill('SIGKILL');
        spawnSync('pkill', ['-KILL', '-f', target]);
      }
      await new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));
      // A genuine export right after the crash.
      cli('export', '--db', county, '--out', path.join(stick, `b-${k}-after.zip`));
    }
    // The league imports whatever reached the stick, in sequence order: every bundle is accepted
    // (a number whose file never arrived is a gap, never a fork).
    const arrived = bundlesIn(stick);
    const sequences = arrived.map((b) => b.sequence);
    expect(new Set(sequences).size).toBe(sequences.length);
    const leagueSession = await openAppSession(league, { mustExist: true });
    try {
      for (const b of arrived)
        expect(await importBundle(leagueSession, b.file, { trust: true }), path.basename(b.file)).toMatchObject({ status: 'applied', sequence: b.sequence });
    } finally {
      leagueSession.ledger.close();
    }
    const leagueState = await state(league);
    expect(leagueState.received).toBe(arrived.length);
    expect(leagueState.hash).toBe((await state(county)).hash);
    // No export work folder (with the change log inside) is left once the county opens again.
    const session = await openAppSession(county, { mustExist: true });
    session.ledger.close();
    const work = path.join(path.dirname(county), 'tmp');
    expect(fs.existsSync(work) ? fs.readdirSync(work) : []).toEqual([]);
    expect(fs.readdirSync(stick).filter((f) => f.endsWith('.partial'))).toEqual([]);
  }, 300_000);
});
