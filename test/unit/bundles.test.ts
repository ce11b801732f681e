import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCase, updateCase } from '../../electron/domain/cases/write';
import { addAttachment } from '../../electron/domain/cases/attachments';
import { exportBundle } from '../../electron/domain/bundles/export';
import { BundleError, type BundleChange } from '../../electron/domain/bundles/format';
import { importBundle } from '../../electron/domain/bundles/import';
import { applyUpload, exportForDownload, exportToMany, previewUpload } from '../../electron/domain/bundles/exchange';
import { exportFileNameSchema } from '../../shared/bundles/types';
import crypto from 'node:crypto';
import { createUser } from '../../electron/domain/gi/users';
import { createPlanFromTemplate } from '../../electron/domain/plans/plans';
import { myTasks } from '../../electron/domain/plans/standing';
import { openAppSession } from '../../electron/api/open-session';
import { generateDemoCases } from '../../electron/demo/cases';
import { generateDemoGiUsers } from '../../electron/demo/gi';
import { saveTaskReport } from '../../electron/domain/plans/progress-reports';
import { caseInput, FIXED_NOW, PNG_BASE64, staged } from '../helpers/cases';
import { applicant } from '../helpers/gi';
import { contentHash, craftBundle, ledgerFingerprint, officeAt } from '../helpers/bundles';
import { tempDir } from '../helpers/temp-ledger';

const XILIN = '152502';
const LEAGUE = '152500';

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (error) {
    if (error instanceof BundleError) return error.problem;
    throw error;
  }
  return 'accepted';
}

function out(name: string): string {
  return path.join(tempDir(), name);
}

