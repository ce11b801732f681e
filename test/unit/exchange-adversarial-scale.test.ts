/**
 * Adversarial: a bundle with many refused changes. Each refused change is looked up in `quarantine`
 * by (row_id, change) to keep it once — with no index on row_id, every lookup scans the table, so the
 * import is quadratic in the number of refused changes and holds the ledger's write lock meanwhile.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { BundleChange } from '../../electron/domain/bundles/format';
import { exportBundle } from '../../electron/domain/bundles/export';
import { importBundle } from '../../electron/domain/bundles/import';
import { createCase } from '../../electron/domain/cases/write';
import { caseInput, FIXED_NOW } from '../helpers/cases';
import { craftBundle, officeAt } from '../helpers/bundles';
import { tempDir } from '../helpers/temp-ledger';

const LEAGUE = '152500';
const XILIN = '152502';

describe('adversarial: many refused changes', () => {
  it('F15 a refused change arriving again is found through an index and kept once (no scan of the whole quarantine under the write lock)', async () => {
    const league = await officeAt(LEAGUE, '锡林郭勒盟市场监督管理局', FIXED_NOW);
    const xilin = await officeAt(XILIN, '锡林浩特市市场监督管理局', FIXED_NOW);
    createCase(xilin, caseInput());
    await importBundle(league, (await exportBundle(xilin, path.join(tempDir(), 'x1.zip'))).file, { trust: true });
    const node = xilin.installation.id.replace(/-/g, '').slice(16);
    const iso = new Date(FIXED_NOW - 3600_000).toISOString();
    // Each change is a new case whose fine is text: invalid_value, quarantined.
    const bad = (k: number): BundleChange => ({
      entity: 'case',
      rowId: uuidv7(),
      hlc: `${iso}-${(k % 0xffff).toString(16).toUpperCase().padStart(4, '0')}-${node}`,
      installationId: xilin.installation.id,
      user: 'x',
      unitCode: XILIN,
      fields: { unit_code: XILIN, deleted: 0, title: 'x', lead_date: '2026-11-01', fine_fen: 'abc' },
    });
    const changes = Array.from({ length: 2000 }, (_, k) => bad(k));
    const report = await importBundle(league, craftBundle(xilin, LEAGUE, { manifest: { sequence: 3 }, changes }));
    expect(report.entities.case?.rejected).toBe(2000);
    // The same refused changes again (a full export): kept once, found through the row index, not
    // by scanning the quarantine (which made this quadratic while the write lock was held).
    await importBundle(league, craftBundle(xilin, LEAGUE, { manifest: { sequence: 5 }, changes }));
    expect(league.ledger.db.prepare('SELECT count(*) FROM quarantine').pluck().get()).toBe(2000);
    const plan = league.ledger.db.prepare('EXPLAIN QUERY PLAN SELECT 1 FROM quarantine WHERE row_id = ? AND change = ?').all('x', 'y') as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING INDEX quarantine_by_row/);
  }, 120_000);
});
