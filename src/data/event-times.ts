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
  if (times instanceof EventTimes) return times.sparse;
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
 * grows with the times given, not with events × cases.
 */
export class EventTimeStore {
  #case = new Uint32Array(1024);
  #event = new Uint32Array(1024);
  #time = new Float64Array(1024);
  /** Line of the time, negated when it came from a wide row (a value, not a whole row). */
  #line = new Float64Array(1024);
  /** The case's previous entry, or −1. */
  #previous = new Int32Array(1024);
  /** Case → its last entry, or −1. */
  #last = new Int32Array(256).fill(-1);
  #count = 0;

  /** The entry of a case's event, or −1. */
  find(ci: number, e: number): number {
    let k = ci < this.#last.length ? (this.#last[ci] ?? -1) : -1;
    while (k >= 0 && this.#event[k] !== e) k = this.#previous[k] ?? -1;
    return k;
  }

  /** The line of an entry (negated for a wide row's value). */
  line(k: number): number {
    return this.#line[k] ?? 0;
  }

  /** The time of an entry. */
  time(k: number): number {
    return this.#time[k] ?? Number.NaN;
  }

  /** Set an entry's time and line (a case's event whose earlier time was not a number). */
  overwrite(k: number, ms: number, line: number): void {
    this.#time[k] = ms;
    this.#line[k] = line;
  }

  /** Add a case's time of an event (the caller has checked there is none). */
  add(ci: number, e: number, ms: number, line: number): void {
    if (ci >= this.#last.length) {
      let size = this.#last.length * 2;
      while (size <= ci) size *= 2;
      const last = new Int32Array(size).fill(-1);
      last.set(this.#last);
      this.#last = last;
    }
    if (this.#count === this.#case.length) this.#grow();
    const k = this.#count++;
    this.#case[k] = ci;
    this.#event[k] = e;
    this.#time[k] = ms;
    this.#line[k] = line;
    this.#previous[k] = this.#last[ci] ?? -1;
    this.#last[ci] = k;
  }

  #grow(): void {
    const size = this.#case.length * 2;
    const g = <A extends Uint32Array | Int32Array | Float64Array>(a: A): A => {
      const b = new (a.constructor as new (n: number) => A)(size);
      b.set(a);
      return b;
    };
    this.#case = g(this.#case);
    this.#event = g(this.#event);
    this.#time = g(this.#time);
    this.#line = g(this.#line);
    this.#previous = g(this.#previous);
  }

  /**
   * The entries by event, and within an event by case (two stable counting sorts); the store is emptied.
   * @param events - number of events.
   * @param cases - number of cases.
   */
  sorted(events: number, cases: number): SortedEventTimes {
    const m = this.#count;
    const byCase = new Uint32Array(cases + 1);
    for (let k = 0; k < m; k++) {
      const i = (this.#case[k] ?? 0) + 1;
      byCase[i] = (byCase[i] ?? 0) + 1;
    }
    for (let i = 0; i < cases; i++) byCase[i + 1] = (byCase[i + 1] ?? 0) + (byCase[i] ?? 0);
    const caseOrder = new Uint32Array(m);
    for (let k = 0; k < m; k++) {
      const i = this.#case[k] ?? 0;
      const at = byCase[i] ?? 0;
      caseOrder[at] = k;
      byCase[i] = at + 1;
    }
    const start = new Uint32Array(events + 1);
    for (let k = 0; k < m; k++) {
      const e = (this.#event[k] ?? 0) + 1;
      start[e] = (start[e] ?? 0) + 1;
    }
    for (let e = 0; e < events; e++) start[e + 1] = (start[e + 1] ?? 0) + (start[e] ?? 0);
    const fill = start.slice(0, events);
    const out = { start, cases: new Uint32Array(m), times: new Float64Array(m), lines: new Float64Array(m) };
    for (const k of caseOrder) {
      const e = this.#event[k] ?? 0;
      const j = fill[e] ?? 0;
      fill[e] = j + 1;
      out.cases[j] = this.#case[k] ?? 0;
      out.times[j] = this.#time[k] ?? Number.NaN;
      out.lines[j] = this.#line[k] ?? 0;
    }
    this.#case = this.#event = new Uint32Array(0);
    this.#time = this.#line = new Float64Array(0);
    this.#previous = this.#last = new Int32Array(0);
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
