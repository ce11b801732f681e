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

/** The next stamp for a local write, persisted. */
export function nextLocalStamp(ledger: Ledger, nowMillis: number): Hlc {
  const next = tick(readClock(ledger), nowMillis);
  ledger.stmt(WRITE).run(hlcToString(next));
  return next;
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
