/**
 * `simulateStudy`: a deterministic, seeded data set for a study (survey respondents and their answers, and case
 * records with event times) with planted problems of each tag at chosen places, so the truth is known. Used to
 * test the attribution engine (does it find what was planted, and nothing else?), to size studies (how many
 * responses are needed) and to run the demo on the bundled example.
 *
 * The generating model, in one paragraph: every external evaluation point has a latent satisfaction index
 * (0–100) of about 85, above the usual target of 75–80. A planted non-compliant step or unreasonable standard
 * lowers the index of the customer points downstream of it (less so the further away), lowers the internal
 * customers' ratings of a non-compliant step, and stretches the case durations the step's standards measure. A
 * planted customer dissatisfaction lowers one point only. Each respondent has a random effect shared by all
 * their answers (so overall satisfaction correlates with the points), and answers carry noise.
 *
 * Linked mode (`link`), where each customer answers about their own case: cases are drawn first; each external
 * respondent of a theme is a distinct case of that theme (sampled without replacement; the theme gets
 * max(casesPerTheme, its respondents) cases), shares the case's segment (and weight), and a `share` of them have
 * the case id in their export. A planted cause lowers a point only for the customers its rule exposes
 * (src/simulate/exposure.ts): their own case missed the non-compliant step's standard; or took longer than
 * what 80% of customers accept (an unreasonable threshold: the standard's durations are then stretched to run as
 * slowly as its required share allows, so such cases exist); or met the standard's clock and missed the
 * customers' clock. An exposed customer loses D = min(60, d / ē) index points, where d = 24 × severity × 0.9^k
 * is the not-linked mode's constant drop k hand-offs downstream and ē the share of the theme's cases of the wave
 * that are exposed, so the point's mean drop is d (or 60 × ē when that is smaller); a customer's planted drops
 * at one point add up to at most the point's base index − 10. Causes the case data cannot show (customer
 * dissatisfaction; a step without a calendar-time standard) lower the point for everyone, as in the not-linked
 * mode. Overall satisfaction is the mean of the respondent's point answers plus noise, in both modes.
 *
 * A planted non-compliant step with standards scoped to segments on one clock (urban 45 minutes, rural 90) is late
 * against the standard that applies to each case (a case no scope covers: against the loosest).
 *
 * Nuisance confounders (`confounders`) multiply every gap of their segment's cases by `slowdown` and take
 * `ratingDrop` off every external point of their segment's customers, in both modes. A decoy (`decoy: true` on a
 * planted cause) has all its process effects (stretched durations, low internal ratings, shifted expectations, a
 * clock lag; a threshold decoy's durations run up to what the standard allows in both modes) but lowers no
 * customer point. Without `link`, `confounders` and decoys the data are exactly those of earlier versions for
 * the same seed (a fingerprint test holds this), except for a step planted as non-compliant whose standards are
 * scoped to different segments on one clock (the bundled study's crew travel), whose cases were all stretched to
 * the loosest standard before.
 * @module
 */
import type { Study } from "../model/study.js";
import { generateCases, measureExposures } from "./case-records.js";
import { resolveSimulation } from "./options.js";
import { generateExternal, generateInternal } from "./respondents.js";
import { simulationTruth } from "./truth.js";
import type { SimulatedData, SimulationOptions } from "./types.js";
import { createRun } from "./world.js";
import { requireStudy } from "../model/arguments.js";

export type { SimCase } from "./cases.js";
export type { SimAnswer, SimRespondent, SimSegment, SimulatedData, SimulationLink, SimulationOptions } from "./types.js";
export { defaultSegments } from "./segments.js";

/**
 * Simulate survey answers and case records for a study, with planted problems.
 *
 * @param study - a validated study.
 * @param options - seed, sizes, waves, segments and the causes to plant.
 * @returns respondents, raw answers, cases and the truth.
 * @throws UsageError for a bad option or a planted cause that names nothing of the study.
 * @example
 * ```ts
 * const data = simulateStudy(study, {
 *   seed: 7,
 *   plant: [{ tag: "non-compliant-execution", step: "or_bo_dispatch" }],
 * });
 * data.truth.planted[0]?.post; // "repair_dispatcher"
 * ```
 */
export function simulateStudy(study: Study, options: SimulationOptions = {}): SimulatedData {
  requireStudy("simulateStudy", study);
  const run = createRun(study, resolveSimulation(study, options));
  for (const wave of run.settings.waves) {
    if (run.settings.link === undefined) {
      generateExternal(run, wave, new Map());
      generateInternal(run, wave);
      generateCases(run, wave);
    } else {
      // Linked mode: cases first, so each customer can answer about their own.
      const casesOfTheme = generateCases(run, wave);
      measureExposures(run, wave, casesOfTheme);
      generateExternal(run, wave, casesOfTheme);
      generateInternal(run, wave);
    }
  }
  return { respondents: run.respondents, answers: run.answers, cases: run.cases, truth: simulationTruth(run) };
}
