import { describe, expect, it } from 'vitest';
import { FILED_OUTSIDE_PERIOD, NO_FIGURES, hasUnclassified, periodRange, samrActionBlock, samrTable, type SamrCase } from '../../shared/reports/samr';

function c(overrides: Partial<SamrCase>): SamrCase {
  return {
    category: 'trademark',
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
    flags: [],
    ...overrides,
  };
}

// A hand-built set: every category, flag combinations, a case spanning Q3 → Q4.
const CASES: SamrCase[] = [
  // Trademark, e-commerce and rural, filed and closed in Q3, 12.5 万元 involved, 3 万 fine + 0.8 万 confiscated.
  c({
    category: 'trademark',
    filedDate: '2026-07-03',
    decidedDate: '2026-08-20',
    closedDate: '2026-09-10',
    amountInvolvedFen: 12_500_000,
    fineFen: 3_000_000,
    confiscatedFen: 800_000,
    recoveredLossFen: 5_000_000,
    flags: ['ecommerce', 'rural'],
  }),
  // Trademark spanning quarters: filed Q3 (2 万 involved), decided and closed Q4 (1.5 万 fine), transferred to the police in Q4 with 2 persons.
  c({
    category: 'trademark',
    filedDate: '2026-09-25',
    decidedDate: '2026-10-15',
    closedDate: '2026-11-02',
    amountInvolvedFen: 2_000_000,
    fineFen: 1_500_000,
    policeTransferDate: '2026-10-20',
    policePersons: 2,
    recoveredLossFen: 1_000_000,
    flags: ['physical_market'],
  }),
  // GI: physical market + rural, filed Q3, still open.
  c({ category: 'gi', filedDate: '2026-08-01', amountInvolvedFen: 480_000, flags: ['physical_market', 'rural'] }),
  // Special marks: filed Q2 (outside Q3), closed Q3.
  c({ category: 'special_mark', filedDate: '2026-05-10', closedDate: '2026-07-15', amountInvolvedFen: 100_000 }),
  // Trademark agency (蓝天): foreign investment, filed and decided Q3 with 0.25 万 fine.
  c({ category: 'trademark_agency', filedDate: '2026-07-20', decidedDate: '2026-09-01', fineFen: 250_000, flags: ['foreign_investment'] }),
  // Counterfeit patent: all four flags, filed Q3, 0.33 万 involved.
  c({
    category: 'patent_counterfeit',
    filedDate: '2026-09-30',
    amountInvolvedFen: 33_000,
    flags: ['ecommerce', 'physical_market', 'rural', 'foreign_investment'],
  }),
  // Patent agency: transferred in Q3 (1 person) without being filed in the period.
  c({ category: 'patent_agency', filedDate: '2026-06-30', policeTransferDate: '2026-07-01', policePersons: 1 }),
  // Other trademark: a lead closed as 不予立案 in Q3 — never filed, so neither 立案 nor 结案.
  c({ category: 'trademark_other', closedDate: '2026-08-15' }),
  // Other patent: filed and closed in Q3 with 2 万 recovered, 0.5 万 of it for a foreign-invested right holder.
  c({
    category: 'patent_other',
    filedDate: '2026-07-10',
    closedDate: '2026-09-20',
    recoveredLossFen: 2_000_000,
    recoveredForeignLossFen: 500_000,
    flags: ['foreign_investment'],
  }),
  // The old single 其他 (before the form's split): a lead never filed counts nowhere.
  c({ category: 'other' }),
  // Other: filed on the first day of Q4, outside Q3.
  c({ category: 'other', filedDate: '2026-10-01', amountInvolvedFen: 99_000_000 }),
];

