/**
 * `withWalkthroughs`: process-walkthrough records (流程穿越) read against an attribution. Walkthroughs annotate what
 * the tests found: open problems corroborate findings and support traced links (`observed` on a link); they never
 * give a share or change a grade, so they are read after {@link attribute}, from its result, and an application
 * that does not read walkthroughs does not carry their code.
 * @module
 */
import { UsageError } from "../core/errors.js";
import { requireStudy } from "../model/arguments.js";
import type { Study } from "../model/study.js";
import type { WalkthroughSet } from "../data/walkthroughs.js";
import type { Attribution, AttributionData } from "./attribute.js";
import { checkWalkthroughSet, walkthroughEvidence, type WalkthroughsGiven } from "./evidence/walkthrough.js";
import { requireAttribution, withPriorities } from "./with-priorities.js";

/**
 * The attribution with what process walkthroughs add: counts, corroborated findings, the traced links they support
 * (`observed`), and steps observed but not confirmed by survey or case data. Runs of another wave than the
 * result's are left out. Nothing the tests decided changes: no test, share or grade.
 *
 * @param study - the study the result was attributed for.
 * @param result - the result of {@link attribute}, without walkthroughs yet.
 * @param walkthroughs - the records (`readWalkthroughs(study, text)`).
 * @returns a copy of the result with `walkthroughs` and its findings annotated; the result given is not changed.
 * @throws {@link core!UsageError} when the result is not an attribution of this study or already has
 *   walkthroughs, or the records are malformed or name steps the study lacks.
 * @example
 * ```ts
 * const result = withWalkthroughs(study, attribute(study, data), readWalkthroughs(study, text));
 * result.walkthroughs?.totals.open; // problems found and not solved, on the runs of the result's wave
 * ```
 */
export function withWalkthroughs(study: Study, result: Attribution, walkthroughs: WalkthroughSet): Attribution {
  requireStudy("withWalkthroughs", study);
  requireAttribution("withWalkthroughs", study, result, "withWalkthroughs(study, attribute(study, data), readWalkthroughs(study, text))");
  if (result.walkthroughs !== undefined)
    throw new UsageError("withWalkthroughs", "the attribution already has walkthroughs.", "Add walkthroughs once, to the result of attribute: give every record in one set.");
  return annotated(study, result, checkWalkthroughSet(study, walkthroughs));
}

/** The result with checked walkthrough records read against it: its findings annotated, and what the records add. */
function annotated(study: Study, result: Attribution, set: WalkthroughSet): Attribution {
  const walked = walkthroughEvidence(study, result.findings, set, result.wave);
  return { ...result, findings: walked.findings, walkthroughs: walked.evidence };
}

/**
 * The `data.walkthroughs` of a study-level function ({@link whatIf}, {@link compareWaves}), checked before its runs
 * (as 0.2's `attribute` checked them first), so a typo in a record is refused naming that function and argument.
 *
 * @param fn - the public function's name.
 * @param study - the study.
 * @param walkthroughs - the records given, if any.
 * @returns the records, or undefined when none were given.
 * @internal
 */
export function dataWalkthroughs(fn: string, study: Study, walkthroughs: unknown): WalkthroughSet | undefined {
  const given: WalkthroughsGiven = { fn, name: "data.walkthroughs", pass: `${fn}(study, { …data, walkthroughs: records }, …)` };
  return walkthroughs === undefined ? undefined : checkWalkthroughSet(study, walkthroughs, given);
}

/**
 * A run of a study-level function ({@link whatIf}, {@link compareWaves}) as those functions give it: with its
 * priorities, and with the walkthroughs when there are some (checked by {@link dataWalkthroughs}).
 *
 * @param study - the study of the run.
 * @param result - the run's attribution.
 * @param data - the run's data (for the priorities).
 * @param walkthroughs - the walkthrough records, if any, as {@link dataWalkthroughs} checked them (once, before
 *   the runs: they are not checked again here).
 * @internal
 */
export function withReadings(study: Study, result: Attribution, data: AttributionData, walkthroughs: WalkthroughSet | undefined): Attribution {
  const prioritised = withPriorities(study, result, data);
  return walkthroughs === undefined ? prioritised : annotated(study, prioritised, walkthroughs);
}
