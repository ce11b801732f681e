import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { appSchemaVersion, openLedger } from '../../electron/store/ledger';
import { loadMigrations, type Migration } from '../../electron/store/migrations';
import { backupsDir } from '../../electron/store/backup';
import { DomainError } from '../../shared/errors';
import { sha256File, tempDir } from '../helpers/temp-ledger';

function schemaOf(db: Database.Database): string[] {
  return db
    .prepare("SELECT type || ' ' || name || ': ' || COALESCE(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
    .pluck()
    .all() as string[];
}

const m1: Migration = { version: 1, name: 'one', sql: 'CREATE TABLE a (x INTEGER) STRICT;' };
const m2: Migration = { version: 2, name: 'two', sql: 'CREATE TABLE b (y TEXT) STRICT;' };
const broken: Migration = { version: 2, name: 'broken', sql: "CREATE TABLE b (y TEXT) STRICT; INSERT INTO nowhere VALUES ('x');" };

describe('migrations', () => {
  it('replays every shipped migration on an empty database', async () => {
    const file = path.join(tempDir(), 'l.sqlite');
    const ledger = await openLedger(file);
    const migrations = loadMigrations();
    expect(ledger.schemaVersion).toBe(migrations.length);
    expect(ledger.schemaVersion).toBe(appSchemaVersion());
    const tables = ledger.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining([
        'installation',
        'local_settings',
        'changes',
        'bureaus',
        'ref_regions',
        'ref_townships',
        'ref_case_stages',
        'ref_time_limits',
        'ref_holidays',
      ]),
    );
    expect(ledger.db.pragma('integrity_check', { simple: true })).toBe('ok');
    ledger.close();
  });

  it('0002 folds a version-1 per-field change log into one entry per write, keeping every value', async () => {
    const file = path.join(tempDir(), 'l.sqlite');
    const shipped = loadMigrations();
    const v1 = await openLedger(file, { migrations: shipped.slice(0, 1) });
    const insert = v1.db.prepare('INSERT INTO changes (entity, row_id, field, value, hlc, installation_id, user, unit_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    const h1 = '2026-01-05T08:00:00.000Z-0000-aaaaaaaaaaaaaaaa';
    const h2 = '2026-01-06T08:00:00.000Z-0000-aaaaaaaaaaaaaaaa';
    for (const [field, value] of [
      ['unit_code', '"152502"'],
      ['deleted', '0'],
      ['name', '"甲局"'],
      ['case_prefix', '"甲处罚"'],
    ])
      insert.run('bureau', 'r1', field, value, h1, 'inst', '张明', '152502');
    insert.run('bureau', 'r1', 'name', '"乙局"', h2, 'inst', '李娜', '152502');
    v1.close();
    const v2 = await openLedger(file, { migrations: shipped.slice(0, 2) });
    const rows = v2.db.prepare('SELECT entity, row_id, hlc, user, fields FROM changes ORDER BY seq').all();
    expect(rows).toEqual([
      { entity: 'bureau', row_id: 'r1', hlc: h1, user: '张明', fields: '{"unit_code":"152502","deleted":0,"name":"甲局","case_prefix":"甲处罚"}' },
      { entity: 'bureau', row_id: 'r1', hlc: h2, user: '李娜', fields: '{"name":"乙局"}' },
    ]);
    expect(() => v2.db.prepare('DELETE FROM changes').run()).toThrow(/append-only/);
    v2.close();
  });

  it('builds the same schema one version at a time as all at once', async () => {
    const dir = tempDir();
    const stepwise = await openLedger(path.join(dir, 'a.sqlite'), { migrations: [m1] });
    stepwise.close();
    const upgraded = await openLedger(path.join(dir, 'a.sqlite'), { migrations: [m1, m2] });
    const direct = await openLedger(path.join(dir, 'b.sqlite'), { migrations: [m1, m2] });
    expect(schemaOf(upgraded.db)).toEqual(schemaOf(direct.db));
    expect(upgraded.schemaVersion).toBe(2);
    upgraded.close();
    direct.close();
  });

  it('applies all pending migrations in one transaction: a failure leaves the old version', async () => {
    const file = path.join(tempDir(), 'l.sqlite');
    (await openLedger(file, { migrations: [m1] })).close();
    await expect(openLedger(file, { migrations: [m1, broken] })).rejects.toThrow(/nowhere/);
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'b'").pluck().get()).toBe(0);
    db.close();
  });

  it('backs up the ledger with the online backup API before migrating it', async () => {
    const file = path.join(tempDir(), 'l.sqlite');
    const v1 = await openLedger(file, { migrations: [m1] });
    v1.db.prepare('INSERT INTO a (x) VALUES (41), (42)').run();
    v1.close();
    (await openLedger(file, { migrations: [m1, m2] })).close();
    const backups = fs.readdirSync(backupsDir(file));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/^ledger-v1-before-v2-\d{8}-\d{6}\.sqlite$/);
    const copy = new Database(path.join(backupsDir(file), backups[0] as string), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    expect(copy.prepare('SELECT x FROM a ORDER BY x').pluck().all()).toEqual([41, 42]);
    copy.close();
  });

  it('does not back up a brand-new ledger', async () => {
    const file = path.join(tempDir(), 'l.sqlite');
    (await openLedger(file, { migrations: [m1, m2] })).close();
    expect(fs.existsSync(backupsDir(file))).toBe(false);
  });

  it('refuses a ledger from a newer version and leaves it byte-for-byte unchanged', async () => {
    const file = path.join(tempDir(), 'l.sqlite');
    const ledger = await openLedger(file);
    ledger.db.pragma(`user_version = ${ledger.schemaVersion + 1}`);
    ledger.close();
    const before = sha256File(file);
    const files = fs.readdirSync(path.dirname(file)).sort();
    const error = await openLedger(file).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('ledger_too_new');
    expect((error as DomainError).message).toContain('请升级');
    expect(sha256File(file)).toBe(before);
    expect(fs.readdirSync(path.dirname(file)).sort()).toEqual(files);
  });

  it('rejects gaps in migration numbering', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, '0001_a.sql'), 'SELECT 1;');
    fs.writeFileSync(path.join(dir, '0003_c.sql'), 'SELECT 1;');
    expect(() => loadMigrations(dir)).toThrow(/without gaps/);
  });
});

describe('store pragmas', () => {
  it('opens with WAL, synchronous=FULL, foreign keys on and cached statements', async () => {
    const ledger = await openLedger(path.join(tempDir(), 'l.sqlite'));
    expect(ledger.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(ledger.db.pragma('synchronous', { simple: true })).toBe(2);
    expect(ledger.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(ledger.stmt('SELECT 1')).toBe(ledger.stmt('SELECT 1'));
    ledger.close();
    expect(ledger.db.open).toBe(false);
  });

  it('refuses double-quoted string literals (DQS off), so SQL must use single quotes', async () => {
    const ledger = await openLedger(path.join(tempDir(), 'l.sqlite'));
    expect(() => ledger.db.prepare('SELECT "not a column"').get()).toThrow(/no such column/);
    ledger.close();
  });
});