describe('county ⇄ league round trip', () => {
  it('a county’s genuine records of every kind arrive whole: nothing quarantined, the league holds exactly the county’s rows', async () => {
    const county = await officeAt(XILIN, '锡林浩特市市场监督管理局', FIXED_NOW);
    const league = await officeAt(LEAGUE, '锡林郭勒盟市场监督管理局', FIXED_NOW);
    // The league's plan first, as in the field: the county reports on the tasks it was sent.
    createPlanFromTemplate(league, { template: 'xilingol-2021-2025' });
    await importBundle(county, (await exportBundle(league, out('plan.zip'), { to: XILIN })).file, { trust: true });
    generateDemoCases(county, { count: 150, seed: 3 });
    generateDemoGiUsers(county, { count: 30, seed: 3 });
    const task = county.ledger.db.prepare("SELECT id, deadline FROM plan_tasks WHERE cadence <> 'quarterly' ORDER BY ord LIMIT 1").get() as {
      id: string;
      deadline: string;
    };
    saveTaskReport(county, {
      taskId: task.id,
      period: task.deadline.slice(0, 4),
      status: 'in_progress',
      percent: 40,
      narrative: '正在推进',
      reportedDate: '2026-11-10',
    });
    const report = await importBundle(league, (await exportBundle(county, out('all.zip'))).file, { trust: true });
    expect(report.rejected).toEqual([]);
    for (const entity of ['case', 'case_party', 'case_event', 'gi_user', 'gi_use_report', 'gi_inspection', 'task_report'])
      expect(report.entities[entity]?.new, entity).toBeGreaterThan(0);
    expect(contentHash(league, [XILIN])).toBe(contentHash(county, [XILIN]));
  }, 60_000);

  it('carries cases, GI users and evidence to the league; the return bundle carries plans and acknowledgements', async () => {
    const county = await officeAt(XILIN, '锡林浩特市市场监督管理局', FIXED_NOW);
    const league = await officeAt(LEAGUE, '锡林郭勒盟市场监督管理局', FIXED_NOW);
    const caseId = createCase(county, caseInput());
    addAttachment(county, { caseId, fileName: '现场.png', caption: '', uploadId: staged(county, PNG_BASE64) });
    createUser(county, applicant());

    const { file, manifest } = await exportBundle(county, out('a1.zip'));
    expect(manifest).toMatchObject({ sequence: 1, destination: { unitCode: LEAGUE }, fromSeq: 0, counts: { attachments: 1 } });
    // A first-time key needs confirmation; the preview works without it and writes nothing.
    const before = ledgerFingerprint(league);
    expect(await refusal(importBundle(league, file))).toBe('untrusted_key');
    const preview = await importBundle(league, file, { dryRun: true });
    expect(preview).toMatchObject({ status: 'previewed', firstContact: true, entities: { case: { new: 1 }, gi_user: { new: 1 } } });
    expect(ledgerFingerprint(league)).toBe(before);

    const report = await importBundle(league, file, { trust: true });
    expect(report).toMatchObject({ status: 'applied', attachments: 1, entities: { case: { new: 1 }, case_attachment: { new: 1 }, gi_user: { new: 1 } } });
    expect(contentHash(league, [XILIN])).toBe(contentHash(county, [XILIN]));
    const blob = league.ledger.db.prepare('SELECT sha256 FROM case_attachments').pluck().get() as string;
    expect(fs.existsSync(path.join(league.attachmentsDir, blob.slice(0, 2), blob))).toBe(true);
    // Search and deadline tables follow imported rows.
    expect(league.ledger.db.prepare('SELECT count(*) FROM case_fts WHERE case_fts MATCH ?').pluck().get('"羊肉卷"')).toBe(1);

    // The same bundle again: not an error, nothing changes.
    const again = ledgerFingerprint(league);
    expect(await importBundle(league, file)).toMatchObject({ status: 'duplicate', importedAt: report.importedAt ?? expect.any(String) });
    expect(ledgerFingerprint(league)).toBe(again);

    // The league assigns work and answers with a return bundle that acknowledges the county's bundle.
    createPlanFromTemplate(league, { template: 'xilingol-2021-2025', assignTo: [XILIN] });
    const back = await exportBundle(league, out('l1.zip'), { to: XILIN });
    expect(back.manifest.acknowledgements).toEqual([expect.objectContaining({ installationId: county.installation.id, sequence: 1 })]);
    await importBundle(county, back.file, { trust: true });
    expect(myTasks(county).tasks).toHaveLength(15);
    expect(contentHash(county, [LEAGUE])).toBe(contentHash(league, [LEAGUE]));

    // What the league acknowledged is not sent again; new edits are.
    const empty = await exportBundle(county, out('a2.zip'));
    expect(empty.manifest).toMatchObject({ sequence: 2, counts: { changes: 0 } });
    updateCase(county, caseId, caseInput({ title: '更正后的案件名称' }));
    const next = await exportBundle(county, out('a3.zip'));
    // Only what changed since the acknowledgement: the case (and its re-entered party).
    expect(next.manifest.counts.entities.case).toBe(1);
    await importBundle(league, empty.file);
    await importBundle(league, next.file);
    expect(league.ledger.db.prepare('SELECT title FROM cases WHERE id = ?').pluck().get(caseId)).toBe('更正后的案件名称');
  });

  it('the league exports to all its counties (or a chosen set) in one action: one bundle each, with a summary', async () => {
    const league = await officeAt(LEAGUE, '锡林郭勒盟市场监督管理局', FIXED_NOW);
    createPlanFromTemplate(league, { template: 'xilingol-2021-2025' });
    const counties = league.ledger.db.prepare('SELECT code FROM ref_regions WHERE parent_code = ? ORDER BY code').pluck().all(LEAGUE) as string[];
    const batch = await exportToMany(league, { to: counties });
    expect(batch.failed).toEqual([]);
    expect(batch.bundles.map((b) => [b.to, b.sequence])).toEqual(counties.map((c) => [c, 1]));
    expect(batch.bundles.find((b) => b.to === XILIN)).toMatchObject({ toName: '锡林浩特市', changes: expect.any(Number) });
    expect(new Set(batch.bundles.map((b) => b.fileName)).size).toBe(13);
    // Each is exactly the county's own bundle: 锡林浩特 imports its one and has its tasks.
    const county = await officeAt(XILIN, '锡林浩特市市场监督管理局', FIXED_NOW);
    const mine = batch.bundles.find((b) => b.to === XILIN);
    await importBundle(county, mine?.savedPath ?? '', { trust: true });
    expect(myTasks(county).tasks).toHaveLength(15);
    // Another bundle of the batch is refused by 锡林浩特: it names its addressee.
    const misaddressed = await importBundle(county, batch.bundles.find((b) => b.to === '152501')?.savedPath ?? '', { trust: true }).catch((e: unknown) => e);
    expect(misaddressed).toMatchObject({ problem: 'wrong_destination', params: { unit: '二连浩特市', self: '锡林浩特市' } });
    // A chosen set, and a unit outside the league is reported, not exported.
    const some = await exportToMany(league, { to: ['152501', '152201'] });
    expect(some.bundles.map((b) => [b.to, b.sequence])).toEqual([['152501', 2]]);
    expect(some.failed).toEqual([expect.objectContaining({ to: '152201', problem: 'export_not_our_county' })]);
    const county2 = await officeAt(XILIN, '锡林浩特市市场监督管理局', FIXED_NOW);
    await expect(exportToMany(county2, { to: [LEAGUE] })).rejects.toThrow('export_many_league_only');
  });

  it('the preview counts records, with the changes as detail: a case created and edited twice is one new case', async () => {
    const county = await officeAt(XILIN, '锡林浩特市市场监督管理局', FIXED_NOW);
    const league = await officeAt(LEAGUE, '锡林郭勒盟市场监督管理局', FIXED_NOW);
    const caseId = createCase(county, caseInput());
    updateCase(county, caseId, caseInput({ title: '第二次修改' }));
    updateCase(county, caseId, caseInput({ title: '第三次修改' }));
    const { file } = await exportBundle(county, out('edits.zip'));
    const preview = await importBundle(league, file, { dryRun: true, trust: true });
    expect(preview.entities.case).toMatchObject({ new: 1, updated: 0, unchanged: 0 });
    expect(preview.entities.case?.changes).toBeGreaterThanOrEqual(3);
    const applied = await importBundle(league, file, { trust: true });
    expect(applied.entities.case).toMatchObject({ new: 1, updated: 0, changes: preview.entities.case?.changes });
    // Edited again at the county: the next bundle updates that one record.
    updateCase(county, caseId, caseInput({ title: '第四次修改' }));
    const next = await importBundle(league, (await exportBundle(county, out('edits2.zip'))).file);
    expect(next.entities.case).toMatchObject({ new: 0, updated: 1 });
  });

  it('a lost bundle loses nothing: the next one is cumulative and the gap is reported', async () => {
    const county = await officeAt(XILIN, '锡林浩特市市场监督管理局', FIXED_NOW);
    const league = await officeAt(LEAGUE, '锡林郭勒盟市场监督管理局', FIXED_NOW);
    createCase(county, caseInput({ title: '第一件' }));
    await exportBundle(county, out('lost.zip')); // never arrives
    createCase(county, caseInput({ title: '第二件' }));
    const second = await exportBundle(county, out('second.zip'));
    const report = await importBundle(league, second.file, { trust: true });
    expect(report.gap).toEqual({ expected: 1, got: 2 });
    expect(league.ledger.db.prepare('SELECT title FROM cases ORDER BY title').pluck().all()).toEqual(['第一件', '第二件']);
  });
});