describe('SAMR quarterly IP enforcement table (the 2020 form: 8 rows, 11 columns, the action block)', () => {
  it('counts 2026Q3 exactly as written out', () => {
    const { from, to } = periodRange('2026Q3') as { from: string; to: string };
    expect([from, to]).toEqual(['2026-07-01', '2026-09-30']);
    const t = samrTable(CASES, from, to);
    expect(Object.keys(t.rows)).toEqual([
      'trademark',
      'gi',
      'special_mark',
      'trademark_agency',
      'trademark_other',
      'patent_counterfeit',
      'patent_agency',
      'patent_other',
    ]);
    expect(t.rows.trademark).toEqual({
      filed: 2,
      closed: 1,
      amountInvolved: 14.5,
      penalties: 3.8,
      recoveredLoss: 5,
      transferredCases: 0,
      flags: { ecommerce: 1, physical_market: 1, rural: 1, foreign_investment: 0 },
      recoveredForeignLoss: 0,
    });
    expect(t.rows.gi).toEqual({
      filed: 1,
      closed: 0,
      amountInvolved: 0.48,
      penalties: 0,
      recoveredLoss: 0,
      transferredCases: 0,
      flags: { ecommerce: 0, physical_market: 1, rural: 1, foreign_investment: 0 },
      recoveredForeignLoss: 0,
    });
    // Filed in Q2, closed in Q3: a 结案 of Q3.
    expect(t.rows.special_mark).toMatchObject({ filed: 0, closed: 1, amountInvolved: 0 });
    expect(t.rows.trademark_agency).toMatchObject({ filed: 1, closed: 0, penalties: 0.25, flags: { foreign_investment: 1 } });
    // 不予立案: 立案 0 and 结案 0 (the form's 结案 counts filed cases; 行政处罚法 第54条: a case exists from 立案).
    expect(t.rows.trademark_other).toMatchObject({ filed: 0, closed: 0 });
    expect(t.rows.patent_counterfeit).toMatchObject({
      filed: 1,
      amountInvolved: 0.033,
      flags: { ecommerce: 1, physical_market: 1, rural: 1, foreign_investment: 1 },
    });
    expect(t.rows.patent_agency).toMatchObject({ filed: 0, transferredCases: 1 });
    expect(t.rows.patent_other).toMatchObject({ filed: 1, closed: 1, recoveredLoss: 2, recoveredForeignLoss: 0.5, flags: { foreign_investment: 1 } });
    expect(t.total).toEqual({
      filed: 6,
      closed: 3,
      amountInvolved: 15.013,
      penalties: 4.05,
      recoveredLoss: 7,
      transferredCases: 1,
      // A case counts under each of its flags: the flag columns add up to more than 立案 (6).
      flags: { ecommerce: 2, physical_market: 3, rural: 3, foreign_investment: 3 },
      recoveredForeignLoss: 0.5,
    });
    expect(hasUnclassified(t)).toBe(false);
  });

  it('a lead closed as 不予立案 is neither 立案 nor 结案, so 结案 never exceeds the filed cases it closes', () => {
    const lead = c({ category: 'trademark', closedDate: '2026-08-15' });
    const t = samrTable([lead], '2026-07-01', '2026-09-30');
    expect(t.total).toMatchObject({ filed: 0, closed: 0, recoveredLoss: 0 });
    // The domain's grouped closing line of filed cases (filing date outside the period) still counts.
    const grouped = samrTable([{ ...c({ category: 'gi' }), ...NO_FIGURES, closedDate: '2026-07-01', filedDate: FILED_OUTSIDE_PERIOD, weight: 4 }], '2026-07-01', '2026-09-30');
    expect(grouped.rows.gi).toMatchObject({ filed: 0, closed: 4 });
  });

  it('the case spanning two quarters counts its decision, closing and transfer in Q4; the old 其他 is listed, not counted', () => {
    const { from, to } = periodRange('2026Q4') as { from: string; to: string };
    const t = samrTable(CASES, from, to);
    expect(t.rows.trademark).toMatchObject({ filed: 0, closed: 1, amountInvolved: 0, penalties: 1.5, transferredCases: 1, recoveredLoss: 1 });
    // 99,000,000 fen = 990,000 元 = 99 万元, of a case still under the pre-form 其他: outside 合计, named as unclassified.
    expect(t.unclassified).toMatchObject({ filed: 1, amountInvolved: 99 });
    expect(hasUnclassified(t)).toBe(true);
    expect(t.total).toMatchObject({ filed: 0, closed: 1, penalties: 1.5, transferredCases: 1, amountInvolved: 0 });
  });

  it('the action block counts the period’s actions and staff, those in physical markets, and the key markets given', () => {
    const actions = [
      { date: '2026-07-02', physicalMarket: true, staff: 12 },
      { date: '2026-08-10', physicalMarket: false, staff: 5 },
      { date: '2026-09-30', physicalMarket: true, staff: 8, weight: 2 },
      { date: '2026-10-01', physicalMarket: true, staff: 99 },
    ];
    expect(samrActionBlock(actions, 7, '2026-07-01', '2026-09-30')).toEqual({
      actions: 4,
      staff: 25,
      physicalMarketActions: 3,
      physicalMarketStaff: 20,
      keyMarkets: 7,
    });
  });

  it('a year is the sum of its quarters', () => {
    const year = samrTable(CASES, '2026-01-01', '2026-12-31');
    const quarters = ['2026Q1', '2026Q2', '2026Q3', '2026Q4'].map((p) => samrTable(CASES, periodRange(p)?.from ?? '', periodRange(p)?.to ?? ''));
    expect(year.total.filed).toBe(quarters.reduce((s, q) => s + q.total.filed, 0));
    expect(year.total.closed).toBe(quarters.reduce((s, q) => s + q.total.closed, 0));
    expect(year.total.penalties).toBeCloseTo(
      quarters.reduce((s, q) => s + q.total.penalties, 0),
      6,
    );
    expect(periodRange('2026')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(periodRange('2026Q5')).toBeNull();
  });

  it('a weighted line (a group of cases with summed figures, as the domain reads them) counts as its cases would', () => {
    const one = c({ category: 'gi', filedDate: '2026-08-01', amountInvolvedFen: 100_000, flags: ['rural'] });
    const three = samrTable([one, one, one], '2026-07-01', '2026-09-30');
    const grouped = samrTable([{ ...one, weight: 3, amountInvolvedFen: 300_000 }], '2026-07-01', '2026-09-30');
    expect(grouped).toEqual(three);
    expect(grouped.rows.gi).toMatchObject({ filed: 3, amountInvolved: 0.3, flags: { rural: 3, ecommerce: 0 } });
  });
});
