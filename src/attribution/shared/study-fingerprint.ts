/**
 * What a cache kept per study object reads of it, as a fingerprint: a study edited in place between two calls (a
 * notebook changing a threshold or moving a point) then gets fresh figures, as a fresh copy of it would. Studies are
 * meant to be treated as immutable, but a stale answer after an edit would be a silent wrong result, so the caches
 * check. The fingerprint is a 128-bit hash (MurmurHash3's x86 128-bit mixing) of the parts' values, walked in
 * place: every string's length and characters, every number's 64 bits, every array's length, every object's keys
 * in their order, each value tagged with its kind. Until issue 12 part 3f it was the parts' JSON text: about 2–3 MB
 * a cache kept per study at 20,000 steps, and one such text made by every cache on every call (large strings go
 * straight to the old generation, so each stayed until a full collection). About 8–12 ms for the parts of a
 * 20,000-step study once optimised (the JSON text took 6–10), 30–90 ms on a first call.
 * @internal
 * @module
 */
import type { Study } from "../../model/study.js";

/**
 * A fingerprint of the parts of a study a cache depends on: equal parts give the same fingerprint; any change to a
 * value, a key, an array's length or a value's kind gives another, except with the chance of a 128-bit hash
 * collision (of the order of 2⁻¹²⁸ for two unrelated contents). It is not a cryptographic hash: contents crafted to
 * collide are easy to make, but a study is its user's own. A collision after an edit in place would let a cache give
 * the figures of the study as it was before the edit. Stricter than the JSON text it replaces: key order,
 * `undefined`, `-0`, the contents of a `Map` or `Set` and a value with `toJSON` (a `Date`) against what it gives
 * count too (a spurious difference only recomputes). A hole in an array counts as `undefined`, as in JSON.
 *
 * @param study - the study.
 * @param parts - the top-level fields the cached figures read.
 * @returns 32 hexadecimal digits.
 * @example
 * ```ts
 * studyFingerprint(study, "standards", "metrics"); // "9f0c…" (32 digits)
 * ```
 */
export function studyFingerprint(study: Study, ...parts: readonly (keyof Study)[]): string {
  const h = new Murmur128();
  h.word(parts.length);
  for (const k of parts) {
    h.text(k);
    hashValue(h, study[k], 0);
  }
  return h.digest();
}

/** Kinds of value, fed before each value so that, say, "1" and 1 or [] and {} differ. */
const KIND = { undefined: 1, null: 2, false: 3, true: 4, number: 5, string: 6, array: 7, object: 8, map: 9, set: 10, other: 11, json: 12, deep: 13 } as const;

/**
 * Deeper than this (a study's parts are a few levels deep), the value is taken for a cycle and fed as its JSON text:
 * JSON.stringify throws its TypeError for a cycle, as it did before, and the walk stays far from the stack's limit
 * (at 4,096 levels a cycle overflowed it, a RangeError, before JSON.stringify was reached).
 */
const MAX_DEPTH = 256;

function hashValue(h: Murmur128, v: unknown, depth: number): void {
  if (depth > MAX_DEPTH) {
    h.word(KIND.deep);
    h.text(JSON.stringify(v) ?? "");
    return;
  }
  if (v === undefined) h.word(KIND.undefined);
  else if (v === null) h.word(KIND.null);
  else if (typeof v === "boolean") h.word(v ? KIND.true : KIND.false);
  else if (typeof v === "number") {
    h.word(KIND.number);
    h.number(v);
  } else if (typeof v === "string") {
    h.word(KIND.string);
    h.text(v);
  } else if (Array.isArray(v)) {
    h.word(KIND.array);
    h.word(v.length);
    for (const x of v) hashValue(h, x, depth + 1);
  } else if (v instanceof Map || v instanceof Set) {
    h.word(v instanceof Map ? KIND.map : KIND.set);
    h.word(v.size);
    for (const x of v) hashValue(h, x, depth + 1);
  } else if (typeof v === "object") {
    const json = (v as { toJSON?: unknown }).toJSON;
    if (typeof json === "function") {
      h.word(KIND.json);
      return hashValue(h, (json as () => unknown).call(v), depth + 1);
    }
    const keys = Object.keys(v);
    h.word(KIND.object);
    h.word(keys.length);
    for (const k of keys) {
      h.text(k);
      hashValue(h, (v as Record<string, unknown>)[k], depth + 1);
    }
  } else {
    h.word(KIND.other);
    h.text(String(v));
  }
}

/** The float64 of a number, read as two 32-bit words. */
const numberBits = new Float64Array(1);
const numberWords = new Uint32Array(numberBits.buffer);

