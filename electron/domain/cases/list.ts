/**
 * The case list: filters, sort and one page, never the whole table. Every sort order has an
 * index (0002_cases.sql). Search: FTS5 trigram for 3+ characters; 1–2 character queries (very
 * common Chinese words such as 羊肉) scan the search text of a bounded window of the newest
 * cases and say so when older cases were not searched.
 */
import { deadlineState, DUE_SOON_DAYS } from '../../../shared/cases/deadlines';
import type { CaseListQuery } from '../../../shared/cases/schemas';
import type { CasePage, CaseSummary } from '../../../shared/cases/types';
import type { CaseCategory, CaseFlag, MainStage } from '../../../shared/cases/vocabulary';
import { addDays } from '../../../shared/calendar';
import { maskIdCard } from '../../../shared/identifiers';
import type { Ledger } from '../../store/ledger';
import { refreshDeadlines } from './deadline-store';
import { decodeTags, penaltyTotal } from './rows';
import { localToday } from './today';

/** How many of the newest cases a 1–2 character search looks at. */
export const SHORT_SEARCH_WINDOW = 200_000;
/** Totals are counted up to this many rows (an exact count of a million rows costs more than it tells). */
export const COUNT_CAP = 10_000;

const SORT_SQL: Record<CaseListQuery['sort'], string> = {
  leadDate: 'c.lead_date',
  caseNumber: 'c.unit_code, c.number_year, c.number_seq',
  category: 'c.category',
  stage: 'c.stage',
  amount: 'c.amount_involved_fen',
  penalty: '(coalesce(c.fine_fen, 0) + coalesce(c.confiscated_fen, 0))',
  deadline: 'd.due_date',
  updatedAt: 'c.updated_at',
};

interface ListRow {
  id: string;
  unit_code: string;
  case_number: string;
  title: string;
  campaigns: string;
  category: string;
  stage: string;
  lead_date: string;
  handlers: string;
  amount_involved_fen: number | null;
  fine_fen: number | null;
  confiscated_fen: number | null;
  flags: string;
  police_transfer_date: string | null;
  updated_at: string;
  due_date: string | null;
  due_kind: string | null;
  party_name: string | null;
  party_id_type: string | null;
  party_id_number: string | null;
}

