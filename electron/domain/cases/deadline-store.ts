/**
 * The derived `case_due` table: each open case's next deadline, so lists can filter and sort
 * by it with an index. Triggers queue changed cases in `case_due_stale` (any writer: forms,
 * demo, bundle import, calendar edits); `refreshDeadlines` drains the queue before reads.
 */
import { deadlineState, DUE_SOON_DAYS, pendingDeadlines } from '../../../shared/cases/deadlines';
import type { DeadlineItem, DeadlineOverview } from '../../../shared/cases/types';
import { addDays, localIsoDate } from '../../../shared/calendar';
import type { Ledger } from '../../store/ledger';
import { loadCalendar } from '../core/reference-overlay';
import { loadLimits } from '../core/time-limits';
import { timelineOf, type CaseRow } from './rows';

const BATCH = 5000;

/** Stored when no deadline is pending: sorts after every real date and keeps the join inner. */
export const NO_DEADLINE = '9999-12-31';

/** Returns how many cases were recomputed. */
export function refreshDeadlines(ledger: Ledger): number {
  if (!ledger.stmt('SELECT 1 FROM case_due_stale LIMIT 1').get()) return 0;
  const calendar = loadCalendar(ledger);
  const limits = loadLimits(ledger);
  let total = 0;
  const take = ledger.stmt(`SELECT c.rowid, c.* FROM case_due_stale s JOIN cases c ON c.rowid = s.case_rowid LIMIT ${BATCH}`);
  const orphans = ledger.stmt('DELETE FROM case_due_stale WHERE case_rowid NOT IN (SELECT rowid FROM cases)');
  const upsert = ledger.stmt(
    'INSERT INTO case_due (case_rowid, due_date, due_kind) VALUES (?, ?, ?) ON CONFLICT (case_rowid) DO UPDATE SET due_date = excluded.due_date, due_kind = excluded.due_kind',
  );
  const done = ledger.stmt('DELETE FROM case_due_stale WHERE case_rowid = ?');
  ledger.write(() => {
    orphans.run();
    for (;;) {
      const rows = take.all() as CaseRow[];
      if (rows.length === 0) break;
      for (const row of rows) {
        const next = row.deleted === 1 ? undefined : pendingDeadlines(timelineOf(row), calendar, limits)[0];
        upsert.run(row.rowid, next?.due ?? NO_DEADLINE, next?.kind ?? null);
        done.run(row.rowid);
      }
      total += rows.length;
    }
  });
  return total;
}

export function deadlineOverview(ledger: Ledger, nowMs: number, limit = 20): DeadlineOverview {
  refreshDeadlines(ledger);
  const today = localIsoDate(nowMs);
  const soon = addDays(today, DUE_SOON_DAYS);
  const count = (sql: string, ...args: string[]) =>
    ledger
      .stmt(sql)
      .pluck()
      .get(...args) as number;
  const items = ledger
    .stmt(
      `SELECT c.id, c.case_number, c.title, d.due_date, d.due_kind FROM case_due d JOIN cases c ON c.rowid = d.case_rowid
       WHERE d.due_date <= ? AND c.deleted = 0 ORDER BY d.due_date LIMIT ?`,
    )
    .all(soon, limit) as { id: string; case_number: string; title: string; due_date: string; due_kind: DeadlineItem['kind'] }[];
  return {
    today,
    // Deleted cases carry NO_DEADLINE, so the due-date index alone answers these.
    overdue: count('SELECT count(*) FROM case_due WHERE due_date < ?', today),
    dueSoon: count('SELECT count(*) FROM case_due WHERE due_date >= ? AND due_date <= ?', today, soon),
    open: count('SELECT count(*) FROM cases WHERE closed_date IS NULL AND deleted = 0'),
    items: items.map((r) => ({
      caseId: r.id,
      caseNumber: r.case_number,
      title: r.title,
      kind: r.due_kind,
      due: r.due_date,
      state: deadlineState(r.due_date, today),
    })),
  };
}
