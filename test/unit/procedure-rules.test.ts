/**
 * Issue 16, deliverables 4–6: one test per legal rule, each from dates computed by hand over the
 * shipped holiday calendar (resources/reference/holidays.csv, 2024–2026). The article each rule
 * applies is named in the test's title; docs/legal-rules.md explains them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { calendarFrom, type CalendarDayKind } from '../../shared/calendar';
import {
  beyondCalendar,
  decisionDue,
  extensionProblems,
  filingDue,
  noticeWindowEnd,
  pendingDeadlines,
  policeApprovalDue,
  policeHandoverDue,
  type CaseTimeline,
} from '../../shared/cases/deadlines';
import { decisionWarnings, earliestDecisionDate, STAGE_SKIP, stageProblems, type DecisionContext } from '../../shared/cases/procedure';
import { MAIN_STAGES } from '../../shared/cases/vocabulary';
import { leadOnly } from '../helpers/case-timeline';

const refDir = path.resolve(__dirname, '../../resources/reference');

function csvRows(file: string): Record<string, string>[] {
  const [head, ...lines] = fs.readFileSync(path.join(refDir, file), 'utf8').trim().split(/\r?\n/);
  const cols = (head ?? '').split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i] ?? `c${i}`, v])));
}

// The shipped calendar: its last year is 2026.
const calendar = calendarFrom(csvRows('holidays.csv').map((r) => ({ date: r.date ?? '', kind: r.kind as CalendarDayKind })));

const base: CaseTimeline = leadOnly('2025-09-19');

describe('time limits (hand-computed, National Day 2025 调休 weeks)', () => {
  it('程序规定第18条第1款: 15 working days from the lead, Sunday 09-28 and Saturday 10-11 worked, 10-01..10-08 off', () => {
    // Lead Fri 2025-09-19: 09-22..26 = 1-5, Sun 09-28 (调休) = 6, 09-29/30 = 7-8, 10-09/10 = 9-10,
    // Sat 10-11 (调休) = 11, 10-13..16 = 12-15.
    expect(filingDue(base, calendar)).toBe('2025-10-16');
  });

  it('程序规定第18条第2款: excluded working days (权利人辨认) are added to the filing limit, also after an extension', () => {
    // 3 excluded: 10-17 = 16, 10-20 = 17, 10-21 = 18.
    expect(filingDue({ ...base, filingExcludedDays: 3 }, calendar)).toBe('2025-10-21');
    // +15 approved: 10-22..24 = 19-21, 10-27..31 = 22-26, 11-03..07 = 27-31, 11-10 = 32, 11-11 = 33.
    expect(filingDue({ ...base, filingExcludedDays: 3, filingExtended: true }, calendar)).toBe('2025-11-11');
    expect(pendingDeadlines({ ...base, filingExcludedDays: 3 }, calendar)).toEqual([{ kind: 'filing', due: '2025-10-21' }]);
  });

  it('行政处罚法第62、64条 + 第85条: the 陈述申辩/听证 window is 5 working days from service of the notice', () => {
    // Served Fri 2025-09-26: Sun 09-28 = 1, 09-29 = 2, 09-30 = 3, (10-01..08 off), 10-09 = 4, 10-10 = 5.
    expect(noticeWindowEnd({ noticeServedDate: '2025-09-26', hearingDate: null }, calendar)).toBe('2025-10-10');
    // A hearing held later extends the window to the hearing (第64条).
    expect(noticeWindowEnd({ noticeServedDate: '2025-09-26', hearingDate: '2025-10-20' }, calendar)).toBe('2025-10-20');
    expect(noticeWindowEnd({ noticeServedDate: null, hearingDate: null }, calendar)).toBeNull();
  });

  it('行政处罚法第60条: 90 days from 立案, +30 by the head, further by 集体讨论 — into 2027, beyond the calendar', () => {
    const filed = { ...base, leadDate: '2026-09-10', filedDate: '2026-09-15' };
    // 09-15 + 90 days = Mon 2026-12-14.
    expect(decisionDue(filed, calendar)).toBe('2026-12-14');
    // + 30 (head) = Wed 2027-01-13.
    const head = { by: 'head' as const, approvedOn: '2026-12-01', days: 30, reason: '需补充鉴定' };
    expect(decisionDue({ ...filed, decisionExtensions: [head] }, calendar)).toBe('2027-01-13');
    // + 60 (集体讨论) = Sun 2027-03-14 → a rest day, so Mon 2027-03-15.
    const collective = { by: 'collective' as const, approvedOn: '2027-01-08', days: 60, reason: '案情复杂，集体讨论决定继续延期' };
    expect(decisionDue({ ...filed, decisionExtensions: [head, collective] }, calendar)).toBe('2027-03-15');
    // The legacy single-extension flag of schema ≤ 10 still means one head extension.
    expect(decisionDue({ ...filed, decisionExtended: true }, calendar)).toBe('2027-01-13');
    // 2027 is not in the shipped calendar: the deadline carries the "请更新节假日日历" warning.
    expect(pendingDeadlines({ ...filed, decisionExtensions: [head, collective] }, calendar)).toEqual([
      { kind: 'decision', due: '2027-03-15', beyondCalendar: true },
    ]);
    expect(beyondCalendar('2026-12-31', calendar)).toBe(false);
  });

  it('行政处罚法第60条: the head extends once by at most 30 days; 集体讨论 only after it; each with a reason', () => {
    const head = { by: 'head' as const, approvedOn: '2026-12-01', days: 30, reason: '鉴定' };
    const coll = { by: 'collective' as const, approvedOn: '2027-01-08', days: 30, reason: '集体讨论' };
    expect(extensionProblems([head, coll, { ...coll, days: 45 }], '2026-09-15')).toEqual([]);
    expect(extensionProblems([coll], '2026-09-15')).toEqual(['head_first']);
    expect(extensionProblems([head, head], '2026-09-15')).toEqual(['head_once']);
    expect(extensionProblems([{ ...head, days: 45 }], '2026-09-15')).toEqual(['head_days']);
    expect(extensionProblems([{ ...head, reason: ' ' }], '2026-09-15')).toEqual(['needs_reason']);
    expect(extensionProblems([{ ...head, approvedOn: '2026-09-01' }], '2026-09-15')).toEqual(['before_filing']);
  });

  it('国务院令第310号第5条: the head decides on a police transfer within 3 days; hand-over within 24 hours', () => {
    // Report Tue 2025-09-30 + 3 days = 10-03, a holiday → next working day Thu 10-09.
    expect(policeApprovalDue('2025-09-30', calendar)).toBe('2025-10-09');
    // Approved Thu 10-09: hand over by the next day.
    expect(policeHandoverDue('2025-10-09')).toBe('2025-10-10');
    const c = { ...base, policeReportDate: '2025-09-30' };
    expect(pendingDeadlines(c, calendar)).toContainEqual({ kind: 'police_approval', due: '2025-10-09' });
    expect(pendingDeadlines({ ...c, policeApprovedDate: '2025-10-09' }, calendar)).toContainEqual({ kind: 'police_handover', due: '2025-10-10' });
    expect(pendingDeadlines({ ...c, policeApprovedDate: '2025-10-09', policeTransferDate: '2025-10-10' }, calendar).map((d) => d.kind)).not.toContain(
      'police_handover',
    );
  });

  it('行政处罚法第61条 + 信息公示规定第6、9条: service 7 and publication 20 working days — penalties only; transfers are neither served nor published', () => {
    // Decided Fri 2025-09-26: service 7 working days = 09-28, 29, 30, 10-09, 10, 11, 13 → 2025-10-13.
    const decided = { ...base, filedDate: '2025-09-20', decidedDate: '2025-09-26' };
    expect(pendingDeadlines({ ...decided, outcome: 'penalty' }, calendar).map((d) => [d.kind, d.due])).toEqual([
      ['service', '2025-10-13'],
      // 20 working days: …10-13 = 7, 10-14..17 = 8-11, 10-20..24 = 12-16, 10-27..30 = 17-20.
      ['publication', '2025-10-30'],
    ]);
    expect(pendingDeadlines({ ...decided, outcome: 'minor_no_penalty' }, calendar).map((d) => d.kind)).toEqual(['service']);
    expect(pendingDeadlines({ ...decided, outcome: 'transfer_judicial' }, calendar)).toEqual([]);
    expect(pendingDeadlines({ ...base, filedDate: '2025-09-20', outcome: 'transfer_other' }, calendar)).toEqual([]);
    expect(pendingDeadlines({ ...base, filedDate: '2025-09-20', outcome: 'terminated' }, calendar)).toEqual([]);
  });

  it('行政处罚法第51-52条: 简易程序 has no filing, decision, service or publication deadline', () => {
    expect(pendingDeadlines({ ...base, procedure: 'simplified' }, calendar)).toEqual([]);
    expect(pendingDeadlines({ ...base, procedure: 'simplified', decidedDate: '2025-09-19', outcome: 'penalty' }, calendar)).toEqual([]);
  });
});

describe('procedure guards', () => {
  const ctx: DecisionContext = {
    procedure: 'ordinary',
    filedDate: '2025-09-01',
    noticeDate: '2025-09-25',
    noticeServedDate: '2025-09-26',
    hearingDate: null,
    rightsWaivedDate: null,
  };

  it('行政处罚法第62、64条: no penalty decision inside the window (10-10 is its last day), one on Sat 10-11 is fine', () => {
    expect(decisionWarnings(ctx, 'penalty', '2025-10-10', calendar)).toEqual(['notice_window_open']);
    expect(decisionWarnings(ctx, 'penalty', '2025-10-11', calendar)).toEqual([]);
    expect(earliestDecisionDate(ctx, calendar)).toBe('2025-10-11');
    // Counted from the 告知 entry when no separate service date is recorded: Thu 09-25 → 10-09.
    expect(decisionWarnings({ ...ctx, noticeServedDate: null }, 'penalty', '2025-10-10', calendar)).toEqual([]);
  });

  it('行政处罚法第62条: a written waiver of 陈述申辩/听证 ends the window', () => {
    expect(decisionWarnings({ ...ctx, rightsWaivedDate: '2025-09-27' }, 'penalty', '2025-09-29', calendar)).toEqual([]);
  });

  it('行政处罚法第44、54条: a decision needs 立案, a penalty also a recorded 告知', () => {
    expect(decisionWarnings({ ...ctx, filedDate: null, noticeDate: null, noticeServedDate: null }, 'penalty', '2025-10-20', calendar)).toEqual([
      'not_filed',
      'no_notice',
    ]);
    // 不予处罚 needs no 告知 (第44条 concerns penalties), but still 立案.
    expect(decisionWarnings({ ...ctx, filedDate: null, noticeDate: null, noticeServedDate: null }, 'not_established', '2025-10-20', calendar)).toEqual([
      'not_filed',
    ]);
  });

  it('行政处罚法第51条: 简易程序 decides without 立案, only a warning or a fine ≤ 200 yuan (person) / 3,000 yuan (organisation)', () => {
    const simple = { procedure: 'simplified' as const, stage: 'CLUE' as const, outcome: null, noticeDate: null };
    expect(decisionWarnings({ ...ctx, procedure: 'simplified', filedDate: null }, 'penalty', '2025-10-01', calendar)).toEqual([]);
    expect(stageProblems(simple, 'DECIDE', { outcome: 'penalty', fineFen: 200_00, partyKind: 'person' })).toEqual([]);
    expect(stageProblems(simple, 'DECIDE', { outcome: 'penalty', fineFen: 200_01, partyKind: 'person' })).toEqual(['simplified_cap']);
    expect(stageProblems(simple, 'DECIDE', { outcome: 'penalty', fineFen: 3000_00, partyKind: 'organisation' })).toEqual([]);
    expect(stageProblems(simple, 'FILE')).toEqual(['stage_not_in_procedure']);
  });

  it('the stage graph skips exactly what the law allows (case-stages.csv `skip` column = STAGE_SKIP)', () => {
    const csv = Object.fromEntries(csvRows('case-stages.csv').map((r) => [r.stage_code, r.skip]));
    for (const stage of MAIN_STAGES) expect([stage, csv[stage]]).toEqual([stage, STAGE_SKIP[stage]]);
    const ordinary = { procedure: 'ordinary' as const, stage: 'CLUE' as const, outcome: null, noticeDate: null };
    // CLUE → DECIDE passes 立案 and 告知 ('confirm': the decision warns), never refused outright.
    expect(stageProblems(ordinary, 'DECIDE')).toEqual([]);
    // 决定 is never skipped: no 送达 without a decision (第61条).
    expect(stageProblems({ ...ordinary, stage: 'COLLECTIVE' }, 'SERVE')).toEqual(['stage_skip_refused']);
    // 听证 follows the notice of the right to it (第63-64条); 公示 only for penalties (信息公示规定第6条).
    expect(stageProblems(ordinary, 'HEARING')).toContain('hearing_needs_notice');
    expect(stageProblems({ ...ordinary, stage: 'SERVE', outcome: 'minor_no_penalty' }, 'PUBLISH')).toEqual(['publish_not_required']);
  });
});

describe('reference data cites the law', () => {
  it('every rule of time-limits.csv names its article (第…条), or says the article number is unverified', () => {
    const text = fs.readFileSync(path.join(refDir, 'time-limits.csv'), 'utf8').trim().split(/\r?\n/).slice(1);
    expect(text.length).toBeGreaterThan(20);
    for (const line of text) expect([line.split(',')[0], /第\d+条|U: 条号/.test(line)]).toEqual([line.split(',')[0], true]);
  });
});
