/**
 * One argument order, the study first: `isStudy` recognises a study (`studyFirst`, which reads either order, is kept
 * for 0.3, deprecated), and every data reader that took the study second in 0.1 (accepted in 0.2, deprecated)
 * refuses that order in 0.3 with a UsageError that names the function and its first argument and says to pass the
 * study first, never reading the data against the wrong thing.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/core/errors.js";
import { casesFrom, casesFromBatches, casesFromCsv, casesFromJsonl } from "../../src/data/cases.js";
import { complianceFor } from "../../src/data/durations.js";
import { responsesFrom, responsesFromBatches, responsesFromCsv, responsesFromJsonl } from "../../src/data/responses.js";
import { csvRows } from "../../src/data/source.js";
import { isStudy, studyFirst } from "../../src/model/study-first.js";
import * as model from "../../src/model/index.js";
import * as node from "../../src/node/index.js";
import { study, studyInput } from "../data/fixture.js";

const path = (name: string): string => fileURLToPath(new URL(`../fixtures/data/${name}`, import.meta.url));
const text = (name: string): string => readFileSync(path(name), "utf8");
/** A function as a caller without types sees it, to call it in the 0.1 order. */
const loose = (f: unknown): ((...args: unknown[]) => unknown) => f as (...args: unknown[]) => unknown;

/** The error of a call, sync or async; undefined when it succeeds. */
async function failure(call: () => unknown): Promise<unknown> {
  try {
    await call();
    return undefined;
  } catch (e) {
    return e;
  }
}

describe("isStudy", () => {
  it("recognises a study, validated or as written, and nothing else", () => {
    expect(isStudy(study)).toBe(true);
    expect(isStudy(studyInput)).toBe(true);
    for (const other of [undefined, null, "study.yaml", 1, [], {}, { gaptrace: 1 }, { gaptrace: 2, blueprints: [] }, { blueprints: [] }]) expect(isStudy(other)).toBe(false);
  });
});

describe("studyFirst (deprecated in 0.3, leaves in 0.4)", () => {
  it("is still exported from gaptrace/model, and reads (study, subject) and the 0.1 order (subject, study) alike", () => {
    expect(model.studyFirst).toBe(studyFirst);
    const rows = [{ case: "x" }];
    expect(studyFirst(study, rows)).toEqual([study, rows]);
    expect(studyFirst(rows, study)).toEqual([study, rows]);
  });

  it("assumes (study, subject) when neither argument is a study, so the caller's own checks speak", () => {
    expect(studyFirst("a", "b")).toEqual(["a", "b"]);
  });
});

describe("the data readers, in the 0.1 order (removed in 0.3)", () => {
  const csv = text("responses-long.csv");
  const cases = text("cases-long.csv");
  const rows = [{ respondent: "r1", audience: "external", question: "q-sat", value: 4 }];
  const caseRows = [{ case: "WO-1", event: "settled", time: 0 }];
  const stream = async function* (): AsyncGenerator<string> {
    yield cases;
  };
  const CALLS: readonly (readonly [string, () => unknown])[] = [
    ["responsesFrom", () => loose(responsesFrom)(rows, study)],
    ["responsesFromCsv", () => loose(responsesFromCsv)(csv, study)],
    ["responsesFromJsonl", () => loose(responsesFromJsonl)(text("responses.jsonl"), study)],
    ["responsesFromBatches", () => loose(responsesFromBatches)(() => csvRows(csv), study, {}, true)],
    ["casesFrom", () => loose(casesFrom)(caseRows, study)],
    ["casesFromCsv", () => loose(casesFromCsv)(cases, study)],
    ["casesFromJsonl", () => loose(casesFromJsonl)(JSON.stringify(caseRows[0]), study)],
    ["casesFromBatches", () => loose(casesFromBatches)(csvRows(cases), study)],
    ["readResponsesCsv", () => loose(node.readResponsesCsv)(path("responses-long.csv"), study)],
    ["readResponsesJsonl", () => loose(node.readResponsesJsonl)(path("responses.jsonl"), study)],
    ["responsesFromCsvStream", () => loose(node.responsesFromCsvStream)(stream(), study)],
    ["responsesFromJsonlStream", () => loose(node.responsesFromJsonlStream)(stream(), study)],
    ["readCasesCsv", () => loose(node.readCasesCsv)(path("cases-long.csv"), study)],
    ["readCasesJsonl", () => loose(node.readCasesJsonl)(path("cases-long.csv"), study)],
    ["casesFromCsvStream", () => loose(node.casesFromCsvStream)(stream(), study)],
    ["casesFromJsonlStream", () => loose(node.casesFromJsonlStream)(stream(), study)],
    ["complianceFor", () => loose(complianceFor)(casesFromCsv(study, cases), "reconnect-24h", study)],
  ];

  it.each(CALLS)("%s refuses it with a UsageError naming the function and its first argument", async (name, call) => {
    const e = await failure(call);
    expect(e).toBeInstanceOf(UsageError);
    expect((e as Error).message).toMatch(new RegExp(`^gaptrace/${name}: the first argument must be a study \\(a validated Study object\\); got `));
    expect((e as UsageError).problems[0]?.hint).toMatch(/study first/);
  });

  it("leaves the current order reading the same data", async () => {
    expect(casesFromCsv(study, cases).count).toBeGreaterThan(0);
    expect((await node.readCasesCsv(study, path("cases-long.csv"))).count).toBeGreaterThan(0);
    expect(complianceFor(study, casesFromCsv(study, cases), "reconnect-24h").considered).toBeGreaterThan(0);
  });
});
