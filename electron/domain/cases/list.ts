/**
 * The case list: filters, sort and one page, never the whole table. Every sort order has an
 * index (0002_cases.sql). Search: FTS5 trigram for 3+ characters; 1–2 character queries (very
 * common Chinese words such as 羊肉) scan the search text of a bounded window of the newest
 * cases and say so when older cases were not searched.
 */
import { deadlineState, DUE_SOON_DAYS } from '../../../shared/cases/deadlines';
import type { CaseDateField, CaseListQuery } from '../../../shared/cases/schemas';
import type { CaseCount, CasePage, CaseSummary } from '../../../shared/cases/types';
import type { CaseCategory, CaseFlag, MainStage } from '../../../shared/cases/vocabulary';
import { addDays, localIsoDate } from '../../../shared/calendar';
import { maskIdCard } from '../../../shared/identifiers';
import type { Ledger } from '../../store/ledger';
import { NO_DEADLINE, refreshDeadlines } from './deadline-store';
import { decodeTags } from '../core/tags';
import { penaltyTotal } from './rows';

/** How many of the newest cases a 1–2 character search looks at. */
export const SHORT_SEARCH_WINDOW = 100_000;
/** A search keeps its newest matches up to this many (a search matching more says so). */
export const SEARCH_CAP = 5_000;
/**
 * Below this many matches the page is sorted from the filter's own index; above it, walking
 * the sort order's index and testing each row finds a page after at most N / PROBE_CAP rows on
 * average — the "first page fast at a million rows" rule (tested by `npm run bench`).
 */
const PROBE_CAP = 5_000;
/** Totals are counted up to this many rows (an exact count of a million rows costs more than it tells). */
export const COUNT_CAP = 10_000;
/** With text or deadline filters every candidate row is read, so the count stops sooner. */
export const COUNT_CAP_READING_ROWS = 1_000;

// Each order matches an index of 0002_cases.sql exactly (the penalty one is an expression index).
const SORT_SQL: Record<CaseListQuery['sort'], string[]> = {
  leadDate: ['c.lead_date'],
  caseNumber: ['c.unit_code', 'c.number_year', 'c.number_seq'],
  category: ['c.category', 'c.lead_date'],
  stage: ['c.stage', 'c.lead_date'],
  amount: ['c.amount_involved_fen'],
  penalty: ['(coalesce(c.fine_fen, 0) + coalesce(c.confiscated_fen, 0))'],
  deadline: ['d.due_date'],
  updatedAt: ['c.updated_at'],
};

/** Each date filter has an index (0003 for the lead date, 0007 for the others). */
const DATE_COLUMNS: Record<CaseDateField, string> = {
  lead: 'c.lead_date',
  filed: 'c.filed_date',
  closed: 'c.closed_date',
  closedFiled: 'c.closed_date',
  decided: 'c.decided_date',
  transferred: 'c.police_transfer_date',
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
  /** The search stopped at its window or cap: older matches were not considered. */
  searchLimit: CasePage['searchLimit'];
  /** A filter with its own index is present (category, stage, unit, dates, deadline). */
  indexedFilter: boolean;
  /** Just those filters (what the probe counts). */
  indexedClauses: string[];
  hasSearch: boolean;
}

/**
 * The search as a set of case rowids, newest first, at most SEARCH_CAP of them: 3+ characters
 * through the trigram index, 1–2 characters by scanning the newest SHORT_SEARCH_WINDOW cases.
 */
function searchRowids(ledger: Ledger, search: string): { rowids: number[]; limit: CasePage['searchLimit'] } {
  const capped = (rowids: number[]) => (rowids.length > SEARCH_CAP ? ({ kind: 'cap', size: SEARCH_CAP } as const) : null);
  if ([...search].length >= 3) {
    const rowids = ledger
      .stmt('SELECT rowid FROM case_fts WHERE case_fts MATCH ? ORDER BY rowid DESC LIMIT ?')
      .pluck()
      .all(ftsPhrase(search), SEARCH_CAP + 1) as number[];
    return { rowids: rowids.slice(0, SEARCH_CAP), limit: capped(rowids) };
  }
  const maxRowid = (ledger.stmt('SELECT max(case_rowid) FROM case_search').pluck().get() as number | null) ?? 0;
  const from = maxRowid - SHORT_SEARCH_WINDOW;
  const rowids = ledger
    .stmt("SELECT case_rowid FROM case_search WHERE case_rowid > ? AND body LIKE ? ESCAPE '\\' ORDER BY case_rowid DESC LIMIT ?")
    .pluck()
    .all(from, `%${likeEscape(search)}%`, SEARCH_CAP + 1) as number[];
  const olderExist = ledger.stmt('SELECT 1 FROM case_search WHERE case_rowid <= ? LIMIT 1').get(from) !== undefined;
  return { rowids: rowids.slice(0, SEARCH_CAP), limit: capped(rowids) ?? (olderExist ? { kind: 'window', size: SHORT_SEARCH_WINDOW } : null) };
}

