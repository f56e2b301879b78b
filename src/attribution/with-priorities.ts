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
import { isSurveySummary } from "./shared/survey-summary.js";
import { surveyInput, type SurveyInput } from "./summary/input.js";

/**
 * The attribution with its priorities: per theme, each point's importance to overall satisfaction (Johnson's
 * relative weights, or stated importance where the theme has no overall question) times its gap, and its
 * importance–performance quadrant (see {@link prioritize}). They are computed from the wave the attribution read,
 * with its options, and its target tests decide the quadrants. Reports show them when the result has them.
 *
 * @param study - the study the result was attributed for.
 * @param result - the result of {@link attribute} (or a wave of {@link compareWaves}, {@link whatIf}).
 * @param data - the data the result was attributed from: the same responses (a table, a view of its wave or the
 *   same survey summary); a result attributed from case records alone gets none (an empty list), given the cases.
 * @returns a copy of the result with `priorities`; the result given is not changed.
 * @throws {@link core!UsageError} when the result is not an attribution of this study, or the responses are not the
 *   ones it read (another wave, another summary, other respondents, or none where it read some).
 * @example
 * ```ts
 * const result = withPriorities(study, attribute(study, data), data);
 * result.priorities?.[0]?.points[0]?.quadrant; // "concentrate-here"
 * ```
 */
export function withPriorities(study: Study, result: Attribution, data: AttributionData): Attribution {
  requireStudy("withPriorities", study);
  requireAttribution("withPriorities", study, result, "withPriorities(study, attribute(study, data), data)");
  requireData("withPriorities", data);
  const input = sameSurvey(study, result, data.responses);
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

const SAME_DATA = "Pass the data the result was attributed from (the same responses: a table, a view of its wave, or the same survey summary).";

/**
 * The survey side the attribution read, from the responses given, or gaptrace's UsageError naming `withPriorities`
 * when they are not those: another wave, a survey summary of another study or `minExternal`, other respondents
 * (the counts of the result's coverage), or none where the result read some. Priorities from other responses than
 * the tests' would rank points by one survey and judge their quadrants by another's tests.
 */
function sameSurvey(study: Study, result: Attribution, responses: AttributionData["responses"]): SurveyInput {
  const refuse = (what: string): never => {
    throw new UsageError("withPriorities", what, SAME_DATA);
  };
  const { wave, options } = result;
  if (isSurveySummary(responses)) {
    if (responses.study !== study.id) refuse(`the survey summary is of study ${JSON.stringify(responses.study)}, not ${JSON.stringify(study.id)}.`);
    if (responses.minExternal !== options.minExternal) refuse(`the survey summary was made with minExternal ${responses.minExternal}, the attribution with ${options.minExternal}.`);
    if (Array.isArray(responses.waves) && !responses.waves.some((w) => w.wave === wave)) refuse(`the survey summary has no wave ${JSON.stringify(wave)}, the attribution's.`);
  } else if (isRecord(responses) && Array.isArray(responses.waves) && !responses.waves.includes(wave))
    refuse(`the responses have no wave ${JSON.stringify(wave)}, the attribution's (waves: ${responses.waves.join(", ")}).`);
  const input = surveyInput(study, responses, { ...options, wave });
  if (input.wave !== undefined && input.wave !== wave) refuse(`the responses are of wave ${JSON.stringify(input.wave)}, the attribution of wave ${JSON.stringify(wave)}.`);
  // The respondents the attribution counted (its coverage) and those of the responses given, by audience.
  const read = (result as { coverage?: { data?: { customers?: unknown; staff?: unknown } } }).coverage?.data;
  const given = input.stats?.respondents ?? { customers: 0, staff: 0 };
  if (read !== undefined && (read.customers !== given.customers || read.staff !== given.staff))
    refuse(
      `the attribution read ${String(read.customers)} customers and ${String(read.staff)} staff in wave ${JSON.stringify(wave)}, the responses given hold ${given.customers} and ${given.staff}${input.stats === undefined ? " (no responses were given)" : ""}.`,
    );
  return input;
}

/**
 * Check the attribution argument of a function that adds to one: a result of {@link attribute} for this study.
 *
 * @param fn - the public function's name.
 * @param study - the study.
 * @param result - the argument.
 * @param call - how the function is called on a result, for the hint (e.g. `withPriorities(study, attribute(study, data), data)`).
 * @internal
 */
export function requireAttribution(fn: string, study: Study, result: unknown, call: string): asserts result is Attribution {
  requireArgument(
    fn,
    "second",
    result,
    "an attribution (the result of attribute)",
    (v) => isRecord(v) && typeof v.study === "string" && typeof v.wave === "string" && isRecord(v.options) && Array.isArray(v.findings) && Array.isArray(v.tests),
    `Pass the result of attribute(study, data), e.g. ${call}.`,
  );
  const { study: of } = result as Attribution;
  if (of !== study.id) throw new UsageError(fn, `the attribution is of study ${JSON.stringify(of)}, not ${JSON.stringify(study.id)}.`, "Pass the study the result was attributed for.");
}
