import { describe, expect, it } from 'vitest';
import { campaignSummary, previousYear, type CampaignCase } from '../../shared/reports/campaign';

function c(overrides: Partial<CampaignCase>): CampaignCase {
  return {
    category: 'trademark',
    stage: 'CLUE',
    leadDate: '2026-07-01',
    filedDate: null,
    closedDate: null,
    decidedDate: null,
    amountInvolvedFen: null,
    fineFen: null,
    confiscatedFen: null,
    policeTransferDate: null,
    policePersons: null,
    recoveredLossFen: null,
    recoveredForeignLossFen: null,
    destroyedQty: null,
    destroyedUnit: '',
    destroyedValueFen: null,
    ...overrides,
  };
}

const Q3 = { from: '2026-07-01', to: '2026-09-30' };

describe('campaign summary', () => {
  it('counts leads by lead date and stage, the rest by the SAMR dates, destroyed goods with the decision', () => {
    const cases = [
      // Lead and filing in Q3, decided in Q3 with 1.2 吨 and 800 yuan of goods destroyed, still at 决定.
      c({
        stage: 'DECIDE',
        filedDate: '2026-07-05',
        decidedDate: '2026-09-01',
        amountInvolvedFen: 5_000_000,
        fineFen: 1_000_000,
        destroyedQty: 1.2,
        destroyedUnit: '吨',
        destroyedValueFen: 80_000,
      }),
      // Lead in Q2, filed in Q3 and transferred with 2 persons: no lead in Q3, but filed and transferred.
      c({ leadDate: '2026-06-20', stage: 'FILE', filedDate: '2026-07-02', policeTransferDate: '2026-08-10', policePersons: 2 }),
      // GI lead in Q3, decided in Q4 (its 0.1 吨 + 3 箱 count in Q4, not Q3).
      c({
        category: 'gi',
        stage: 'CLOSE',
        leadDate: '2026-09-30',
        decidedDate: '2026-10-03',
        closedDate: '2026-10-20',
        destroyedQty: 0.1,
        destroyedUnit: '吨',
      }),
      c({
        category: 'gi',
        stage: 'CLOSE',
        leadDate: '2025-09-30',
        filedDate: '2025-06-01',
        decidedDate: '2025-08-03',
        closedDate: '2025-09-20',
        destroyedQty: 3,
        destroyedUnit: '箱',
      }),
      // Last year: a lead closed as 不予立案 — not a 结案 (结案 counts filed cases only, as in the SAMR return).
      c({ category: 'trademark', stage: 'CLOSE', leadDate: '2025-07-02', closedDate: '2025-07-20' }),
    ];
    const s = campaignSummary(cases, Q3);
    expect(s.total).toEqual({
      leads: 2,
      filed: 2,
      closed: 0,
      amountInvolved: 5,
      penalties: 1,
      transferredCases: 1,
      transferredPersons: 2,
      destroyedValue: 0.08,
      destroyedQty: [{ unit: '吨', qty: 1.2 }],
    });
    expect(s.rows.trademark.leads).toBe(1);
    expect(s.rows.gi.leads).toBe(1);
    expect(s.stages.trademark).toEqual({ DECIDE: 1 });
    expect(s.stages.gi).toEqual({ CLOSE: 1 });
    // Q4 sees the GI decision's goods; last year's Q3 sees last year's case only.
    expect(campaignSummary(cases, { from: '2026-10-01', to: '2026-12-31' }).total.destroyedQty).toEqual([{ unit: '吨', qty: 0.1 }]);
    const before = campaignSummary(cases, previousYear(Q3)).total;
    expect(before).toMatchObject({ leads: 2, closed: 1, destroyedQty: [{ unit: '箱', qty: 3 }] });
  });

  it('the same period a year earlier', () => {
    expect(previousYear(Q3)).toEqual({ from: '2025-07-01', to: '2025-09-30' });
    expect(previousYear({ from: '2028-01-01', to: '2028-02-29' })).toEqual({ from: '2027-01-01', to: '2027-02-28' });
  });
});
