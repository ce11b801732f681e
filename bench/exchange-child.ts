/**
 * One measured step of the exchange bench, run in its own process so that its peak RSS is its
 * own: `tsx bench/exchange-child.ts STEP JSON-ARGS`. Prints one JSON line: { ms, rssMb, ... }.
 * Steps: county (build a county ledger of N demo cases: the write path), raw (the same rows and
 * change entries inserted with plain prepared statements: the baseline), export, import,
 * latency (trivial calls queued behind an import, as the data worker queues them), blobs
 * (a county with large attachments), copyhash (the cp + sha256sum baseline for those files).
 */
import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openAppSession } from '../electron/api/open-session';
import { exportBundle } from '../electron/domain/bundles/export';
import { importBundle } from '../electron/domain/bundles/import';
import { addAttachment } from '../electron/domain/cases/attachments';
import { createCase } from '../electron/domain/cases/write';
import { setupProfile } from '../electron/domain/core/profile';
import { generateDemoCases } from '../electron/demo/cases';
import { LedgerWorkers } from '../electron/main/ledger-workers';
import { GUARD_FUNCTION, listSyncableTables, quoteIdent } from '../electron/store/write-guard';
import { stageBytes, stageCopy } from '../electron/store/staged-files';
import { caseFieldsSchema } from '../shared/cases/schemas';

const COUNTY = { unitCode: '152502', bureauName: '锡林浩特市市场监督管理局', casePrefix: '锡市监处罚', operatorName: '基准' };
const LEAGUE = { unitCode: '152500', bureauName: '锡林郭勒盟市场监督管理局', casePrefix: '锡盟市监处罚', operatorName: '基准' };
/** A fixed "today" keeps the demo mix the same from run to run; the clock runs from it. */
const NOW = new Date(2026, 10, 20, 10).getTime();
const started = Date.now();
const clock = () => NOW + (Date.now() - started);

type Args = Record<string, string | number>;

function rssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

async function county(a: Args): Promise<object> {
  const session = await openAppSession(String(a.file), { now: clock });
  setupProfile(session, COUNTY);
  const t = performance.now();
  generateDemoCases(session, { count: Number(a.count), seed: 1, batch: 5000 });
  const ms = performance.now() - t;
  const rows = countRows(session.ledger.db, COUNTY.unitCode);
  session.ledger.close();
  return { ms, rows };
}

/** Rows of a unit in the syncable tables, and its change entries. */
function countRows(db: Database.Database, unit: string): { rows: number; changes: number } {
  let rows = 0;
  for (const t of listSyncableTables(db)) rows += db.prepare(`SELECT count(*) FROM ${quoteIdent(t)} WHERE unit_code = ?`).pluck().get(unit) as number;
  const changes = db.prepare('SELECT count(*) FROM changes WHERE unit_code = ?').pluck().get(unit) as number;
  return { rows, changes };
}

/**
 * The baseline: the county's rows and change entries inserted into an empty ledger of the same
 * schema (same indexes and search triggers) with one prepared INSERT per row in one transaction —
 * what SQLite itself costs for these rows, without any of the change log's work.
 */
async function raw(a: Args): Promise<object> {
  const empty = await openAppSession(String(a.target), { now: clock });
  empty.ledger.close();
  const db = new Database(String(a.target));
  db.function(GUARD_FUNCTION, () => 1);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  const src = new Database(String(a.source), { readonly: true });
  const tables = listSyncableTables(src);
  const t = performance.now();
  let rows = 0;
  db.transaction(() => {
    for (const table of [...tables, 'changes']) {
      const cols = (src.prepare(`PRAGMA table_info(${quoteIdent(table)})`).all() as { name: string }[]).map((c) => c.name).filter((c) => c !== 'seq');
      const insert = db.prepare(`INSERT OR IGNORE INTO ${quoteIdent(table)} (${cols.map(quoteIdent).join(',')}) VALUES (${cols.map(() => '?').join(',')})`);
      const read = src.prepare(`SELECT ${cols.map(quoteIdent).join(',')} FROM ${quoteIdent(table)} WHERE unit_code = ?`).raw();
      for (const row of read.iterate(COUNTY.unitCode)) {
        insert.run(...(row as unknown[]));
        rows++;
      }
    }
  })();
  const ms = performance.now() - t;
  db.close();
  src.close();
  return { ms, rows };
}

async function exportStep(a: Args): Promise<object> {
  const session = await openAppSession(String(a.file), { now: clock });
  const t = performance.now();
  const result = await exportBundle(session, String(a.out), { to: LEAGUE.unitCode, full: true });
  const ms = performance.now() - t;
  session.ledger.close();
  return { ms, changes: result.manifest.counts?.changes ?? null, bytes: fs.statSync(String(a.out)).size };
}

