/**
 * Small, fast, seedable randomness. Every record draws from its own generator seeded by
 * (seed, collection, index), so `at(i)` is O(1) and the same whatever order records are asked for.
 */

/** 32-bit murmur3-style hash over the parts (numbers are mixed as integers, strings per UTF-16 unit). */
export function hash32(...parts: readonly (number | string)[]): number {
  let h = 0x9747b28c;
  for (const part of parts) {
    if (typeof part === "number" && Number.isSafeInteger(part)) {
      h = round(h, 0x6e756d00); // type tag keeps 1 and "1" apart
      h = round(h, part >>> 0);
      h = round(h, Math.floor(part / 4294967296) >>> 0);
    } else {
      const s = String(part);
      h = round(h, 0x73747200 ^ s.length);
      for (let i = 0; i < s.length; i++) h = round(h, s.charCodeAt(i));
    }
  }
  return mix32(h);
}

/** Fixed-arity integer hash for hot paths (no argument array, no strings). */
export function hashInts(a: number, b: number, c = 0, d = 0): number {
  let h = round(0x3c6ef372, a | 0);
  h = round(h, b | 0);
  h = round(h, c | 0);
  h = round(h, d | 0);
  return mix32(h);
}

function round(h: number, k0: number): number {
  let k = Math.imul(k0, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  let x = h ^ k;
  x = (x << 13) | (x >>> 19);
  return (Math.imul(x, 5) + 0xe6546b64) | 0;
}

export function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [0, n). */
  int(n: number): number;
  /** Integer in [lo, hi]. */
  range(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
}

/** mulberry32: tiny and good enough for synthetic data. A class, so no closures are built per record. */
class Mulberry32 implements Rng {
  private a: number;
  constructor(seed32: number) {
    this.a = seed32 >>> 0;
  }
  next(): number {
    this.a = (this.a + 0x6d2b79f5) >>> 0;
    let t = this.a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
}

export function rngFrom(seed32: number): Rng {
  return new Mulberry32(seed32);
}

export function rngFor(...parts: readonly (number | string)[]): Rng {
  return rngFrom(hash32(...parts));
}
