/**
 * Every pipeline function of the root entry point, and the file readers of gaptrace/node, called with the wrong
 * kind of argument (nothing, null, an empty object, a number, a text) throws gaptrace's own error naming the
 * function and the argument, never a raw TypeError from deep inside.
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as gaptrace from "../../src/index.js";
import { describeArgument, requireStudy } from "../../src/model/arguments.js";
import { loadStudyFileSync, readCasesCsv, readCasesJsonl, readResponsesCsv, readResponsesJsonl, responsesFromCsvStream } from "../../src/node/index.js";
import type { Study } from "../../src/model/study.js";

const study: Study = loadStudyFileSync(fileURLToPath(new URL("../../examples/studies/training.study.yaml", import.meta.url))).study!;
const BAD: readonly [string, unknown][] = [["undefined", undefined], ["null", null], ["{}", {}], ["a number", 5], ["a string", "x"]];
type Call = (bad: unknown) => unknown;
const a = (x: unknown): never => x as never;
/** The shape of an attribution of `study`, for the functions that add to one (their other arguments made bad). */
const result = { study: study.id, wave: "1", options: {}, findings: [], tests: [] };

/** Each function with each argument it takes made bad in turn (the others good); `text` accepts a string. */
const CALLS: Record<string, { readonly calls: readonly Call[]; readonly stringOk?: readonly number[] }> = {
  parseStudy: { calls: [(b) => gaptrace.parseStudy(b)] },
  readStudyText: { calls: [(b) => gaptrace.readStudyText(a(b))], stringOk: [0] },
  buildStudyGraph: { calls: [(b) => gaptrace.buildStudyGraph(a(b))] },
  questionnaire: { calls: [(b) => gaptrace.questionnaire(a(b))] },
  questionnaireToCsv: { calls: [(b) => gaptrace.questionnaireToCsv(a(b))] },
  questionnaireToJson: { calls: [(b) => gaptrace.questionnaireToJson(a(b))] },
  samplingPlan: { calls: [(b) => gaptrace.samplingPlan(a(b), { marginOfError: 5 }), (b) => gaptrace.samplingPlan(study, a(b))] },
  samplingPlanToCsv: { calls: [(b) => gaptrace.samplingPlanToCsv(a(b))] },
  responsesFrom: { calls: [(b) => gaptrace.responsesFrom(a(b), []), (b) => gaptrace.responsesFrom(study, a(b))] },
  responsesFromCsv: { calls: [(b) => gaptrace.responsesFromCsv(a(b), ""), (b) => gaptrace.responsesFromCsv(study, a(b))], stringOk: [1] },
  responsesFromJsonl: { calls: [(b) => gaptrace.responsesFromJsonl(a(b), ""), (b) => gaptrace.responsesFromJsonl(study, a(b))], stringOk: [1] },
  casesFrom: { calls: [(b) => gaptrace.casesFrom(a(b), []), (b) => gaptrace.casesFrom(study, a(b))] },
  casesFromCsv: { calls: [(b) => gaptrace.casesFromCsv(a(b), ""), (b) => gaptrace.casesFromCsv(study, a(b))], stringOk: [1] },
  casesFromJsonl: { calls: [(b) => gaptrace.casesFromJsonl(a(b), ""), (b) => gaptrace.casesFromJsonl(study, a(b))], stringOk: [1] },
  collectResponses: { calls: [(b) => gaptrace.collectResponses(a(b), []), (b) => gaptrace.collectResponses(study, a(b))] },
  combineResponses: { calls: [(b) => gaptrace.combineResponses(a(b), []), (b) => gaptrace.combineResponses(study, a(b))] },
  aggregate: { calls: [(b) => gaptrace.aggregate(a(b), []), (b) => gaptrace.aggregate(study, a(b))] },
  cellsOf: { calls: [(b) => gaptrace.cellsOf(a(b))] },
  mergeAggregates: { calls: [(b) => gaptrace.mergeAggregates(a(b), a(b))] },
  rollup: { calls: [(b) => gaptrace.rollup(a(b))] },
  attribute: { calls: [(b) => gaptrace.attribute(a(b), a({})), (b) => gaptrace.attribute(study, a(b))] },
  withPriorities: {
    calls: [(b) => gaptrace.withPriorities(a(b), a(result), a({ cases: [] })), (b) => gaptrace.withPriorities(study, a(b), a({ cases: [] })), (b) => gaptrace.withPriorities(study, a(result), a(b))],
  },
  withWalkthroughs: {
    calls: [(b) => gaptrace.withWalkthroughs(a(b), a(result), { runs: [], observations: [] }), (b) => gaptrace.withWalkthroughs(study, a(b), { runs: [], observations: [] }), (b) => gaptrace.withWalkthroughs(study, a(result), a(b))],
  },
  compareWaves: {
    calls: [(b) => gaptrace.compareWaves(a(b), a({}), { before: "1", after: "2" }), (b) => gaptrace.compareWaves(study, a(b), { before: "1", after: "2" }), (b) => gaptrace.compareWaves(study, a({ responses: {} }), a(b))],
  },
  whatIf: { calls: [(b) => gaptrace.whatIf(a(b), a({}), []), (b) => gaptrace.whatIf(study, a(b), [])] },
  whatIfChanged: {
    calls: [
      (b) => gaptrace.whatIfChanged(a(b), [], [{ kind: "performance", step: "s", factor: 0.5 }]),
      (b) => gaptrace.whatIfChanged(study, a(b), [{ kind: "performance", step: "s", factor: 0.5 }]),
      (b) => gaptrace.whatIfChanged(study, [], a(b)),
    ],
  },
  buildReport: { calls: [(b) => gaptrace.buildReport(a(b), a({})), (b) => gaptrace.buildReport(study, a(b))] },
  renderCsv: { calls: [(b) => gaptrace.renderCsv(a(b), a({})), (b) => gaptrace.renderCsv(study, a(b))] },
  renderHtml: { calls: [(b) => gaptrace.renderHtml(a(b), a({})), (b) => gaptrace.renderHtml(study, a(b))] },
  renderJson: { calls: [(b) => gaptrace.renderJson(a(b), a({})), (b) => gaptrace.renderJson(study, a(b))] },
  renderMarkdown: { calls: [(b) => gaptrace.renderMarkdown(a(b), a({})), (b) => gaptrace.renderMarkdown(study, a(b))] },
  readReportJson: { calls: [(b) => gaptrace.readReportJson(a(b))], stringOk: [0] },
  simulateStudy: { calls: [(b) => gaptrace.simulateStudy(a(b))] },
  casesCsv: { calls: [(b) => gaptrace.casesCsv(a(b))] },
  responsesCsv: { calls: [(b) => gaptrace.responsesCsv(a(b))] },
  responseRows: { calls: [(b) => gaptrace.responseRows(a(b))] },
  readResponsesCsv: { calls: [(b) => readResponsesCsv(a(b), "x.csv"), (b) => readResponsesCsv(study, a(b))], stringOk: [1] },
  readResponsesJsonl: { calls: [(b) => readResponsesJsonl(a(b), "x.jsonl"), (b) => readResponsesJsonl(study, a(b))], stringOk: [1] },
  readCasesCsv: { calls: [(b) => readCasesCsv(a(b), "x.csv"), (b) => readCasesCsv(study, a(b))], stringOk: [1] },
  readCasesJsonl: { calls: [(b) => readCasesJsonl(a(b), "x.jsonl"), (b) => readCasesJsonl(study, a(b))], stringOk: [1] },
  responsesFromCsvStream: { calls: [(b) => responsesFromCsvStream(study, a(b))] },
};

