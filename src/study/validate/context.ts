/**
 * What every validation rule receives: the structurally valid study, its id index and, from `validateStudy`, the
 * study's lenient graph, built once for every rule that reads the shape of the process.
 * @module
 */
import type { Problem } from "../../core/problem.js";
import { buildStudyGraphLenient, type LenientStudyGraph } from "../../graph/build.js";
import type { StudyIndex } from "../../model/index-by-id.js";
import type { Study } from "../../model/study.js";

/** The input of a validation rule. */
export interface RuleContext {
  readonly study: Study;
  readonly index: StudyIndex;
  /**
   * The study's graph, built leniently (`buildStudyGraphLenient`). `validateStudy` passes it, so the four rules
   * that read it share one graph (at 20,000 steps each graph is about 21 MB, and four of them, each outliving a
   * few young collections, were most of what validating left for the next full collection); a rule called without
   * it builds its own (`lenientGraph(ctx)` in src/study/validate).
   */
  readonly graph?: LenientStudyGraph;
}

/** A validation rule: reads the context, returns the problems it finds (possibly none). */
export type Rule = (ctx: RuleContext) => Problem[];

/**
 * The context's lenient graph, or one built from its study when the context has none.
 *
 * @param ctx - a rule's context.
 * @returns the study's lenient graph.
 * @example
 * ```ts
 * const { graph, duplicateHandoffs } = lenientGraph(ctx);
 * ```
 */
export function lenientGraph(ctx: RuleContext): LenientStudyGraph {
  return ctx.graph ?? buildStudyGraphLenient(ctx.study);
}
