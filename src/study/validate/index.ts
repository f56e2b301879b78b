/**
 * `validateStudy`: every problem with a study at once. First the structure (zod, every issue), then the method's
 * rules: ids, references, ownership, standards, questions, the shape of the process and declared reach. When the
 * structure does not hold, the rules that read one element at a time still run on the elements that parsed.
 * @module
 */
import { ValidationError } from "../../core/errors.js";
import { hasErrors, type Problem } from "../../core/problem.js";
import { buildStepNetworkLenient, offerSharedStepNetwork } from "../../graph/step-network.js";
import { indexStudy } from "../../model/index-by-id.js";
import { StudySchema, type Study } from "../../model/study.js";
import { ruleContext, type Rule } from "./context.js";
import { stepOwnership, themesWithoutBlueprint } from "./ownership.js";
import { evaluationPoints as questionProblems, overallQuestions } from "./questions.js";
import { duplicateIds, unknownReferences } from "./references.js";
import { declaredReach } from "./reach.js";
import { partialRuleProblems } from "./partial.js";
import { describeFound, schemaProblems } from "./schema-issues.js";
import { metricsAndStandards } from "./standards.js";
import { monitoringRule } from "./monitoring.js";
import { targetsRule } from "./targets.js";
import { connectivityAndCycles, duplicateHandoffs, internalRaters, visibility } from "./structure.js";
import { problemFrom } from "../../core/problem-from.js";
import { STUDY_EN } from "../../core/messages/problems-en-study.js";
import { ZOD_ENGLISH } from "../../core/zod-english.js";

/** The outcome of validating a study. */
export interface StudyReport {
  /** True when there is no problem of severity `error` (warnings and information may remain). */
  readonly ok: boolean;
  /** The study with defaults applied, when its structure is valid (even if semantic errors remain). */
  readonly study: Study | undefined;
  /** Every problem found, errors first, then warnings, then information, each in document order. */
  readonly problems: readonly Problem[];
}

/** The semantic rules, in the order their problems are reported. */
export const STUDY_RULES: readonly Rule[] = [
  duplicateIds,
  duplicateHandoffs,
  unknownReferences,
  stepOwnership,
  themesWithoutBlueprint,
  metricsAndStandards,
  questionProblems,
  overallQuestions,
  visibility,
  connectivityAndCycles,
  internalRaters,
  declaredReach,
  monitoringRule,
  targetsRule,
];

const RANK = { error: 0, warning: 1, info: 2 } as const;

/**
 * Validate a study and return every problem at once; never throws for a bad input. A valid study keeps the step
 * network its rules read as its shared one (what an attribution of it reads; freed with the study).
 *
 * @param input - anything: a parsed YAML/JSON document, or a study built in code.
 * @returns `{ ok, study, problems }`.
 * @example
 * ```ts
 * const report = validateStudy(JSON.parse(text));
 * if (!report.ok) console.error(formatProblems(report.problems));
 * ```
 */
export function validateStudy(input: unknown): StudyReport {
  // Not a mapping at all (an empty file, a list, one value): one plain problem, not "expected object at the document".
  if (input === null || typeof input !== "object" || Array.isArray(input))
    return { ok: false, study: undefined, problems: [problemFrom(STUDY_EN, "schema/not-a-study", "error", [], { found: describeFound(input) })] };
  const parsed = StudySchema.safeParse(input, ZOD_ENGLISH);
  if (!parsed.success) {
    // Every schema error, then what the rules find in the parts that did parse: one pass shows all it can.
    const problems = [...schemaProblems(parsed.error.issues, input), ...partialRuleProblems(input as Record<string, unknown>, parsed.error.issues)];
    return { ok: false, study: undefined, problems: bySeverity(problems) };
  }
  const study = parsed.data;
  // One lenient step network for the rules that read the shape of the process (see ruleContext).
  const network = buildStepNetworkLenient(study);
  const ctx = ruleContext(study, indexStudy(study), network);
  const sorted = bySeverity(STUDY_RULES.flatMap((rule) => rule(ctx)));
  // The rules only read the network: a consistent one is the network an attribution of this study would build again.
  if (!hasErrors(sorted)) offerSharedStepNetwork(study, network);
  return { ok: !hasErrors(sorted), study, problems: sorted };
}

/** Errors first, then warnings, then information; document order within each (a stable sort). */
function bySeverity(problems: readonly Problem[]): Problem[] {
  return problems.map((p, i) => ({ p, i })).sort((a, b) => RANK[a.p.severity] - RANK[b.p.severity] || a.i - b.i).map((x) => x.p);
}

/**
 * Validate a study and return it, or throw a {@link core!ValidationError} listing every error.
 *
 * @param input - the study document.
 * @returns the validated study with defaults applied.
 * @throws {@link core!ValidationError} when any problem is an error.
 * @example
 * ```ts
 * const study = parseStudy(yamlParse(text));
 * ```
 */
export function parseStudy(input: unknown): Study {
  const report = validateStudy(input);
  if (!report.ok || report.study === undefined)
    throw new ValidationError("gaptrace/parseStudy: the study is not valid.", report.problems.filter((p) => p.severity === "error"));
  return report.study;
}
