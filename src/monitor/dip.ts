/**
 * Satisfaction dips on continuous surveys (e.g. return visits sampled from closed work orders). Answers to each
 * external perception question are put on the 0–100 index ((v − scale min) / (scale max − scale min) × 100) and
 * gathered in windows (a day by default). A window with enough answers is judged against the question's
 * baseline: it dips when the whole two-sided confidence interval of its mean (Student t, n − 1 degrees of
 * freedom), widened for the baseline's own error (as if the baseline were the mean of min(windows, (2 − λ)/λ)
 * windows of the same size and spread), lies below the baseline mean. The baseline is the running mean of the first windows, then an EWMA of
 * window means; a window that dipped does not enter it.
 *
 * Nominal false-alarm rate: (1 − confidence) / 2 per judged window when the baseline is exact and windows differ
 * only by sampling; day-to-day variation beyond sampling raises it (measured on null streams in
 * docs/monitoring.md).
 * @module
 */
import type { DipSettings } from "../model/monitoring.js";
import type { Scale } from "../model/study.js";
import { studentTQuantile } from "../stats/student-t-quantile.js";

/** A window whose interval lies below the baseline. */
export interface DipHit {
  readonly question: string;
  readonly windowStart: number;
  readonly n: number;
  readonly mean: number;
  readonly lower: number;
  readonly upper: number;
  readonly baseline: number;
}

interface Window {
  bin: number;
  n: number;
  sum: number;
  sumSq: number;
}

/**
 * The 0–100 index of an answer on a scale, or undefined when it is off the scale.
 *
 * @param scale - the question's scale.
 * @param v - the answer.
 * @returns the index, or undefined.
 * @example
 * ```ts
 * answerIndex({ type: "likert", points: 5 }, 4); // 75
 * answerIndex({ type: "likert", points: 5 }, 6); // undefined
 * ```
 */
export function answerIndex(scale: Scale, v: number): number | undefined {
  switch (scale.type) {
    case "likert":
      return Number.isInteger(v) && v >= 1 && v <= scale.points ? ((v - 1) / (scale.points - 1)) * 100 : undefined;
    case "score":
      return v >= 0 && v <= scale.max ? (v / scale.max) * 100 : undefined;
    case "yesno":
      return v === 0 || v === 1 ? v * 100 : undefined;
    case "numeric":
      if (scale.min !== undefined && v < scale.min) return undefined;
      if (scale.max !== undefined && v > scale.max) return undefined;
      return scale.min !== undefined && scale.max !== undefined && scale.max > scale.min ? ((v - scale.min) / (scale.max - scale.min)) * 100 : v;
  }
}

/** The dip watch of one question. */
export class DipSeries {
  readonly #question: string;
  readonly #settings: DipSettings;
  readonly #binMs: number;
  #cur: Window | undefined;
  #prev: Window | undefined;
  #base = 0;
  #windows = 0;
  /** Windows judged, and answers in windows too small to judge. */
  judged = 0;
  tooSmall = 0;

  /**
   * @param question - the question id.
   * @param settings - the study's dip settings.
   */
  constructor(question: string, settings: DipSettings) {
    this.#question = question;
    this.#settings = settings;
    this.#binMs = settings.binMinutes * 60_000;
  }

  /**
   * Add one answer (on the index) at a time not older than one window behind the newest.
   * @param time - epoch ms.
   * @param index - the answer on the 0–100 index.
   * @param out - hits of windows closed by this answer.
   */
  add(time: number, index: number, out: DipHit[]): void {
    const bin = Math.floor(time / this.#binMs);
    if (this.#cur === undefined) this.#cur = { bin, n: 0, sum: 0, sumSq: 0 };
    else if (bin > this.#cur.bin) {
      if (this.#prev !== undefined) this.#judge(this.#prev, out);
      if (bin === this.#cur.bin + 1) this.#prev = this.#cur;
      else {
        this.#judge(this.#cur, out);
        this.#prev = undefined;
      }
      this.#cur = { bin, n: 0, sum: 0, sumSq: 0 };
    }
    const w = bin === this.#cur.bin ? this.#cur : bin === this.#prev?.bin ? this.#prev : undefined;
    if (w === undefined) return;
    w.n++;
    w.sum += index;
    w.sumSq += index * index;
  }

  /**
   * Close the windows that ended at least `lateness` before `time`.
   * @param time - stream time now.
   * @param latenessMs - how late answers may come.
   * @param out - hits.
   */
  advance(time: number, latenessMs: number, out: DipHit[]): void {
    if (this.#prev !== undefined && (this.#prev.bin + 1) * this.#binMs + latenessMs <= time) {
      this.#judge(this.#prev, out);
      this.#prev = undefined;
    }
    if (this.#cur !== undefined && (this.#cur.bin + 1) * this.#binMs + latenessMs <= time) {
      this.#judge(this.#cur, out);
      this.#cur = undefined;
    }
  }

  #judge(w: Window, out: DipHit[]): void {
    const s = this.#settings;
    if (w.n < s.minAnswers) {
      this.tooSmall += w.n;
      return;
    }
    this.judged++;
    const mean = w.sum / w.n;
    const variance = Math.max(0, (w.sumSq - w.n * mean * mean) / (w.n - 1));
    // The baseline is itself an estimate, from about min(windows, (2 − λ)/λ) windows of similar size: its
    // variance widens the interval of the difference (window − baseline) by that share.
    const effective = Math.max(1, Math.min(this.#windows, (2 - s.smoothing) / s.smoothing));
    const half = studentTQuantile(1 - (1 - s.confidence) / 2, w.n - 1) * Math.sqrt((variance / w.n) * (1 + 1 / effective));
    const upper = mean + half;
    if (this.#windows >= s.warmup && upper < this.#base) {
      out.push({ question: this.#question, windowStart: w.bin * this.#binMs, n: w.n, mean, lower: mean - half, upper, baseline: this.#base });
      return;
    }
    this.#base = this.#windows < 1 / s.smoothing ? this.#base + (mean - this.#base) / (this.#windows + 1) : this.#base + s.smoothing * (mean - this.#base);
    this.#windows++;
  }
}
