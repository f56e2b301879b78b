/**
 * The event times of loaded case records, held sparse: per event, only the cases that have a time for it (case
 * indexes ascending, with their times). A case usually reaches a few of a study's events (its own theme's), so a
 * dense column per event over every case grew with events × cases: 14,000 events × 120,000 cases at 20,000 steps
 * is 13 GB. The map still reads as event id → a dense column over all cases (NaN where the case has no time), built
 * on each `get`; code that reads every case's events goes through {@link eventTimeEntries} instead.
 * @module
 */

/** One event's times: the cases that have one, ascending, and their times (NaN for a time revoked at load). */
export interface SparseEventColumn {
  readonly cases: Uint32Array;
  readonly times: Float64Array;
}

/**
 * The sparse columns of each {@link EventTimes}, by the map: {@link eventTimeEntries} and the attribution find a
 * loaded map's sparse columns here instead of testing `instanceof EventTimes`, so a bundle that never loads case
 * records (the attribution reads them as given) does not carry the class.
 */
const SPARSE = /* @__PURE__ */ new WeakMap<object, ReadonlyMap<string, SparseEventColumn>>();

/**
 * Event id → the time of the event per case, in epoch milliseconds, NaN where the case has none: a `Map` whose
 * columns are made on demand from sparse storage. Each `get` (and each value iterated) returns a fresh copy, so
 * writing into a column changes nothing in the records.
 */
export class EventTimes extends Map<string, Float64Array> {
  readonly #count: number;
  readonly #columns: ReadonlyMap<string, SparseEventColumn>;

  /**
   * @param count - number of cases (the length of every dense column).
   * @param columns - event id → its sparse column, in the study's event order.
   */
  constructor(count: number, columns: ReadonlyMap<string, SparseEventColumn>) {
    super();
    this.#count = count;
    this.#columns = columns;
    SPARSE.set(this, columns);
  }

  /** The sparse columns (event id → cases and times), without making dense ones. */
  get sparse(): ReadonlyMap<string, SparseEventColumn> {
    return this.#columns;
  }

  #dense(c: SparseEventColumn): Float64Array {
    const out = new Float64Array(this.#count).fill(Number.NaN);
    for (let k = 0; k < c.cases.length; k++) out[c.cases[k] ?? 0] = c.times[k] ?? Number.NaN;
    return out;
  }

  override get(event: string): Float64Array | undefined {
    const c = this.#columns.get(event);
    return c === undefined ? undefined : this.#dense(c);
  }

  override has(event: string): boolean {
    return this.#columns.has(event);
  }

  override get size(): number {
    return this.#columns.size;
  }

  override keys(): MapIterator<string> {
    return this.#columns.keys();
  }

