/**
 * What every validation rule receives: the structurally valid study, its id index and, from `validateStudy`, the
 * study's lenient step network, built once for every rule that reads the shape of the process.
 * @module
 */
import type { Problem } from "../../core/problem.js";
import type { LenientStudyGraph } from "../../graph/build.js";
import { networkOfGraph } from "../../graph/graph-adjacency.js";
import { buildStepNetworkLenient, type LenientStepNetwork } from "../../graph/step-network.js";
import type { StudyIndex } from "../../model/index-by-id.js";
import type { Study } from "../../model/study.js";

/** The input of a validation rule. */
export interface RuleContext {
  readonly study: Study;
  readonly index: StudyIndex;
  /**
   * The study's graph, built leniently (`buildStudyGraphLenient`): a caller may pass one, and the rules read it
   * (as a step network read from it). `validateStudy` passes `network` instead.
   */
  readonly graph?: LenientStudyGraph;
  /**
   * The study's step network, built leniently. `validateStudy` passes it, so the rules that read the shape of the
   * process share one (four graphs of 21 MB each at 20,000 steps were most of what validating once left for the
   * next full collection); a rule called without it or `graph` builds its own (`lenientNetwork(ctx)`).
   * @internal
   */
  readonly network?: LenientStepNetwork;
}

/** A validation rule: reads the context, returns the problems it finds (possibly none). */
export type Rule = (ctx: RuleContext) => Problem[];

/**
 * The context's lenient step network: the one it carries, one read from the lenient graph it carries, or one
 * built from its study.
 *
 * @param ctx - a rule's context.
 * @returns the study's lenient step network.
 * @example
 * ```ts
 * const { network, duplicateHandoffs } = lenientNetwork(ctx);
 * ```
 */
export function lenientNetwork(ctx: RuleContext): LenientStepNetwork {
  if (ctx.network !== undefined) return ctx.network;
  if (ctx.graph === undefined) return buildStepNetworkLenient(ctx.study);
  const { graph, ...left } = ctx.graph;
  return { network: networkOfGraph(graph), ...left };
}
