import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { runCli } from '../../electron/cli/run';
import { deadlineOverview } from '../../electron/domain/cases/deadline-store';
import { openAppSession } from '../../electron/api/open-session';
import { checkIdCard, checkUscc, hasErrors, hasWarnings } from '../../shared/identifiers';
import { listUsers } from '../../electron/domain/gi/users-list';
import { appSchemaVersion } from '../../electron/store/ledger';
import { sha256File, tempDir } from '../helpers/temp-ledger';
import { exportBundle } from '../../electron/domain/bundles/export';
import { createCase } from '../../electron/domain/cases/write';
import { setupProfile } from '../../electron/domain/core/profile';
import { caseInput } from '../helpers/cases';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('CLI', () => {
  it('init creates a ledger and info --json describes it', async () => {
    const db = path.join(tempDir(), 'sub', 'county.sqlite');
    const init = await cli('init', '--db', db, '--unit', '152502', '--operator', '张明');
    expect(init).toMatchObject({ code: 0, err: '' });
    const info = await cli('info', '--db', db, '--json');
    expect(info.code).toBe(0);
    const parsed = JSON.parse(info.out) as Record<string, unknown>;
    expect(parsed).toMatchObject({
      unit: { code: '152502', name: '锡林浩特市', inGbt2260: true },
      role: 'county',
      bureauName: '锡林浩特市市场监督管理局',
      casePrefix: '锡市监处罚',
      operator: '张明',
      schemaVersion: appSchemaVersion(),
      // The bureau, plus the baseline rows every ledger starts with: 12 GI seed entries, 16 indicators, 5 targets.
      rows: { bureau: 1, gi: 12, changes: 34 },
    });
    expect(parsed.keyFingerprint).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
    expect(parsed.installationId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('init of a league takes the name given', async () => {
    const db = path.join(tempDir(), 'league.sqlite');
    expect((await cli('init', '--db', db, '--unit', '152500', '--name', '锡林郭勒盟市场监督管理局', '--json')).code).toBe(0);
    expect(JSON.parse((await cli('info', '--db', db, '--json')).out)).toMatchObject({ role: 'league', bureauName: '锡林郭勒盟市场监督管理局' });
  });

  it('init refuses to overwrite an existing ledger and leaves it unchanged', async () => {
    const db = path.join(tempDir(), 'county.sqlite');
    await cli('init', '--db', db, '--unit', '152502');
    const before = sha256File(db);
    const again = await cli('init', '--db', db, '--unit', '152201');
    expect(again.code).toBe(1);
    expect(again.err.split('\n')).toHaveLength(1);
    expect(again.err).toContain('refusing to overwrite');
    expect(sha256File(db)).toBe(before);
  });

  it('init with a unit outside the two leagues fails and leaves no file', async () => {
    const dir = tempDir();
    const result = await cli('init', '--db', path.join(dir, 'x.sqlite'), '--unit', '150000');
    expect(result.code).toBe(1);
    expect(result.err).toContain('not a league or county unit');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('usage errors exit 2', async () => {
    expect((await cli()).code).toBe(2);
    expect((await cli('frobnicate')).code).toBe(2);
    expect((await cli('init', '--unit', '152502')).code).toBe(2);
    expect((await cli('init', '--db', 'x', '--unit', 'abc')).code).toBe(2);
    expect((await cli('info', '--db', 'x', '--bogus')).code).toBe(2);
  });

  it('info on a missing ledger exits 1 without creating it', async () => {
    const db = path.join(tempDir(), 'none.sqlite');
    const result = await cli('info', '--db', db);
    expect(result.code).toBe(1);
    expect(fs.existsSync(db)).toBe(false);
  });

  it('runs as `npm run cli` straight from the sources, with exit codes', () => {
    const root = path.resolve(__dirname, '../..');
    const db = path.join(tempDir(), 'c.sqlite');
    const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
    const out = execFileSync(tsx, ['electron/cli.ts', 'init', '--db', db, '--unit', '152571', '--json'], { cwd: root, encoding: 'utf8' });
    expect(JSON.parse(out)).toMatchObject({ unit: { code: '152571', inGbt2260: false }, role: 'county' });
    const again = spawnSync(tsx, ['electron/cli.ts', 'init', '--db', db, '--unit', '152571'], { cwd: root, encoding: 'utf8' });
    expect(again.status).toBe(1);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('CLI and ledgers from a newer version', () => {
  it('info refuses a ledger from the future with a message and leaves it unchanged', async () => {
    const db = path.join(tempDir(), 'future.sqlite');
    await cli('init', '--db', db, '--unit', '152502');
    const Database = (await import('better-sqlite3')).default;
    const raw = new Database(db);
    raw.pragma(`user_version = ${appSchemaVersion() + 5}`);
    raw.close();
    const before = sha256File(db);
    const result = await cli('info', '--db', db, '--json');
    expect(result.code).toBe(1);
    expect(result.err).toContain(`数据结构版本 ${appSchemaVersion() + 5}`);
    expect(sha256File(db)).toBe(before);
  });
});

describe('CLI demo', () => {
  const business = (file: string) => {
    const db = new Database(file, { readonly: true });
    try {
      return db
        .prepare(
          'SELECT id, case_number, title, campaigns, category, township_code, lead_date, stage, outcome, amount_involved_fen, fine_fen, closed_date FROM cases ORDER BY id',
        )
        .all();
    } finally {
      db.close();
    }
  };

  it('generates realistic cases, the same for the same seed', async () => {
    const dir = tempDir();
    const a = path.join(dir, 'a.sqlite');
    const b = path.join(dir, 'b.sqlite');
    const c = path.join(dir, 'c.sqlite');
    expect((await cli('demo', '--db', a, '--cases', '150', '--seed', '7', '--quiet')).code).toBe(0);
    expect((await cli('demo', '--db', b, '--cases', '150', '--seed', '7', '--quiet')).code).toBe(0);
    expect((await cli('demo', '--db', c, '--cases', '150', '--seed', '8', '--quiet')).code).toBe(0);
    expect(business(a)).toEqual(business(b));
    expect(business(a)).not.toEqual(business(c));

    const session = await openAppSession(a, { mustExist: true });
    try {
      const db = session.ledger.db;
      expect(db.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(150);
      // Every case went through the change log.
      expect(db.prepare("SELECT count(DISTINCT row_id) FROM changes WHERE entity = 'case'").pluck().get()).toBe(150);
      // Real townships of the unit, valid identifiers.
      expect(
        db.prepare("SELECT count(*) FROM cases WHERE township_code NOT IN (SELECT code FROM ref_townships WHERE county_code = '152502')").pluck().get(),
      ).toBe(0);
      const parties = db.prepare('SELECT id_type, id_number FROM case_parties').all() as { id_type: string; id_number: string }[];
      expect(parties.length).toBeGreaterThanOrEqual(150);
      for (const p of parties) {
        const check = p.id_type === 'uscc' ? checkUscc(p.id_number) : checkIdCard(p.id_number);
        expect(
          check.problems.filter((x) => x.code !== 'id_area_unknown'),
          `${p.id_type} ${p.id_number}`,
        ).toEqual([]);
      }
      // A plausible mix: open and closed cases, some past a legal deadline.
      const overview = deadlineOverview(session.ledger, Date.now());
      expect(overview.overdue).toBeGreaterThan(0);
      expect(overview.open).toBeGreaterThan(0);
      expect(db.prepare("SELECT count(*) FROM cases WHERE stage = 'CLOSE'").pluck().get()).toBeGreaterThan(0);
      expect(db.prepare("SELECT count(*) FROM cases WHERE campaigns LIKE '%,tiequan,%'").pluck().get()).toBeGreaterThan(50);
    } finally {
      session.ledger.close();
    }
  });

  it('spreads a league ledger’s demo cases over its counties and refuses bad arguments', async () => {
    const db = path.join(tempDir(), 'league.sqlite');
    expect((await cli('demo', '--db', db, '--unit', '152500', '--cases', '60', '--quiet')).code).toBe(0);
    const ledger = new Database(db, { readonly: true });
    const units = ledger.prepare('SELECT DISTINCT unit_code FROM cases').pluck().all() as string[];
    ledger.close();
    expect(units.length).toBeGreaterThan(3);
    expect(units.every((u) => u.startsWith('1525') && u !== '152500')).toBe(true);
    expect((await cli('demo', '--db', db, '--cases', 'many')).code).toBe(2);
    expect((await cli('demo', '--db', db, '--unit', '12')).code).toBe(2);
  });

  it('demo --gi-users makes users of the seeded GIs with valid USCCs, reports, inspections and some of every flag', async () => {
    const db = path.join(tempDir(), 'gi.sqlite');
    const run = await cli('demo', '--db', db, '--unit', '152500', '--gi-users', '400', '--seed', '3', '--quiet');
    expect(run.code).toBe(0);
    expect(run.out).toContain('400');
    const session = await openAppSession(db);
    try {
      const users = listUsers(session, {});
      expect(users).toHaveLength(400);
      expect(session.ledger.db.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(0);
      expect(users.every((u) => !hasErrors(checkUscc(u.uscc)) && !hasWarnings(checkUscc(u.uscc)))).toBe(true);
      expect(new Set(users.map((u) => u.giId + u.uscc)).size).toBe(400);
      expect(new Set(users.map((u) => u.unitCode)).size).toBeGreaterThan(5);
      expect(new Set(users.map((u) => u.status))).toEqual(new Set(['applying', 'approved', 'suspended', 'cancelled']));
      const flags = new Set(users.flatMap((u) => u.flags));
      for (const f of ['review_overdue', 'non_use', 'out_of_scope', 'inspection_failed']) expect(flags.has(f as never), f).toBe(true);
      expect(session.ledger.db.prepare('SELECT count(*) FROM gi_use_reports').pluck().get()).toBeGreaterThan(400);
      expect(session.ledger.db.prepare('SELECT count(*) FROM gi_inspections').pluck().get()).toBeGreaterThan(100);
      // Every approved user has its announcement on the timeline.
      const missing = session.ledger.db
        .prepare(
          "SELECT count(*) FROM gi_users u WHERE u.announced_date IS NOT NULL AND NOT EXISTS (SELECT 1 FROM gi_user_events e WHERE e.user_id = u.id AND e.step = 'announced')",
        )
        .pluck()
        .get();
      expect(missing).toBe(0);
    } finally {
      session.ledger.close();
    }
  });

  it('demo --tasks makes a plan of this year for every county of the league, with progress from each', async () => {
    const db = path.join(tempDir(), 'plans.sqlite');
    const run = await cli('demo', '--db', db, '--unit', '152200', '--tasks', '--quiet');
    expect(run.code).toBe(0);
    const ledger = new Database(db, { readonly: true });
    try {
      const plan = ledger.prepare('SELECT * FROM plans').get() as { year: number; unit_code: string; title: string };
      expect(plan).toMatchObject({ year: new Date().getFullYear(), unit_code: '152200' });
      expect(ledger.prepare('SELECT count(*) FROM plan_tasks').pluck().get()).toBe(6);
      expect(ledger.prepare("SELECT count(*) FROM plan_tasks WHERE cadence = 'quarterly'").pluck().get()).toBe(2);
      const units = ledger.prepare('SELECT DISTINCT unit_code FROM task_reports ORDER BY 1').pluck().all();
      expect(units).toEqual(['152201', '152202', '152221', '152222', '152223', '152224']);
      expect(ledger.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(0);
    } finally {
      ledger.close();
    }
  });

  it('bundle round trip: two counties export, the league imports with --trust, counts add up; a flipped byte is refused and changes nothing', async () => {
    const dir = tempDir();
    const a = path.join(dir, 'a.sqlite');
    const b = path.join(dir, 'b.sqlite');
    const league = path.join(dir, 'league.sqlite');
    expect((await cli('demo', '--db', a, '--unit', '152502', '--cases', '40', '--gi-users', '8', '--quiet')).code).toBe(0);
    expect((await cli('demo', '--db', b, '--unit', '152525', '--cases', '25', '--gi-users', '5', '--seed', '2', '--quiet')).code).toBe(0);
    expect((await cli('init', '--db', league, '--unit', '152500', '--operator', '李强')).code).toBe(0);
    for (const [db, out] of [
      [a, path.join(dir, 'a.zip')],
      [b, path.join(dir, 'b.zip')],
    ] as const)
      expect((await cli('export', '--db', db, '--out', out)).code).toBe(0);
    expect((await cli('verify', path.join(dir, 'a.zip'))).out).toContain('有效 valid');
    // Without --trust a first-time key is refused, with its fingerprint.
    const untrusted = await cli('import', '--db', league, path.join(dir, 'a.zip'));
    expect(untrusted.code).toBe(1);
    expect(untrusted.err).toMatch(/untrusted_key.*fingerprint [0-9A-F ]{39}/);
    for (const f of ['a.zip', 'b.zip']) expect((await cli('import', '--db', league, path.join(dir, f), '--trust')).code).toBe(0);
    const again = await cli('import', '--db', league, path.join(dir, 'a.zip'));
    expect(again).toMatchObject({ code: 0 });
    expect(again.out).toContain('already imported');
    const rows = async (db: string) => (JSON.parse((await cli('info', '--db', db, '--json')).out) as { rows: Record<string, number> }).rows;
    const [ra, rb, rl] = [await rows(a), await rows(b), await rows(league)];
    expect(rl.case).toBe((ra.case ?? 0) + (rb.case ?? 0));
    expect(rl.gi_user).toBe((ra.gi_user ?? 0) + (rb.gi_user ?? 0));
    expect(rl.bureau).toBe(3);

    // One flipped byte inside changes.ndjson's stored data: verify and import exit 1, the league is unchanged.
    const good = fs.readFileSync(path.join(dir, 'b.zip'));
    const at = good.indexOf(Buffer.from('changes.ndjson')) + 'changes.ndjson'.length + 40;
    const bad = Buffer.from(good);
    bad[at] = (bad[at] as number) ^ 0xff;
    fs.writeFileSync(path.join(dir, 'bad.zip'), bad);
    const beforeRows = await rows(league);
    const verify = await cli('verify', path.join(dir, 'bad.zip'));
    expect(verify.code).toBe(1);
    expect(verify.err).toMatch(/refused \((hash_mismatch|not_a_zip|size_mismatch|signature)\)/);
    expect((await cli('import', '--db', league, path.join(dir, 'bad.zip'), '--trust')).code).toBe(1);
    expect(await rows(league)).toEqual(beforeRows);
  });

  it('import --rekey --trust of a bundle that is then refused leaves the trust table as it was; an accepted one replaces the key', async () => {
    const dir = tempDir();
    const league = path.join(dir, 'league.sqlite');
    const county = path.join(dir, 'county.sqlite');
    expect((await cli('init', '--db', league, '--unit', '152500', '--operator', '李强')).code).toBe(0);
    expect((await cli('demo', '--db', county, '--unit', '152502', '--cases', '5', '--quiet')).code).toBe(0);
    expect((await cli('export', '--db', county, '--out', path.join(dir, 'c1.zip'))).code).toBe(0);
    expect((await cli('import', '--db', league, path.join(dir, 'c1.zip'), '--trust')).code).toBe(0);
    const trust = () => {
      const db = new Database(league, { readonly: true });
      try {
        return db.prepare('SELECT * FROM trusted_keys ORDER BY unit_code').all();
      } finally {
        db.close();
      }
    };
    const before = trust();
    // The county reinstalled (a new key), but its PC's date is a year ahead: the bundle is refused.
    const reinstalled = await openAppSession(path.join(dir, 'new-pc.sqlite'), { now: () => Date.now() + 365 * 24 * 3600 * 1000 });
    setupProfile(reinstalled, { unitCode: '152502', bureauName: '锡林浩特市市场监督管理局', casePrefix: '锡市监处罚', operatorName: '张明' });
    createCase(reinstalled, caseInput({ leadDate: new Date(Date.now() + 360 * 24 * 3600 * 1000).toISOString().slice(0, 10) }));
    await exportBundle(reinstalled, path.join(dir, 'ahead.zip'));
    const refused = await cli('import', '--db', league, path.join(dir, 'ahead.zip'), '--rekey', '--trust');
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/clock_ahead.*36[56] days ahead/);
    expect(trust()).toEqual(before);
    // With its date corrected, the reinstalled PC's bundle replaces the key deliberately.
    const fixed = await openAppSession(path.join(dir, 'fixed-pc.sqlite'));
    setupProfile(fixed, { unitCode: '152502', bureauName: '锡林浩特市市场监督管理局', casePrefix: '锡市监处罚', operatorName: '张明' });
    createCase(fixed, caseInput({ leadDate: new Date().toISOString().slice(0, 10) }));
    await exportBundle(fixed, path.join(dir, 'fixed.zip'));
    const plain = await cli('import', '--db', league, path.join(dir, 'fixed.zip'), '--trust');
    expect(plain.err).toMatch(/key_changed/);
    const preview = await cli('import', '--db', league, path.join(dir, 'fixed.zip'), '--dry-run');
    expect(preview.out).toContain('密钥已更换');
    expect((await cli('import', '--db', league, path.join(dir, 'fixed.zip'), '--rekey', '--trust')).code).toBe(0);
    const after = trust() as { fingerprint: string; replaced_fingerprints: string }[];
    expect(after).toHaveLength(1);
    expect(after[0]?.fingerprint).toBe(fixed.installation.fingerprint);
    expect(after[0]?.replaced_fingerprints).toContain((before[0] as { fingerprint: string }).fingerprint);
    reinstalled.ledger.close();
    fixed.ledger.close();
  });
});
