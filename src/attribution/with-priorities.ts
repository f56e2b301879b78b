/**
 * `withPriorities`: the priorities (key-driver importance × gap, and the importance–performance grid) of an
 * attribution, added to it. {@link attribute} answers which post causes which gap; what to improve first is a
 * further reading of the same wave's survey, made here, so an application that does not show priorities does not
 * carry Johnson's relative weights and the grid.
 * @module
 */
import { UsageError } from "../core/errors.js";
import { isRecord, requireArgument, requireStudy } from "../model/arguments.js";
import type { Study } from "../model/study.js";
import type { Attribution, AttributionData } from "./attribute.js";
import { requireData } from "./attribute.js";
import { prioritize } from "./priority.js";
import { surveyInput } from "./summary/input.js";

/**
 * The attribution with its priorities: per theme, each point's importance to overall satisfaction (Johnson's
 * relative weights, or stated importance where the theme has no overall question) times its gap, and its
 * importance–performance quadrant (see {@link prioritize}). They are computed from the wave the attribution read,
 * with its options, and its target tests decide the quadrants. Reports show them when the result has them.
 *
 * @param study - the study the result was attributed for.
 * @param result - the result of {@link attribute} (or a wave of {@link compareWaves}, {@link whatIf}).
 * @param data - the data the result was attributed from: the same responses (a table, a view or a survey
 *   summary); without responses there are no priorities (an empty list).
 * @returns a copy of the result with `priorities`; the result given is not changed.
 * @throws {@link core!UsageError} when the result is not an attribution of this study, or the responses lack its
 *   wave.
 * @example
 * ```ts
 * const result = withPriorities(study, attribute(study, data), data);
 * result.priorities?.[0]?.points[0]?.quadrant; // "concentrate-here"
 * ```
 */
export function withPriorities(study: Study, result: Attribution, data: AttributionData): Attribution {
  requireStudy("withPriorities", study);
  requireAttribution("withPriorities", study, result);
  requireData("withPriorities", data);
  const input = surveyInput(study, data.responses, { ...result.options, wave: result.wave });
  if (input.wave !== undefined && input.wave !== result.wave)
    throw new UsageError("withPriorities", `the responses are of wave ${JSON.stringify(input.wave)}, the attribution of wave ${JSON.stringify(result.wave)}.`, "Pass the data the result was attributed from.");
  const priorities = input.stats === undefined ? [] : prioritize(study, input.stats, result.options, result.tests);
  // In 0.2's place, after `undecided`: a result written as JSON reads as it did when attribute computed them.
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(result)) {
    if (key === "priorities") continue;
    out[key] = value;
    if (key === "undecided") out.priorities = priorities;
  }
  if (!("priorities" in out)) out.priorities = priorities;
  return out as unknown as Attribution;
}

/**
 * Check the attribution argument of a function that adds to one: a result of {@link attribute} for this study.
 *
 * @param fn - the public function's name.
 * @param study - the study.
 * @param result - the argument.
 * @internal
 */
export function requireAttribution(fn: string, study: Study, result: unknown): asserts result is Attribution {
  requireArgument(
    fn,
    "second",
    result,
    "an attribution (the result of attribute)",
    (v) => isRecord(v) && typeof v.study === "string" && typeof v.wave === "string" && isRecord(v.options) && Array.isArray(v.findings) && Array.isArray(v.tests),
    "Pass the result of attribute(study, data), e.g. withPriorities(study, attribute(study, data), data).",
  );
  const { study: of } = result as Attribution;
  if (of !== study.id) throw new UsageError(fn, `the attribution is of study ${JSON.stringify(of)}, not ${JSON.stringify(study.id)}.`, "Pass the study the result was attributed for.");
}
