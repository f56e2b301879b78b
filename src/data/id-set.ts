/**
 * A compact set of ids that numbers them in order of arrival: the respondents (wave × id) of a response load. The
 * ids are kept as their UTF-16 code units in one arena with an open-addressing table beside it, a few dozen bytes per id
 * instead of a `Map` entry and a string each, so memory follows the number of respondents closely.
 * @internal
 * @module
 */

/**
 * Ids numbered from 0 in order of arrival, each a pair of texts (e.g. wave and respondent id).
 *
 * @example
 * ```ts
 * const ids = new IdSet();
 * ids.indexOf("2026", "r1"); // -1: new, numbered 0 (-(index + 1))
 * ids.indexOf("2026", "r1"); // 0
 * ids.size; // 1
 * ```
 * @internal
 */
export class IdSet {
  #arena = new Uint16Array(1 << 16);
  #used = 0;
  /** Per id: where its bytes start in the arena (and, at `size`, where the next would). */
  #offsets: Int32Array<ArrayBuffer> = new Int32Array(1024);
  #hashes: Int32Array<ArrayBuffer> = new Int32Array(1024);
  /** Slots: id + 1, or 0 for empty. */
  #table = new Int32Array(2048);
  #size = 0;
  #scratch = new Uint16Array(256);

  /** How many ids. */
  get size(): number {
    return this.#size;
  }

  /**
   * The number of an id, added when new.
   * @param a - its first part (e.g. the wave).
   * @param b - its second part (e.g. the respondent id).
   * @returns its number when it was there; `-(number + 1)` when it is new (and now numbered so).
   */
  indexOf(a: string, b: string): number {
    // The code units of both parts, a NUL between them (the same ids as a "\0"-joined key).
    const len = a.length + b.length + 1;
    if (len > this.#scratch.length) this.#scratch = new Uint16Array(len * 2);
    const s = this.#scratch;
    let h = 0x811c9dc5;
    for (let i = 0; i < a.length; i++) {
      const c = a.charCodeAt(i);
      s[i] = c;
      h = Math.imul(h ^ c, 0x01000193);
    }
    s[a.length] = 0;
    h = Math.imul(h, 0x01000193);
    for (let i = 0, o = a.length + 1; i < b.length; i++, o++) {
      const c = b.charCodeAt(i);
      s[o] = c;
      h = Math.imul(h ^ c, 0x01000193);
    }
    const mask = this.#table.length - 1;
    let slot = h & mask;
    for (;;) {
      const k = (this.#table[slot] as number) - 1;
      if (k < 0) break;
      if (this.#hashes[k] === h) {
        const o = this.#offsets[k] as number;
        if ((this.#offsets[k + 1] as number) - o === len) {
          let j = 0;
          while (j < len && this.#arena[o + j] === s[j]) j++;
          if (j === len) return k;
        }
      }
      slot = (slot + 1) & mask;
    }
    const k = this.#size++;
    this.#add(k, h, s, len);
    this.#table[slot] = k + 1;
    if (this.#size * 2 > this.#table.length) this.#rehash();
    return -(k + 1);
  }

  #add(k: number, h: number, s: Uint16Array, len: number): void {
    if (k + 2 > this.#offsets.length) {
      this.#offsets = grow(this.#offsets, this.#offsets.length * 2);
      this.#hashes = grow(this.#hashes, this.#hashes.length * 2);
    }
    if (this.#used + len > this.#arena.length) {
      const arena = new Uint16Array(Math.max(this.#arena.length * 2, this.#used + len));
      arena.set(this.#arena.subarray(0, this.#used));
      this.#arena = arena;
    }
    this.#arena.set(s.subarray(0, len), this.#used);
    this.#offsets[k] = this.#used;
    this.#hashes[k] = h;
    this.#used += len;
    this.#offsets[k + 1] = this.#used;
  }

  #rehash(): void {
    const table = new Int32Array(this.#table.length * 2);
    const mask = table.length - 1;
    for (let k = 0; k < this.#size; k++) {
      let slot = (this.#hashes[k] as number) & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = k + 1;
    }
    this.#table = table;
  }
}

function grow(a: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(length);
  out.set(a);
  return out;
}
