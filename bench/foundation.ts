/**
 * Foundation figures: opening a ledger (new, existing), change-log write throughput (one
 * transaction per record, as the UI does; and many records per transaction, as imports do),
 * change-history page query.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { listChanges } from '../electron/domain/core/change-history';
import { setupProfile } from '../electron/domain/core/profile';
import { writeContext } from '../electron/domain/core/session';
import { openAppSession } from '../electron/api/open-session';
import { insertRecord } from '../electron/store/change-log';
import { percentile, type Row } from './stats';

export async function foundationBench(rows: Row[]): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ip-ledger-bench-'));
  const file = path.join(dir, 'ledger.sqlite');

  let t = performance.now();
  const fresh = await openAppSession(file);
  rows.push({ measure: 'open new ledger (migrate + reference data + keys)', value: performance.now() - t, unit: 'ms' });
  setupProfile(fresh, { unitCode: '152502', bureauName: '锡林浩特市市场监督管理局', casePrefix: '锡市监处罚', operatorName: 'bench' });
  const ctx = writeContext(fresh);

  const single = 2_000;
  t = performance.now();
  for (let i = 0; i < single; i++) insertRecord(ctx, 'bureau', { name: `局${i}`, case_prefix: `测${i}` });
  const singleMs = performance.now() - t;
  rows.push({ measure: `insert ${single} records, one transaction each (synchronous=FULL)`, value: single / (singleMs / 1000), unit: 'records/s' });

  const batch = 50_000;
  t = performance.now();
  fresh.ledger.write(() => {
    for (let i = 0; i < batch; i++) insertRecord(ctx, 'bureau', { name: `批${i}`, case_prefix: `批${i}` });
  });
  const batchMs = performance.now() - t;
  rows.push({ measure: `insert ${batch} records in one transaction (4 change entries each)`, value: batch / (batchMs / 1000), unit: 'records/s' });

  const pages: number[] = [];
  for (let i = 0; i < 200; i++) {
    const s = performance.now();
    listChanges(fresh.ledger, { limit: 50, beforeSeq: 1 + Math.floor(Math.random() * 200_000) });
    pages.push(performance.now() - s);
  }
  rows.push({ measure: 'change-history page of 50 (p50)', value: percentile(pages, 50), unit: 'ms' });
  rows.push({ measure: 'change-history page of 50 (p95)', value: percentile(pages, 95), unit: 'ms', target: '< 20 ms' });
  const recordHistory: number[] = [];
  const someIds = fresh.ledger.db.prepare('SELECT id FROM bureaus ORDER BY random() LIMIT 200').pluck().all() as string[];
  for (const rowId of someIds) {
    const s = performance.now();
    listChanges(fresh.ledger, { rowId, limit: 50 });
    recordHistory.push(performance.now() - s);
  }
  rows.push({ measure: 'one record’s history (p95)', value: percentile(recordHistory, 95), unit: 'ms', target: '< 20 ms' });
  fresh.ledger.close();

  t = performance.now();
  const reopened = await openAppSession(file);
  rows.push({
    measure: `open existing ledger (${(fs.statSync(file).size / 1e6).toFixed(0)} MB)`,
    value: performance.now() - t,
    unit: 'ms',
    target: '< 300 ms',
  });
  reopened.ledger.close();

  fs.rmSync(dir, { recursive: true, force: true });
}
