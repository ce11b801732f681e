import { describe, expect, it } from 'vitest';
import { calendarFrom } from '../../shared/calendar';
import {
  addYears,
  approvalChain,
  DEFAULT_REGISTER_LIMITS,
  isNonUse,
  nonUseStart,
  nonUseState,
  isReviewOverdue,
  productsOutsideScope,
  reviewDueDate,
  reviewWaitingWorkdays,
  townshipInArea,
  userFlags,
  type FlagInput,
} from '../../shared/gi/flags';
import { CHECK_ITEMS } from '../../shared/gi/vocabulary';
import { checklistSchema } from '../../shared/gi/schemas';

// National Day 2026 as the shipped calendar has it: 10-01..10-07 off, Saturday 10-10 worked.
const CALENDAR = calendarFrom([
  ...['01', '02', '03', '04', '05', '06', '07'].map((d) => ({ date: `2026-10-${d}`, kind: 'holiday' as const })),
  { date: '2026-10-10', kind: 'workday' as const },
]);
const LIMITS = DEFAULT_REGISTER_LIMITS;

function user(overrides: Partial<FlagInput> = {}): FlagInput {
  return {
    status: 'applying',
    appliedDate: '2026-09-28',
    countyReviewDate: null,
    announcedDate: null,
    products: ['羊肉'],
    townshipCode: '152502001',
    reports: [],
    latestInspection: null,
    ...overrides,
  };
}

describe('initial review timer (10 working days over the holiday calendar)', () => {
  it('counts working days only, skipping the National Day week and counting the make-up Saturday', () => {
    // Mon 09-28 → 09-29, 09-30, [10-01..10-07 off], 10-08, 10-09, 10-10 (Sat, worked), 10-12 … 10-16 = 10.
    expect(reviewDueDate('2026-09-28', LIMITS, CALENDAR)).toBe('2026-10-16');
    expect(reviewDueDate('2026-09-28', LIMITS, calendarFrom([]))).toBe('2026-10-12');
  });

  it('is overdue only after the due day, and only while the review is outstanding', () => {
    expect(isReviewOverdue(user(), '2026-10-13', LIMITS, CALENDAR)).toBe(false);
    expect(isReviewOverdue(user(), '2026-10-16', LIMITS, CALENDAR)).toBe(false);
    expect(isReviewOverdue(user(), '2026-10-17', LIMITS, CALENDAR)).toBe(true);
    expect(isReviewOverdue(user({ countyReviewDate: '2026-10-20' }), '2026-11-20', LIMITS, CALENDAR)).toBe(false);
    expect(isReviewOverdue(user({ status: 'cancelled' }), '2026-11-20', LIMITS, CALENDAR)).toBe(false);
    // Without holidays the same application would already be late on 10-13.
    expect(isReviewOverdue(user(), '2026-10-13', LIMITS, calendarFrom([]))).toBe(true);
  });

  it('reports how long the application has waited', () => {
    expect(reviewWaitingWorkdays(user(), '2026-10-09', CALENDAR)).toBe(4);
    expect(reviewWaitingWorkdays(user({ countyReviewDate: '2026-10-09' }), '2026-10-20', CALENDAR)).toBeNull();
  });

  it('follows a different limit from the reference data', () => {
    expect(isReviewOverdue(user(), '2026-10-09', { ...LIMITS, reviewWorkdays: 3 }, CALENDAR)).toBe(true);
  });
});

