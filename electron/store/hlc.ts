/**
 * Hybrid logical clock (Kulkarni et al.; the format follows Actual Budget's timestamps):
 * `2026-11-22T03:00:00.000Z-0001-9f2c4e7a1b3d5f60` = physical ISO time, 4-hex counter,
 * 16-hex node. Fixed width, so string order = (time, counter, node) order. The clock never
 * runs backwards even when an office PC's clock does, and a remote timestamp far in the future
 * is reported instead of silently winning every later merge.
 */
export interface Hlc {
  millis: number;
  counter: number;
  node: string;
}

const MAX_COUNTER = 0xffff;
const HLC_PATTERN = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9A-F]{4})-([0-9a-f]{16})$/;

export class HlcError extends Error {
  override name = 'HlcError';
}

export function hlcToString(h: Hlc): string {
  return `${new Date(h.millis).toISOString()}-${h.counter.toString(16).toUpperCase().padStart(4, '0')}-${h.node}`;
}

export function parseHlc(text: string): Hlc {
  const m = HLC_PATTERN.exec(text);
  if (!m) throw new HlcError(`malformed HLC timestamp: ${text.slice(0, 60)}`);
  const millis = Date.parse(m[1] as string);
  if (Number.isNaN(millis)) throw new HlcError(`malformed HLC time: ${text.slice(0, 60)}`);
  return { millis, counter: parseInt(m[2] as string, 16), node: m[3] as string };
}

/** Timestamp for a local event. */
export function tick(last: Hlc, nowMillis: number): Hlc {
  const millis = Math.max(last.millis, nowMillis);
  const counter = millis === last.millis ? last.counter + 1 : 0;
  if (counter > MAX_COUNTER) throw new HlcError('HLC counter overflow: too many changes in one millisecond');
  return { millis, counter, node: last.node };
}

export interface ReceiveResult {
  next: Hlc;
  /** How far ahead of our wall clock the remote timestamp was, when beyond maxDriftMillis. */
  futureDriftMillis: number | null;
}

/** Advance the local clock past a remote timestamp (used when merging changes). */
export function receive(last: Hlc, remote: Hlc, nowMillis: number, maxDriftMillis: number): ReceiveResult {
  const drift = remote.millis - nowMillis;
  const millis = Math.max(last.millis, remote.millis, nowMillis);
  let counter: number;
  if (millis === last.millis && millis === remote.millis) counter = Math.max(last.counter, remote.counter) + 1;
  else if (millis === last.millis) counter = last.counter + 1;
  else if (millis === remote.millis) counter = remote.counter + 1;
  else counter = 0;
  if (counter > MAX_COUNTER) throw new HlcError('HLC counter overflow while receiving');
  return { next: { millis, counter, node: last.node }, futureDriftMillis: drift > maxDriftMillis ? drift : null };
}

/** The node part of the HLC is taken from the installation id's random tail. */
export function nodeFromInstallationId(installationId: string): string {
  const hex = installationId.replace(/-/g, '').toLowerCase();
  if (!/^[0-9a-f]{32}$/.test(hex)) throw new HlcError(`installation id is not a UUID: ${installationId}`);
  return hex.slice(16);
}
