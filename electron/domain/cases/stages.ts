/**
 * The stage workflow (case-stages.csv): forward along the main path, transfers from any stage.
 * Each change writes a stage event (date, actor, document number) and the case's own stage
 * columns in one transaction, after checking the order of dates and what the stage requires.
 */
import { localIsoDate } from '../../../shared/calendar';
import type { StageAdvanceInput } from '../../../shared/cases/schemas';
import {
  CLOSE_WITHOUT_DECISION,
  DECISION_OUTCOMES,
  isMainStage,
  STAGE_DOC_TYPE,
  stageIndex,
  type CaseOutcome,
  type MainStage,
  type StageCode,
} from '../../../shared/cases/vocabulary';
import { DomainError } from '../../../shared/errors';
import { insertRecord, updateRecord, type FieldValue } from '../../store/change-log';
import { getProfile } from '../core/profile';
import { writeContext, type Session } from '../core/session';
import { docNumberTaken, nextDocNumber, typedNumber } from './numbering';
import { yearOf } from '../../../shared/cases/numbering';
import { loadCaseRow } from './write';
import type { CaseRow } from './rows';
import type { ValidationCode } from '../../../shared/cases/validation-codes';
import { decisionWarnings, earliestDecisionDate, stageProblems, type ProcedureWarning, type StageProblem } from '../../../shared/cases/procedure';
import type { StageCheck } from '../../../shared/cases/types';
import type { PartyKind, PenaltyKind } from '../../../shared/cases/vocabulary';
import { decodeTags, encodeTags } from '../core/tags';
import { loadCalendar } from '../core/reference-overlay';
import { loadLimits } from '../core/time-limits';
import { decisionContext } from './read';

function refuse(code: ValidationCode): never {
  throw new DomainError('validation', code);
}

/** The latest date already on the main path (a new stage may not be dated before it). */
function latestStageDate(session: Session, caseId: string): string {
  return (
    (session.ledger.stmt("SELECT max(date) FROM case_events WHERE case_id = ? AND deleted = 0 AND stage NOT LIKE 'TRANSFER%'").pluck().get(caseId) as
      string | null) ?? ''
  );
}

/** The kinds of penalty a decision records: the typed ones, else what the case holds, else what the amounts show. */
function penaltyKindsOf(row: CaseRow, input: StageAdvanceInput): PenaltyKind[] {
  if (input.penaltyKinds && input.penaltyKinds.length > 0) return input.penaltyKinds;
  const stored = decodeTags(row.penalty_kinds) as PenaltyKind[];
  if (stored.length > 0) return stored;
  const kinds: PenaltyKind[] = [];
  if ((input.fineFen ?? row.fine_fen ?? 0) > 0) kinds.push('fine');
  if ((input.confiscatedFen ?? row.confiscated_fen ?? 0) > 0) kinds.push('confiscate_income');
  return kinds;
}

const PROBLEM_CODE: Record<StageProblem, ValidationCode> = {
  stage_not_in_procedure: 'stage_not_in_procedure',
  stage_skip_refused: 'stage_skip_refused',
  simplified_cap: 'simplified_cap',
  publish_not_required: 'publish_not_required',
  hearing_needs_notice: 'hearing_needs_notice',
};

function firstPartyKind(session: Session, caseId: string): PartyKind | null {
  return (session.ledger.stmt('SELECT kind FROM case_parties WHERE case_id = ? AND deleted = 0 ORDER BY ord LIMIT 1').pluck().get(caseId) as PartyKind | undefined) ?? null;
}

function checkStage(session: Session, row: CaseRow, stage: StageCode, input: StageAdvanceInput): void {
  if (row.closed_date) refuse('stage_closed');
  if (!isMainStage(stage)) {
    if (input.receiver === '') refuse('transfer_needs_receiver');
    return;
  }
  if (stageIndex(stage) <= stageIndex(row.stage as MainStage)) refuse('stage_backwards');
  const ctx = decisionContext(session.ledger, row);
  const problems = stageProblems(
    { procedure: ctx.procedure, stage: row.stage as MainStage, outcome: row.outcome as CaseOutcome | null, noticeDate: ctx.noticeDate },
    stage,
    stage === 'DECIDE' ? { outcome: input.outcome, fineFen: input.fineFen ?? row.fine_fen, partyKind: firstPartyKind(session, row.id) } : undefined,
  );
  const problem = problems[0];
  if (problem) refuse(PROBLEM_CODE[problem]);
  if (stage === 'DECIDE') {
    if (!input.outcome || !(DECISION_OUTCOMES as readonly CaseOutcome[]).includes(input.outcome)) refuse('decision_needs_outcome');
    // 行政处罚法第9条: 警告 alone or 没收 alone is a penalty; a penalty names at least one kind.
    if (input.outcome === 'penalty' && penaltyKindsOf(row, input).length === 0) refuse('penalty_needs_kind');
    if (input.outcome === 'penalty' && penaltyKindsOf(row, input).includes('fine') && (input.fineFen ?? row.fine_fen ?? 0) <= 0) refuse('penalty_needs_amount');
  }
  if (stage === 'CLOSE' && !row.decided_date) {
    const outcome = input.outcome ?? (row.police_transfer_date ? 'transfer_judicial' : null);
    if (!outcome || !(CLOSE_WITHOUT_DECISION as readonly CaseOutcome[]).includes(outcome)) refuse('close_needs_decision');
  }
  if ((stage === 'SERVE' || stage === 'PUBLISH' || stage === 'EXECUTE') && !row.decided_date) refuse('close_needs_decision');
}