describe('two-year non-use rule (地理标志产品保护规定第23条; 专用标志使用管理办法（试行）[U: article])', () => {
  const approved = (reports: FlagInput['reports'], announcedDate = '2023-05-10') => user({ status: 'approved', announcedDate, reports });

  it('counts two years day by day from the end of the last year reported used, and needs every year since reported unused', () => {
    const used2023 = { year: 2023, used: true };
    // Last use: 2023 → from 2023-12-31; two years → 2025-12-31. 2024 and 2025 both reported unused.
    const reports = [used2023, { year: 2024, used: false }, { year: 2025, used: false }];
    expect(nonUseState(approved(reports), '2025-12-30', LIMITS)).toBeNull();
    expect(nonUseState(approved(reports), '2025-12-31', LIMITS)).toBe('non_use');
    expect(isNonUse(approved(reports), '2026-11-20', LIMITS)).toBe(true);
    expect(nonUseStart(approved(reports))).toBe('2023-12-31');
  });

  it('counts from the approval day when no use was ever reported — not from whole calendar years', () => {
    // Approved 2024-03-01, 2024 and 2025 reported unused: flagged on 2026-03-01, not only from 2027.
    const unused = [
      { year: 2024, used: false },
      { year: 2025, used: false },
    ];
    expect(nonUseState(approved(unused, '2024-03-01'), '2026-02-28', LIMITS)).toBeNull();
    expect(nonUseState(approved(unused, '2024-03-01'), '2026-03-01', LIMITS)).toBe('non_use');
    expect(addYears('2024-02-29', 2)).toBe('2026-02-28');
  });

  it('"no report" is not "reported not used": a missing year gives use_report_missing, never non_use', () => {
    expect(nonUseState(approved([]), '2026-11-20', LIMITS)).toBe('no_report');
    expect(nonUseState(approved([{ year: 2023, used: true }, { year: 2024, used: false }]), '2026-11-20', LIMITS)).toBe('no_report');
    expect(userFlags(approved([]), { productScope: [], areaCodes: [] }, '2026-11-20', LIMITS, CALENDAR)).toEqual(['use_report_missing']);
  });

  it('a reported use restarts the period; this year’s use clears it', () => {
    expect(nonUseState(approved([{ year: 2025, used: true }]), '2026-11-20', LIMITS)).toBeNull();
    expect(nonUseState(approved([{ year: 2026, used: true }]), '2026-11-20', LIMITS)).toBeNull();
  });

  it('applies only to approved users, with the configured number of years', () => {
    expect(nonUseState({ ...approved([]), status: 'suspended' }, '2026-11-20', LIMITS)).toBeNull();
    // One year: last use 2024 → from 2024-12-31 → 2025-12-31; 2025 reported unused.
    expect(isNonUse(approved([{ year: 2024, used: true }, { year: 2025, used: false }]), '2026-11-20', { ...LIMITS, nonUseYears: 1 })).toBe(true);
  });
});

describe('approval chain by GI kind', () => {
  it('product GIs end in 核准公告 after the county review; collective and certification marks in 备案, without county review', () => {
    expect(approvalChain('product')).toMatchObject({ final: 'announcement', countyReview: true, steps: ['county_review', 'league_review', 'region_review', 'announced'] });
    expect(approvalChain('certification_mark')).toMatchObject({ final: 'filing', countyReview: false, steps: ['announced'] });
    expect(approvalChain('collective_mark')).toMatchObject({ final: 'filing', countyReview: false });
    // A waiting application of a mark GI raises no county-review flag.
    const waiting = user({ appliedDate: '2026-09-01' });
    expect(userFlags(waiting, { productScope: [], areaCodes: [], kind: 'product' }, '2026-11-20', LIMITS, CALENDAR)).toEqual(['review_overdue']);
    expect(userFlags(waiting, { productScope: [], areaCodes: [], kind: 'certification_mark' }, '2026-11-20', LIMITS, CALENDAR)).toEqual([]);
  });
});

describe('scope and area', () => {
  it('lists products outside a restricted scope; an unrestricted scope allows anything', () => {
    expect(productsOutsideScope(['奶豆腐', '奶茶粉'], { productScope: ['奶豆腐', '楚拉'], areaCodes: [] })).toEqual(['奶茶粉']);
    expect(productsOutsideScope(['奶茶粉'], { productScope: [], areaCodes: [] })).toEqual([]);
  });

  it('finds a township through its own code, its county or its league', () => {
    expect(townshipInArea('152530201', ['152530201'])).toBe(true);
    expect(townshipInArea('152502001', ['152525', '152502'])).toBe(true);
    expect(townshipInArea('152502001', ['152500'])).toBe(true);
    expect(townshipInArea('152531100', ['152525', '152502'])).toBe(false);
  });

  it('combines every flag, and a cancelled user carries none', () => {
    const gi = { productScope: ['羊肉'], areaCodes: ['152525'] };
    const everything = user({ products: ['羊肉', '牛肉'], latestInspection: 'fail' });
    expect(userFlags(everything, gi, '2026-11-20', LIMITS, CALENDAR)).toEqual(['review_overdue', 'out_of_scope', 'out_of_area', 'inspection_failed']);
    expect(userFlags({ ...everything, latestInspection: 'pass' }, gi, '2026-10-01', LIMITS, CALENDAR)).toEqual(['out_of_scope', 'out_of_area']);
    expect(userFlags({ ...everything, status: 'cancelled' }, gi, '2026-11-20', LIMITS, CALENDAR)).toEqual([]);
    expect(userFlags(user({ latestInspection: 'rectify', countyReviewDate: '2026-10-01' }), gi, '2026-11-20', LIMITS, CALENDAR)).toEqual([
      'out_of_area',
      'inspection_failed',
    ]);
  });
});

it('the inspection checklist schema names exactly the checklist items', () => {
  expect(Object.keys(checklistSchema.shape).sort()).toEqual([...CHECK_ITEMS].sort());
});
