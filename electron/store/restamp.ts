/**
 * Recovering from a PC date that was wrong (ahead). While the date was, say, a year ahead, this
 * installation stamped its writes a year ahead; receivers refuse them ("the sending computer's
 * clock is N days ahead"), and its own clock stays a year ahead after the date is corrected, so
 * every new write would be refused too. Once the date is right again, each such entry is written
 * again with a stamp from the corrected clock, in the same order, and the old one is marked
 * superseded: it stays in the log as written (the log is append-only) but no longer travels,
 * merges or shows in history. Safe because every record has one owning unit: no other unit's
 * stamp competes with these on the same field, and no receiver with a correct clock accepted
 * the old stamps (they were more than a day ahead of it).
 */
import { readClock, restartClock } from './clock';
import { hlcToString, MAX_CLOCK_AHEAD_MS, nodeFromInstallationId, parseHlc, tick, type Hlc } from './hlc';
import type { Ledger } from './ledger';

export interface RestampResult {
  /** Entries written again. */
  count: number;
  /** How far ahead the furthest of them was (ms), 0 when none. */
  aheadMillis: number;
}

/**
 * The PC's date is plausible when it is not before what this ledger has received from elsewhere
 * (less the one-day bound): a date set back by mistake must not be taken for a corrected one.
 * Returns the received time it contradicts, or null.
 */
export function clockBehindReceived(ledger: Ledger, installationId: string, nowMillis: number): string | null {
  const latest = ledger.stmt("SELECT max(hlc) FROM changes WHERE installation_id <> ? AND installation_id <> 'seed'").pluck().get(installationId) as
    string | null;
  if (!latest) return null;
  return parseHlc(latest).millis - MAX_CLOCK_AHEAD_MS > nowMillis ? latest.slice(0, 24) : null;
}

/** Whether this installation's clock or any entry of its own is more than a day ahead of the PC's date. */
export function hasFutureStamps(ledger: Ledger, installationId: string, nowMillis: number): boolean {
  const bound = new Date(nowMillis + MAX_CLOCK_AHEAD_MS).toISOString();
  return hlcToString(readClock(ledger)).slice(0, 24) > bound;
}

export function restampFutureChanges(ledger: Ledger, installationId: string, nowMillis: number): RestampResult {
  const bound = new Date(nowMillis + MAX_CLOCK_AHEAD_MS).toISOString();
  return ledger.write(() => {
    const future = ledger
      .stmt(
        `SELECT seq, entity, row_id, hlc, user, unit_code, fields FROM changes
         WHERE installation_id = ? AND hlc > ? AND seq NOT IN (SELECT seq FROM superseded_changes) ORDER BY seq`,
      )
      .all(installationId, bound) as { seq: number; entity: string; row_id: string; hlc: string; user: string; unit_code: string; fields: string }[];
    if (future.length === 0 && hlcToString(readClock(ledger)).slice(0, 24) <= bound) return { count: 0, aheadMillis: 0 };
    // Start after the newest entry of ours that stays, so the order of our writes is kept.
    const kept = ledger
      .stmt('SELECT max(hlc) FROM changes WHERE installation_id = ? AND hlc <= ? AND seq NOT IN (SELECT seq FROM superseded_changes)')
      .pluck()
      .get(installationId, bound) as string | null;
    const node = nodeFromInstallationId(installationId);
    let clock: Hlc = kept ? { ...parseHlc(kept), node } : { millis: 0, counter: 0, node };
    const at = new Date(nowMillis).toISOString();
    let aheadMillis = 0;
    for (const e of future) {
      clock = tick(clock, nowMillis);
      aheadMillis = Math.max(aheadMillis, parseHlc(e.hlc).millis - nowMillis);
      const { lastInsertRowid } = ledger
        .stmt('INSERT INTO changes (entity, row_id, hlc, installation_id, user, unit_code, fields) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(e.entity, e.row_id, hlcToString(clock), installationId, e.user, e.unit_code, e.fields);
      ledger.stmt('INSERT INTO superseded_changes (seq, by_seq, at) VALUES (?, ?, ?)').run(e.seq, Number(lastInsertRowid), at);
    }
    restartClock(ledger, future.length ? clock : tick(clock, nowMillis));
    return { count: future.length, aheadMillis };
  });
}
