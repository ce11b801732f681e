/**
 * Exchange at scale (issue 20): each figure next to its baseline measured in the same run.
 * Every step runs in its own process (exchange-child.ts) so that its peak RSS is its own.
 *  - write path: demo cases through the change log vs the same rows inserted raw;
 *  - export and import of an N-case bundle (changes/s, ratio to raw, peak RSS);
 *  - a trivial call's latency while an import runs (p50/p99);
 *  - attachments: export and import MiB/s vs copy + sha256 of the same files.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { percentile, type Row } from './stats';

const TSX = path.resolve('node_modules/.bin/tsx');

function step<T extends object>(name: string, args: Record<string, string | number>): T & { rssMb: number; ms: number } {
  const out = execFileSync(TSX, [path.resolve('bench/exchange-child.ts'), name, JSON.stringify(args)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').pop() as string) as T & { rssMb: number; ms: number };
}

export async function exchangeBench(rows: Row[], sizes: number[], attachmentsMib: number, log: (line: string) => void): Promise<void> {
  // The latency figure runs the app's own data workers: they are built first.
  execFileSync('npm', ['run', '--silent', 'build:electron'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ip-ledger-exchange-bench-'));
  try {
    for (const n of sizes) {
      const label = `[${n.toLocaleString('en-US')}-case bundle]`;
      const countyFile = path.join(dir, `county-${n}.sqlite`);
      log(`exchange × ${n}: county ledger (write path) …`);
      const county = step<{ rows: { rows: number; changes: number } }>('county', { file: countyFile, count: n });
      log(`exchange × ${n}: raw baseline …`);
      const raw = step<{ rows: number }>('raw', { source: countyFile, target: path.join(dir, `raw-${n}.sqlite`) });
      const rawPerS = raw.rows / (raw.ms / 1000);
      const writePerS = (county.rows.rows + county.rows.changes) / (county.ms / 1000);
      rows.push({ measure: `${label} raw insert of the same rows + change entries (baseline)`, value: rawPerS, unit: 'rows/s' });
      rows.push({ measure: `${label} write path: demo cases through the change log`, value: writePerS, unit: 'rows/s' });
      rows.push({ measure: `${label} write path ÷ raw`, value: writePerS / rawPerS, unit: '×', target: '≥ 0.5', met: writePerS / rawPerS >= 0.5 });

      const bundle = path.join(dir, `county-${n}.zip`);
      log(`exchange × ${n}: export …`);
      const exp = step<{ changes: number | null; bytes: number }>('export', { file: countyFile, out: bundle });
      const changes = exp.changes ?? county.rows.changes;
      rows.push({ measure: `${label} export`, value: changes / (exp.ms / 1000), unit: 'changes/s' });
      rows.push({ measure: `${label} export time`, value: exp.ms / 1000, unit: 's' });
      rows.push({ measure: `${label} export peak RSS`, value: exp.rssMb, unit: 'MB', target: '< 400', met: exp.rssMb < 400 });

      log(`exchange × ${n}: import …`);
      const imp = step<{ changes: number }>('import', { file: path.join(dir, `league-${n}.sqlite`), bundle });
      const rawChangesPerS = county.rows.changes / (raw.ms / 1000);
      const impPerS = imp.changes / (imp.ms / 1000);
      rows.push({ measure: `${label} import`, value: impPerS, unit: 'changes/s' });
      rows.push({ measure: `${label} import ÷ raw (same rows + entries)`, value: impPerS / rawChangesPerS, unit: '×', target: '≥ 0.7', met: impPerS / rawChangesPerS >= 0.7 });
      rows.push({
        measure: `${label} import time`,
        value: imp.ms / 1000,
        unit: 's',
        ...(n >= 100_000 ? { target: '< 30 s', met: imp.ms < 30_000 } : {}),
      });
      rows.push({ measure: `${label} import peak RSS`, value: imp.rssMb, unit: 'MB', target: '< 400', met: imp.rssMb < 400 });

      log(`exchange × ${n}: trivial call during an import …`);
      const lat = step<{ samples: number[] }>('latency', { file: path.join(dir, `league-lat-${n}.sqlite`), bundle });
      const p99 = percentile(lat.samples, 99);
      rows.push({ measure: `${label} profile.get during import (p50)`, value: percentile(lat.samples, 50), unit: 'ms' });
      rows.push({ measure: `${label} profile.get during import (p99)`, value: p99, unit: 'ms', target: '< 100', met: p99 < 100 });
      for (const f of fs.readdirSync(dir)) if (f.includes(`-${n}`)) fs.rmSync(path.join(dir, f), { recursive: true, force: true });
    }

    if (attachmentsMib > 0) {
      const label = `[${attachmentsMib} MiB attachments]`;
      const photos = path.join(dir, 'photos');
      log(`attachments × ${attachmentsMib} MiB …`);
      step('blobs', { file: path.join(dir, 'blobs.sqlite'), photos, mib: attachmentsMib });
      const base = step('copyhash', { photos });
      const baseMibS = attachmentsMib / (base.ms / 1000);
      rows.push({ measure: `${label} copy + sha256 (baseline)`, value: baseMibS, unit: 'MiB/s' });
      const bundle = path.join(dir, 'blobs.zip');
      const exp = step('export', { file: path.join(dir, 'blobs.sqlite'), out: bundle });
      const imp = step('import', { file: path.join(dir, 'blobs-league.sqlite'), bundle });
      for (const [what, r] of [
        ['export', exp],
        ['import', imp],
      ] as const) {
        const mibS = attachmentsMib / (r.ms / 1000);
        rows.push({ measure: `${label} ${what}`, value: mibS, unit: 'MiB/s' });
        rows.push({ measure: `${label} ${what} ÷ copy + sha256`, value: mibS / baseMibS, unit: '×', target: '≥ 0.5', met: mibS / baseMibS >= 0.5 });
        rows.push({ measure: `${label} ${what} peak RSS`, value: r.rssMb, unit: 'MB', target: '< 400', met: r.rssMb < 400 });
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
