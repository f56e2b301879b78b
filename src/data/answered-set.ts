/**
 * Which (respondent, question) pairs a response reader has already kept, so a repeated answer is found: in pages
 * of 4,096 respondents, each page a small hash set of the pairs it holds until a bit per respondent × question
 * takes less room. A bit per pair for every respondent grew with respondents × questions: at 20,000 steps (5,300
 * questions, 120,000 respondents answering four or five each) 82 MB for 531,000 answers, where the pairs
 * themselves need about 4 MB. A study with few questions (up to 512, the bits of a respondent no more than 64
 * bytes) gets bit pages straight away, as before.
 * @module
 */

/** Respondents per page. */
const PAGE_BITS = 12;
const PAGE_MASK = (1 << PAGE_BITS) - 1;
/** Words (of 32 questions) of a respondent up to which pages are bits from the start. */
const DENSE_WORDS = 16;
/** Slots of a new page's hash set. */
const FIRST_SLOTS = 64;
const EMPTY = -1;

/**
 * A set of (respondent index, question index) pairs, paged by respondent.
 * @internal
 */
export class AnsweredSet {
  readonly #questions: number;
  readonly #words: number;
  /** Slots of a page's hash set beyond which its bits take less room. */
  readonly #maxSlots: number;
  /** Per page: its bits (a word per 32 questions per respondent), when it has them. */
  readonly #dense: (Uint32Array | undefined)[] = [];
  /** Per page: its hash set of `local respondent × questions + question` (−1 empty, linear probing). */
  readonly #sparse: (Int32Array | undefined)[] = [];
  /** Per page: the pairs in its hash set. */
  readonly #filled: number[] = [];

  /**
   * @param questions - the number of questions (question indexes are below it).
   */
  constructor(questions: number) {
    this.#questions = Math.max(1, questions);
    this.#words = Math.ceil(this.#questions / 32);
    // A page's keys must fit in 31 bits; beyond that (over 500,000 questions) pages are bits.
    const fits = (PAGE_MASK + 1) * this.#questions < 2 ** 31;
    this.#maxSlots = this.#words <= DENSE_WORDS || !fits ? 0 : ((PAGE_MASK + 1) * this.#words) / 2;
  }

  /**
   * Whether a pair is in the set.
   * @param ri - the respondent index.
   * @param qi - the question index.
   * @returns whether it was added.
   */
  has(ri: number, qi: number): boolean {
    const p = ri >>> PAGE_BITS;
    const bits = this.#dense[p];
    if (bits !== undefined) return ((bits[(ri & PAGE_MASK) * this.#words + (qi >>> 5)] ?? 0) & (1 << (qi & 31))) !== 0;
    const slots = this.#sparse[p];
    return slots !== undefined && slots[slotOf(slots, (ri & PAGE_MASK) * this.#questions + qi)] !== EMPTY;
  }

  /**
   * Add a pair (nothing happens when it is in the set).
   * @param ri - the respondent index.
   * @param qi - the question index.
   */
  add(ri: number, qi: number): void {
    const p = ri >>> PAGE_BITS;
    let bits = this.#dense[p];
    if (bits === undefined) {
      let slots = this.#sparse[p];
      if (slots === undefined && this.#maxSlots > 0) this.#sparse[p] = slots = new Int32Array(FIRST_SLOTS).fill(EMPTY);
      if (slots !== undefined) {
        const key = (ri & PAGE_MASK) * this.#questions + qi;
        const s = slotOf(slots, key);
        if (slots[s] !== EMPTY) return;
        const filled = (this.#filled[p] ?? 0) + 1;
        if (filled * 2 <= slots.length) {
          slots[s] = key;
          this.#filled[p] = filled;
          return;
        }
        if (slots.length * 2 <= this.#maxSlots) {
          this.#sparse[p] = slots = rehash(slots, slots.length * 2);
          slots[slotOf(slots, key)] = key;
          this.#filled[p] = filled;
          return;
        }
      }
      bits = this.#toBits(p);
    }
    const w = (ri & PAGE_MASK) * this.#words + (qi >>> 5);
    bits[w] = (bits[w] ?? 0) | (1 << (qi & 31));
  }

  /** A page's bits, made from its hash set when it has one. */
  #toBits(p: number): Uint32Array {
    const bits = new Uint32Array((PAGE_MASK + 1) * this.#words);
    const slots = this.#sparse[p];
    if (slots !== undefined) {
      for (const key of slots) {
        if (key === EMPTY) continue;
        const local = Math.floor(key / this.#questions);
        const qi = key - local * this.#questions;
        const w = local * this.#words + (qi >>> 5);
        bits[w] = (bits[w] ?? 0) | (1 << (qi & 31));
      }
      this.#sparse[p] = undefined;
      this.#filled[p] = 0;
    }
    this.#dense[p] = bits;
    return bits;
  }
}

/** The slot of a key in a hash set: where it is, or the empty slot where it would go. */
function slotOf(slots: Int32Array, key: number): number {
  const mask = slots.length - 1;
  let s = Math.imul(key, 0x9e3779b1) >>> 0;
  s = (s ^ (s >>> 15)) & mask;
  for (;;) {
    const k = slots[s] as number;
    if (k === key || k === EMPTY) return s;
    s = (s + 1) & mask;
  }
}

function rehash(slots: Int32Array, size: number): Int32Array {
  const out = new Int32Array(size).fill(EMPTY);
  for (const key of slots) if (key !== EMPTY) out[slotOf(out, key)] = key;
  return out;
}
