/**
 * The English text of the problem codes of key-driver analysis (`drivers/*`). A module that makes these problems
 * imports this table, so a bundle carries the texts of the codes its code can raise (problems-en.ts joins every
 * family's table for {@link problem} and {@link problemText}). The Chinese text is beside it in
 * problems-zh-drivers.ts, with the same codes (TypeScript checks it).
 * @module
 * @internal
 */
import type { ProblemTable } from "./problem-codes.js";
import { qEn as q, qsEn as qs, tEn as t } from "./problems-en-words.js";

/** English text of the codes of key-driver analysis: a plain object whose only calls are to words marked
 * `@__NO_SIDE_EFFECTS__`, so a bundle that raises none of these codes leaves it out, and Node parses it once (a
 * pure-marked function around it would be parsed twice, as V8 compiles functions lazily). */
export const DRIVERS_EN = {
  "drivers/constant-predictor": (p) =>
    t(`Evaluation point ${q(p.point)} has the same score for every respondent used, so it cannot explain overall satisfaction; it was left out.`, "Nothing to fix unless the constant score is a data error."),
  "drivers/no-data": (p) => t(`Evaluation point ${q(p.point)} has fewer than two answers; it was left out.`, "Check that the column is filled in."),
  "drivers/insufficient-data": (p) => {
    switch (p.reason) {
      case "no-point":
        return t("No evaluation point is left to analyse (all constant or unanswered).", "Check the score columns.");
      case "constant-outcome":
        return t("Overall satisfaction does not vary among the respondents used, so there is nothing to explain.", "Check the overall-satisfaction column and the missing-value handling.");
      case "too-few":
        return t(
          `Only ${p.respondents} respondents can be used for ${p.points} evaluation points; at least ${p.points + 2} are needed.`,
          p.listwise ? 'Collect more complete answers, analyse fewer points, or try missing: "pairwise".' : "Collect more answers or analyse fewer points.",
        );
      case "undefined-correlation":
        return t(
          `The respondents who answered both ${q(p.first)} and ${p.second === null ? "overall satisfaction" : q(p.second)} all gave one of them the same score, so their correlation is undefined.`,
          "Use listwise deletion or collect more answers.",
        );
    }
  },
  "drivers/not-positive-definite": (p) =>
    t(
      `The pairwise correlation matrix is not positive definite (smallest eigenvalue ${p.eigenvalue.toPrecision(3)}); the pairs rest on too different respondents. Points involved: ${qs(p.points)}.`,
      "Use listwise deletion (the default), or drop one of the points involved.",
    ),
  "drivers/singular": (p) =>
    p.points === null
      ? t("A subset of the evaluation points is numerically collinear.", "Drop or merge one of them and run again.")
      : t(
          `These evaluation points are (almost) exact linear combinations of each other, so their separate importance is undefined: ${qs(p.points)}.`,
          "Drop or merge one of them (for example a total score computed from the others) and run again.",
        ),
  "drivers/round-two-slopes": (p) =>
    p.reason === "slopes-not-ready"
      ? t(
          `Wave ${q(p.wave)}, overall point ${q(p.point)}: a part was summarised with slopes that were not ready (linkedSlopes said ready: false), so it redid round one of the driver regression on the whole's drivers and has no round two; the parts cannot be merged yet.`,
          "Run linkedSlopes again on these parts (their new round one), check that it says ready: true, summarise every part again with those slopes, then merge.",
        )
      : t(
          p.reason === "different-slopes"
            ? `Wave ${q(p.wave)}, overall point ${q(p.point)}: the parts ran round two of the driver regression at different slopes (or on different drivers), so their residual moments cannot be added.`
            : `Wave ${q(p.wave)}, overall point ${q(p.point)}: a part has no round two of the driver regression (its own round one was too small to solve), so the parts cannot be merged.`,
          "Merge the parts' round one and solve it (linkedSlopes(parts)), run round two on every part with those slopes (summariseLinked with { slopes }, or attribution.slopes in linkedSummaryDuckDB and linkedSummaryPostgres), then merge; or summarise the whole in one run.",
        ),
  "drivers/negative-correlation": (p) =>
    t(
      `A higher score on ${q(p.point)} goes with lower overall satisfaction (r = ${p.r.toFixed(3)}); its importance still counts as a positive part of R².`,
      "Check that the question is not reverse-worded, or read this point as a dissatisfier.",
    ),
  "drivers/no-explained-variance": (p) =>
    t(
      `The evaluation points explain none of the variation in overall satisfaction (R² = ${p.rSquared.toPrecision(3)}), so there are no shares to divide; all shares are 0.`,
      "Check that the overall score and the evaluation points come from the same respondents.",
    ),
} satisfies Partial<ProblemTable>;
