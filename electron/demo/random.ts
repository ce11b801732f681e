/** A small seeded PRNG (mulberry32): the demo must produce the same ledger for the same seed. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Pick by weight: [[value, weight], …]. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [value, w] of items) {
      r -= w;
      if (r < 0) return value;
    }
    return items[items.length - 1]![0];
  }

  /** A deterministic UUIDv7-shaped id for a given time (uuid's v7 would use the wall clock). */
  uuid7(ms: number): string {
    const hex = (n: number, len: number) => Math.floor(n).toString(16).padStart(len, '0');
    const time = hex(ms, 12);
    const r = () => hex(this.next() * 0x10000, 4);
    return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${r().slice(1)}-${hex(0x8000 + this.next() * 0x3fff, 4)}-${r()}${r()}${r()}`;
  }
}
