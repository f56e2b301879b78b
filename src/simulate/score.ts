/**
 * Scoring an attribution against a simulation's truth: which planted causes it recovered (right tag, right
 * place, right post), which it missed, and which findings are spurious (neither planted nor a known
 * consequence of a planted cause). This is how the engine is proved right, and how the sample-size curve in
 * docs/recovery.md is made.
 * @module
 */
import type { Attribution } from "../attribution/attribute.js";
import type { Finding } from "../attribution/findings.js";
import type { Study } from "../model/study.js";
import type { ResolvedCause, SimulationTruth } from "./plant.js";

/** The score of one attribution against its truth. */
export interface RecoveryScore {
  readonly planted: number;
  readonly recovered: readonly ResolvedCause[];
  readonly missed: readonly ResolvedCause[];
  /** Findings explained by the truth: planted causes and their known consequences. */
  readonly expected: readonly Finding[];
  /** Findings the truth does not explain. */
  readonly spurious: readonly Finding[];
  /** recovered / planted (1 when nothing was planted). */
  readonly recoveryRate: number;
  /** spurious / all findings (0 when there are none). */
  readonly spuriousRate: number;
  /**
   * Customer gaps traced to the wrong place: a gap that a planted root cause produced but whose causes do not
   * include it, or a planted customer dissatisfaction (which has no process cause) traced to something.
   */
  readonly misattributed: readonly string[];
}

function matches(study: Study, c: ResolvedCause, f: Finding): boolean {
  switch (c.tag) {
    case "non-compliant-execution":
      return f.tag === "non-compliant-execution" && f.step === c.step && f.post === c.post;
    case "unreasonable-standard":
      return f.tag === "unreasonable-standard" && f.standard === c.standard && f.via === (c.via ?? "threshold") && f.post === c.post && f.department === c.department;
    case "customer-dissatisfaction": {
      const layer = study.blueprints.flatMap((b) => b.steps).find((s) => s.id === c.steps[0])?.layer;
      return f.tag === "customer-dissatisfaction" && f.point === c.point && (layer === "customer" || f.post === c.post);
    }
  }
}

/**
 * Score an attribution against the truth of the simulation it ran on.
 *
 * @param study - the study.
 * @param truth - the simulation's truth.
 * @param result - the attribution of the simulated data.
 * @returns recovered, missed and spurious, with rates.
 * @example
 * ```ts
 * const data = simulateStudy(study, { plant });
 * const score = scoreRecovery(study, data.truth, attribute(study, { responses: collectResponses(study, responseRows(data)), cases: data.cases }));
 * score.recoveryRate; // 1
 * ```
 */
export function scoreRecovery(study: Study, truth: SimulationTruth, result: Attribution): RecoveryScore {
  const recovered: ResolvedCause[] = [];
  const missed: ResolvedCause[] = [];
  const expected = new Set<Finding>();
  for (const c of truth.planted) {
    const hit = result.findings.filter((f) => matches(study, c, f));
    if (hit.length > 0) recovered.push(c);
    else missed.push(c);
    for (const f of hit) expected.add(f);
  }
  const affected = new Set(truth.affectedPoints.map((a) => a.point));
  const metricStep = new Map(study.metrics.map((m) => [m.id, m.step] as const));
  const inducedSteps = new Set(truth.inducedStandards.map((x) => metricStep.get(study.standards.find((s) => s.id === x.standard)?.metric ?? "")));
  for (const f of result.findings) {
    if (f.tag === "customer-dissatisfaction" && affected.has(f.point)) expected.add(f);
    if (f.tag === "non-compliant-execution" && inducedSteps.has(f.step)) expected.add(f);
  }
  const spurious = result.findings.filter((f) => !expected.has(f));
  const rootId = (c: ResolvedCause): string | undefined =>
    c.tag === "non-compliant-execution" ? `nce:${c.step}` : c.tag === "unreasonable-standard" ? `us:${c.standard}:${c.via ?? "threshold"}` : undefined;
  const misattributed: string[] = [];
  for (const f of result.findings) {
    if (f.tag !== "customer-dissatisfaction") continue;
    const planted = truth.planted.find((c) => c.tag === "customer-dissatisfaction" && c.point === f.point);
    if (planted !== undefined && !f.unexplained) misattributed.push(`${f.id}: planted without a process cause, but traced to ${f.causes.map((c) => c.finding).join(", ")}`);
    const roots = (truth.affectedPoints.find((a) => a.point === f.point)?.causes ?? []).map((i) => truth.planted[i]).filter((c): c is ResolvedCause => c !== undefined).map(rootId).filter((x): x is string => x !== undefined);
    if (roots.length > 0 && !f.causes.some((c) => roots.includes(c.finding))) misattributed.push(`${f.id}: produced by ${roots.join(", ")} but traced to ${f.causes.map((c) => c.finding).join(", ") || "nothing"}`);
  }
  return {
    planted: truth.planted.length,
    recovered,
    missed,
    expected: [...expected],
    spurious,
    recoveryRate: truth.planted.length === 0 ? 1 : recovered.length / truth.planted.length,
    spuriousRate: result.findings.length === 0 ? 0 : spurious.length / result.findings.length,
    misattributed,
  };
}
