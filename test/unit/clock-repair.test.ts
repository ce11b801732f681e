/**
 * A ledger whose clock an earlier version let a remote timestamp drag to 9999-12-31 (after which
 * every write failed with "HLC counter overflow") is repaired by migration 0010 on open: it can
 * write again, stamped by today's clock, and its log is untouched.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCase } from '../../electron/domain/cases/write';
import { setupProfile } from '../../electron/domain/core/profile';
import { openAppSession } from '../../electron/api/open-session';
import { loadMigrations } from '../../electron/store/migrations';
import { caseInput } from '../helpers/cases';
import { tempDir } from '../helpers/temp-ledger';

describe('a clock poisoned by an earlier version', () => {
  it('is repaired on open so that the ledger writes again, stamped by the wall clock', async () => {
    const file = path.join(tempDir(), 'poisoned.sqlite');
    const old = await openAppSession(file, { migrations: loadMigrations().filter((m) => m.version <= 9) });
    setupProfile(old, { unitCode: '152500', bureauName: '锡林郭勒盟市场监督管理局', casePrefix: '锡盟市监处罚', operatorName: '李强' });
    const node = (old.ledger.db.prepare('SELECT hlc_last FROM installation').pluck().get() as string).slice(30);
    // What the old import did: a county's change stamped 9999 moved the clock to its stamp + 1.
    old.ledger.db
      .prepare('INSERT INTO changes (entity, row_id, hlc, installation_id, user, unit_code, fields) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run('bureau', 'x', '9999-12-31T23:59:59.999Z-FFFE-00000000000000aa', 'remote', '攻击者', '152502', '{}');
    old.ledger.db.prepare('UPDATE installation SET hlc_last = ?').run(`9999-12-31T23:59:59.999Z-FFFF-${node}`);
    expect(() => createCase(old, caseInput())).toThrow(/HLC/);
    const changes = old.ledger.db.prepare('SELECT count(*) FROM changes').pluck().get();
    old.ledger.close();

    const repaired = await openAppSession(file);
    const clock = repaired.ledger.db.prepare('SELECT hlc_last FROM installation').pluck().get() as string;
    expect(clock < new Date(Date.now() + 24 * 3600 * 1000).toISOString()).toBe(true);
    expect(clock.slice(30)).toBe(node);
    expect(repaired.ledger.db.prepare('SELECT count(*) FROM changes').pluck().get()).toBe(changes);
    const id = createCase(repaired, caseInput());
    const stamp = repaired.ledger.db.prepare("SELECT hlc FROM changes WHERE row_id = ? AND entity = 'case'").pluck().get(id) as string;
    expect(stamp.slice(0, 10)).toBe(new Date().toISOString().slice(0, 10));
    expect((repaired.ledger.db.prepare('SELECT created_at FROM cases WHERE id = ?').pluck().get(id) as string).slice(0, 4)).toBe(
      new Date().toISOString().slice(0, 4),
    );
    repaired.ledger.close();
  });
});
