/**
 * A typed column of numbers appended one at a time, in blocks that are never copied: blocks double from 1,024
 * values to 65,536, then stay at that size, and {@link BlockColumn.toArray} copies them once into an array of the
 * exact length. A column grown by doubling and copying holds up to twice its values at its largest, leaves every
 * smaller copy for the collector (long-lived, so only a full collection frees it), and a final `slice` copies it
 * once more: for the 531,000 answers of 20,000 steps, 21 MB of capacity and 21 MB of garbage against 11 MB of
 * answers.
 * @module
 */

/** The typed arrays a block column holds. */
export type ColumnArray = Uint8Array | Uint32Array | Int32Array | Float64Array;

const FIRST = 1 << 10;
const LARGEST = 1 << 16;

/**
 * An append-only typed column in blocks.
 * @internal
 */
export class BlockColumn<A extends ColumnArray> {
  readonly #make: (n: number) => A;
  readonly #largest: number;
  readonly #first: number;
  #full: A[] = [];
  #fullLength = 0;
  #current: A;
  #at = 0;

  /**
   * @param make - makes an array of the column's type, e.g. `(n) => new Float64Array(n)`.
   * @param largest - the largest block (a power of 2; tests use small ones to cross block edges).
   * @param first - the first block's size.
   */
  constructor(make: (n: number) => A, largest = LARGEST, first = Math.min(FIRST, largest)) {
    this.#make = make;
    this.#largest = largest;
    this.#first = Math.max(1, first);
    this.#current = make(this.#first);
  }

  /** The number of values appended. */
  get length(): number {
    return this.#fullLength + this.#at;
  }

  /**
   * Append a value.
   * @param v - the value (stored as the array type stores it).
   */
  push(v: number): void {
    if (this.#at === this.#current.length) this.#next();
    this.#current[this.#at++] = v;
  }

  #next(): void {
    // After toArray the current block is empty: start again at the first size (doubling 0 stays 0).
    if (this.#at > 0) this.#full.push(this.#current);
    this.#fullLength += this.#at;
    this.#current = this.#make(Math.min(Math.max(this.#current.length * 2, this.#first), this.#largest));
    this.#at = 0;
  }

  /**
   * The values in one array of the exact length; the column is emptied (its blocks are let go) and may be filled
   * again.
   * @returns the values, in the order appended.
   */
  toArray(): A {
    const out = this.#make(this.length);
    let o = 0;
    for (const b of this.#full) {
      out.set(b, o);
      o += b.length;
    }
    out.set(this.#current.subarray(0, this.#at), o);
    this.#full = [];
    this.#fullLength = 0;
    this.#current = this.#make(0);
    this.#at = 0;
    return out;
  }
}
