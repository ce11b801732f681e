/**
 * GI register figures on a league ledger with a whole league's users (as after importing every
 * county's bundles): generation, and the calls behind the catalogue, a GI's user list, the
 * "needs attention" list, a user's page and the xlsx export. Flags are computed on read, so
 * these show whether that stays instant at a realistic register size.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateDemoGiUsers } from '../electron/demo/gi';
import { listCatalogue } from '../electron/domain/gi/catalogue';
import { getUserDetail } from '../electron/domain/gi/detail';
import { exportRegister } from '../electron/domain/gi/export';
import { attentionList, listUsers } from '../electron/domain/gi/users-list';
import { setupProfile } from '../electron/domain/core/profile';
import { openAppSession } from '../electron/api/open-session';
import { percentile, timeEach, type Row } from './stats';

export async function giBench(rows: Row[], users: number): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ip-ledger-bench-gi-'));
  const session = await openAppSession(path.join(dir, 'ledger.sqlite'));
  try {
    setupProfile(session, { unitCode: '152500', bureauName: '锡林郭勒盟市场监督管理局', casePrefix: '锡盟市监处罚', operatorName: 'bench' });
    let t = performance.now();
    generateDemoGiUsers(session, { count: users, seed: 1 });
    rows.push({ measure: `[${users} GI users] generate with reports and inspections`, value: users / ((performance.now() - t) / 1000), unit: 'users/s' });
    const all = listUsers(session, {});
    const giIds = [...new Set(all.map((u) => u.giId))];
    const sample = all.filter((_u, i) => i % Math.max(1, Math.floor(all.length / 20)) === 0);
    const p95 = (samples: number[]) => percentile(samples, 95);
    // The target is for a league's real register (hundreds of users); larger sizes are a stress figure.
    const withTarget = users <= 1000;
    const add = (measure: string, samples: number[]) => {
      const value = p95(samples);
      rows.push({ measure: `[${users} GI users] ${measure}`, value, unit: 'ms (p95)', ...(withTarget ? { target: '< 150 ms', met: value < 150 } : {}) });
    };
    add(
      'GI catalogue with per-status counts and flags',
      timeEach([0], 10, () => listCatalogue(session)),
    );
    add(
      `one GI's users with flags`,
      timeEach(giIds, 3, (giId) => listUsers(session, { giId })),
    );
    add(
      'needs-attention list',
      timeEach([0], 10, () => attentionList(session)),
    );
    add(
      'one user’s page (timeline, reports, inspections, flags)',
      timeEach(sample, 3, (u) => getUserDetail(session, u.id)),
    );
    const exports: number[] = [];
    for (let i = 0; i < 3; i++) {
      t = performance.now();
      await exportRegister(session);
      exports.push(performance.now() - t);
    }
    rows.push({ measure: `[${users} GI users] xlsx export of the whole register`, value: percentile(exports, 50), unit: 'ms (median)' });
  } finally {
    session.ledger.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