/**
 * WHERE clauses for the filters. With `walk`, indexed columns are written `+col` so SQLite cannot
 * use their indexes and walks the sort order's index instead (see PROBE_CAP).
 */
function buildWhere(ledger: Ledger, q: CaseListQuery, today: string, walk = false): Where {
  const ix = (col: string) => (walk ? `+${col}` : col);
  const clauses = ['c.deleted = 0'];
  const params: Record<string, string | number> = {};
  let searchLimit: CasePage['searchLimit'] = null;
  const search = q.search.trim();
  if (search.length > 0) {
    const found = searchRowids(ledger, search);
    searchLimit = found.limit;
    clauses.push('c.rowid IN (SELECT value FROM json_each(:found))');
    params.found = JSON.stringify(found.rowids);
  }
  q.campaigns.forEach((c, i) => {
    clauses.push(`c.campaigns LIKE :campaign${i} ESCAPE '\\'`);
    params[`campaign${i}`] = `%,${likeEscape(c)},%`;
  });
  if (q.flags.length) {
    clauses.push(`(${q.flags.map((_, i) => `c.flags LIKE :flag${i}`).join(' OR ')})`);
    q.flags.forEach((f, i) => (params[`flag${i}`] = `%,${f},%`));
  }
  if (q.categories.length) {
    clauses.push(`${ix('c.category')} IN (${q.categories.map((_, i) => `:cat${i}`).join(', ')})`);
    q.categories.forEach((v, i) => (params[`cat${i}`] = v));
  }
  if (q.stages.length) {
    clauses.push(`${ix('c.stage')} IN (${q.stages.map((_, i) => `:stage${i}`).join(', ')})`);
    q.stages.forEach((v, i) => (params[`stage${i}`] = v));
  }
  if (q.handler) {
    clauses.push("c.handlers LIKE :handler ESCAPE '\\'");
    params.handler = `%${likeEscape(q.handler)}%`;
  }
  if (q.unitCode) {
    clauses.push(`${ix('c.unit_code')} = :unit`);
    params.unit = q.unitCode;
  }
  const dateColumn = DATE_COLUMNS[q.dateField];
  if (q.dateFrom) {
    clauses.push(`${ix(dateColumn)} >= :dateFrom`);
    params.dateFrom = q.dateFrom;
  }
  if (q.dateTo) {
    clauses.push(`${ix(dateColumn)} <= :dateTo`);
    params.dateTo = q.dateTo;
  }
  if (q.dateField === 'closedFiled') clauses.push(`${ix('c.filed_date')} IS NOT NULL`);
  if (q.deadline === 'overdue') {
    clauses.push(`${ix('d.due_date')} < :today`);
    params.today = today;
  } else if (q.deadline === 'due_soon') {
    clauses.push(`${ix('d.due_date')} >= :today AND ${ix('d.due_date')} <= :soon`);
    params.today = today;
    params.soon = addDays(today, DUE_SOON_DAYS);
  } else if (q.deadline === 'open') {
    clauses.push(walk ? '+c.closed_date IS NULL' : 'c.closed_date IS NULL');
  }
  const indexedClauses = clauses.filter((c) =>
    /^\+?[cd]\.(category|stage|unit_code|lead_date|filed_date|decided_date|police_transfer_date|due_date|closed_date)\b/.test(c),
  );
  return { clauses, params, searchLimit, indexedFilter: indexedClauses.length > 0, indexedClauses, hasSearch: search.length > 0 };
}

// Every case has a case_due row once deadlines are refreshed (NO_DEADLINE when none is
// pending), so an inner join lets SQLite drive a deadline sort from the due-date index.
const FROM = 'FROM cases c JOIN case_due d ON d.case_rowid = c.rowid';
/** Sorting by deadline walks the due-date index: case_due must be the outer loop. */
const FROM_BY_DEADLINE = 'FROM case_due d CROSS JOIN cases c ON c.rowid = d.case_rowid';
/** Without a deadline filter or sort, the page query never touches case_due. */
const FROM_CASES = 'FROM cases c';

function fromFor(q: CaseListQuery): string {
  if (q.sort === 'deadline') return FROM_BY_DEADLINE;
  return q.deadline === 'overdue' || q.deadline === 'due_soon' ? FROM : FROM_CASES;
}

