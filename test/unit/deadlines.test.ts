import { describe, expect, it } from 'vitest';
import { addNaturalDays, addWorkingDays, calendarFrom, isWorkingDay, workingDaysBetween } from '../../shared/calendar';
import { deadlineState, pendingDeadlines, type CaseTimeline } from '../../shared/cases/deadlines';
import { leadOnly } from '../helpers/case-timeline';

// Excerpt of the official 2026 calendar: 国庆 10-01..10-07 off, 09-20 and 10-10 (Saturdays) worked.
const calendar = calendarFrom([
  { date: '2026-09-20', kind: 'workday' },
  ...['01', '02', '03', '04', '05', '06', '07'].map((d) => ({ date: `2026-10-${d}`, kind: 'holiday' as const })),
  { date: '2026-10-10', kind: 'workday' },
]);

const open: CaseTimeline = leadOnly('2026-11-02');

describe('working days', () => {
  it('skips weekends', () => {
    // Friday + 1 working day = Monday.
    expect(addWorkingDays('2026-11-20', 1, calendar)).toBe('2026-11-23');
    expect(addWorkingDays('2026-11-02', 15, calendar)).toBe('2026-11-23');
  });

  it('skips public holidays and counts adjusted Saturdays', () => {
    expect(isWorkingDay('2026-10-05', calendar)).toBe(false);
    expect(isWorkingDay('2026-10-10', calendar)).toBe(true);
    // From 09-29 (Tue): 09-30 is day 1, the holiday week is skipped, 10-08 day 2, 10-09 day 3, Sat 10-10 day 4.
    expect(addWorkingDays('2026-09-29', 4, calendar)).toBe('2026-10-10');
    expect(addWorkingDays('2026-09-29', 5, calendar)).toBe('2026-10-12');
    expect(workingDaysBetween('2026-09-29', '2026-10-12', calendar)).toBe(5);
  });

  it('a natural-day period ending on a rest day runs to the next working day', () => {
    expect(addNaturalDays('2026-07-04', 90, calendar)).toBe('2026-10-08');
    expect(addNaturalDays('2026-08-01', 90, calendar)).toBe('2026-10-30');
  });
});

describe('case deadlines', () => {
  it('a lead must be decided on within 15 working days, +15 with an extension', () => {
    expect(pendingDeadlines(open, calendar)).toEqual([{ kind: 'filing', due: '2026-11-23' }]);
    expect(pendingDeadlines({ ...open, filingExtended: true }, calendar)).toEqual([{ kind: 'filing', due: '2026-12-14' }]);
  });

  it('a filed case must be decided within 90 days, +30 with approval, plus excluded days', () => {
    const filed = { ...open, filedDate: '2026-08-01' };
    expect(pendingDeadlines(filed, calendar)).toEqual([{ kind: 'decision', due: '2026-10-30' }]);
    expect(pendingDeadlines({ ...filed, decisionExtended: true }, calendar)).toEqual([{ kind: 'decision', due: '2026-11-30' }]);
    expect(pendingDeadlines({ ...filed, excludedDays: 10 }, calendar)).toEqual([{ kind: 'decision', due: '2026-11-09' }]);
  });

  it('a penalty decision must be served within 7 and published within 20 working days', () => {
    const decided = { ...open, filedDate: '2026-08-01', decidedDate: '2026-09-28', outcome: 'penalty' as const };
    expect(pendingDeadlines(decided, calendar)).toEqual([
      { kind: 'service', due: '2026-10-13' },
      { kind: 'publication', due: '2026-10-30' },
    ]);
    expect(pendingDeadlines({ ...decided, servedDate: '2026-09-30' }, calendar)).toEqual([{ kind: 'publication', due: '2026-10-30' }]);
    expect(pendingDeadlines({ ...decided, outcome: 'minor_no_penalty' }, calendar)).toEqual([{ kind: 'service', due: '2026-10-13' }]);
  });

  it('a closed case has no deadlines', () => {
    expect(pendingDeadlines({ ...open, closedDate: '2026-11-10', outcome: 'not_filed' }, calendar)).toEqual([]);
  });

  it('classifies overdue and due within 5 days', () => {
    expect(deadlineState('2026-11-19', '2026-11-20')).toBe('overdue');
    expect(deadlineState('2026-11-20', '2026-11-20')).toBe('due_soon');
    expect(deadlineState('2026-11-25', '2026-11-20')).toBe('due_soon');
    expect(deadlineState('2026-11-26', '2026-11-20')).toBe('ok');
  });
});