/**
 * MurmurHash3 x86_128 (Austin Appleby, public domain) over a stream of 32-bit words, taken four at a time (one
 * 16-byte block); the tail and the finalisation as the reference code does them, the length in bytes.
 */
class Murmur128 {
  #h1 = 0x9747b28c;
  #h2 = 0x9747b28c;
  #h3 = 0x9747b28c;
  #h4 = 0x9747b28c;
  readonly #block = new Uint32Array(4);
  #filled = 0;
  #words = 0;

  /** Feed one 32-bit word (the low 32 bits of an integer). */
  word(x: number): void {
    this.#block[this.#filled++] = x >>> 0;
    this.#words++;
    if (this.#filled === 4) {
      this.#mix(this.#block[0] ?? 0, this.#block[1] ?? 0, this.#block[2] ?? 0, this.#block[3] ?? 0);
      this.#filled = 0;
    }
  }

  /** Feed a number's 64 bits (NaN, −0 and 0 each as they are stored). */
  number(x: number): void {
    numberBits[0] = x;
    this.word(numberWords[0] ?? 0);
    this.word(numberWords[1] ?? 0);
  }

  /** Feed a string: its length, then its UTF-16 code units two to a word. */
  text(s: string): void {
    this.word(s.length);
    let i = 0;
    for (; i + 1 < s.length; i += 2) this.word(s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16));
    if (i < s.length) this.word(s.charCodeAt(i));
  }

  #mix(k1: number, k2: number, k3: number, k4: number): void {
    const c1 = 0x239b961b, c2 = 0xab0e9789, c3 = 0x38b34ae5, c4 = 0xa1e38b93;
    let h1 = this.#h1, h2 = this.#h2, h3 = this.#h3, h4 = this.#h4;
    k1 = Math.imul(rotl(Math.imul(k1, c1), 15), c2);
    h1 ^= k1;
    h1 = (Math.imul(rotl(h1, 19) + h2, 5) + 0x561ccd1b) | 0;
    k2 = Math.imul(rotl(Math.imul(k2, c2), 16), c3);
    h2 ^= k2;
    h2 = (Math.imul(rotl(h2, 17) + h3, 5) + 0x0bcaa747) | 0;
    k3 = Math.imul(rotl(Math.imul(k3, c3), 17), c4);
    h3 ^= k3;
    h3 = (Math.imul(rotl(h3, 15) + h4, 5) + 0x96cd1c35) | 0;
    k4 = Math.imul(rotl(Math.imul(k4, c4), 18), c1);
    h4 ^= k4;
    h4 = (Math.imul(rotl(h4, 13) + h1, 5) + 0x32ac3b17) | 0;
    this.#h1 = h1;
    this.#h2 = h2;
    this.#h3 = h3;
    this.#h4 = h4;
  }

  /** The 128 bits as 32 hexadecimal digits. */
  digest(): string {
    const words = this.#words;
    // The tail: a block filled with zeros, mixed as the reference code mixes its tail (the same rounds, no chaining).
    if (this.#filled > 0) {
      const c1 = 0x239b961b, c2 = 0xab0e9789, c3 = 0x38b34ae5, c4 = 0xa1e38b93;
      const [t1 = 0, t2 = 0, t3 = 0] = this.#block.subarray(0, this.#filled);
      if (this.#filled > 2) this.#h3 ^= Math.imul(rotl(Math.imul(t3, c3), 17), c4);
      if (this.#filled > 1) this.#h2 ^= Math.imul(rotl(Math.imul(t2, c2), 16), c3);
      this.#h1 ^= Math.imul(rotl(Math.imul(t1, c1), 15), c2);
    }
    const bytes = words * 4;
    let h1 = this.#h1 ^ bytes, h2 = this.#h2 ^ bytes, h3 = this.#h3 ^ bytes, h4 = this.#h4 ^ bytes;
    h1 = (h1 + h2 + h3 + h4) | 0;
    h2 = (h2 + h1) | 0;
    h3 = (h3 + h1) | 0;
    h4 = (h4 + h1) | 0;
    h1 = fmix32(h1);
    h2 = fmix32(h2);
    h3 = fmix32(h3);
    h4 = fmix32(h4);
    h1 = (h1 + h2 + h3 + h4) | 0;
    h2 = (h2 + h1) | 0;
    h3 = (h3 + h1) | 0;
    h4 = (h4 + h1) | 0;
    return [h1, h2, h3, h4].map((x) => (x >>> 0).toString(16).padStart(8, "0")).join("");
  }
}

function rotl(x: number, r: number): number {
  return (x << r) | (x >>> (32 - r));
}

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}
