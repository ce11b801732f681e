/** One case with everything the detail view shows. */
import { extensionProblems, noticeWindowEnd, pendingDeadlines } from '../../../shared/cases/deadlines';
import { decisionWarnings, type DecisionContext } from '../../../shared/cases/procedure';
import { localIsoDate } from '../../../shared/calendar';
import type { CaseDetail, CaseEvent, GiCaseLink } from '../../../shared/cases/types';
import type { CaseOutcome, DocType, StageCode } from '../../../shared/cases/vocabulary';
import type { Ledger } from '../../store/ledger';
import { loadCalendar } from '../core/reference-overlay';
import { listAttachments } from './attachments';
import { loadLimits } from '../core/time-limits';
import { listParties } from './parties';
import { recordFromRow, timelineOf, type CaseRow } from './rows';
import { loadCaseRow } from './write';

interface EventRow {
  id: string;
  stage: string;
  date: string;
  actor: string;
  doc_type: string | null;
  doc_number: string;
  outcome: string | null;
  receiver: string;
  persons: number | null;
  note: string;
  override_reason: string;
  created_at: string;
}

export function listEvents(ledger: Ledger, caseId: string): CaseEvent[] {
  const rows = ledger.stmt('SELECT * FROM case_events WHERE case_id = ? AND deleted = 0 ORDER BY date, created_at').all(caseId) as EventRow[];
  return rows.map((r) => ({
    id: r.id,
    stage: r.stage as StageCode,
    date: r.date,
    actor: r.actor,
    docType: r.doc_type as DocType | null,
    docNumber: r.doc_number,
    outcome: r.outcome as CaseOutcome | null,
    receiver: r.receiver,
    persons: r.persons,
    note: r.note,
    overrideReason: r.override_reason ?? '',
    createdAt: r.created_at,
  }));
}

/** The procedure facts a decision is checked against: the case row plus its 告知 and 听证 entries. */
export function decisionContext(ledger: Ledger, row: CaseRow): DecisionContext {
  const dateOf = (stage: string) =>
    (ledger.stmt('SELECT max(date) FROM case_events WHERE case_id = ? AND stage = ? AND deleted = 0').pluck().get(row.id, stage) as string | null) ?? null;
  return {
    procedure: row.procedure === 'simplified' ? 'simplified' : 'ordinary',
    filedDate: row.filed_date,
    noticeDate: dateOf('NOTIFY'),
    noticeServedDate: row.notice_served_date ?? null,
    hearingDate: dateOf('HEARING'),
    rightsWaivedDate: row.rights_waived_date ?? null,
  };
}

export function getCaseDetail(ledger: Ledger, id: string, attachmentsDir: string, today: string = localIsoDate()): CaseDetail {
  const row = loadCaseRow(ledger, id);
  const calendar = loadCalendar(ledger);
  const limits = loadLimits(ledger);
  const ctx = decisionContext(ledger, row);
  const timeline = { ...timelineOf(row), hearingDate: ctx.hearingDate };
  const served = ctx.noticeServedDate ?? ctx.noticeDate;
  return {
    record: recordFromRow(row),
    parties: listParties(ledger, id),
    events: listEvents(ledger, id),
    attachments: listAttachments(ledger, id, attachmentsDir),
    deadlines: pendingDeadlines(timeline, calendar, limits),
    procedure: {
      noticeWindowEnd: noticeWindowEnd({ noticeServedDate: served, hearingDate: ctx.hearingDate }, calendar, limits),
      decisionWarnings: row.decided_date ? [] : decisionWarnings(ctx, 'penalty', today, calendar, limits),
      extensionProblems: extensionProblems(timeline.decisionExtensions, row.filed_date, limits),
    },
    giLink: row.gi_inspection_id ? giLink(ledger, row.gi_inspection_id) : null,
  };
}

function giLink(ledger: Ledger, inspectionId: string): GiCaseLink | null {
  const row = ledger
    .stmt(
      `SELECT i.id AS inspectionId, i.date AS inspectionDate, u.id AS userId, u.enterprise_name AS enterpriseName, g.name AS giName
       FROM gi_inspections i JOIN gi_users u ON u.id = i.user_id LEFT JOIN gis g ON g.id = u.gi_id WHERE i.id = ?`,
    )
    .get(inspectionId) as GiCaseLink | undefined;
  return row ? { ...row, giName: row.giName ?? '' } : null;
}
