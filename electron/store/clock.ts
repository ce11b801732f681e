/**
 * The installation's hybrid logical clock, persisted in `installation.hlc_last`. This module is
 * its only reader and writer (tests check it): local writes take their stamps here, a bundle
 * import advances it past what it received, and the wrong-date repair restarts it. One owner
 * means one place where the two promises of `hlc.ts` (never backwards, never stuck) are kept.
 * Every function runs inside the caller's write transaction.
 */
import { hlcToString, parseHlc, receive, tick, type Hlc } from './hlc';
import type { Ledger } from './ledger';

const READ = 'SELECT hlc_last FROM installation WHERE singleton = 1';
const WRITE = 'UPDATE installation SET hlc_last = ? WHERE singleton = 1';

/** The clock's last issued or received time; throws before the installation exists. */
export function readClock(ledger: Ledger): Hlc {
  const row = ledger.stmt(READ).get() as { hlc_last: string } | undefined;
  if (!row) throw new Error('installation identity missing: call ensureInstallation first');
  return parseHlc(row.hlc_last);
}

/** Ledgers inside `batchClock`: the clock lives in memory and is persisted once, at the end. */
const batches = new WeakMap<Ledger, { clock: Hlc }>();

/** The next stamp for a local write, persisted (inside `batchClock`: persisted when the batch ends). */
export function nextLocalStamp(ledger: Ledger, nowMillis: number): Hlc {
  const batch = batches.get(ledger);
  if (batch) return (batch.clock = tick(batch.clock, nowMillis));
  const next = tick(readClock(ledger), nowMillis);
  ledger.stmt(WRITE).run(hlcToString(next));
  return next;
}

/**
 * Runs `fn` — many local writes inside the caller's write transaction (demo generation, a sheet
 * import) — with the clock read once and written once instead of a read and a write per record
 * (issue 20: the write path). The stamps are the same as one by one. If `fn` throws, nothing is
 * persisted here and the caller's transaction rolls the rows back with it.
 */
export function batchClock<T>(ledger: Ledger, fn: () => T): T {
  if (!ledger.db.inTransaction) throw new Error('batchClock runs inside a write transaction');
  if (batches.has(ledger)) return fn();
  const batch = { clock: readClock(ledger) };
  batches.set(ledger, batch);
  try {
    const result = fn();
    ledger.stmt(WRITE).run(hlcToString(batch.clock));
    return result;
  } finally {
    batches.delete(ledger);
  }
}

/**
 * Advances the clock past every received stamp (bounded by `receive`'s wall-clock limit) and
 * persists it once, at `save()`: an import calls `receive` per applied change.
 */
export function clockReceiver(ledger: Ledger, nowMillis: number): { receive(hlc: string): void; save(): void } {
  let clock = readClock(ledger);
  return {
    receive(hlc: string) {
      clock = receive(clock, parseHlc(hlc), nowMillis).next;
    },
    save() {
      ledger.stmt(WRITE).run(hlcToString(clock));
    },
  };
}

/** Restarts the clock at `clock` (the wrong-date repair, which re-issues the stamps after it). */
export function restartClock(ledger: Ledger, clock: Hlc): void {
  ledger.stmt(WRITE).run(hlcToString(clock));
}