/**
 * One page. Two steps: find the page's row ids (filters + sort + LIMIT over indexes only), then
 * read what the list shows for just those rows (first party, deadline). Totals are a separate
 * call (`countCases`), so the first page never waits for a count.
 */
export function listCases(ledger: Ledger, q: CaseListQuery, nowMs: number, options: { probeCap?: number } = {}): CasePage {
  const probeCap = options.probeCap ?? PROBE_CAP;
  refreshDeadlines(ledger);
  const today = localIsoDate(nowMs);
  let where = buildWhere(ledger, q, today);
  // Few matches: let SQLite use the filter's index and sort them. Many: walk the sort index.
  // The probe counts only the indexed filters, inside their index (no case row is read).
  if (where.indexedFilter && !where.hasSearch) {
    const probe = ledger
      .stmt(`SELECT count(*) FROM (SELECT 1 ${fromFor(q)} WHERE ${where.indexedClauses.join(' AND ')} LIMIT ${probeCap + 1})`)
      .pluck()
      .get(where.params) as number;
    if (probe > probeCap) where = buildWhere(ledger, q, today, true);
  }
  const direction = q.order === 'asc' ? 'ASC' : 'DESC';
  const order = SORT_SQL[q.sort].map((col) => `${col} ${direction}`).join(', ');
  const ids = ledger
    .stmt(`SELECT c.rowid ${fromFor(q)} WHERE ${where.clauses.join(' AND ')} ORDER BY ${order}, c.rowid ${direction} LIMIT :limit OFFSET :offset`)
    .pluck()
    .all({ ...where.params, limit: q.limit + 1, offset: q.offset }) as number[];
  const pageIds = ids.slice(0, q.limit);
  const rows = pageIds.length
    ? (ledger
        .stmt(
          `SELECT c.rowid AS rowid, c.id, c.unit_code, c.case_number, c.title, c.campaigns, c.category, c.stage, c.lead_date, c.handlers, c.amount_involved_fen,
            c.fine_fen, c.confiscated_fen, c.flags, c.police_transfer_date, c.updated_at, d.due_date, d.due_kind,
            p.name AS party_name, p.id_type AS party_id_type, p.id_number AS party_id_number
           FROM cases c LEFT JOIN case_due d ON d.case_rowid = c.rowid
           LEFT JOIN case_parties p ON p.id = (SELECT id FROM case_parties WHERE case_id = c.id AND deleted = 0 ORDER BY ord LIMIT 1)
           WHERE c.rowid IN (SELECT value FROM json_each(?))`,
        )
        .all(JSON.stringify(pageIds)) as (ListRow & { rowid: number })[])
    : [];
  const byRowid = new Map(rows.map((r) => [r.rowid, r]));
  return {
    rows: pageIds.map((id) => toSummary(byRowid.get(id) as ListRow, today)),
    hasMore: ids.length > q.limit,
    searchLimit: where.searchLimit,
  };
}

/**
 * How many cases match. Without filters: exact (a covering index answers it). Otherwise up to a
 * cap — COUNT_CAP when the filters are answered inside indexes, COUNT_CAP_READING_ROWS when rows
 * must be read — and the UI shows "more than N". The data worker is one queue: a count must not
 * hold up the next page for seconds.
 */
export function countCases(ledger: Ledger, q: CaseListQuery, nowMs: number): CaseCount {
  refreshDeadlines(ledger);
  const where = buildWhere(ledger, q, localIsoDate(nowMs));
  if (where.clauses.length === 1) return { total: ledger.stmt('SELECT count(*) FROM cases WHERE deleted = 0').pluck().get() as number, capped: false };
  // The search clause is a bounded rowid set (SEARCH_CAP), cheap to count in full.
  const textFilters = where.clauses.length - where.indexedClauses.length - 1 - (where.hasSearch ? 1 : 0);
  const readsRows = textFilters > 0 || q.deadline === 'overdue' || q.deadline === 'due_soon';
  const cap = readsRows ? COUNT_CAP_READING_ROWS : COUNT_CAP;
  const counted = ledger
    .stmt(`SELECT count(*) FROM (SELECT 1 ${fromFor(q)} WHERE ${where.clauses.join(' AND ')} LIMIT ${cap + 1})`)
    .pluck()
    .get(where.params) as number;
  return { total: Math.min(counted, cap), capped: counted > cap };
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
    nextDeadline:
      r.due_date && r.due_kind && r.due_date !== NO_DEADLINE ? { kind: r.due_kind as NonNullable<CaseSummary['nextDeadline']>['kind'], due: r.due_date } : null,
    deadlineState: r.due_date && r.due_date !== NO_DEADLINE ? deadlineState(r.due_date, today) : null,
    policeTransferred: r.police_transfer_date !== null,
    updatedAt: r.updated_at,
  };
}
