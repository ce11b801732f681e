/**
 * Property: random edits on three installations (two counties and their league), exchanged as
 * bundles delivered in random order, some twice, some never — once a final round of bundles
 * gets through, every installation holds exactly the same records of every unit it is entitled
 * to (its own, and the league's; the league holds everyone's).
 */
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportBundle } from '../../electron/domain/bundles/export';
import { BundleError } from '../../electron/domain/bundles/format';
import { importBundle } from '../../electron/domain/bundles/import';
import { createCase, updateCase } from '../../electron/domain/cases/write';
import { savePlan } from '../../electron/domain/plans/plans';
import type { Session } from '../../electron/domain/core/session';
import { planFieldsSchema } from '../../shared/plans/schemas';
import { caseInput } from '../helpers/cases';
import { contentHash, officeAt } from '../helpers/bundles';
import { tempDir } from '../helpers/temp-ledger';

type Who = 'A' | 'B' | 'L';
type Action = { kind: 'edit'; who: Who; n: number } | { kind: 'send'; from: Who; to: Who } | { kind: 'deliver'; to: Who; pick: number; keep: boolean };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant('edit' as const), who: fc.constantFrom<Who>('A', 'B', 'L'), n: fc.nat(5) }),
  fc.oneof(
    fc.constant({ kind: 'send' as const, from: 'A' as Who, to: 'L' as Who }),
    fc.constant({ kind: 'send' as const, from: 'B' as Who, to: 'L' as Who }),
    fc.constant({ kind: 'send' as const, from: 'L' as Who, to: 'A' as Who }),
    fc.constant({ kind: 'send' as const, from: 'L' as Who, to: 'B' as Who }),
  ),
  fc.record({ kind: fc.constant('deliver' as const), to: fc.constantFrom<Who>('A', 'B', 'L'), pick: fc.nat(10), keep: fc.boolean() }),
);

const UNIT: Record<Who, string> = { A: '152502', B: '152525', L: '152500' };

async function deliver(to: Session, file: string): Promise<void> {
  try {
    await importBundle(to, file, { trust: true });
  } catch (error) {
    // An older bundle after a newer one is refused; the newer, cumulative one carried its data.
    if (!(error instanceof BundleError && error.problem === 'replayed')) throw error;
  }
}

describe('bundle exchange converges', () => {
  it('whatever the order, duplicates and losses', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 5, maxLength: 22 }), async (actions) => {
        const s: Record<Who, Session> = {
          A: await officeAt(UNIT.A, '锡林浩特市市场监督管理局'),
          B: await officeAt(UNIT.B, '东乌珠穆沁旗市场监督管理局'),
          L: await officeAt(UNIT.L, '锡林郭勒盟市场监督管理局'),
        };
        const records: Record<Who, string[]> = { A: [], B: [], L: [] };
        const stick: Record<Who, string[]> = { A: [], B: [], L: [] };
        const dir = tempDir();
        let n = 0;
        const send = async (from: Who, to: Who) => {
          const { file } = await exportBundle(s[from], path.join(dir, `${from}-${to}-${n++}.zip`), { to: from === 'L' ? UNIT[to] : undefined });
          stick[to].push(file);
        };
        const edit = (who: Who, k: number) => {
          const existing = records[who][k % Math.max(1, records[who].length)];
          if (who === 'L') {
            const fields = planFieldsSchema.parse({ title: `方案 ${n++}`, year: 2026, issueDate: '2026-01-05', summaryDue: '2026-12-06' });
            records.L.push(savePlan(s.L, existing && k % 2 ? { id: existing, fields } : { fields }));
          } else if (existing && k % 2) updateCase(s[who], existing, caseInput({ title: `改 ${n++}`, leadDate: '2026-11-01' }));
          else records[who].push(createCase(s[who], caseInput({ title: `案 ${n++}`, leadDate: '2026-11-01' })));
        };
        for (const a of actions) {
          if (a.kind === 'edit') edit(a.who, a.n);
          else if (a.kind === 'send') await send(a.from, a.to);
          else if (stick[a.to].length) {
            const i = a.pick % stick[a.to].length;
            const file = stick[a.to][i] as string;
            await deliver(s[a.to], file);
            // Delivered bundles may stay on the stick and arrive again (a duplicate), or be taken off.
            if (!a.keep) stick[a.to].splice(i, 1);
          }
        }
        // A final round gets through (twice, so acknowledgements travel too).
        for (let round = 0; round < 2; round++) {
          for (const [from, to] of [
            ['A', 'L'],
            ['B', 'L'],
            ['L', 'A'],
            ['L', 'B'],
          ] as [Who, Who][]) {
            await send(from, to);
            await deliver(s[to], stick[to].at(-1) as string);
          }
        }
        expect(contentHash(s.L, [UNIT.A])).toBe(contentHash(s.A, [UNIT.A]));
        expect(contentHash(s.L, [UNIT.B])).toBe(contentHash(s.B, [UNIT.B]));
        expect(contentHash(s.A, [UNIT.L])).toBe(contentHash(s.L, [UNIT.L]));
        expect(contentHash(s.B, [UNIT.L])).toBe(contentHash(s.L, [UNIT.L]));
        expect(s.L.ledger.db.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(records.A.length + records.B.length);
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});