function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** An FTS5 string literal: the whole query is one phrase, so operators typed by users stay text. */
function ftsPhrase(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

interface Where {
  clauses: string[];
  params: Record<string, string | number>;
  searchPartial: boolean;
}

function buildWhere(ledger: Ledger, q: CaseListQuery, today: string): Where {
  const clauses = ['c.deleted = 0'];
  const params: Record<string, string | number> = {};
  let searchPartial = false;
  const search = q.search.trim();
  if ([...search].length >= 3) {
    clauses.push('c.rowid IN (SELECT rowid FROM case_fts WHERE case_fts MATCH :fts)');
    params.fts = ftsPhrase(search);
  } else if (search.length > 0) {
    const maxRowid = (ledger.stmt('SELECT max(case_rowid) FROM case_search').pluck().get() as number | null) ?? 0;
    const from = maxRowid - SHORT_SEARCH_WINDOW;
    searchPartial = from > 0;
    clauses.push("c.rowid IN (SELECT case_rowid FROM case_search WHERE case_rowid > :from AND body LIKE :like ESCAPE '\\')");
    params.from = from;
    params.like = `%${likeEscape(search)}%`;
  }
  q.campaigns.forEach((c, i) => {
    clauses.push(`c.campaigns LIKE :campaign${i}`);
    params[`campaign${i}`] = `%,${likeEscape(c)},%`;
  });
  if (q.flags.length) {
    clauses.push(`(${q.flags.map((_, i) => `c.flags LIKE :flag${i}`).join(' OR ')})`);
    q.flags.forEach((f, i) => (params[`flag${i}`] = `%,${f},%`));
  }
  if (q.categories.length) {
    clauses.push(`c.category IN (${q.categories.map((_, i) => `:cat${i}`).join(', ')})`);
    q.categories.forEach((v, i) => (params[`cat${i}`] = v));
  }
  if (q.stages.length) {
    clauses.push(`c.stage IN (${q.stages.map((_, i) => `:stage${i}`).join(', ')})`);
    q.stages.forEach((v, i) => (params[`stage${i}`] = v));
  }
  if (q.handler) {
    clauses.push("c.handlers LIKE :handler ESCAPE '\\'");
    params.handler = `%${likeEscape(q.handler)}%`;
  }
  if (q.unitCode) {
    clauses.push('c.unit_code = :unit');
    params.unit = q.unitCode;
  }
  if (q.dateFrom) {
    clauses.push('c.lead_date >= :dateFrom');
    params.dateFrom = q.dateFrom;
  }
  if (q.dateTo) {
    clauses.push('c.lead_date <= :dateTo');
    params.dateTo = q.dateTo;
  }
  if (q.deadline === 'overdue') {
    clauses.push('d.due_date < :today');
    params.today = today;
  } else if (q.deadline === 'due_soon') {
    clauses.push('d.due_date >= :today AND d.due_date <= :soon');
    params.today = today;
    params.soon = addDays(today, DUE_SOON_DAYS);
  } else if (q.deadline === 'open') {
    clauses.push('c.closed_date IS NULL');
  }
  return { clauses, params, searchPartial };
}

const FROM = 'FROM cases c LEFT JOIN case_due d ON d.case_rowid = c.rowid';

export function listCases(ledger: Ledger, q: CaseListQuery, nowMs: number): CasePage {
  refreshDeadlines(ledger);
  const today = localToday(nowMs);
  const where = buildWhere(ledger, q, today);
  const whereSql = `WHERE ${where.clauses.join(' AND ')}`;
  const direction = q.order === 'asc' ? 'ASC' : 'DESC';
  const order = SORT_SQL[q.sort]
    .split(', ')
    .map((col) => `${col} ${direction}`)
    .join(', ');
  const rows = ledger
    .stmt(
      `SELECT c.id, c.unit_code, c.case_number, c.title, c.campaigns, c.category, c.stage, c.lead_date, c.handlers, c.amount_involved_fen,
        c.fine_fen, c.confiscated_fen, c.flags, c.police_transfer_date, c.updated_at, d.due_date, d.due_kind,
        p.name AS party_name, p.id_type AS party_id_type, p.id_number AS party_id_number
       ${FROM}
       LEFT JOIN case_parties p ON p.id = (SELECT id FROM case_parties WHERE case_id = c.id AND deleted = 0 ORDER BY ord LIMIT 1)
       ${whereSql} ORDER BY ${order}, c.rowid ${direction} LIMIT :limit OFFSET :offset`,
    )
    .all({ ...where.params, limit: q.limit, offset: q.offset }) as ListRow[];
  const counted = ledger.stmt(`SELECT count(*) FROM (SELECT 1 ${FROM} ${whereSql} LIMIT ${COUNT_CAP + 1})`).pluck().get(where.params) as number;
  return {
    rows: rows.map((r) => toSummary(r, today)),
    total: Math.min(counted, COUNT_CAP),
    totalCapped: counted > COUNT_CAP,
    searchPartial: where.searchPartial,
  };
}

function toSummary(r: ListRow, today: string): CaseSummary {
  const masked = r.party_id_type === 'id_card' ? maskIdCard(r.party_id_number ?? '') : (r.party_id_number ?? '');
  return {
    id: r.id,
    unitCode: r.unit_code,
    caseNumber: r.case_number,
    title: r.title,
    campaigns: decodeTags(r.campaigns),
    category: r.category as CaseCategory,
    stage: r.stage as MainStage,
    leadDate: r.lead_date,
    partyName: r.party_name ?? '',
    partyIdMasked: masked,
    handlers: r.handlers,
    amountInvolvedFen: r.amount_involved_fen,
    penaltyTotalFen: penaltyTotal(r),
    flags: decodeTags(r.flags) as CaseFlag[],
    nextDeadline: r.due_date && r.due_kind ? { kind: r.due_kind as NonNullable<CaseSummary['nextDeadline']>['kind'], due: r.due_date } : null,
    deadlineState: r.due_date ? deadlineState(r.due_date, today) : null,
    policeTransferred: r.police_transfer_date !== null,
    updatedAt: r.updated_at,
  };
}