async function importStep(a: Args): Promise<object> {
  const session = await openAppSession(String(a.file), { now: clock });
  setupProfile(session, LEAGUE);
  const t = performance.now();
  const report = await importBundle(session, String(a.bundle), { trust: true });
  const ms = performance.now() - t;
  session.ledger.close();
  const changes = Object.values(report.entities).reduce((n, c) => n + (c?.changes ?? 0), 0);
  return { ms, changes, status: report.status };
}

/**
 * A trivial call (`profile.get`) every 25 ms while an import runs through the app's own data
 * workers (the built dist-electron/data-worker.cjs, as the preview host starts them): the wait
 * each call sees is what the screen would see.
 */
async function latency(a: Args): Promise<object> {
  const file = String(a.file);
  const setup = await openAppSession(file, { now: clock });
  setupProfile(setup, LEAGUE);
  setup.ledger.close();
  const nativeBinding = createRequire(__filename).resolve('better-sqlite3/build/Release/better_sqlite3.node');
  const workers = new LedgerWorkers(path.resolve('dist-electron/data-worker.cjs'), { ledgerFile: file, nativeBinding });
  // As the screen does it: the bundle is staged, previewed, then applied; the probe runs during the apply.
  const { uploadId } = await stageCopy(path.dirname(file), String(a.bundle));
  const preview = await workers.call('bundles.preview', { uploadId, fileName: path.basename(String(a.bundle)) });
  if (!preview.ok) throw new Error(`preview failed: ${JSON.stringify(preview)}`);
  await workers.call('profile.get', {});
  const samples: number[] = [];
  let importing = true;
  const job = workers.call('bundles.apply', { uploadId, trust: true });
  const probe = async () => {
    while (importing) {
      const t = performance.now();
      await workers.call('profile.get', {});
      samples.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 25));
    }
  };
  const probing = probe();
  const applied = await job;
  importing = false;
  await probing;
  await workers.close();
  if (!applied.ok) throw new Error(`apply failed: ${JSON.stringify(applied)}`);
  return { samples };
}

async function blobs(a: Args): Promise<object> {
  const session = await openAppSession(String(a.file), { now: clock });
  setupProfile(session, COUNTY);
  const caseId = createCase(
    session,
    caseFieldsSchema.parse({
      title: '照片很多的案件',
      category: 'trademark',
      source: 'inspection',
      leadDate: '2026-11-01',
      parties: [{ kind: 'organisation', name: '锡林浩特市草原鲜肉店', idType: 'uscc', idNumber: '911522010783710635' }],
    }),
  );
  const dir = String(a.photos);
  fs.mkdirSync(dir, { recursive: true });
  const mib = Number(a.mib);
  const each = 16;
  for (let n = 0; n * each < mib; n++) {
    const photo = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), crypto.randomBytes(each * 1024 * 1024 - 4)]);
    fs.writeFileSync(path.join(dir, `p${n}.jpg`), photo);
    const { uploadId } = stageBytes(path.dirname(String(a.file)), photo);
    addAttachment(session, { caseId, fileName: `现场照片${n}.jpg`, caption: '', uploadId });
  }
  session.ledger.close();
  return {};
}

/** The baseline for attachments: copy each file and hash it, as `cp` + `sha256sum` would. */
async function copyhash(a: Args): Promise<object> {
  const dir = String(a.photos);
  const out = `${dir}-copy`;
  fs.mkdirSync(out, { recursive: true });
  const t = performance.now();
  for (const name of fs.readdirSync(dir)) {
    fs.copyFileSync(path.join(dir, name), path.join(out, name));
    const hash = crypto.createHash('sha256');
    const fd = fs.openSync(path.join(out, name), 'r');
    const buf = Buffer.allocUnsafe(1 << 20);
    let n: number;
    while ((n = fs.readSync(fd, buf, 0, buf.length, null)) > 0) hash.update(buf.subarray(0, n));
    fs.closeSync(fd);
    hash.digest();
  }
  return { ms: performance.now() - t };
}

const STEPS: Record<string, (a: Args) => Promise<object>> = { county, raw, export: exportStep, import: importStep, latency, blobs, copyhash };

async function main(): Promise<void> {
  const [step, json] = process.argv.slice(2) as [string, string];
  const run = STEPS[step];
  if (!run) throw new Error(`unknown step ${step}`);
  const result = await run(JSON.parse(json) as Args);
  process.stdout.write(`${JSON.stringify({ ...result, rssMb: rssMb() })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
