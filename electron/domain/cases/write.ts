/** Creating and editing a case (the form's fields and parties; stages go through stages.ts). */
import { localIsoDate } from '../../../shared/calendar';
import type { CaseFieldsInput } from '../../../shared/cases/schemas';
import { yearOf } from '../../../shared/cases/numbering';
import { DomainError } from '../../../shared/errors';
import { insertRecord, updateRecord, type WriteContext } from '../../store/change-log';
import type { Ledger } from '../../store/ledger';
import { getProfile } from '../core/profile';
import { activeCodes } from '../core/reference-overlay';
import { writeContext, type Session } from '../core/session';
import { caseNumberTaken, nextDocNumber, typedNumber } from './numbering';
import { validateParties, writeParties } from './parties';
import { extensionProblems } from '../../../shared/cases/deadlines';
import { loadLimits } from '../core/time-limits';
import { columnsFromInput, type CaseRow } from './rows';

function checkReferences(ledger: Ledger, input: CaseFieldsInput, previousCampaigns: string[] = []): void {
  const campaigns = activeCodes(ledger, 'campaign');
  // A tag retired after the case was tagged stays valid on that case.
  if (input.campaigns.some((c) => !campaigns.has(c) && !previousCampaigns.includes(c))) throw new DomainError('validation', 'campaign_unknown');
  const townships = [input.townshipCode, ...input.parties.map((p) => p.townshipCode)].filter((t): t is string => t !== null);
  for (const code of townships) {
    if (!ledger.stmt('SELECT 1 FROM ref_townships WHERE code = ?').get(code)) throw new DomainError('validation', 'township_unknown');
  }
}

/** 行政处罚法第60条: the head extends once (≤ 30 days), 集体讨论 further, each with a date and reason. */
function checkProcedureFields(session: Session, input: CaseFieldsInput, row?: CaseRow): void {
  const today = localIsoDate(session.now());
  for (const d of [input.noticeServedDate, input.rightsWaivedDate, input.policeReportDate, input.policeApprovedDate]) {
    if (d && d > today) throw new DomainError('validation', 'date_in_future');
  }
  if (input.policeReportDate && input.policeApprovedDate && input.policeApprovedDate < input.policeReportDate) throw new DomainError('validation', 'dates_out_of_order');
  if (input.decisionExtensions && extensionProblems(input.decisionExtensions, row?.filed_date ?? null, loadLimits(session.ledger)).length > 0) {
    throw new DomainError('validation', 'extension_invalid');
  }
}

function checkLeadDate(session: Session, leadDate: string, row?: CaseRow): void {
  if (leadDate > localIsoDate(session.now())) throw new DomainError('validation', 'date_in_future');
  const later = [row?.filed_date, row?.decided_date, row?.closed_date].filter((d): d is string => !!d);
  if (later.some((d) => d < leadDate)) throw new DomainError('validation', 'dates_out_of_order');
}

function casePrefix(session: Session): string {
  const profile = getProfile(session);
  if (!profile) throw new DomainError('not_set_up', 'office profile not set up yet');
  return profile.casePrefix;
}

/** The number a case gets: the typed one (checked for uniqueness) or the next for its year. */
function assignNumber(session: Session, ctx: WriteContext, typed: string, leadDate: string, exceptId?: string) {
  if (typed === '') {
    const next = nextDocNumber(session.ledger, ctx.unitCode, casePrefix(session), 'case', yearOf(leadDate));
    return { case_number: next.number, number_year: next.year, number_seq: next.serial };
  }
  const t = typedNumber(typed);
  if (caseNumberTaken(session.ledger, ctx.unitCode, t.number, exceptId)) throw new DomainError('validation', 'case_number_taken');
  return { case_number: t.number, number_year: t.year, number_seq: t.serial };
}

export function createCase(session: Session, input: CaseFieldsInput): string {
  const ctx = writeContext(session);
  const { ledger } = session;
  checkReferences(ledger, input);
  checkLeadDate(session, input.leadDate);
  checkProcedureFields(session, input);
  const parties = validateParties(ledger, input.parties, new Date(session.now()));
  return ledger.write(() => {
    const number = assignNumber(session, ctx, input.caseNumber, input.leadDate);
    const id = insertRecord(ctx, 'case', { ...columnsFromInput(input), ...number, stage: 'CLUE' });
    insertRecord(ctx, 'case_event', { case_id: id, stage: 'CLUE', date: input.leadDate, actor: ctx.user });
    writeParties(ctx, id, parties);
    return id;
  });
}

export function loadCaseRow(ledger: Ledger, id: string): CaseRow {
  const row = ledger.stmt('SELECT rowid, * FROM cases WHERE id = ? AND deleted = 0').get(id) as CaseRow | undefined;
  if (!row) throw new DomainError('not_found', `case ${id} not found`);
  return row;
}

export function updateCase(session: Session, id: string, input: CaseFieldsInput): void {
  const ctx = writeContext(session);
  const { ledger } = session;
  const row = loadCaseRow(ledger, id);
  checkReferences(ledger, input, row.campaigns.split(',').filter(Boolean));
  checkLeadDate(session, input.leadDate, row);
  checkProcedureFields(session, input, row);
  const parties = validateParties(ledger, input.parties, new Date(session.now()));
  ledger.write(() => {
    const number = input.caseNumber === row.case_number ? {} : assignNumber(session, ctx, input.caseNumber, input.leadDate, id);
    updateRecord(ctx, 'case', id, { ...columnsFromInput(input), ...number });
    // The lead's stage event carries the same date as the case.
    const clue = ledger.stmt("SELECT id FROM case_events WHERE case_id = ? AND stage = 'CLUE' AND deleted = 0").pluck().get(id) as string | undefined;
    if (clue) updateRecord(ctx, 'case_event', clue, { date: input.leadDate });
    writeParties(ctx, id, parties);
  });
}

/** The case's side of the link to the GI inspection it was opened from. */
export function linkCaseToInspection(session: Session, caseId: string, inspectionId: string): void {
  updateRecord(writeContext(session), 'case', caseId, { gi_inspection_id: inspectionId });
}
