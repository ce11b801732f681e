/** Data completeness: a county's period is final once a bundle it made after the period's last (local) day has arrived. */
import { afterEach, describe, expect, it } from 'vitest';
import { completeness } from '../../electron/domain/reports/completeness';
import { officeAt } from '../helpers/bundles';

const NOW = new Date(2026, 10, 20, 10, 0, 0).getTime();
const TZ = process.env.TZ;

afterEach(() => {
  if (TZ === undefined) delete process.env.TZ;
  else process.env.TZ = TZ;
});

function received(session: Awaited<ReturnType<typeof officeAt>>, unit: string, sequence: number, createdAt: string) {
  session.ledger.db
    .prepare(
      `INSERT INTO bundles_received (bundle_id, source_installation, source_unit, sequence, manifest_sha256, through_seq, imported_at, imported_by, result)
       VALUES (?, ?, ?, ?, 'x', 1, '2026-11-01T02:00:00.000Z', '李强', ?)`,
    )
    .run(`b-${unit}-${sequence}`, `inst-${unit}`, unit, sequence, JSON.stringify({ createdAt }));
}

describe('data completeness', () => {
  it('complete, stale or none per county, by the newest bundle and the local date it was made', async () => {
    process.env.TZ = 'Asia/Shanghai';
    const league = await officeAt('152500', '锡林郭勒盟市场监督管理局', NOW);
    // 锡林浩特: an old bundle, then one made at 07:30 on 1 October in Beijing (30 September in UTC).
    received(league, '152502', 1, '2026-08-01T03:00:00.000Z');
    received(league, '152502', 2, '2026-09-30T23:30:00.000Z');
    // 二连浩特: only a bundle made on the period's last day.
    received(league, '152501', 1, '2026-09-30T09:00:00.000Z');
    const q3 = completeness(league, { period: '2026Q3' });
    const status = Object.fromEntries(q3.units.map((u) => [u.code, u.status]));
    expect(q3.to).toBe('2026-09-30');
    expect(status['152502']).toBe('complete');
    expect(status['152501']).toBe('stale');
    expect(status['152531']).toBe('none');
    expect(q3.units.find((u) => u.code === '152502')).toMatchObject({ lastSequence: 2, lastExportedAt: '2026-09-30T23:30:00.000Z' });
    // The same bundles do not make Q4 final.
    expect(completeness(league, { period: '2026Q4' }).units.filter((u) => u.status === 'complete')).toEqual([]);
  });
});
