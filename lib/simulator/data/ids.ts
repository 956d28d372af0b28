import { hash32, hashInts } from "./prng";

/**
 * Deterministic, reversible record ids. An id carries the record's index (and a sub-index), scrambled
 * with a seed-keyed Feistel permutation and signed with a 32-bit check, so `chat(id)` can find record
 * i of a 1,000,000-chat profile without any lookup table, and ids from another seed or kind never match.
 */

const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"; // Crockford base-32, lowercase
const SUFFIX_LEN = 20; // 96 bits (+4 spare): check, scrambled index, scrambled sub-index

function feistel(key: number, x: number, decode: boolean): number {
  let l = x >>> 16;
  let r = x & 0xffff;
  const rounds = [0, 1, 2, 3];
  if (decode) {
    for (const k of rounds.reverse()) {
      const prev = l;
      l = r ^ (hashInts(key, k, prev) & 0xffff);
      r = prev;
    }
  } else {
    for (const k of rounds) {
      const next = l ^ (hashInts(key, k, r) & 0xffff);
      l = r;
      r = next;
    }
  }
  return ((l << 16) | r) >>> 0;
}

/** 20 base-32 characters for three 32-bit words (the first character carries the top 4 bits). */
function encode96(words: readonly [number, number, number]): string {
  let out = "";
  for (let i = SUFFIX_LEN - 1; i >= 0; i--) out += ALPHABET[bitsAt(words, i * 5)];
  return out;
}

/** The 5 bits starting `from` bits above the least significant bit of the 96-bit value (zero-padded). */
function bitsAt(words: readonly [number, number, number], from: number): number {
  let v = 0;
  for (let b = 4; b >= 0; b--) {
    const bit = from + b;
    const word = bit >= 96 ? 0 : words[2 - Math.floor(bit / 32)];
    v = (v << 1) | ((word >>> (bit % 32)) & 1);
  }
  return v;
}

function decode96(s: string): [number, number, number] | undefined {
  if (s.length !== SUFFIX_LEN) return undefined;
  const words: [number, number, number] = [0, 0, 0];
  for (let i = 0; i < SUFFIX_LEN; i++) {
    const v = ALPHABET.indexOf(s[i]);
    if (v < 0) return undefined;
    const low = (SUFFIX_LEN - 1 - i) * 5;
    for (let b = 0; b < 5; b++) {
      if (((v >>> b) & 1) === 0) continue;
      const bit = low + b;
      if (bit >= 96) return undefined;
      const w = 2 - Math.floor(bit / 32);
      words[w] = (words[w] | (1 << (bit % 32))) >>> 0;
    }
  }
  return words;
}

/** Multiplying by an odd constant is a bijection mod 2^32; it spreads sub-index changes over all bits. */
const ODD = 0x9e3779b1;
const ODD_INVERSE = (() => {
  let inv = ODD; // Newton's iteration doubles the correct low bits each step
  for (let i = 0; i < 5; i++) inv = Math.imul(inv, 2 - Math.imul(ODD, inv));
  return inv >>> 0;
})();

export interface IdCodec {
  make(index: number, sub?: number): string;
  parse(id: string): { index: number; sub: number } | undefined;
}

export function idCodec(seed: number, prefix: string, kind: string): IdCodec {
  const key = hash32(seed, kind);
  const subMask = (index: number) => hashInts(key, 0x5b, index, Math.floor(index / 4294967296));
  const check = (index: number, sub: number) => hashInts(key, 0xc4, index, sub);
  return {
    make(index, sub = 0) {
      const a = feistel(key, index, false);
      const b = Math.imul((sub ^ subMask(index)) >>> 0, ODD) >>> 0;
      // The check word leads so ids of neighbouring records look unrelated.
      return prefix + encode96([check(index, sub), a, b]);
    },
    parse(id) {
      if (!id.startsWith(prefix)) return undefined;
      const words = decode96(id.slice(prefix.length));
      if (!words) return undefined;
      const index = feistel(key, words[1], true);
      const sub = (Math.imul(words[2], ODD_INVERSE) ^ subMask(index)) >>> 0;
      if (words[0] !== check(index, sub)) return undefined;
      return { index, sub };
    },
  };
}

/**
 * Index of a top-level record id (sub-index 0) of `codec` below `count`; undefined for another kind's id, a child
 * record's id (a message's, a version's) or an index the world never generated.
 */
export function indexOfId(codec: IdCodec, id: string, count: number): number | undefined {
  const ref = codec.parse(id);
  return ref && ref.sub === 0 && ref.index < count ? ref.index : undefined;
}

/** A one-way id for records nobody looks up by id (activities, agents, workspaces): 96 hashed bits. */
export function hashedId(prefix: string, seed: number, key: string): string {
  const a = hash32(seed, key, 1);
  const b = hash32(seed, key, 2);
  return prefix + encode96([hash32(a, b), a, b]);
}

/** A real-looking (version 4 shaped) UUID derived from the seed and a key. */
export function seededUuid(seed: number, key: string): string {
  const base = hash32(seed, "uuid", key);
  const h = [1, 2, 3, 4].map((k) => hashInts(base, k, seed).toString(16).padStart(8, "0")).join("");
  const variant = "89ab"[parseInt(h[16], 16) % 4];
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
