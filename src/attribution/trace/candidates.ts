/**
 * The upstream candidates of a customer gap: every standard whose step lies upstream of the point (or at its
 * step) through hand-offs, and every root-cause finding there, narrowed by any reach the study declares (the rule of canAffect in graph/reach.ts: a
 * declared reach without the point removes the candidate). Each
 * candidate says what exposes a customer to it (a missed standard on the customer's own case, a wait beyond what
 * customers accept, the customers' clock) and, where it can, reads that exposure off each case.
 * @module
 */
import type { StudyReach } from "../../graph/reach.js";
import type { Standard, Study } from "../../model/study.js";
import { countsAsMiss } from "../../data/clock.js";
import { unfinishedRuleOf } from "../../data/durations.js";
import type { Exposure, NonCompliantExecution, UnreasonableStandard } from "../shared/findings.js";
import { inScope, type CaseView } from "../shared/inputs.js";
import { clockOf } from "../evidence/standards.js";

/** One candidate cause of a gap at a point. */
export interface TraceCandidate {
  /** Unique within a point: the exposure kind and its subject. */
  readonly key: string;
  readonly exposure: Exposure;
  /** The step the chain to the customer starts from. */
  readonly step: string;
  /** The finding it is, if it is one. */
  readonly finding: NonCompliantExecution | UnreasonableStandard | undefined;
  readonly post: string | undefined;
  readonly department: string | undefined;
  /**
   * Per case (index into the case view): 1 exposed, 0 not, NaN unknown (the case lacks the clock's events); cases
   * outside the standard's scope count as `outOfScope` (default 0).
   */
  readonly perCase: ((cases: CaseView, outOfScope?: OutOfScope) => Float64Array) | undefined;
  /** The events a case needs for the exposure to be read. */
  readonly events: readonly string[];
}

function misses(s: Standard, v: number): boolean {
  return s.better === "lower" ? v > s.threshold : v < s.threshold;
}

/** How a case outside a standard's scope counts: not exposed (0, within one regression) or not comparable (NaN). */
export type OutOfScope = 0 | typeof NaN;

/**
 * Exposure per case from a clock's durations: a case in the standard's scope with both events → the test; a case
 * outside the scope (by its segment, whether or not it has the events) → `outOfScope`; otherwise NaN (unknown).
 * The per-case reading follows the compliance figure's basis, so a link is measured on the cases the finding
 * counted: a duration given directly as a number is used when the clock is the metric's own (given numbers win,
 * as in `standardSample`); an unfinished case (start, no stop) counts as a miss where the standard's
 * `unfinished` rule counts it as one, and stays unknown where the rule leaves it out.
 */
function perCaseFrom(
  study: Study,
  s: Standard,
  test: (v: number, i: number) => boolean,
  clock = clockOf(study, s),
): ((cases: CaseView, outOfScope?: OutOfScope) => Float64Array) | undefined {
  if (clock === undefined) return undefined;
  const metric = study.metrics.find((m) => m.id === s.metric);
  const rule = unfinishedRuleOf(s, metric);
  const ownClock = metric?.clock !== undefined && metric.clock.start === clock.start && metric.clock.stop === clock.stop;
  // The worst value in the better direction: no threshold is met by it, as the compliance sample counts a miss.
  const worst = s.better === "lower" ? Number.MAX_VALUE : -Number.MAX_VALUE;
  return (cases, outOfScope = 0) => {
    const out = new Float64Array(cases.count).fill(NaN);
    if (s.scope.length > 0) for (let i = 0; i < cases.count; i++) if (!inScope(cases.segment(i), s.scope)) out[i] = outOfScope;
    const given = ownClock && metric !== undefined && cases.given !== undefined ? cases.given(metric.id, s.unit, s.scope) : undefined;
    const fromGiven = new Set(given?.cases ?? []);
    given?.cases.forEach((i, k) => {
      const v = given.values[k] ?? NaN;
      out[i] = Number.isFinite(v) ? (test(v, i) ? 1 : 0) : NaN;
    });
    const d = cases.durations(clock, s.unit, s.scope);
    for (let k = 0; k < d.cases.length; k++) {
      const i = d.cases[k] ?? 0;
      if (fromGiven.has(i)) continue;
      const v = d.values[k] ?? NaN;
      out[i] = Number.isFinite(v) ? (test(v, i) ? 1 : 0) : NaN;
    }
    const open = Array.from(d.open ?? []).filter((i) => !fromGiven.has(i) && cases.unknown?.(i, clock.stop) !== true);
    const time = (event: string | undefined) => (i: number): number => (event === undefined ? Number.NaN : (cases.time?.(i, event) ?? Number.NaN));
    for (const i of open) if (countsAsMiss(rule, time(clock.start)(i), time(rule.end)(i))) out[i] = test(worst, i) ? 1 : 0;
    return out;
  };
}

