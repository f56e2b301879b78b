/**
 * Complaint surges (投诉突增): complaints of one kind (overall, and per region) are counted in fixed windows; each
 * window's count is compared with an upper control limit at the mean the baseline expects for that window: the
 * exact Poisson limit (see {@link poissonUpperLimit}) widened for the baseline's own error, i.e. the limit of the
 * negative-binomial predictive distribution of a Poisson count whose mean is estimated from the windows seen
 * (see {@link predictiveUpperLimit}). The baseline is seasonal (one mean per time of day, or of week):
 * each slot's mean starts as the running mean of its first windows and then follows an exponentially weighted
 * moving average (EWMA, weight λ; Roberts 1959, Hunter 1986). A window alarms as soon as its count reaches the
 * limit (and the study's minimum count), so the detection delay is the time to gather that many complaints,
 * not a window's length. Windows that alarmed enter the baseline capped at limit − 1, so an outbreak does not
 * teach the baseline that it is normal, while a lasting change of level is still learnt, slowly.
 *
 * Nominal false-alarm rate: at most α per window per watched series under the predictive distribution (the limit
 * is conservative, being discrete); the rate measured on null streams is reported in docs/monitoring.md.
 * @module
 */
import type { SurgeSettings } from "../model/monitoring.js";
import { predictiveUpperLimit } from "./poisson.js";

/** One watched series (a kind, or a kind in a region). */
interface Series {
  readonly mean: Float64Array;
  readonly seen: Uint32Array;
  cur: number;
  curCount: number;
  curLimit: number;
  curMean: number;
  prevCount: number;
  prevLimit: number;
  prevMean: number;
  /** The first window seen: windows before it are not learnt as empty. */
  first: number;
}

/** A surge window that reached its limit, or a further complaint in such a window. */
export interface SurgeHit {
  /** Complaints the hit adds to the incident (the whole window's count when it first alarms, then 1 each). */
  readonly n: number;
  /** The window's start (epoch ms) and its count so far. */
  readonly windowStart: number;
  readonly count: number;
  /** The baseline mean and the limit of the window. */
  readonly baseline: number;
  readonly limit: number;
}

const PERIOD_MINUTES = { none: 0, daily: 1440, weekly: 10_080 } as const;

/** The surge detector of one kind (overall or in a region). */
export class SurgeSeries {
  readonly #s: Series;
  readonly #settings: SurgeSettings;
  readonly #binMs: number;
  readonly #slots: number;
  readonly #limits = new Map<number, number>();

  /**
   * @param settings - the study's surge settings.
   */
  constructor(settings: SurgeSettings) {
    this.#settings = settings;
    this.#binMs = settings.binMinutes * 60_000;
    const period = PERIOD_MINUTES[settings.season];
    this.#slots = period === 0 ? 1 : Math.max(1, Math.round(period / settings.binMinutes));
    this.#s = { mean: new Float64Array(this.#slots), seen: new Uint32Array(this.#slots), cur: Number.NaN, curCount: 0, curLimit: 0, curMean: 0, prevCount: 0, prevLimit: 0, prevMean: 0, first: Number.NaN };
  }

  /**
   * Count one complaint at a time (not older than one window behind the newest: the monitor's lateness rule).
   * @param time - epoch ms.
   * @returns the hit when the complaint's window is (now) beyond its limit, else undefined.
   */
  add(time: number): SurgeHit | undefined {
    const s = this.#s;
    const bin = Math.floor(time / this.#binMs);
    if (Number.isNaN(s.cur)) {
      s.first = bin;
      this.#open(bin);
    }
    else if (bin > s.cur) this.#roll(bin);
    if (bin === s.cur) {
      s.curCount++;
      return this.#check(bin, s.curCount, s.curLimit, s.curMean);
    }
    if (bin === s.cur - 1) {
      s.prevCount++;
      return this.#check(bin, s.prevCount, s.prevLimit, s.prevMean);
    }
    return undefined;
  }

  #check(bin: number, count: number, limit: number, mean: number): SurgeHit | undefined {
    if (limit === 0 || count < limit) return undefined;
    return { n: count === limit ? count : 1, windowStart: bin * this.#binMs, count, baseline: mean, limit };
  }

  #open(bin: number): void {
    const s = this.#s;
    s.cur = bin;
    s.curCount = 0;
    const slot = bin % this.#slots;
    s.curMean = s.mean[slot] ?? 0;
    s.curLimit = (s.seen[slot] ?? 0) >= this.#settings.warmup ? this.#limit(s.curMean, s.seen[slot] ?? 0) : 0;
  }

  #limit(mean: number, seen: number): number {
    // The baseline rests on about min(seen, (2 − λ)/λ) windows (the EWMA's effective size).
    const windows = Math.max(1, Math.min(seen, Math.round((2 - this.#settings.smoothing) / this.#settings.smoothing)));
    // Limits depend on the mean and the windows only; rounding the mean to 3 decimals lets busy series share them.
    const key = Math.round(mean * 1000) * 1024 + Math.min(windows, 1023);
    let c = this.#limits.get(key);
    if (c === undefined) {
      c = Math.max(this.#settings.minCount, predictiveUpperLimit(Math.round(mean * 1000) / 1000, windows, this.#settings.alpha));
      if (this.#limits.size > 4096) this.#limits.clear();
      this.#limits.set(key, c);
    }
    return c;
  }

  #learn(bin: number, count: number, limit: number): void {
    const s = this.#s;
    if (bin < s.first) return;
    const slot = bin % this.#slots;
    const x = limit > 0 && count >= limit ? limit - 1 : count;
    const n = s.seen[slot] ?? 0;
    const m = s.mean[slot] ?? 0;
    s.mean[slot] = n < 1 / this.#settings.smoothing ? m + (x - m) / (n + 1) : m + this.#settings.smoothing * (x - m);
    if (n < 0xffffffff) s.seen[slot] = n + 1;
  }

  #roll(bin: number): void {
    const s = this.#s;
    // The window before the current one is final now; so is the current one unless it becomes the previous.
    this.#learn(s.cur - 1, s.prevCount, s.prevLimit);
    if (bin > s.cur + 1) {
      this.#learn(s.cur, s.curCount, s.curLimit);
      // Empty windows in between teach the baseline zeros; after many periods of silence the slots are ~0 anyway.
      const gap = Math.min(bin - s.cur - 2, this.#slots * 64);
      for (let b = bin - 1 - gap; b < bin - 1; b++) this.#learn(b, 0, 0);
      s.prevCount = 0;
      const prevSlot = (bin - 1) % this.#slots;
      s.prevMean = s.mean[prevSlot] ?? 0;
      s.prevLimit = (s.seen[prevSlot] ?? 0) >= this.#settings.warmup ? this.#limit(s.prevMean, s.seen[prevSlot] ?? 0) : 0;
    } else {
      s.prevCount = s.curCount;
      s.prevLimit = s.curLimit;
      s.prevMean = s.curMean;
    }
    this.#open(bin);
  }
}