  override *values(): MapIterator<Float64Array> {
    for (const c of this.#columns.values()) yield this.#dense(c);
  }

  override *entries(): MapIterator<[string, Float64Array]> {
    for (const [e, c] of this.#columns) yield [e, this.#dense(c)];
  }

  /** Each event with its dense column over every case (a fresh copy each time), as `entries()` gives them. */
  override [Symbol.iterator](): MapIterator<[string, Float64Array]> {
    return this.entries();
  }

  override forEach(fn: (value: Float64Array, key: string, map: Map<string, Float64Array>) => void, thisArg?: unknown): void {
    for (const [e, c] of this.#columns) fn.call(thisArg, this.#dense(c), e, this);
  }

  // Records are read-only: the columns are not stored in the Map itself, so these would silently do nothing.
  override set(): this {
    throw new TypeError("gaptrace: case records' event times are read-only.");
  }

  override delete(): boolean {
    throw new TypeError("gaptrace: case records' event times are read-only.");
  }

  override clear(): void {
    throw new TypeError("gaptrace: case records' event times are read-only.");
  }
}

/**
 * Each event's cases and times, without a dense column per event: sparse for records loaded by the readers, and
 * made from the dense columns of any other map.
 *
 * @param times - the records' `times`.
 * @returns event id → the cases with a time for it (ascending) and their times, in the map's event order.
 * @example
 * ```ts
 * for (const [event, { cases, times }] of eventTimeEntries(records.times)) console.log(event, cases.length);
 * ```
 */
export function eventTimeEntries(times: ReadonlyMap<string, Float64Array>): ReadonlyMap<string, SparseEventColumn> {
  const sparse = sparseColumnsOf(times);
  if (sparse !== undefined) return sparse;
  const out = new Map<string, SparseEventColumn>();
  for (const [e, col] of times) {
    let m = 0;
    for (const t of col) if (!Number.isNaN(t)) m++;
    const cases = new Uint32Array(m);
    const values = new Float64Array(m);
    let k = 0;
    for (let i = 0; i < col.length; i++) {
      const t = col[i] ?? Number.NaN;
      if (Number.isNaN(t)) continue;
      cases[k] = i;
      values[k++] = t;
    }
    out.set(e, { cases, times: values });
  }
  return out;
}

/**
 * The sparse columns of an {@link EventTimes} (its `sparse`), or `undefined` for any other map: the test
 * `times instanceof EventTimes` without naming the class.
 *
 * @param times - event times.
 * @returns the sparse columns, or `undefined`.
 * @example
 * ```ts
 * sparseColumnsOf(records.times) !== undefined; // loaded by the readers: columns made on each read
 * ```
 * @internal
 */
export function sparseColumnsOf(times: ReadonlyMap<string, Float64Array>): ReadonlyMap<string, SparseEventColumn> | undefined {
  return SPARSE.get(times);
}

/** The sorted entries of an {@link EventTimeStore}: per event a range of cases (ascending), times and lines. */
export interface SortedEventTimes {
  /** Event index → first entry of its range (length events + 1). */
  readonly start: Uint32Array;
  readonly cases: Uint32Array;
  readonly times: Float64Array;
  readonly lines: Float64Array;
}

/**
 * Event times while case rows are read: one entry per (case, event) given, in arrival order, each case's entries
 * chained (so a duplicate is found among the case's own few events), sorted by event then case at the end. Memory
 * grows with the times given, not with events × cases. Entries are kept in blocks of 65,536 that are never copied:
 * columns grown by doubling held twice the entries at their largest (2 million slots for the 1.07 million times
 * of 20,000 steps) and left every smaller copy as garbage.
 */
export class EventTimeStore {
  readonly #bits: number;
  readonly #mask: number;
  #event: Uint32Array[] = [];
  #time: Float64Array[] = [];
  /** Line of the time, negated when it came from a wide row (a value, not a whole row). */
  #line: Float64Array[] = [];
  /** The case's previous entry, or −1. */
  #previous: Int32Array[] = [];
  /** Case → its last entry, or −1. */
  #last = new Int32Array(256).fill(-1);
  #count = 0;

  /**
   * @param blockBits - entries per block, as a power of 2 (tests use small blocks to cross their edges).
   */
  constructor(blockBits = 16) {
    this.#bits = blockBits;
    this.#mask = (1 << blockBits) - 1;
  }

  /** The entry of a case's event, or −1. */
  find(ci: number, e: number): number {
    let k = ci < this.#last.length ? (this.#last[ci] ?? -1) : -1;
    while (k >= 0) {
      const b = k >>> this.#bits;
      const o = k & this.#mask;
      if ((this.#event[b] as Uint32Array)[o] === e) return k;
      k = (this.#previous[b] as Int32Array)[o] ?? -1;
    }
    return -1;
  }

  /** The line of an entry (negated for a wide row's value). */
  line(k: number): number {
    return this.#line[k >>> this.#bits]?.[k & this.#mask] ?? 0;
  }

  /** The time of an entry. */
  time(k: number): number {
    return this.#time[k >>> this.#bits]?.[k & this.#mask] ?? Number.NaN;
  }

  /** Set an entry's time and line (a case's event whose earlier time was not a number). */
  overwrite(k: number, ms: number, line: number): void {
    (this.#time[k >>> this.#bits] as Float64Array)[k & this.#mask] = ms;
    (this.#line[k >>> this.#bits] as Float64Array)[k & this.#mask] = line;
  }

  /** Add a case's time of an event (the caller has checked there is none). */
  add(ci: number, e: number, ms: number, line: number): void {
    if (ci >= this.#last.length) {
      // At least 256: after sorted() the list is empty, and doubling 0 never reaches ci.
      let size = Math.max(256, this.#last.length * 2);
      while (size <= ci) size *= 2;
      const last = new Int32Array(size).fill(-1);
      last.set(this.#last);
      this.#last = last;
    }
    const k = this.#count++;
    const b = k >>> this.#bits;
    const o = k & this.#mask;
    if (b === this.#event.length) {
      const n = this.#mask + 1;
      this.#event.push(new Uint32Array(n));
      this.#time.push(new Float64Array(n));
      this.#line.push(new Float64Array(n));
      this.#previous.push(new Int32Array(n));
    }
    (this.#event[b] as Uint32Array)[o] = e;
    (this.#time[b] as Float64Array)[o] = ms;
    (this.#line[b] as Float64Array)[o] = line;
    (this.#previous[b] as Int32Array)[o] = this.#last[ci] ?? -1;
    this.#last[ci] = k;
  }

  /**
   * The entries by event, and within an event by case (a counting sort by event over the cases in order, each
   * case's own entries, one per event, read along its chain); the store is emptied.
   * @param events - number of events.
   * @param cases - number of cases.
   */
  sorted(events: number, cases: number): SortedEventTimes {
    const m = this.#count;
    const start = new Uint32Array(events + 1);
    for (let k = 0; k < m; k++) {
      const e = ((this.#event[k >>> this.#bits] as Uint32Array)[k & this.#mask] ?? 0) + 1;
      start[e] = (start[e] ?? 0) + 1;
    }
    for (let e = 0; e < events; e++) start[e + 1] = (start[e + 1] ?? 0) + (start[e] ?? 0);
    const fill = start.slice(0, events);
    const out = { start, cases: new Uint32Array(m), times: new Float64Array(m), lines: new Float64Array(m) };
    const last = this.#last;
    for (let ci = 0; ci < Math.min(cases, last.length); ci++) {
      for (let k = last[ci] ?? -1; k >= 0; ) {
        const b = k >>> this.#bits;
        const o = k & this.#mask;
        const e = (this.#event[b] as Uint32Array)[o] ?? 0;
        const j = fill[e] ?? 0;
        fill[e] = j + 1;
        out.cases[j] = ci;
        out.times[j] = (this.#time[b] as Float64Array)[o] ?? Number.NaN;
        out.lines[j] = (this.#line[b] as Float64Array)[o] ?? 0;
        k = (this.#previous[b] as Int32Array)[o] ?? -1;
      }
    }
    this.#event = [];
    this.#time = [];
    this.#line = [];
    this.#previous = [];
    this.#last = new Int32Array(0);
    this.#count = 0;
    return out;
  }
}

/**
 * The time a sorted event range gives a case: binary search of the case among the event's cases.
 *
 * @param s - the sorted entries.
 * @param e - the event index.
 * @param ci - the case index.
 * @returns the entry index, or −1 when the case has no time for the event.
 */
export function sortedEntry(s: SortedEventTimes, e: number, ci: number): number {
  let lo = s.start[e] ?? 0;
  let hi = s.start[e + 1] ?? 0;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((s.cases[mid] ?? 0) < ci) lo = mid + 1;
    else hi = mid;
  }
  return lo < (s.start[e + 1] ?? 0) && s.cases[lo] === ci ? lo : -1;
}
