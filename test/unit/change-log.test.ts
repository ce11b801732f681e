import { describe, expect, it } from 'vitest';
import { insertRecord, tombstoneRecord, updateRecord, type StoredChange, type WriteContext } from '../../electron/store/change-log';
import { writeContext } from '../../electron/domain/core/session';
import { batchClock } from '../../electron/store/clock';
import { listChanges } from '../../electron/domain/core/change-history';
import { countySession, tempSession } from '../helpers/temp-ledger';
import type { Session } from '../../electron/domain/core/session';

interface FieldChange extends Omit<StoredChange, 'fields'> {
  field: string;
  value: string;
}

/** The stored writes, one item per field (the shape the tests reason about). */
function changes(session: Session): FieldChange[] {
  const writes = session.ledger.db.prepare('SELECT * FROM changes ORDER BY seq').all() as StoredChange[];
  return writes.flatMap(({ fields, ...w }) =>
    Object.entries(JSON.parse(fields) as Record<string, unknown>).map(([field, v]) => ({ ...w, field, value: JSON.stringify(v) })),
  );
}

function writeCount(session: Session): number {
  return session.ledger.db.prepare('SELECT count(*) FROM changes').pluck().get() as number;
}

async function ctx(): Promise<{ session: Session; ctx: WriteContext }> {
  const session = await countySession();
  return { session, ctx: writeContext(session) };
}

describe('change log', () => {
  it('writes the row and one entry with every field in the same transaction, stamped with one HLC', async () => {
    const { session, ctx: c } = await ctx();
    const before = changes(session).length;
    const id = insertRecord(c, 'bureau', { name: '测试局', case_prefix: '测处罚' });
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const row = session.ledger.db.prepare('SELECT * FROM bureaus WHERE id = ?').get(id) as Record<string, unknown>;
    expect(row).toMatchObject({ unit_code: '152502', created_by: '张明', updated_by: '张明', deleted: 0, name: '测试局', case_prefix: '测处罚' });
    const added = changes(session).slice(before);
    expect(added.map((e) => [e.field, e.value])).toEqual([
      ['unit_code', '"152502"'],
      ['deleted', '0'],
      ['name', '"测试局"'],
      ['case_prefix', '"测处罚"'],
    ]);
    expect(new Set(added.map((e) => e.seq)).size).toBe(1);
    expect(new Set(added.map((e) => e.hlc)).size).toBe(1);
    expect(added.every((e) => e.row_id === id && e.installation_id === session.installation.id && e.user === '张明' && e.unit_code === '152502')).toBe(true);
  });

  it('records only the fields that changed, with a later HLC', async () => {
    const { session, ctx: c } = await ctx();
    const id = insertRecord(c, 'bureau', { name: '甲', case_prefix: '甲处罚' });
    const firstHlc = changes(session).at(-1)?.hlc as string;
    expect(updateRecord(c, 'bureau', id, { name: '乙', case_prefix: '甲处罚' })).toBe(1);
    const last = changes(session).at(-1);
    expect(last).toMatchObject({ field: 'name', value: '"乙"' });
    expect((last?.hlc as string) > firstHlc).toBe(true);
    expect(updateRecord(c, 'bureau', id, { name: '乙' })).toBe(0);
    expect(changes(session).at(-1)?.hlc).toBe(last?.hlc);
  });

  it('tombstones instead of deleting, once', async () => {
    const { session, ctx: c } = await ctx();
    const id = insertRecord(c, 'bureau', { name: '甲', case_prefix: '甲处罚' });
    tombstoneRecord(c, 'bureau', id);
    tombstoneRecord(c, 'bureau', id);
    expect(session.ledger.db.prepare('SELECT deleted FROM bureaus WHERE id = ?').pluck().get(id)).toBe(1);
    expect(
      changes(session)
        .filter((e) => e.row_id === id && e.field === 'deleted')
        .map((e) => e.value),
    ).toEqual(['0', '1']);
  });

  it('leaves neither row nor entries when the surrounding transaction fails', async () => {
    const { session, ctx: c } = await ctx();
    const rows = session.ledger.db.prepare('SELECT count(*) FROM bureaus').pluck().get();
    const entries = changes(session).length;
    expect(() =>
      session.ledger.write(() => {
        insertRecord(c, 'bureau', { name: '半截', case_prefix: '半处罚' });
        throw new Error('power cut');
      }),
    ).toThrow('power cut');
    expect(session.ledger.db.prepare('SELECT count(*) FROM bureaus').pluck().get()).toBe(rows);
    expect(changes(session)).toHaveLength(entries);
  });

  it('keeps the HLC monotonic even when the wall clock jumps back', async () => {
    const session = await countySession();
    const ahead = Date.now() + 86_400_000;
    let now = ahead;
    const c: WriteContext = { ...writeContext(session), now: () => now };
    const id = insertRecord(c, 'bureau', { name: '甲', case_prefix: '甲处罚' });
    now = ahead - 365 * 86_400_000; // someone sets the PC's clock a year back
    updateRecord(c, 'bureau', id, { name: '乙' });
    const hlcs = changes(session).map((e) => e.hlc);
    expect([...hlcs].sort()).toEqual(hlcs);
    expect(hlcs.at(-1)?.startsWith(`${new Date(ahead).toISOString()}-0001-`)).toBe(true);
  });

  it('is append-only: entries can be neither updated nor deleted', async () => {
    const { session } = await ctx();
    expect(() => session.ledger.db.prepare('UPDATE changes SET fields = \'{"name":"forged"}\'').run()).toThrow(/append-only/);
    expect(() => session.ledger.db.prepare('DELETE FROM changes').run()).toThrow(/append-only/);
  });

  it('refuses unregistered fields and unknown rows', async () => {
    const { ctx: c } = await ctx();
    expect(() => insertRecord(c, 'bureau', { name: 'x', case_prefix: 'y', secret: 1 } as Record<string, string | number>)).toThrow(/not a registered field/);
    expect(() => updateRecord(c, 'bureau', '00000000-0000-7000-8000-000000000000', { name: 'x' })).toThrow(/not found/);
  });

  it('refuses to write before the office profile exists', async () => {
    const session = await tempSession();
    expect(() => writeContext(session)).toThrow(/not set up/);
  });
});

