/**
 * What every validation rule receives: the structurally valid study and its id index (and, from `validateStudy`,
 * kept beside the context, the study's lenient step network, built once for every rule that reads the shape of the
 * process).
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
   * The study's graph, built leniently (`buildStudyGraphLenient`): a caller may pass one, and the rules that read
   * the shape of the process read it; a rule called without it reads the study's hand-offs itself. `validateStudy`
   * passes none: its rules share what it read of the study once.
   */
  readonly graph?: LenientStudyGraph;
}

/** A validation rule: reads the context, returns the problems it finds (possibly none). */
export type Rule = (ctx: RuleContext) => Problem[];

// The step network validateStudy built for the rules of one context (the rules that read the shape of the process
// share it: four graphs of 21 MB each at 20,000 steps were most of what validating once left for the next full
// collection). Kept beside the context, not in it: the network is internal, and the one a valid study's later runs
// share, so a rule (the public STUDY_RULES' or a user's) is never handed it.
const networks = new WeakMap<RuleContext, LenientStepNetwork>();

/**
 * The context `validateStudy` runs its rules with: the study, its index, and (kept beside it) the study's lenient
 * step network the rules share.
 *
 * @param study - the structurally valid study.
 * @param index - its id index.
 * @param network - what `buildStepNetworkLenient` returned for it.
 * @returns the rules' context.
 * @example
 * ```ts
 * STUDY_RULES.flatMap((rule) => rule(ruleContext(study, indexStudy(study), buildStepNetworkLenient(study))));
 * ```
 * @internal
 */
export function ruleContext(study: Study, index: StudyIndex, network: LenientStepNetwork): RuleContext {
  const ctx: RuleContext = { study, index };
  networks.set(ctx, network);
  return ctx;
}

/**
 * The context's lenient step network: the one `validateStudy` made for it, one read from the lenient graph it
 * carries, or one built from its study.
 *
 * @param ctx - a rule's context.
 * @returns the study's lenient step network.
 * @example
 * ```ts
 * const { network, duplicateHandoffs } = lenientNetwork(ctx);
 * ```
 * @internal
 */
export function lenientNetwork(ctx: RuleContext): LenientStepNetwork {
  const shared = networks.get(ctx);
  if (shared !== undefined) return shared;
  if (ctx.graph === undefined) return buildStepNetworkLenient(ctx.study);
  const { graph, ...left } = ctx.graph;
  return { network: networkOfGraph(graph), ...left };
}
