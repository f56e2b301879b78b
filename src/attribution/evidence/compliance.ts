/**
 * A standard's compliance sample from a case view, on the same rules as the data module's `complianceFor`: a
 * duration given directly as a number where a case has one (and the standard counts on its metric's own clock),
 * else the clock's events; unfinished cases (started, never stopped, the stop not merely unknown) counted as misses,
 * left out, or left out when short, by the standard's (or its metric's) rule; and the abandonment counts beside it.
 * The execution evidence and the wave comparison read compliance only through this, so both count alike.
 * @module
 */
import { complianceBasis, type BasisText } from "../../data/basis.js";
import { complianceSample, countUnfinished, leftOutOfAbandonment, type UnfinishedCounts } from "../../data/clock.js";
import { unfinishedRuleOf } from "../../data/durations.js";
import type { Basis, Clock, Standard, Study } from "../../model/study.js";
import type { CaseView } from "../shared/inputs.js";

/** What a standard's compliance is computed from, in one case view. */
export interface StandardSample {
  /** The measured durations, in the standard's unit. */
  readonly values: readonly number[];
  /** The sample of the share: the values with each unfinished case counted as a miss added (see `complianceSample`). */
  readonly sample: readonly number[];
  /** How the unfinished cases were counted. */
  readonly unfinished: UnfinishedCounts;
  /** Cases that reached the clock's start (less those left out as short): the abandonment figure's denominator. */
  readonly started: number;
  /** Of the measured cases, those measured from a number given in the data. */
  readonly given: number;
  /** Cases with a number given for the metric that the standard cannot use: it counts on another clock. */
  readonly givenOtherClock: number;
  /** Cases whose duration cannot be put in the standard's unit. */
  readonly unconverted: number;
  /** The computed basis and its sentences. */
  readonly basis: Basis;
  readonly basisText: BasisText;
}

/**
 * The compliance sample of a standard in a case view.
 *
 * @param study - the study.
 * @param cases - the case view (one wave).
 * @param s - the standard.
 * @param clock - the clock it counts on (its own, or its metric's).
 * @returns the sample, the unfinished and abandonment counts and the computed basis.
 * @example
 * ```ts
 * const x = standardSample(study, caseView(records), standard, clockOf(study, standard)!);
 * x.unfinished.misses; // abandoned calls counted as misses under count: miss
 * ```
 */
export function standardSample(study: Study, cases: CaseView, s: Standard, clock: Clock): StandardSample {
  const { values: measuredValues, ...rest } = standardMeasures(study, cases, s, clock);
  const values = Array.from(measuredValues);
  // Read now: a study edited in place before the sample is read must not change what was measured.
  const better = s.better;
  const misses = rest.unfinished.misses;
  return {
    values,
    // Made when read (the wave comparison reads it; the figures of a case view read the values only).
    get sample(): readonly number[] {
      return complianceSample(values, misses, better);
    },
    ...rest,
  };
}

/** What {@link standardSample} gives, less the sample, with the measured values in a typed array of their own. */
export type StandardMeasures = Omit<StandardSample, "values" | "sample"> & { readonly values: Float64Array };

/**
 * {@link standardSample}'s figures with the values in a typed array the caller owns (it may sort it in place): the
 * same values in the same order, written once at their final place instead of pushed onto a list that grows by
 * copies (a first call measures every standard; the copies were garbage promoted while the call peaked).
 *
 * @param study - the study.
 * @param cases - the case view (one wave).
 * @param s - the standard.
 * @param clock - the clock it counts on.
 * @returns the measured values, the unfinished and abandonment counts and the computed basis.
 * @example
 * ```ts
 * standardMeasures(study, caseView(records), standard, clockOf(study, standard)!).values.length;
 * ```
 */
export function standardMeasures(study: Study, cases: CaseView, s: Standard, clock: Clock): StandardMeasures {
  const metric = study.metrics.find((m) => m.id === s.metric);
  const rule = unfinishedRuleOf(s, metric);
  const otherClock = s.clock !== undefined && (metric?.clock === undefined || metric.clock.start !== s.clock.start || metric.clock.stop !== s.clock.stop);
  const g = metric === undefined || cases.given === undefined ? undefined : cases.given(metric.id, s.unit, s.scope);
  const usable = otherClock ? undefined : g;
  const fromGiven = new Set(usable?.cases ?? []);
  const d = cases.durations(clock, s.unit, s.scope);
  const given = usable?.values ?? [];
  const buffer = new Float64Array(given.length + d.values.length);
  let n = 0;
  for (let k = 0; k < given.length; k++) {
    const v = given[k] as number;
    if (Number.isFinite(v)) buffer[n++] = v;
  }
  for (let k = 0; k < d.cases.length; k++) {
    const v = d.values[k] ?? Number.NaN;
    if (Number.isFinite(v) && (fromGiven.size === 0 || !fromGiven.has(d.cases[k] as number))) buffer[n++] = v;
  }
  const values = n === buffer.length ? buffer : buffer.slice(0, n);
  const open = Array.from(d.open ?? []).filter((i) => !fromGiven.has(i) && cases.unknown?.(i, clock.stop) !== true);
  const time = (event: string | undefined) => (i: number): number => (event === undefined ? Number.NaN : (cases.time?.(i, event) ?? Number.NaN));
  const unfinished = countUnfinished(open, time(clock.start), time(rule.end), rule);
  const unconverted = (d.unconverted ?? 0) + (usable?.unconverted ?? 0);
  const givenUsed = usable?.cases.length ?? 0;
  const b = metric === undefined ? undefined : complianceBasis(study, s, metric, { clock, rule, given: givenUsed > 0 });
  return {
    values,
    unfinished,
    started: n + unconverted + unfinished.cases - leftOutOfAbandonment(unfinished),
    given: givenUsed,
    givenOtherClock: otherClock ? (g?.cases.length ?? 0) : 0,
    unconverted,
    basis: b?.basis ?? [],
    basisText: b?.text ?? { en: "", zh: "" },
  };
}