/** Root functions that never throw for any input (they return a report) or are not pipeline steps. */
const NOT_CHECKED = new Set(["formatProblems", "isGaptraceError", "labelText", "validateStudy", "loadStudyText", "studyBuilder"]);

async function failure(call: Call, bad: unknown): Promise<unknown> {
  try {
    const r = call(bad);
    if (r instanceof Promise) await r;
    return undefined;
  } catch (e) {
    return e;
  }
}

describe("public functions check their arguments", () => {
  it("covers every pipeline function of the root entry point", () => {
    const functions = Object.entries(gaptrace)
      .filter(([name, v]) => typeof v === "function" && !/^[A-Z]/.test(name) && !NOT_CHECKED.has(name))
      .map(([name]) => name);
    expect(functions.filter((n) => !(n in CALLS))).toEqual([]);
  });

  for (const [name, { calls, stringOk = [] }] of Object.entries(CALLS))
    calls.forEach((call, position) => {
      it(`${name}: a bad argument ${position + 1} is a GaptraceError naming ${name}`, async () => {
        for (const [kind, bad] of BAD) {
          if (kind === "a string" && stringOk.includes(position)) continue;
          const e = await failure(call, bad);
          expect(e, `${name}(${kind})`).toBeInstanceOf(gaptrace.GaptraceError);
          expect(e, `${name}(${kind})`).not.toBeInstanceOf(TypeError);
          expect((e as Error).message, `${name}(${kind})`).toMatch(new RegExp(`^gaptrace/${name}: `));
        }
      });
    });

  it("says which argument and what it got, in plain words", () => {
    expect(() => gaptrace.attribute(a({}), a({}))).toThrow(
      "gaptrace/attribute: the first argument must be a study (a validated Study object); got an empty object.",
    );
    expect(() => readResponsesCsv(study, a(undefined))).toThrow("gaptrace/readResponsesCsv: the second argument must be the path of the file (a non-empty string); got nothing (undefined).");
    expect(() => requireStudy("x", study)).not.toThrow();
    expect([undefined, null, {}, [], [1], 5, "x", { a: 1 }].map(describeArgument)).toEqual([
      "nothing (undefined)", "null", "an empty object", "an empty list", "a list of 1 item", "the number 5", 'the text "x"', "an object with a",
    ]);
  });
});
