import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  hlcToString,
  isValidHlc,
  MAX_HLC_MILLIS,
  nodeFromInstallationId,
  parseHlc,
  receive,
  tick,
  type Hlc,
} from '../../electron/store/hlc';

const NODE = '0123456789abcdef';
const start: Hlc = { millis: 0, counter: 0, node: NODE };

describe('hybrid logical clock', () => {
  it('formats to a fixed-width string that round-trips', () => {
    const h: Hlc = { millis: Date.UTC(2026, 10, 22, 3, 0, 0, 7), counter: 42, node: NODE };
    const s = hlcToString(h);
    expect(s).toBe('2026-11-22T03:00:00.007Z-002A-0123456789abcdef');
    expect(parseHlc(s)).toEqual(h);
  });

  it('rejects malformed timestamps', () => {
    expect(() => parseHlc('2026-11-22T03:00:00Z-0000-0123456789abcdef')).toThrow(/malformed/);
    expect(() => parseHlc('garbage')).toThrow(/malformed/);
  });

  it('follows the wall clock when it moves forward', () => {
    const a = tick(start, 1_000);
    expect(a).toEqual({ millis: 1_000, counter: 0, node: NODE });
    expect(tick(a, 2_000)).toEqual({ millis: 2_000, counter: 0, node: NODE });
  });

  it('never goes backwards when the office clock is set back', () => {
    const a = tick(start, 10_000);
    const b = tick(a, 5_000);
    expect(b).toEqual({ millis: 10_000, counter: 1, node: NODE });
    expect(hlcToString(b) > hlcToString(a)).toBe(true);
  });

  it('carries a full counter into the next millisecond instead of failing', () => {
    expect(tick({ millis: 5, counter: 0xffff, node: NODE }, 5)).toEqual({ millis: 6, counter: 0, node: NODE });
    expect(receive({ millis: 5, counter: 0xffff, node: NODE }, { millis: 5, counter: 0xffff, node: 'fedcba9876543210' }, 5).next).toEqual({
      millis: 6,
      counter: 0,
      node: NODE,
    });
  });

  it('rejects timestamps that are not real calendar times', () => {
    expect(() => parseHlc('2026-02-30T00:00:00.000Z-0000-0123456789abcdef')).toThrow(/malformed/);
    expect(isValidHlc('2026-02-28T23:59:59.999Z-FFFF-0123456789abcdef')).toBe(true);
    expect(isValidHlc('9999-12-31T23:59:59.999Z-FFFE-0123456789abcdef')).toBe(true);
  });

  it('string order equals issue order for any sequence of wall-clock readings', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4_000_000_000_000 }), { minLength: 1, maxLength: 200 }), (clock) => {
        let last = start;
        const issued: string[] = [];
        for (const now of clock) {
          last = tick(last, now);
          issued.push(hlcToString(last));
        }
        for (let i = 1; i < issued.length; i++) expect((issued[i] as string) > (issued[i - 1] as string)).toBe(true);
      }),
    );
  });

  it('moves past a received timestamp, but never past its own wall clock', () => {
    const local = tick(start, 1_000);
    const remote: Hlc = { millis: 1_000 + 3 * 60_000, counter: 3, node: 'fedcba9876543210' };
    const r = receive(local, remote, 1_000, 5 * 60_000);
    expect(r.next).toEqual({ millis: 1_000, counter: 1, node: NODE });
    expect(r.aheadMillis).toBeNull();
    expect(receive(tick(start, 500), { ...remote, millis: 800 }, 1_000, 5 * 60_000).next).toEqual({ millis: 1_000, counter: 0, node: NODE });
    expect(receive(local, { ...remote, millis: 1_000 }, 1_000, 5 * 60_000).next).toEqual({ millis: 1_000, counter: 4, node: NODE });
    const far = receive(local, { ...remote, millis: 1_000 + 10 * 60_000 }, 1_000, 5 * 60_000);
    expect(far.next).toEqual(local);
    expect(far.aheadMillis).toBe(10 * 60_000);
  });

  it('no remote timestamp, however far ahead or however full its counter, stops local timestamps', () => {
    const remoteHlc = fc.record({
      millis: fc.oneof(
        fc.integer({ min: 0, max: MAX_HLC_MILLIS }),
        fc.constant(MAX_HLC_MILLIS),
        fc.integer({ min: 1_700_000_000_000, max: 1_900_000_000_000 }),
      ),
      counter: fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.constant(0xffff), fc.constant(0xfffe)),
      node: fc.constant('fedcba9876543210'),
    });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(remoteHlc, fc.integer({ min: 0, max: 5 })), { maxLength: 60 }),
        fc.integer({ min: 1_750_000_000_000, max: 1_800_000_000_000 }),
        (events, wall) => {
          let clock = tick(start, wall);
          let now = wall;
          for (const [remote, localWrites] of events) {
            const before = hlcToString(clock);
            clock = receive(clock, remote, now).next;
            // Received stamps never move the clock past the wall clock (counter carries aside: 1 ms per 65,536 stamps).
            expect(clock.millis).toBeLessThanOrEqual(now + events.length * 2);
            expect(hlcToString(clock) >= before).toBe(true);
            for (let k = 0; k < localWrites; k++) {
              const next = tick(clock, now);
              expect(hlcToString(next) > hlcToString(clock)).toBe(true);
              clock = next;
            }
            now += 1;
          }
        },
      ),
    );
  });

  it('takes the node from the random tail of the installation id', () => {
    expect(nodeFromInstallationId('01a2012c-7a0c-729f-87d6-a84318edb264')).toBe('87d6a84318edb264');
    expect(() => nodeFromInstallationId('not-a-uuid')).toThrow();
  });
});