/**
 * How to read an exposure off each case, for the exposures a case can show (a missed standard, a wait beyond
 * what customers accept, the customers' clock); undefined for the others. A customers'-clock exposure is a case
 * that met the standard on its own clock but missed it on the customers' clock (its own misses are the
 * missed-standard exposure, so the two never count the same case).
 *
 * @param study - the study.
 * @param exposure - the exposure.
 * @returns a function from a case view to 1 / 0 / NaN per case (and how out-of-scope cases count), or undefined.
 * @example
 * ```ts
 * perCaseOf(study, { kind: "missed-standard", standard: "std_arrival_urban_45min" })?.(cases);
 * ```
 */
export function perCaseOf(study: Study, exposure: Exposure): ((cases: CaseView, outOfScope?: OutOfScope) => Float64Array) | undefined {
  if (exposure.kind === "internal-rating" || exposure.kind === "point") return undefined;
  const s = study.standards.find((x) => x.id === exposure.standard);
  if (s === undefined) return undefined;
  if (exposure.kind === "missed-standard") return perCaseFrom(study, s, (v) => misses(s, v));
  if (exposure.kind === "customer-clock") {
    const own = perCaseFrom(study, s, (v) => misses(s, v));
    const customers = perCaseFrom(study, s, (v) => misses(s, v), exposure.customerClock);
    if (own === undefined || customers === undefined) return undefined;
    return (cases, outOfScope = 0) => {
      const a = own(cases, outOfScope);
      const b = customers(cases, outOfScope);
      // Missed on its own clock: the executor's miss, not the clock's (0 here). Met on it: the customers' clock decides.
      return a.map((x, i) => (x === 1 ? 0 : x === 0 ? (b[i] ?? NaN) : x));
    };
  }
  const acceptable = exposure.acceptable;
  if (!Number.isFinite(acceptable)) return undefined;
  return perCaseFrom(study, s, (v) => (s.better === "lower" ? v > acceptable : v < acceptable));
}

/**
 * The key of a candidate's per-case exposure: its key and its exposure's parameters (a threshold the customers
 * accept, a customers' clock), so exposures kept across runs of one study and case view are never mixed up.
 *
 * @param c - the candidate.
 * @returns the key.
 * @example
 * ```ts
 * perCaseKey(candidate); // "beyond-acceptable:std_wait\u0000{…}"
 * ```
 */
export function perCaseKey(c: Pick<TraceCandidate, "key" | "exposure">): string {
  return `${c.key}\u0000${JSON.stringify(c.exposure)}`;
}

/** What the candidate search needs from the run. */
export interface CandidateContext {
  readonly study: Study;
  /** Steps upstream of the point's step (and the step itself), with their distance. */
  readonly upstream: ReadonlyMap<string, number>;
  readonly point: string;
  readonly nce: ReadonlyMap<string, NonCompliantExecution>;
  readonly us: readonly UnreasonableStandard[];
  readonly ownerOf: (step: string) => string | undefined;
  readonly departmentOf: (post: string | undefined) => string | undefined;
  /** The study's declared reach (reachOf), read once per run. */
  readonly reach: StudyReach;
}

