/**
 * Memory bounded by time, not by stream length: a set and a map that remember keys for at least a horizon of
 * stream time and at most two. Two generations are kept; when stream time passes the current generation's end,
 * the older one is dropped and a new one begins. O(1) per operation, no sweeps.
 * @module
 */

/** A set of keys remembered for between one and two horizons of stream time. */
export class TimedSet {
  #cur = new Set<string>();
  #old = new Set<string>();
  #end = Number.NaN;
  readonly #horizon: number;

  /**
   * @param horizonMs - the shortest time a key is remembered.
   */
  constructor(horizonMs: number) {
    this.#horizon = horizonMs;
  }

  /**
   * Add a key seen at a time.
   * @param key - the key.
   * @param time - stream time (epoch ms).
   * @returns false when the key was already remembered (a duplicate), true when it is new.
   */
  add(key: string, time: number): boolean {
    this.#rotate(time);
    if (this.#cur.has(key) || this.#old.has(key)) return false;
    this.#cur.add(key);
    return true;
  }

  /** Keys remembered now. */
  get size(): number {
    return this.#cur.size + this.#old.size;
  }

  #rotate(time: number): void {
    if (Number.isNaN(this.#end)) this.#end = time + this.#horizon;
    if (time < this.#end) return;
    // After a gap longer than two horizons both generations are stale.
    this.#old = time < this.#end + this.#horizon ? this.#cur : new Set();
    this.#cur = new Set();
    this.#end = time + this.#horizon;
  }
}

/** A map from key to a number, remembered for between one and two horizons of stream time after its last set. */
export class TimedMap {
  #cur = new Map<string, number>();
  #old = new Map<string, number>();
  #end = Number.NaN;
  readonly #horizon: number;

  /**
   * @param horizonMs - the shortest time a key is remembered after it was last set.
   */
  constructor(horizonMs: number) {
    this.#horizon = horizonMs;
  }

  /**
   * The value of a key, if remembered.
   * @param key - the key.
   * @returns the value, or undefined.
   */
  get(key: string): number | undefined {
    return this.#cur.get(key) ?? this.#old.get(key);
  }

  /**
   * Set a key's value at a time.
   * @param key - the key.
   * @param value - the value.
   * @param time - stream time (epoch ms).
   */
  set(key: string, value: number, time: number): void {
    if (Number.isNaN(this.#end)) this.#end = time + this.#horizon;
    if (time >= this.#end) {
      this.#old = time < this.#end + this.#horizon ? this.#cur : new Map();
      this.#cur = new Map();
      this.#end = time + this.#horizon;
    }
    this.#cur.set(key, value);
  }

  /** Keys remembered now (a key in both generations counts twice). */
  get size(): number {
    return this.#cur.size + this.#old.size;
  }
}
