import crypto from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getProfile, setupProfile, updateProfile } from '../../electron/domain/core/profile';
import { openAppSession } from '../../electron/api/open-session';
import { listChanges } from '../../electron/domain/core/change-history';
import { COUNTY_SETUP, countySession, tempDir, tempSession } from '../helpers/temp-ledger';

describe('installation identity', () => {
  it('is created once at first run and kept across reopening', async () => {
    const file = path.join(tempDir(), 'l.sqlite');
    const first = await openAppSession(file);
    const { id, fingerprint, publicKeyPem } = first.installation;
    first.ledger.close();
    const again = await openAppSession(file);
    expect(again.installation).toMatchObject({ id, fingerprint, publicKeyPem });
    again.ledger.close();
    expect(fingerprint).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
  });

  it('holds an Ed25519 key pair whose signatures verify with the public key', async () => {
    const session = await tempSession();
    const privatePem = session.ledger.db.prepare('SELECT private_key_pem FROM installation').pluck().get() as string;
    const data = Buffer.from('manifest bytes');
    const signature = crypto.sign(null, data, privatePem);
    expect(signature).toHaveLength(64);
    expect(crypto.sign(null, data, privatePem)).toEqual(signature);
    expect(crypto.verify(null, data, session.installation.publicKeyPem, signature)).toBe(true);
    expect(crypto.createPublicKey(session.installation.publicKeyPem).asymmetricKeyType).toBe('ed25519');
  });
});

describe('office profile', () => {
  it('is empty until the first-run setup', async () => {
    const session = await tempSession();
    expect(getProfile(session)).toBeNull();
  });

  it('sets up a county ledger', async () => {
    const session = await countySession();
    expect(getProfile(session)).toMatchObject({
      unitCode: '152502',
      unitName: '锡林浩特市',
      role: 'county',
      bureauName: COUNTY_SETUP.bureauName,
      casePrefix: '锡市监处罚',
      operatorName: '张明',
      unitInGbt2260: true,
    });
  });

  it('derives the league role from a league unit and flags 乌拉盖管理区', async () => {
    const league = await tempSession();
    expect(setupProfile(league, { ...COUNTY_SETUP, unitCode: '152500', bureauName: '锡林郭勒盟市场监督管理局' }).role).toBe('league');
    const wulagai = await tempSession();
    expect(setupProfile(wulagai, { ...COUNTY_SETUP, unitCode: '152571', bureauName: '乌拉盖管理区市场监督管理局' })).toMatchObject({
      role: 'county',
      unitInGbt2260: false,
    });
  });

  it('refuses a second setup and unknown or provincial units, writing nothing', async () => {
    const session = await countySession();
    const changes = session.ledger.db.prepare('SELECT count(*) FROM changes').pluck().get();
    expect(() => setupProfile(session, { ...COUNTY_SETUP, unitCode: '152201' })).toThrow(/already/);
    const fresh = await tempSession();
    const freshChanges = fresh.ledger.db.prepare('SELECT count(*) FROM changes').pluck().get();
    expect(() => setupProfile(fresh, { ...COUNTY_SETUP, unitCode: '150000' })).toThrow(/not a league or county/);
    expect(() => setupProfile(fresh, { ...COUNTY_SETUP, unitCode: '999999' })).toThrow(/not a league or county/);
    expect(getProfile(fresh)).toBeNull();
    expect(fresh.ledger.db.prepare('SELECT count(*) FROM changes').pluck().get()).toBe(freshChanges);
    // The only entries before setup are the GI catalogue's seed rows, written by no one.
    expect(fresh.ledger.db.prepare("SELECT count(*) FROM changes WHERE installation_id <> 'seed'").pluck().get()).toBe(0);
    expect(session.ledger.db.prepare('SELECT count(*) FROM changes').pluck().get()).toBe(changes);
  });

  it('updates through the change log, attributed to the operator making the edit', async () => {
    const session = await countySession();
    updateProfile(session, { bureauName: '锡林浩特市市场监管局', casePrefix: '锡市监处罚', operatorName: '李娜' });
    expect(getProfile(session)).toMatchObject({ bureauName: '锡林浩特市市场监管局', operatorName: '李娜' });
    const [latest] = listChanges(session.ledger, { limit: 1 }).entries;
    expect(latest).toMatchObject({
      entity: 'bureau',
      field: 'name',
      previous: JSON.stringify(COUNTY_SETUP.bureauName),
      value: '"锡林浩特市市场监管局"',
      user: '李娜',
    });
  });
});