describe('bundles on the screen travel as files', () => {
  it('an export stays in the data folder under a name the screen saves it by; an import is previewed and applied from a staged file', async () => {
    const county = await officeAt(XILIN, '锡林浩特市市场监督管理局', FIXED_NOW);
    const league = await officeAt(LEAGUE, '锡林郭勒盟市场监督管理局', FIXED_NOW);
    const caseId = createCase(county, caseInput());
    const png = (n: number) => Buffer.concat([Buffer.from(PNG_BASE64, 'base64').subarray(0, 8), crypto.randomBytes(11 * 1024 * 1024 + n)]);
    for (const n of [1, 2]) addAttachment(county, { caseId, fileName: `大文件${n}.png`, caption: '', uploadId: staged(county, png(n)) });
    const exported = await exportForDownload(county, {});
    expect(Object.keys(exported)).not.toContain('base64');
    expect(exportFileNameSchema.safeParse(exported.downloadId).success).toBe(true);
    expect(exported.savedPath).toBe(path.join(path.dirname(county.ledger.file), 'bundles', 'sent', exported.downloadId));
    expect(fs.statSync(exported.savedPath).size).toBeGreaterThan(22 * 1024 * 1024);
    // The league: the bundle staged as a file (as /upload or the open dialog leave it), previewed by id, applied.
    const uploadId = staged(league, fs.readFileSync(exported.savedPath));
    const preview = await previewUpload(league, { uploadId, fileName: exported.fileName });
    expect(preview.report).toMatchObject({ status: 'previewed', attachments: 2 });
    const report = await applyUpload(league, { uploadId: preview.uploadId, trust: true, rekey: false });
    expect(report).toMatchObject({ status: 'applied', attachments: 2 });
    expect(league.ledger.db.prepare('SELECT count(*) FROM blobs').pluck().get()).toBe(2);
    // A staged file is taken by its call: the id cannot be used twice.
    await expect(previewUpload(league, { uploadId, fileName: 'again.zip' })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('refusals change nothing', () => {
  async function pair() {
    const county = await officeAt(XILIN, '锡林浩特市市场监督管理局', FIXED_NOW);
    const league = await officeAt(LEAGUE, '锡林郭勒盟市场监督管理局', FIXED_NOW);
    createCase(county, caseInput());
    return { county, league };
  }

  it('two exports at once to the same unit take two numbers in one chain, never the same number twice', async () => {
    const { county, league } = await pair();
    const [a, b] = await Promise.all([exportBundle(county, out('p1.zip')), exportBundle(county, out('p2.zip'))]);
    expect([a.manifest.sequence, b.manifest.sequence].sort()).toEqual([1, 2]);
    const [first, second] = a.manifest.sequence === 1 ? [a, b] : [b, a];
    expect(await importBundle(league, first.file, { trust: true })).toMatchObject({ status: 'applied', sequence: 1 });
    expect(await importBundle(league, second.file)).toMatchObject({ status: 'applied', sequence: 2, gap: null });
    expect(county.ledger.db.prepare("SELECT count(*) FROM bundles_sent WHERE state = 'written'").pluck().get()).toBe(2);
  });

  it('a failed export gives its number back and leaves no work files', async () => {
    const { county } = await pair();
    const target = path.join(tempDir(), 'not-a-folder');
    fs.writeFileSync(target, 'a file where the target folder should be');
    await expect(exportBundle(county, path.join(target, 'x.zip'))).rejects.toThrow();
    expect(county.ledger.db.prepare('SELECT count(*) FROM bundles_sent').pluck().get()).toBe(0);
    const work = path.join(path.dirname(county.ledger.file), 'tmp');
    expect(fs.existsSync(work) ? fs.readdirSync(work) : []).toEqual([]);
    const again = await exportBundle(county, out('ok.zip'));
    expect(again.manifest).toMatchObject({ sequence: 1, previousManifestSha256: null });
    // Owner-only: the bundle and the ledger's work folder are not readable by other users.
    expect(fs.statSync(again.file).mode & 0o077).toBe(0);
  });

  it('replayed and forked bundles raise an alarm', async () => {
    const { county, league } = await pair();
    const first = await exportBundle(county, out('1.zip'));
    createCase(county, caseInput({ title: '第二件' }));
    const second = await exportBundle(county, out('2.zip'));
    await importBundle(league, second.file, { trust: true });
    const before = ledgerFingerprint(league);
    expect(await refusal(importBundle(league, first.file))).toBe('replayed');
    // A fork: a copy of the county ledger writes its own bundle 3, and so does the original.
    const copyFile = path.join(tempDir(), 'copy.sqlite');
    county.ledger.db.pragma('wal_checkpoint(TRUNCATE)');
    fs.copyFileSync(county.ledger.file, copyFile);
    const copy = await openAppSession(copyFile, { now: () => FIXED_NOW });
    try {
      createCase(copy, caseInput({ title: '副本里的案件' }));
      const forkA = await exportBundle(copy, out('3a.zip'));
      createCase(county, caseInput({ title: '原件里的案件' }));
      const forkB = await exportBundle(county, out('3b.zip'));
      await importBundle(league, forkB.file);
      const mid = ledgerFingerprint(league);
      expect(mid).not.toBe(before);
      expect(await refusal(importBundle(league, forkA.file))).toBe('forked');
      expect(ledgerFingerprint(league)).toBe(mid);
    } finally {
      copy.ledger.close();
    }
  });

  it('a bundle for another unit, from an unrelated unit, or signed by a new key is refused', async () => {
    const { county, league } = await pair();
    const bundle = await exportBundle(county, out('a.zip'));
    const otherLeague = await officeAt('152200', '兴安盟市场监督管理局', FIXED_NOW);
    expect(await refusal(importBundle(otherLeague, bundle.file, { trust: true }))).toBe('wrong_destination');
    await importBundle(league, bundle.file, { trust: true });
    // Another installation claiming the same county: a different key.
    const impostor = await officeAt(XILIN, '锡林浩特市市场监督管理局', FIXED_NOW);
    createCase(impostor, caseInput({ title: '冒名' }));
    const fake = await exportBundle(impostor, out('fake.zip'));
    const before = ledgerFingerprint(league);
    expect(await refusal(importBundle(league, fake.file, { trust: true }))).toBe('key_changed');
    expect(ledgerFingerprint(league)).toBe(before);
    expect(await refusal(importBundle(county, bundle.file))).toBe('own_bundle');
    // The preview names the change of key; re-keyed deliberately (a reinstalled county), it applies.
    const oldKey = league.ledger.db.prepare('SELECT fingerprint FROM trusted_keys WHERE unit_code = ?').pluck().get(XILIN);
    expect((await importBundle(league, fake.file, { dryRun: true })).keyChange).toEqual({ trustedFingerprint: oldKey });
    expect(await refusal(importBundle(league, fake.file, { rekey: true }))).toBe('key_changed');
    expect(ledgerFingerprint(league)).toBe(before);
    expect(await importBundle(league, fake.file, { trust: true, rekey: true })).toMatchObject({ status: 'applied', firstContact: false });
    const trusted = league.ledger.db.prepare('SELECT fingerprint, replaced_fingerprints FROM trusted_keys WHERE unit_code = ?').get(XILIN) as {
      fingerprint: string;
      replaced_fingerprints: string;
    };
    expect(trusted.fingerprint).toBe(impostor.installation.fingerprint);
    expect(trusted.replaced_fingerprints).toContain(`,${String(oldKey)}@`);
  });

  it('changes outside the sender’s authority are quarantined, the rest applied', async () => {
    const { county, league } = await pair();
    const planChange: BundleChange = {
      entity: 'plan',
      rowId: '0190f0f0-0000-7000-8000-000000000001',
      hlc: '2026-11-20T02:00:00.000Z-0000-00000000000000aa',
      installationId: county.installation.id,
      user: '冒充盟局',
      unitCode: XILIN,
      fields: { unit_code: XILIN, deleted: 0, title: '县局自拟的方案' },
    };
    const otherUnit: BundleChange = {
      ...planChange,
      entity: 'case',
      rowId: '0190f0f0-0000-7000-8000-000000000002',
      unitCode: '152525',
      fields: { unit_code: '152525', deleted: 0, title: '别的旗县的案件' },
    };
    const ok: BundleChange = {
      ...planChange,
      entity: 'case',
      rowId: '0190f0f0-0000-7000-8000-000000000003',
      fields: { unit_code: XILIN, deleted: 0, title: '本局案件', lead_date: '2026-11-01' },
    };
    const badField: BundleChange = { ...ok, rowId: '0190f0f0-0000-7000-8000-000000000004', fields: { unit_code: XILIN, password: 'x' } };
    const file = craftBundle(county, LEAGUE, { changes: [planChange, otherUnit, ok, badField] });
    const report = await importBundle(league, file, { trust: true });
    expect(report.rejected.map((r) => [r.entity, r.code])).toEqual([
      ['plan', 'wrong_role'],
      ['case', 'claims_other_unit'],
      ['case', 'unknown_field'],
    ]);
    expect(league.ledger.db.prepare('SELECT title FROM cases').pluck().all()).toEqual(['本局案件']);
    expect(league.ledger.db.prepare('SELECT count(*) FROM plans').pluck().get()).toBe(0);
    expect(league.ledger.db.prepare('SELECT reason FROM quarantine ORDER BY id').pluck().all()).toEqual(['wrong_role', 'claims_other_unit', 'unknown_field']);
  });
});

/** openssl's own check of an unpacked bundle's manifest signature (throws when it fails). */
function opensslVerify(dir: string): string {
  const file = (name: string) => path.join(dir, name);
  const args = ['pkeyutl', '-verify', '-pubin', '-inkey', file('signer.pem'), '-rawin', '-in', file('manifest.json'), '-sigfile', file('manifest.sig')];
  return execFileSync('openssl', args, { encoding: 'utf8', stdio: 'pipe' });
}

describe('a bundle anyone can check', () => {
  it('verifies with the openssl CLI and sha256sum alone', async () => {
    const county = await officeAt(XILIN, '锡林浩特市市场监督管理局', FIXED_NOW);
    createCase(county, caseInput());
    const { file } = await exportBundle(county, out('check.zip'));
    const dir = tempDir();
    execFileSync('python3', ['-m', 'zipfile', '-e', file, dir]);
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
      source: { publicKeyPem: string };
      files: { name: string; sha256: string }[];
    };
    fs.writeFileSync(path.join(dir, 'signer.pem'), manifest.source.publicKeyPem);
    const verified = opensslVerify(dir);
    expect(verified).toContain('Signature Verified Successfully');
    for (const f of manifest.files) {
      const sum = execFileSync('sha256sum', [path.join(dir, f.name)], { encoding: 'utf8' }).split(' ')[0];
      expect(sum).toBe(f.sha256);
    }
    // One flipped byte in the manifest: openssl says no.
    const bytes = fs.readFileSync(path.join(dir, 'manifest.json'));
    bytes[10] = bytes[10] === 0x41 ? 0x42 : 0x41;
    fs.writeFileSync(path.join(dir, 'manifest.json'), bytes);
    expect(() => opensslVerify(dir)).toThrow();
  });
});
