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

/** A map from key to value, remembered for between one and two horizons of stream time after its last set. */
export class TimedMap<K = string, V = number> {
  #cur = new Map<K, V>();
  #old = new Map<K, V>();
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
  get(key: K): V | undefined {
    return this.#cur.get(key) ?? this.#old.get(key);
  }

  /**
   * Set a key's value at a time.
   * @param key - the key.
   * @param value - the value.
   * @param time - stream time (epoch ms).
   */
  set(key: K, value: V, time: number): void {
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

/**
 * Whether an item was seen before under a key within the map's horizon; if not, it is remembered. Items under
 * one key are kept as one value or a short list, so the common case (one item per key) allocates nothing more.
 *
 * @param map - the memory.
 * @param key - the key (a time, a case, a customer).
 * @param item - the item.
 * @param same - whether two items are the same event.
 * @param time - stream time.
 * @returns true for a duplicate.
 */
export function seenBefore<K, T>(map: TimedMap<K, T | T[]>, key: K, item: T, same: (a: T, b: T) => boolean, time: number): boolean {
  const had = map.get(key);
  if (had === undefined) {
    map.set(key, item, time);
    return false;
  }
  if (Array.isArray(had)) {
    if (had.some((x) => same(x, item))) return true;
    had.push(item);
    map.set(key, had, time);
    return false;
  }
  if (same(had, item)) return true;
  map.set(key, [had, item], time);
  return false;
}
