/**
 * Procedure guards (行政处罚法 2021; 市场监督管理行政处罚程序规定 2022): which stages a case may skip,
 * and what a decision needs. Pure functions: the stage workflow (electron/domain/cases/stages.ts),
 * the advance dialog and the tests share them. docs/legal-rules.md explains each rule.
 */
import type { HolidayCalendar } from '../calendar';
import { DEFAULT_LIMITS, noticeWindowEnd, type CaseProcedure, type DeadlineLimits } from './deadlines';
import { MAIN_STAGES, SIMPLIFIED_FINE_CAP_FEN, type CaseOutcome, type MainStage, type PartyKind } from './vocabulary';

/**
 * May the main path pass over this stage without recording it? Kept equal to the `skip` column
 * of resources/reference/case-stages.csv (a test compares them).
 * - 'yes': the law does not require the stage in every case (核查 may be done as part of the
 *   lead, 法制审核 only for the cases of 行政处罚法第58条, 听证 only on request 第63-64条, 集体讨论 only
 *   for complex or serious cases 第57条第2款, 公示 only for penalties 信息公示规定第6条, 执行 only when
 *   something is to be executed).
 * - 'confirm': the law requires it, but a clerk may record a decision without it after
 *   confirming a warning with a reason (the entry may have been made on paper): 立案 (第54条),
 *   告知 before a penalty (第44条、第62条).
 * - 'no': never skipped — 决定 before 送达/公示/执行 (第57、61条); 调查终结 follows 调查.
 */
export const STAGE_SKIP: Record<MainStage, 'yes' | 'confirm' | 'no'> = {
  CLUE: 'no',
  VERIFY: 'yes',
  FILE: 'confirm',
  INVESTIGATE: 'yes',
  TERMINATE_INV: 'yes',
  REVIEW: 'yes',
  NOTIFY: 'confirm',
  HEARING: 'yes',
  COLLECTIVE: 'yes',
  DECIDE: 'no',
  SERVE: 'yes',
  PUBLISH: 'yes',
  EXECUTE: 'yes',
  CLOSE: 'no',
};

/** 简易程序 (行政处罚法第51-52条): a lead is decided on the spot — no 立案, 告知 given orally, no 听证. */
export const SIMPLIFIED_PATH: readonly MainStage[] = ['CLUE', 'DECIDE', 'SERVE', 'EXECUTE', 'CLOSE'];

/** Warnings before a decision; each must be confirmed with a reason, which the history keeps. */
export const PROCEDURE_WARNINGS = ['not_filed', 'no_notice', 'notice_window_open'] as const;
export type ProcedureWarning = (typeof PROCEDURE_WARNINGS)[number];

export interface DecisionContext {
  procedure: CaseProcedure;
  filedDate: string | null;
  /** The NOTIFY stage was recorded (its date). */
  noticeDate: string | null;
  noticeServedDate: string | null;
  hearingDate: string | null;
  rightsWaivedDate: string | null;
}

/**
 * What is missing before a decision dated `date` with this outcome:
 * - 行政处罚法第54条 / 程序规定第19条 [U: article]: an ordinary-procedure decision follows 立案;
 * - 第44条、第62条: no penalty without telling the party the facts, grounds and rights first;
 * - 第62条、第64条 + 第85条: the party has 5 working days from service of the notice to state,
 *   defend and ask for a hearing (a hearing held extends the window to its date), unless the party
 *   waived these rights in writing.
 * The window is counted from the recorded service date, else from the 告知 stage's date.
 */
export function decisionWarnings(
  c: DecisionContext,
  outcome: CaseOutcome | null,
  date: string,
  calendar: HolidayCalendar,
  limits: DeadlineLimits = DEFAULT_LIMITS,
): ProcedureWarning[] {
  if (c.procedure === 'simplified') return [];
  const out: ProcedureWarning[] = [];
  if (!c.filedDate) out.push('not_filed');
  if (outcome !== 'penalty') return out;
  if (!c.noticeDate) {
    out.push('no_notice');
    return out;
  }
  if (c.rightsWaivedDate && c.rightsWaivedDate <= date) return out;
  const served = c.noticeServedDate ?? c.noticeDate;
  const end = noticeWindowEnd({ noticeServedDate: served, hearingDate: c.hearingDate }, calendar, limits);
  if (end && date <= end) out.push('notice_window_open');
  return out;
}

/** The first day a decision may be made without a warning (null while no notice was given). */
export function earliestDecisionDate(c: DecisionContext, calendar: HolidayCalendar, limits: DeadlineLimits = DEFAULT_LIMITS): string | null {
  const served = c.noticeServedDate ?? c.noticeDate;
  if (!served) return null;
  const end = noticeWindowEnd({ noticeServedDate: served, hearingDate: c.hearingDate }, calendar, limits);
  if (!end) return null;
  const d = new Date(Date.parse(`${end}T00:00:00Z`) + 86_400_000);
  return d.toISOString().slice(0, 10);
}

export type StageProblem = 'stage_not_in_procedure' | 'stage_skip_refused' | 'simplified_cap' | 'publish_not_required' | 'hearing_needs_notice';

/**
 * Hard refusals when moving from `from` to `to` (warnings that can be confirmed are
 * `decisionWarnings`). The simplified procedure walks SIMPLIFIED_PATH only; the ordinary one may
 * pass over the stages marked 'yes' or 'confirm' in STAGE_SKIP.
 */
export function stageProblems(
  c: { procedure: CaseProcedure; stage: MainStage; outcome: CaseOutcome | null; noticeDate: string | null },
  to: MainStage,
  decision?: { outcome: CaseOutcome | null; fineFen: number | null; partyKind: PartyKind | null },
): StageProblem[] {
  const out: StageProblem[] = [];
  if (c.procedure === 'simplified') {
    if (!SIMPLIFIED_PATH.includes(to)) out.push('stage_not_in_procedure');
    // 第51条: only a warning or a small fine; anything else needs the ordinary procedure.
    if (to === 'DECIDE' && decision) {
      const cap = decision.partyKind === 'person' ? SIMPLIFIED_FINE_CAP_FEN.person : SIMPLIFIED_FINE_CAP_FEN.organisation;
      if (decision.outcome !== 'penalty' || (decision.fineFen ?? 0) > cap) out.push('simplified_cap');
    }
    return out;
  }
  const from = MAIN_STAGES.indexOf(c.stage);
  const target = MAIN_STAGES.indexOf(to);
  for (let i = from + 1; i < target; i++) {
    const skipped = MAIN_STAGES[i];
    if (skipped && STAGE_SKIP[skipped] === 'no' && to !== 'CLOSE') out.push('stage_skip_refused');
  }
  // 第63-64条: a hearing is requested after the notice of the right to it.
  if (to === 'HEARING' && !c.noticeDate) out.push('hearing_needs_notice');
  // 信息公示规定第6条: only penalty decisions are published.
  if (to === 'PUBLISH' && c.outcome !== 'penalty') out.push('publish_not_required');
  return [...new Set(out)];
}
