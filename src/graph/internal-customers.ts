/**
 * Internal customers (内部客户制): upstream and downstream posts are each other's customers, the downstream post
 * being the internal customer of the upstream one. Two views: the pairs the survey declares (internal questions
 * whose rater post rates a step) and the pairs the blueprint implies (hand-offs between steps of different posts).
 * @module
 */
import type { Study } from "../model/study.js";
import type { StepAdjacency } from "./adjacency.js";
import type { StudyGraph } from "./build.js";
import { graphAdjacency } from "./graph-adjacency.js";
import { compareIds } from "./ids.js";
import { interactionPoints } from "./interaction-points.js";
import { downstreamIn } from "./walk.js";

/** A rater post and the step it rates at one evaluation point, from the study's internal questions. */
export type InternalCustomerPair = {
  /** The evaluation point the questions belong to. */
  point: string;
  /** The post answering: the (supposed) internal customer. */
  rater: string;
  /** The step being rated. */
  ratedStep: string;
  /** The accountable post of the rated step: the provider; `undefined` when the step is unknown or has no owner. */
  ratedOwner: string | undefined;
  /** The internal questions this rater answers at the point, in study order. */
  questions: string[];
  /**
   * True when the rater owns or contributes to a step downstream of the rated step (rework hand-offs not
   * followed); the validator reports the pairs where it is false.
   */
  raterIsDownstream: boolean;
  /** The downstream steps the rater owns or contributes to, nearest first: the evidence for `raterIsDownstream`. */
  raterDownstreamSteps: string[];
};

/**
 * The internal-customer pairs the survey declares: one per evaluation point and rater post of its internal
 * questions, with whether the rater really works downstream of the step it rates.
 *
 * @param study - The study.
 * @param graph - Its graph.
 * @returns The pairs in study order (evaluation points, then first question of each rater).
 * @example
 * ```ts
 * internalCustomerPairs(study, graph).filter((p) => !p.raterIsDownstream);
 * // [{ point: "ep-repair", rater: "storekeeper", ratedStep: "repair", ratedOwner: "crew", ... }]
 * ```
 */
export function internalCustomerPairs(study: Study, graph: StudyGraph): InternalCustomerPair[] {
  return internalCustomerPairsIn(study, graphAdjacency(graph));
}

/**
 * The internal-customer pairs the survey declares, read from the study's steps and hand-offs however they are held
 * (the step network the validator builds, or a graph through its adapter).
 *
 * @param study - the study.
 * @param adj - its steps and hand-offs.
 * @returns the pairs, as {@link internalCustomerPairs} gives them.
 * @example
 * ```ts
 * internalCustomerPairsIn(study, buildStepNetworkLenient(study).network);
 * ```
 * @internal
 */
export function internalCustomerPairsIn<N>(study: Study, adj: StepAdjacency<N>): InternalCustomerPair[] {
  const pairs: InternalCustomerPair[] = [];
  const downstreamCache = new Map<string, string[]>();
  for (const point of study.evaluationPoints) {
    const byRater = new Map<string, string[]>();
    for (const q of point.questions) {
      if (q.audience.kind !== "internal") continue;
      const questions = byRater.get(q.audience.rater);
      if (questions === undefined) byRater.set(q.audience.rater, [q.id]);
      else questions.push(q.id);
    }
    // Early termination: no internal questions here.
    if (byRater.size === 0) continue;
    const node = adj.find(point.step);
    let downstream = downstreamCache.get(point.step);
    if (downstream === undefined) {
      downstream = node !== undefined ? downstreamIn(adj, point.step).map((r) => r.step) : [];
      downstreamCache.set(point.step, downstream);
    }
    const ratedOwner = node !== undefined ? adj.owner(node) : undefined;
    for (const [rater, questions] of byRater) {
      const raterDownstreamSteps = downstream.filter((id) => {
        const step = adj.step(adj.find(id)!)!;
        return step.owner === rater || step.contributors.includes(rater);
      });
      pairs.push({
        point: point.id,
        rater,
        ratedStep: point.step,
        ratedOwner,
        questions,
        raterIsDownstream: raterDownstreamSteps.length > 0,
        raterDownstreamSteps,
      });
    }
  }
  return pairs;
}

/** A provider post and its internal customer, as implied by the hand-offs of the blueprints. */
export type StructuralInternalCustomerPair = {
  /** The owner of the upstream steps. */
  provider: string;
  /** The owner of the downstream steps: the internal customer. */
  internalCustomer: string;
  /** The hand-offs that make the pair, in study order. */
  handoffs: { key: string; from: string; to: string; theme: string; rework: boolean }[];
};

/**
 * Every (provider → internal customer) pair of posts implied by a hand-off between non-customer steps of
 * different owners (an internal-support interaction point).
 *
 * @param graph - The study graph.
 * @param opts - `includeRework` (default false): also count rework hand-offs, which run back upstream.
 * @returns The pairs sorted by provider, then internal customer.
 * @example
 * ```ts
 * structuralInternalCustomerPairs(graph).map((p) => `${p.provider}→${p.internalCustomer}`);
 * // ["agent→dispatcher", "dispatcher→crew", "dispatcher→storekeeper", "storekeeper→crew"]
 * ```
 */
export function structuralInternalCustomerPairs(
  graph: StudyGraph,
  opts?: { includeRework?: boolean },
): StructuralInternalCustomerPair[] {
  const includeRework = opts?.includeRework === true;
  const pairs = new Map<string, StructuralInternalCustomerPair>();
  for (const point of interactionPoints(graph)) {
    if (point.kind !== "internal-support" || (point.rework && !includeRework)) continue;
    // JSON keeps the pair key unambiguous whatever characters the post ids hold.
    const pairKey = JSON.stringify([point.provider, point.internalCustomer]);
    let pair = pairs.get(pairKey);
    if (pair === undefined) {
      pair = { provider: point.provider, internalCustomer: point.internalCustomer, handoffs: [] };
      pairs.set(pairKey, pair);
    }
    pair.handoffs.push({
      key: point.key,
      from: point.from.id,
      to: point.to.id,
      theme: point.theme,
      rework: point.rework,
    });
  }
  return [...pairs.values()].sort(
    (a, b) => compareIds(a.provider, b.provider) || compareIds(a.internalCustomer, b.internalCustomer),
  );
}
