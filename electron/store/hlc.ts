/**
 * Hybrid logical clock (Kulkarni et al.; the format follows Actual Budget's timestamps):
 * `2026-11-22T03:00:00.000Z-0001-9f2c4e7a1b3d5f60` = physical ISO time, 4-hex counter,
 * 16-hex node. Fixed width, so string order = (time, counter, node) order.
 *
 * Two promises, both needed because office PCs' clocks are often wrong:
 * - the clock never runs backwards, even when the PC's clock is set back;
 * - no reachable state stops local writes. The counter carries into the millisecond instead of
 *   overflowing (65,536 writes in one millisecond simply move the clock 1 ms ahead), and a
 *   remote timestamp can never drag the clock more than `MAX_CLOCK_AHEAD_MS` past this PC's wall
 *   clock (`receive` ignores anything further; the bundle import refuses such bundles first).
 */
export interface Hlc {
  millis: number;
  counter: number;
  node: string;
}

const MAX_COUNTER = 0xffff;
/** 9999-12-31T23:59:59.999Z: the last instant the fixed-width ISO format can hold. */
export const MAX_HLC_MILLIS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
/**
 * How far ahead of this PC's wall clock a received timestamp may be (docs/architecture.md,
 * "Clocks"): one day covers a PC set to the wrong time zone (China is UTC+8) and ordinary drift,
 * while a PC whose date is wrong by days or years is caught and told to fix its date.
 */
export const MAX_CLOCK_AHEAD_MS = 24 * 60 * 60 * 1000;
const HLC_PATTERN = /^((\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.(\d{3})Z)-([0-9A-F]{4})-([0-9a-f]{16})$/;

export class HlcError extends Error {
  override name = 'HlcError';
}

export function hlcToString(h: Hlc): string {
  return `${new Date(h.millis).toISOString()}-${h.counter.toString(16).toUpperCase().padStart(4, '0')}-${h.node}`;
}

export function parseHlc(text: string): Hlc {
  const m = HLC_PATTERN.exec(text);
  if (!m) throw new HlcError(`malformed HLC timestamp: ${text.slice(0, 60)}`);
  const [y, mo, d, h, mi, sec, ms] = m.slice(2, 9).map(Number) as [number, number, number, number, number, number, number];
  const millis = Date.UTC(y, mo - 1, d, h, mi, sec, ms);
  // Date.UTC rolls 2026-02-30 over to 2 March: only a real calendar time gives back its own parts.
  const back = new Date(millis);
  if (back.getUTCDate() !== d || back.getUTCMonth() !== mo - 1 || back.getUTCFullYear() !== y || h > 23 || mi > 59 || sec > 59)
    throw new HlcError(`malformed HLC time: ${text.slice(0, 60)}`);
  return { millis, counter: parseInt(m[9] as string, 16), node: m[10] as string };
}

/** Whether a string is a well-formed HLC with a real calendar time. */
export function isValidHlc(text: string): boolean {
  try {
    parseHlc(text);
    return true;
  } catch {
    return false;
  }
}

/** Counter overflow carries into the millisecond, so issuing a timestamp never fails. */
function advance(millis: number, counter: number, node: string): Hlc {
  if (counter <= MAX_COUNTER) return { millis, counter, node };
  if (millis >= MAX_HLC_MILLIS) throw new HlcError('HLC at year 9999: this PC’s clock is wrong');
  return { millis: millis + 1, counter: 0, node };
}

/** Timestamp for a local event. */
export function tick(last: Hlc, nowMillis: number): Hlc {
  const millis = Math.max(last.millis, Math.min(nowMillis, MAX_HLC_MILLIS));
  return advance(millis, millis === last.millis ? last.counter + 1 : 0, last.node);
}

export interface ReceiveResult {
  next: Hlc;
  /** How far ahead of our wall clock the remote timestamp was, when beyond maxAheadMillis (it was then ignored). */
  aheadMillis: number | null;
}

/**
 * Advance the local clock past a remote timestamp (used when merging changes), but never past this
 * PC's own wall clock: a sender a few hours ahead must not drag this ledger's stamps ahead too, or
 * a third ledger a little behind would see them as "from the future" (docs/architecture.md,
 * "Clocks"). Nothing is lost by it: every record has one owning unit, so stamps of different units
 * never compete on one field. A timestamp more than `maxAheadMillis` ahead is reported (the import
 * refuses such bundles before it gets here).
 */
export function receive(last: Hlc, remote: Hlc, nowMillis: number, maxAheadMillis = MAX_CLOCK_AHEAD_MS): ReceiveResult {
  const ahead = remote.millis - nowMillis;
  if (ahead > maxAheadMillis) return { next: last, aheadMillis: ahead };
  const wall = Math.min(nowMillis, MAX_HLC_MILLIS);
  if (remote.millis > wall) remote = { millis: wall, counter: 0, node: remote.node };
  const millis = Math.max(last.millis, remote.millis, wall);
  let counter: number;
  if (millis === last.millis && millis === remote.millis) counter = Math.max(last.counter, remote.counter) + 1;
  else if (millis === last.millis) counter = last.counter + 1;
  else if (millis === remote.millis) counter = remote.counter + 1;
  else counter = 0;
  return { next: advance(millis, counter, last.node), aheadMillis: null };
}

/** The node part of the HLC is taken from the installation id's random tail. */
export function nodeFromInstallationId(installationId: string): string {
  const hex = installationId.replace(/-/g, '').toLowerCase();
  if (!/^[0-9a-f]{32}$/.test(hex)) throw new HlcError(`installation id is not a UUID: ${installationId}`);
  return hex.slice(16);
}
