/**
 * The English text of the problem codes of the survey design (`plan-options/*`, `questionnaire/*`). A module that
 * makes these problems imports this table, so a bundle carries the texts of the codes its code can raise
 * (problems-en.ts joins every family's table for {@link problem} and {@link problemText}). The Chinese text is beside
 * it in problems-zh-design.ts, with the same codes (TypeScript checks it).
 * @module
 * @internal
 */
import type { ProblemTable } from "./problem-codes.js";
import { qEn as q, tEn as t, shownEn as shown, planPathEn as planPath } from "./problems-en-words.js";

/** English text of the codes of the survey design: a plain object whose only calls are to words marked
 * `@__NO_SIDE_EFFECTS__`, so a bundle that raises none of these codes leaves it out, and Node parses it once (a
 * pure-marked function around it would be parsed twice, as V8 compiles functions lazily). */
export const DESIGN_EN = {
  "questionnaire/unknown-step": (p) =>
    t(`Evaluation point ${q(p.point)} is at step ${q(p.step)}, which no blueprint defines.`, "Correct the step id; validate the study first (validateStudy) to see every problem."),
  "plan-options/not-an-object": (p) => t(`gaptrace/samplingPlan: expecting an options object, got ${shown(p.got)}.`, "Pass at least { marginOfError: 5 } (±5 points on the 0–100 index)."),
  "plan-options/unknown": (p) => t(`gaptrace/samplingPlan: unknown option ${q(p.key)}.`, `Known options: ${p.known.join(", ")}.`),
  "plan-options/missing": (p) =>
    t(`gaptrace/samplingPlan: options.${p.key} is required.`, `Give the target margin of error of ${p.of === "mean" ? "a mean" : "a yes/no share"}, e.g. ${p.key}: 5 for ±5 points.`),
  "plan-options/margin": (p) =>
    t(
      `gaptrace/samplingPlan: options.${p.key} must be > 0 and < 100, got ${shown(p.got)}.`,
      `Give the margin of ${p.of === "mean" ? "a mean" : "a yes/no share"} in points on the 0–100 scale, e.g. 5 for ±5 points (not 0.05).`,
    ),
  "plan-options/confidence": (p) => t(`gaptrace/samplingPlan: options.confidence must be strictly between 0 and 1, got ${shown(p.got)}.`, "Write the level as a share, e.g. 0.95 for 95%."),
  "plan-options/sd": (p) =>
    "key" in p
      ? t(`gaptrace/samplingPlan: options.sd.${p.key} must be a positive number, got ${shown(p.got)}.`, "Give the standard deviation in the scale's own units (about 1 on a 1–5 scale).")
      : t(`gaptrace/samplingPlan: options.sd must be an object of scale keys, got ${shown(p.got)}.`, `Use keys ${p.keys.join(", ")}, …, e.g. { likert5: 0.9 }.`),
  "plan-options/sd-key": (p) => t(`gaptrace/samplingPlan: unknown scale key ${q(p.key)} in options.sd.`, `Use one of ${p.keys.join(", ")}.`),
  "plan-options/sd-rule": (p) =>
    t(`gaptrace/samplingPlan: options.sdRule must be "range/4" or "maximum", got ${shown(p.got)}.`, 'Use "range/4" (the usual planning value) or "maximum" (the largest possible spread).'),
  "plan-options/proportion": (p) =>
    t(`gaptrace/samplingPlan: options.expectedProportion must be strictly between 0 and 1, got ${shown(p.got)}.`, "Give a guess of the yes share (e.g. 0.8), or leave it out for the conservative 0.5."),
  "plan-options/audience": (p) => t(`gaptrace/samplingPlan: options.${p.option} has an unknown audience ${q(p.audience)}.`, "Give one value, or { external: …, internal: … }."),
  "plan-options/design-effect": (p) =>
    t(`gaptrace/samplingPlan: ${planPath(p.path)} must be a positive number, got ${shown(p.got)}.`, "Pass the expected design effect (1 for simple random sampling, e.g. 1.3 with weights)."),
  "plan-options/weights": (p) => t(`gaptrace/samplingPlan: ${planPath(p.path)} must be a list of finite weights ≥ 0, at least one positive.`, "Pass the sampling weights of an earlier wave's respondents."),
  "plan-options/design-effect-twice": (p) =>
    t(`gaptrace/samplingPlan: options.designEffect and options.weights both set the ${p.audience} design effect.`, "Pass one of them: weights are turned into Kish's design effect."),
  "plan-options/response-rate": (p) => t(`gaptrace/samplingPlan: ${planPath(p.path)} must be in (0, 1], got ${shown(p.got)}.`, "Write the response rate as a share, e.g. 0.6 for 60%."),
  "plan-options/populations": () => t("gaptrace/samplingPlan: options.populations must be a list of { theme, size }.", 'e.g. populations: [{ theme: "theme_outage_repair", size: 48000 }].'),
  "plan-options/unknown-theme": (p) =>
    t(
      p.option === "populations" ? `gaptrace/samplingPlan: options.populations[${p.index}] names unknown theme ${shown(p.got)}.` : `gaptrace/samplingPlan: options.themes[${p.index}] is unknown theme ${shown(p.got)}.`,
      `Use theme ids of the study: ${p.themes.join(", ")}.`,
    ),
  "plan-options/duplicate-theme": (p) => t(`gaptrace/samplingPlan: options.populations gives theme ${q(p.theme)} twice.`, "Give each theme's population once."),
  "plan-options/population-size": (p) =>
    t(`gaptrace/samplingPlan: options.populations[${p.index}].size must be a positive whole number, got ${shown(p.got)}.`, "Give the number of customers who went through the theme's process in the period."),
  "plan-options/segments": () =>
    t(
      "gaptrace/samplingPlan: options.segments must be a list of { dimension, values: [{ value, share }] }.",
      'e.g. segments: [{ dimension: "city", values: [{ value: "A", share: 0.6 }, { value: "B", share: 0.4 }] }].',
    ),
  "plan-options/segment-dimension": (p) => t(`gaptrace/samplingPlan: options.segments[${p.index}].dimension must be a non-empty name, got ${shown(p.got)}.`, 'Name the dimension, e.g. "city".'),
  "plan-options/segment-duplicate": (p) => t(`gaptrace/samplingPlan: options.segments names dimension ${q(p.dimension)} twice.`, "Give each dimension once, with all its values."),
  "plan-options/segment-audience": (p) => t(`gaptrace/samplingPlan: options.segments[${p.index}].audience must be "external", "internal" or "all", got ${shown(p.got)}.`, 'Leave it out for "external".'),
  "plan-options/segment-values": (p) => t(`gaptrace/samplingPlan: options.segments[${p.index}].values must be a non-empty list of { value, share }.`, "List every value of the dimension with its share."),
  "plan-options/segment-value": (p) => t(`gaptrace/samplingPlan: options.segments[${p.index}].values[${p.value}].value must be a non-empty text, got ${shown(p.got)}.`, "Name the segment value."),
  "plan-options/segment-value-duplicate": (p) => t(`gaptrace/samplingPlan: options.segments[${p.index}] lists value ${q(p.value)} twice.`, "List each value once."),
  "plan-options/segment-share": (p) =>
    t(`gaptrace/samplingPlan: options.segments[${p.index}].values[${p.value}].share must be between 0 and 1, got ${shown(p.got)}.`, "Write shares as fractions of 1 (0.25, not 25)."),
  "plan-options/segment-shares-sum": (p) =>
    t(
      `gaptrace/samplingPlan: the shares of segment dimension ${q(p.dimension)} sum to ${Number(p.sum.toPrecision(6))}, not 1.`,
      "Make the shares add up to 1 (list every value, including an 'other' value if needed).",
    ),
  "plan-options/external-respondents": (p) =>
    t(`gaptrace/samplingPlan: options.externalRespondents must be "theme" or "point", got ${shown(p.got)}.`, '"theme": one customer answers the whole theme; "point": a sample per evaluation point.'),
  "plan-options/themes": (p) => t("gaptrace/samplingPlan: options.themes must be a list of theme ids.", `Use theme ids of the study: ${p.themes.join(", ")}.`),
} satisfies Partial<ProblemTable>;
