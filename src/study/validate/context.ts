/**
 * What every validation rule receives: the structurally valid study and its id index.
 * @module
 */
import type { Problem } from "../../core/problem.js";
import type { StudyIndex } from "../../model/index-by-id.js";
import type { Study } from "../../model/study.js";

/** The input of a validation rule. */
export interface RuleContext {
  readonly study: Study;
  readonly index: StudyIndex;
}

/** A validation rule: reads the context, returns the problems it finds (possibly none). */
export type Rule = (ctx: RuleContext) => Problem[];
