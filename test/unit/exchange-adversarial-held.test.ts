/**
 * Adversarial attempts on issue 13 that HELD (these pass): kept as evidence of what was tried.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { exportBundle } from '../../electron/domain/bundles/export';
import type { BundleChange } from '../../electron/domain/bundles/format';
import { importBundle } from '../../electron/domain/bundles/import';
import { createCase } from '../../electron/domain/cases/write';
import { createPlanFromTemplate } from '../../electron/domain/plans/plans';
import { saveTaskReport } from '../../electron/domain/plans/progress-reports';
import type { Session } from '../../electron/domain/core/session';
import { caseInput, FIXED_NOW, PNG_BASE64 } from '../helpers/cases';
import { craftBundle, officeAt } from '../helpers/bundles';
import { tempDir } from '../helpers/temp-ledger';

const LEAGUE = '152500';
const XILIN = '152502';
const ERLIAN = '152501';

function row<T = Record<string, unknown>>(s: Session, sql: string, ...args: unknown[]): T {
  return s.ledger.db.prepare(sql).get(...args) as T;
}
let n = 0;
async function send(from: Session, to: Session, options: Parameters<typeof exportBundle>[2] = {}) {
  return importBundle(to, (await exportBundle(from, path.join(tempDir(), `h${n++}.zip`), options)).file, { trust: true });
}
function forged(s: Session, unit: string, entity: string, rowId: string, fields: BundleChange['fields'], iso: string, counter = 0): BundleChange {
  return {
    entity,
    rowId,
    hlc: `${iso}-${counter.toString(16).toUpperCase().padStart(4, '0')}-${s.installation.id.replace(/-/g, '').slice(16)}`,
    installationId: s.installation.id,
    user: '攻击者',
    unitCode: unit,
    fields,
  };
}
const at = (ms: number) => new Date(ms).toISOString();

async function setup() {
  const league = await officeAt(LEAGUE, '锡林郭勒盟市场监督管理局', FIXED_NOW);
  const xilin = await officeAt(XILIN, '锡林浩特市市场监督管理局', FIXED_NOW);
  const erlian = await officeAt(ERLIAN, '二连浩特市市场监督管理局', FIXED_NOW);
  createPlanFromTemplate(league, { template: 'xilingol-2021-2025' });
  await send(league, erlian, { to: ERLIAN });
  const victimCase = createCase(erlian, caseInput({ title: '二连浩特的案件', townshipCode: null }));
  const task = erlian.ledger.db.prepare("SELECT id, deadline FROM plan_tasks WHERE cadence <> 'quarterly' ORDER BY ord LIMIT 1").get() as {
    id: string;
    deadline: string;
  };
  const victimReport = saveTaskReport(erlian, {
    taskId: task.id,
    period: task.deadline.slice(0, 4),
    status: 'in_progress',
    percent: 40,
    narrative: '推进中',
    reportedDate: '2026-11-10',
  });
  await send(erlian, league);
  createCase(xilin, caseInput({ title: '锡林浩特的案件' }));
  await send(xilin, league);
  const ownCase = row<{ id: string }>(league, 'SELECT id FROM cases WHERE unit_code = ?', XILIN).id;
  return { league, xilin, erlian, victimCase, victimReport, ownCase };
}

describe('adversarial attempts that held', () => {
  it('unit_code tricks, foreign tombstone + resurrection, parent re-pointing, report_file under a foreign report, the seed installation', async () => {
    const { league, xilin, victimCase, victimReport, ownCase } = await setup();
    const t = (k: number) => at(FIXED_NOW - 3600_000 + k * 1000);
    const base = { deleted: 0, title: 'x', lead_date: '2026-11-01' };
    const party = uuidv7();
    const cases: [BundleChange, string][] = [
      [forged(xilin, XILIN, 'case', uuidv7(), { ...base, unit_code: 152502 }, t(1)), 'owner_change'],
      [forged(xilin, XILIN, 'case', uuidv7(), { ...base, unit_code: null }, t(2)), 'owner_change'],
      [forged(xilin, XILIN, 'case', uuidv7(), { ...base, unit_code: ' 152502' }, t(3)), 'owner_change'],
      [forged(xilin, XILIN, 'case', victimCase, { deleted: 1 }, t(4)), 'foreign_row'],
      [forged(xilin, XILIN, 'case', victimCase, { deleted: 0, title: '复活' }, t(5)), 'foreign_row'],
      [{ ...forged(xilin, XILIN, 'case', uuidv7(), { ...base }, t(6)), installationId: 'seed' }, 'unknown_installation'],
      [
        forged(
          xilin,
          XILIN,
          'report_file',
          uuidv7(),
          { unit_code: XILIN, deleted: 0, owner_id: victimReport, sha256: 'a'.repeat(64), file_name: 'x.pdf', mime: 'application/pdf', size: 10 },
          t(7),
        ),
        'foreign_parent',
      ],
    ];
    let seq = 10;
    for (const [c, code] of cases) {
      const r = await importBundle(league, craftBundle(xilin, LEAGUE, { changes: [c], manifest: { sequence: (seq += 2) } }));
      expect(
        r.rejected.map((x) => x.code),
        code,
      ).toEqual([code]);
    }
    // An own party, later moved under another county's case.
    const r1 = await importBundle(
      league,
      craftBundle(xilin, LEAGUE, {
        manifest: { sequence: 100 },
        changes: [
          forged(xilin, XILIN, 'case_party', party, { unit_code: XILIN, deleted: 0, case_id: ownCase, name: '张三', id_type: 'other' }, t(10)),
          forged(xilin, XILIN, 'case_party', party, { case_id: victimCase }, t(11)),
        ],
      }),
    );
    expect(r1.rejected.map((x) => x.code)).toEqual(['foreign_parent']);
    expect(row(league, 'SELECT case_id FROM case_parties WHERE id = ?', party)).toEqual({ case_id: ownCase });
    expect(row(league, 'SELECT deleted, title FROM cases WHERE id = ?', victimCase)).toEqual({ deleted: 0, title: '二连浩特的案件' });
  });

  it('timestamps exactly at the one-day bound are accepted, one millisecond more refuses the bundle; received stamps never move the clock past the wall clock', async () => {
    const { league, xilin } = await setup();
    const day = 24 * 3600_000;
    const ok = await importBundle(
      league,
      craftBundle(xilin, LEAGUE, {
        manifest: { sequence: 50 },
        changes: [
          forged(xilin, XILIN, 'case', uuidv7(), { unit_code: XILIN, deleted: 0, title: '边界', lead_date: '2026-11-01' }, at(FIXED_NOW + day), 0xffff),
        ],
      }),
    );
    expect(ok.status).toBe('applied');
    expect(row<{ hlc_last: string }>(league, 'SELECT hlc_last FROM installation').hlc_last.slice(0, 24) <= at(FIXED_NOW)).toBe(true);
    await expect(
      importBundle(
        league,
        craftBundle(xilin, LEAGUE, {
          manifest: { sequence: 52 },
          changes: [forged(xilin, XILIN, 'case', uuidv7(), { unit_code: XILIN, deleted: 0, title: '越界', lead_date: '2026-11-01' }, at(FIXED_NOW + day + 1))],
        }),
      ),
    ).rejects.toMatchObject({ problem: 'clock_ahead' });
  });

  it('a league return bundle cannot write county rows', async () => {
    const { league, xilin } = await setup();
    const xilinCase = row<{ id: string }>(xilin, 'SELECT id FROM cases').id;
    const t = (k: number) => at(FIXED_NOW - 3600_000 + k * 1000);
    const r = await importBundle(
      xilin,
      craftBundle(league, XILIN, {
        manifest: { sequence: 7 },
        changes: [
          forged(league, LEAGUE, 'case', xilinCase, { title: '盟局改' }, t(1)),
          forged(league, LEAGUE, 'case', uuidv7(), { unit_code: LEAGUE, deleted: 0, title: '盟局', lead_date: '2026-11-01' }, t(2)),
          forged(league, XILIN, 'reference_item', uuidv7(), { unit_code: XILIN, deleted: 0, kind: 'holiday', code: '2026-12-01', value: 'holiday' }, t(3)),
        ],
      }),
      { trust: true },
    );
    expect(r.rejected.map((x) => x.code)).toEqual(['wrong_role', 'wrong_role', 'claims_other_unit']);
  });

  it('a bundle that fails inside its transaction leaves no trust, file, blob or installation behind', async () => {
    const league = await officeAt(LEAGUE, '锡林郭勒盟市场监督管理局', FIXED_NOW);
    const xilin = await officeAt(XILIN, '锡林浩特市市场监督管理局', FIXED_NOW);
    const caseId = createCase(xilin, caseInput());
    const png = Buffer.from(PNG_BASE64, 'base64');
    const sha = crypto.createHash('sha256').update(png).digest('hex');
    const t = at(FIXED_NOW - 1000);
    const file = craftBundle(xilin, LEAGUE, {
      attachments: [png, Buffer.from('listed but not referenced')],
      changes: [
        forged(xilin, XILIN, 'case', caseId, { unit_code: XILIN, deleted: 0, title: 'x', lead_date: '2026-11-01' }, t, 1),
        forged(
          xilin,
          XILIN,
          'case_attachment',
          uuidv7(),
          { unit_code: XILIN, deleted: 0, case_id: caseId, sha256: sha, file_name: 'a.png', mime: 'image/png', size: png.length },
          t,
          2,
        ),
      ],
    });
    league.ledger.db.exec("CREATE TRIGGER adv_fail BEFORE INSERT ON bundles_received BEGIN SELECT RAISE(ABORT, 'boom'); END;");
    await expect(importBundle(league, file, { trust: true })).rejects.toThrow();
    const db = league.ledger.db;
    expect(db.prepare('SELECT count(*) FROM trusted_keys').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM unit_installations').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM blobs').pluck().get()).toBe(0);
    expect(fs.existsSync(league.attachmentsDir) ? fs.readdirSync(league.attachmentsDir, { recursive: true }).filter((f) => String(f).length > 10) : []).toEqual(
      [],
    );
    const work = path.join(path.dirname(league.ledger.file), 'tmp');
    expect(fs.existsSync(work) ? fs.readdirSync(work) : []).toEqual([]);
    db.exec('DROP TRIGGER adv_fail');
    const ok = await importBundle(league, file, { trust: true });
    expect(ok.attachments).toBe(1);
    expect(db.prepare('SELECT count(*) FROM blobs').pluck().get()).toBe(1); // the unreferenced file is not stored
  });
});

describe('re-key with another unit’s key', () => {
  it('is refused as key_in_use and leaves the trust table as it was', async () => {
    const { league, xilin, erlian } = await setup();
    const erlianPem = erlian.ledger.db.prepare('SELECT private_key_pem FROM installation').pluck().get() as string;
    const before = JSON.stringify(league.ledger.db.prepare('SELECT * FROM trusted_keys ORDER BY unit_code').all());
    // 二连浩特 signs a bundle that claims to come from 锡林浩特, and asks for a deliberate re-key.
    const file = craftBundle(xilin, LEAGUE, {
      manifest: { sequence: 9, source: { publicKeyPem: erlian.installation.publicKeyPem } as never },
      privateKeyPem: erlianPem,
    });
    await expect(importBundle(league, file, { trust: true, rekey: true })).rejects.toMatchObject({ problem: 'key_in_use' });
    expect(JSON.stringify(league.ledger.db.prepare('SELECT * FROM trusted_keys ORDER BY unit_code').all())).toBe(before);
  });
});