/**
 * The candidates of one point, in a stable order (by key).
 *
 * @param ctx - the study, the point, what is upstream of it, and the run's findings.
 * @returns the candidates.
 */
export function traceCandidates(ctx: CandidateContext): TraceCandidate[] {
  const { study, upstream, point } = ctx;
  const out = new Map<string, TraceCandidate>();
  const metricStep = new Map(study.metrics.map((m) => [m.id, m] as const));
  const declared = (map: ReadonlyMap<string, ReadonlySet<string> | undefined>, id: string): boolean => map.get(id)?.has(point) ?? true;
  const stepAllows = (id: string): boolean => upstream.has(id) && declared(ctx.reach.steps, id);
  // A missed standard on the customer's own case, significant or not: its executing step must be upstream.
  for (const s of study.standards) {
    const m = metricStep.get(s.metric);
    const clock = clockOf(study, s);
    if (m === undefined || m.kind !== "duration" || clock === undefined) continue;
    if (!stepAllows(m.step) || !declared(ctx.reach.standards, s.id)) continue;
    const post = ctx.ownerOf(m.step);
    out.set(`missed-standard:${s.id}`, {
      key: `missed-standard:${s.id}`,
      exposure: { kind: "missed-standard", standard: s.id },
      step: m.step,
      finding: (ctx.nce.get(m.step)?.standards.includes(s.id) ?? false) ? ctx.nce.get(m.step) : undefined,
      post,
      department: ctx.departmentOf(post),
      perCase: perCaseOf(study, { kind: "missed-standard", standard: s.id }),
      events: [clock.start, clock.stop],
    });
  }
  // Unreasonable standards: the customers' wait beyond what they accept, or counted on their own clock.
  for (const f of ctx.us) {
    const s = study.standards.find((x) => x.id === f.standard);
    if (s === undefined || !declared(ctx.reach.standards, s.id)) continue;
    const governed = s.steps.filter(stepAllows).sort((a, b) => (upstream.get(a) ?? 0) - (upstream.get(b) ?? 0) || (a < b ? -1 : 1));
    const step = governed[0];
    if (step === undefined) continue;
    const clock = clockOf(study, s);
    if (f.via === "threshold") {
      const e = f.evidence.find((x) => x.kind === "expectation-vs-standard");
      const acceptable = e?.kind === "expectation-vs-standard" ? e.acceptableValue?.value : undefined;
      const exposure: Exposure = { kind: "beyond-acceptable", standard: s.id, acceptable: acceptable ?? NaN, unit: s.unit };
      out.set(`beyond-acceptable:${s.id}`, {
        key: `beyond-acceptable:${s.id}`,
        exposure,
        step, finding: f, post: f.post, department: f.department,
        perCase: perCaseOf(study, exposure),
        events: clock === undefined ? [] : [clock.start, clock.stop],
      });
    } else {
      const e = f.evidence.find((x) => x.kind === "clock-mismatch");
      if (e?.kind !== "clock-mismatch") continue;
      const cClock = e.customerClock;
      const exposure: Exposure = { kind: "customer-clock", standard: s.id, customerClock: cClock };
      out.set(`customer-clock:${s.id}`, {
        key: `customer-clock:${s.id}`,
        exposure,
        step, finding: f, post: f.post, department: f.department,
        // Exposed: missed on the customers' clock (the standard's own misses are the missed-standard exposure).
        perCase: perCaseOf(study, exposure),
        events: [...new Set([cClock.start, cClock.stop])],
      });
    }
  }
  // Steps found non-compliant by their internal customers only (no standard to read off the cases).
  for (const [step, f] of ctx.nce) {
    if (!stepAllows(step)) continue;
    for (const e of f.evidence) {
      if (e.kind !== "internal-rating-below-target") continue;
      const key = `internal-rating:${e.point}:${e.rater}`;
      if (f.standards.length > 0 || out.has(key)) continue;
      out.set(key, { key, exposure: { kind: "internal-rating", point: e.point, rater: e.rater }, step, finding: f, post: f.post, department: f.department, perCase: undefined, events: [] });
    }
  }
  return [...out.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
