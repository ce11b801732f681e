import { describe, expect, it } from 'vitest';
import { attainment, leagueFigure, yearFigure } from '../../shared/plans/indicators';
import { taskPeriods, taskStanding } from '../../shared/plans/periods';

const PLAN_2023 = { year: 2023, issueDate: '2023-07-10' };

describe('reporting periods', () => {
  it('a once or yearly task has one period, due on its deadline', () => {
    expect(taskPeriods({ cadence: 'once', deadline: '2023-12-06' }, PLAN_2023)).toEqual([{ key: '2023', end: '2023-12-06', due: '2023-12-06' }]);
    expect(taskPeriods({ cadence: 'yearly', deadline: '2023-12-31' }, PLAN_2023)).toEqual([{ key: '2023', end: '2023-12-31', due: '2023-12-31' }]);
  });

  it('a quarterly task reports on the quarters from the plan’s issue on, due 5 days after each, the last capped by the deadline', () => {
    expect(taskPeriods({ cadence: 'quarterly', deadline: '2023-12-06' }, PLAN_2023)).toEqual([
      { key: '2023Q3', end: '2023-09-30', due: '2023-10-05' },
      { key: '2023Q4', end: '2023-12-31', due: '2023-12-06' },
    ]);
    expect(taskPeriods({ cadence: 'quarterly', deadline: '2024-01-20' }, { year: 2023, issueDate: '2023-01-05' }).map((p) => p.due)).toEqual([
      '2023-04-05',
      '2023-07-05',
      '2023-10-05',
      '2024-01-05',
    ]);
  });
});

describe('where a unit stands on a task', () => {
  const quarterly = taskPeriods({ cadence: 'quarterly', deadline: '2023-12-06' }, PLAN_2023);

  it('is open, then due soon, then overdue as the first owed period’s due date passes', () => {
    expect(taskStanding(quarterly, [], '2023-09-20')).toMatchObject({ state: 'open', next: { key: '2023Q3' }, daysLeft: 15 });
    expect(taskStanding(quarterly, [], '2023-09-28')).toMatchObject({ state: 'due_soon', daysLeft: 7 });
    expect(taskStanding(quarterly, [], '2023-10-06')).toMatchObject({ state: 'overdue', next: { key: '2023Q3' }, daysLeft: -1 });
  });

  it('a 进行中 report shows progress but does not settle the period; 已完成 does, and moves on to the next period', () => {
    expect(taskStanding(quarterly, [{ period: '2023Q3', status: 'in_progress' }], '2023-10-06')).toMatchObject({ state: 'overdue', latest: 'in_progress' });
    expect(taskStanding(quarterly, [{ period: '2023Q3', status: 'done' }], '2023-10-06')).toMatchObject({ state: 'open', next: { key: '2023Q4' } });
    expect(taskStanding(quarterly, [{ period: '2023Q3', status: 'done' }], '2023-12-07')).toMatchObject({ state: 'overdue', next: { key: '2023Q4' } });
  });

  it('an unsettled earlier period stays overdue even when a later one is reported', () => {
    expect(taskStanding(quarterly, [{ period: '2023Q4', status: 'in_progress' }], '2023-11-01')).toMatchObject({ state: 'overdue', next: { key: '2023Q3' } });
  });

  it('is done when the last period is done, whatever the date', () => {
    expect(
      taskStanding(
        quarterly,
        [
          { period: '2023Q3', status: 'done' },
          { period: '2023Q4', status: 'done' },
        ],
        '2024-03-01',
      ),
    ).toMatchObject({ state: 'done', next: null });
    const once = taskPeriods({ cadence: 'once', deadline: '2023-12-06' }, PLAN_2023);
    expect(taskStanding(once, [{ period: '2023', status: 'done' }], '2024-01-01').state).toBe('done');
    expect(taskStanding(once, [{ period: '2023', status: 'blocked' }], '2023-12-07')).toMatchObject({ state: 'overdue', latest: 'blocked' });
  });
});

describe('indicator values against targets', () => {
  it('a year’s figure: the whole-year value wins, else quarters summed (flows) or the latest (stocks)', () => {
    const values = [
      { period: '2025Q1', value: 2 },
      { period: '2025Q2', value: 3.1 },
      { period: '2024Q4', value: 100 },
    ];
    expect(yearFigure(values, 2025, 'sum')).toBe(5.1);
    expect(yearFigure(values, 2025, 'latest')).toBe(3.1);
    expect(yearFigure([...values, { period: '2025', value: 7 }], 2025, 'sum')).toBe(7);
    expect(yearFigure(values, 2026, 'sum')).toBeNull();
  });

  it('the league’s figure: its own value when reported, else the counties’ sum for summable indicators', () => {
    expect(leagueFigure(null, [1, null, 2.5], 'sum')).toBe(3.5);
    expect(leagueFigure(9, [1, 2], 'sum')).toBe(9);
    expect(leagueFigure(null, [1.1, 0.9], 'own')).toBeNull();
    expect(leagueFigure(null, [null, null], 'sum')).toBeNull();
  });

  it('attainment is value over target', () => {
    expect(attainment(15000, 12000)).toBe(0.8);
    expect(attainment(null, 3)).toBeNull();
  });
});