describe('change history', () => {
  it('pages backwards through every write exactly once, newest first, one entry per field', async () => {
    const { session, ctx: c } = await ctx();
    for (let i = 0; i < 7; i++) insertRecord(c, 'bureau', { name: `局${i}`, case_prefix: `p${i}` });
    const total = changes(session).length;
    const seen: string[] = [];
    const seqs: number[] = [];
    let before: number | undefined;
    for (;;) {
      const page = listChanges(session.ledger, { limit: 5, beforeSeq: before });
      seen.push(...page.entries.map((e) => `${e.seq}:${e.field}`));
      seqs.push(...new Set(page.entries.map((e) => e.seq)));
      if (page.nextBeforeSeq === null) break;
      before = page.nextBeforeSeq;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(seqs).toHaveLength(writeCount(session));
    expect([...seqs].sort((a, b) => b - a)).toEqual(seqs);
  });

  it('filters by record and shows each value with the one it replaced', async () => {
    const { session, ctx: c } = await ctx();
    const id = insertRecord(c, 'bureau', { name: '一', case_prefix: 'p' });
    insertRecord(c, 'bureau', { name: '别的', case_prefix: 'q' });
    updateRecord(c, 'bureau', id, { name: '二' });
    updateRecord(c, 'bureau', id, { name: '三' });
    const history = listChanges(session.ledger, { rowId: id, limit: 50 }).entries;
    expect(history.every((e) => e.rowId === id)).toBe(true);
    expect(history.filter((e) => e.field === 'name').map((e) => [e.previous, e.value])).toEqual([
      ['"二"', '"三"'],
      ['"一"', '"二"'],
      [null, '"一"'],
    ]);
    expect(listChanges(session.ledger, { entity: 'nothing', limit: 50 }).entries).toEqual([]);
  });
});

describe('cached statements', () => {
  it('one caller’s .pluck() does not change what the next caller of the same SQL gets', async () => {
    const session = await tempSession();
    const sql = 'SELECT hlc_last FROM installation WHERE singleton = 1';
    expect(typeof session.ledger.stmt(sql).pluck().get()).toBe('string');
    expect(session.ledger.stmt(sql).get()).toEqual({ hlc_last: expect.any(String) });
    expect(Array.isArray(session.ledger.stmt(sql).raw().get())).toBe(true);
    expect(session.ledger.stmt(sql).get()).toEqual({ hlc_last: expect.any(String) });
  });
});

describe('bulk writes (issue 20: the write path)', () => {
  it('batchClock issues the same increasing stamps as one by one, persisted once at the end', async () => {
    const { session, ctx: c } = await ctx();
    const fixed = { ...c, now: () => Date.UTC(2026, 10, 20, 9) };
    const hlcLast = () => session.ledger.db.prepare('SELECT hlc_last FROM installation').pluck().get() as string;
    session.ledger.write(() =>
      batchClock(session.ledger, () => {
        for (let i = 0; i < 5; i++) insertRecord(fixed, 'bureau', { name: `局${i}`, case_prefix: `测${i}` });
      }),
    );
    const stamps = session.ledger.db.prepare("SELECT hlc FROM changes WHERE entity = 'bureau' ORDER BY seq DESC LIMIT 5").pluck().all() as string[];
    expect(new Set(stamps).size).toBe(5);
    expect([...stamps].sort().reverse()).toEqual(stamps);
    expect(hlcLast()).toBe(stamps[0]);
    // The next write outside a batch continues after the batch's last stamp.
    insertRecord(fixed, 'bureau', { name: '局后', case_prefix: '测后' });
    expect(hlcLast() > (stamps[0] as string)).toBe(true);
  });

  it('a batch that throws leaves neither its rows nor its clock behind', async () => {
    const { session, ctx: c } = await ctx();
    const before = { clock: session.ledger.db.prepare('SELECT hlc_last FROM installation').pluck().get(), writes: writeCount(session) };
    expect(() =>
      session.ledger.write(() =>
        batchClock(session.ledger, () => {
          insertRecord(c, 'bureau', { name: '局甲', case_prefix: '测甲' });
          throw new Error('stop');
        }),
      ),
    ).toThrow('stop');
    expect(session.ledger.db.prepare('SELECT hlc_last FROM installation').pluck().get()).toBe(before.clock);
    expect(writeCount(session)).toBe(before.writes);
    expect(() => batchClock(session.ledger, () => 1)).toThrow(/inside a write transaction/);
  });
});