/** Case columns a stage event updates. */
function caseUpdates(row: CaseRow, stage: StageCode, input: StageAdvanceInput, docNumber: string): Record<string, FieldValue> {
  const u: Record<string, FieldValue> = {};
  if (isMainStage(stage)) u.stage = stage;
  switch (stage) {
    case 'FILE':
      u.filed_date = input.date;
      break;
    case 'DECIDE':
      u.decided_date = input.date;
      u.outcome = input.outcome;
      u.decision_number = docNumber;
      if (input.fineFen !== null) u.fine_fen = input.fineFen;
      if (input.confiscatedFen !== null) u.confiscated_fen = input.confiscatedFen;
      if (input.outcome === 'penalty') u.penalty_kinds = encodeTags(penaltyKindsOf(row, input));
      break;
    case 'SERVE':
      u.served_date = input.date;
      break;
    case 'PUBLISH':
      u.published_date = input.date;
      break;
    case 'CLOSE':
      u.closed_date = input.date;
      if (!row.outcome) u.outcome = input.outcome ?? (row.police_transfer_date ? 'transfer_judicial' : null);
      break;
    case 'TRANSFER_POLICE':
      u.police_transfer_date = input.date;
      u.police_receiver = input.receiver;
      u.police_persons = input.persons;
      break;
    default:
      break;
  }
  return u;
}

/** The warnings recording this stage would raise (shared/cases/procedure.ts); only a decision has any. */
export function stageWarnings(session: Session, row: CaseRow, input: Pick<StageAdvanceInput, 'stage' | 'date' | 'outcome'>): ProcedureWarning[] {
  if (input.stage !== 'DECIDE') return [];
  return decisionWarnings(decisionContext(session.ledger, row), input.outcome, input.date, loadCalendar(session.ledger), loadLimits(session.ledger));
}

export function checkAdvance(session: Session, input: StageAdvanceInput): StageCheck {
  const row = loadCaseRow(session.ledger, input.caseId);
  const ctx = decisionContext(session.ledger, row);
  const calendar = loadCalendar(session.ledger);
  return { warnings: stageWarnings(session, row, input), earliestDecisionDate: earliestDecisionDate(ctx, calendar, loadLimits(session.ledger)) };
}

export function advanceStage(session: Session, input: StageAdvanceInput): void {
  const ctx = writeContext(session);
  const { ledger } = session;
  const stage = input.stage as StageCode;
  const row = loadCaseRow(ledger, input.caseId);
  checkStage(session, row, stage, input);
  if (input.date > localIsoDate(session.now())) refuse('date_in_future');
  if (input.date < row.lead_date || (isMainStage(stage) && input.date < latestStageDate(session, row.id))) refuse('dates_out_of_order');
  // Procedure warnings (立案, 告知, the 陈述申辩/听证 window): the clerk may go ahead with a reason.
  const warnings = stageWarnings(session, row, input);
  if (warnings.length > 0 && input.overrideReason.trim() === '') refuse('procedure_needs_reason');
  const overrideReason = warnings.length > 0 ? `[${warnings.join(',')}] ${input.overrideReason.trim()}` : '';
  ledger.write(() => {
    const docType = STAGE_DOC_TYPE[stage] ?? null;
    let doc: { number: string; year: number | null; serial: number | null } = { number: '', year: null, serial: null };
    if (input.docNumber !== '') {
      doc = typedNumber(input.docNumber);
      if (docType && docNumberTaken(ledger, ctx.unitCode, doc.number)) refuse('doc_number_taken');
    } else if (docType) {
      const prefix = getProfile(session)?.casePrefix ?? '';
      doc = nextDocNumber(ledger, ctx.unitCode, prefix, docType, yearOf(input.date));
    } else if (stage === 'FILE') {
      doc = { number: row.case_number, year: null, serial: null };
    }
    if (stage === 'DECIDE' && doc.number === '') refuse('decision_needs_number');
    insertRecord(ctx, 'case_event', {
      case_id: row.id,
      stage,
      date: input.date,
      actor: ctx.user,
      doc_type: docType,
      doc_year: docType ? doc.year : null,
      doc_seq: docType ? doc.serial : null,
      doc_number: doc.number,
      outcome: stage === 'DECIDE' || stage === 'CLOSE' ? input.outcome : null,
      receiver: input.receiver,
      persons: input.persons,
      note: input.note,
      override_reason: overrideReason,
    });
    updateRecord(ctx, 'case', row.id, caseUpdates(row, stage, input, doc.number));
  });
}
