/**
 * One argument order, the study first: `isStudy` recognises a study, `studyFirst` reads either order, and every
 * data reader that took the study second in 0.1 still reads that order (deprecated until 0.3) into the same
 * result as the current order.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { casesFrom, casesFromBatches, casesFromCsv, casesFromJsonl, type CaseRecords } from "../../src/data/cases.js";
import { collectResponses } from "../../src/data/dataset.js";
import { responsesFrom, responsesFromBatches, responsesFromCsv, responsesFromJsonl } from "../../src/data/responses.js";
import { csvRows } from "../../src/data/source.js";
import { isStudy, studyFirst } from "../../src/model/study-first.js";
import { readCasesCsv, readResponsesCsv } from "../../src/node/index.js";
import { study, studyInput } from "../data/fixture.js";

const path = (name: string): string => fileURLToPath(new URL(`../fixtures/data/${name}`, import.meta.url));
const text = (name: string): string => readFileSync(path(name), "utf8");
/** The fixtures' segment columns, declared (passed through either order like any option). */
const SEGMENTS = { segments: ["region", "class"] };

/** What a load of case records says, in plain data. */
const casesOf = (r: CaseRecords): unknown => ({ count: r.count, ids: r.ids, summary: r.ledger.summary() });

describe("isStudy", () => {
  it("recognises a study, validated or as written, and nothing else", () => {
    expect(isStudy(study)).toBe(true);
    expect(isStudy(studyInput)).toBe(true);
    for (const other of [undefined, null, "study.yaml", 1, [], {}, { gaptrace: 1 }, { gaptrace: 2, blueprints: [] }, { blueprints: [] }]) expect(isStudy(other)).toBe(false);
  });
});

describe("studyFirst", () => {
  it("reads (study, subject) and the 0.1 order (subject, study) alike", () => {
    const rows = [{ case: "x" }];
    expect(studyFirst(study, rows)).toEqual([study, rows]);
    expect(studyFirst(rows, study)).toEqual([study, rows]);
  });

  it("assumes the current order when neither argument is a study, so the caller's own checks speak", () => {
    expect(studyFirst("a", "b")).toEqual(["a", "b"]);
  });
});

describe("the data readers, in the 0.1 order (deprecated until 0.3)", () => {
  it("read responses as the current order does", async () => {
    const csv = text("responses-long.csv");
    const now = await collectResponses(study, responsesFromCsv(study, csv, SEGMENTS));
    expect(now.ledger.accepted).toBeGreaterThan(0);
    expect(await collectResponses(study, responsesFromCsv(csv, study, SEGMENTS))).toEqual(now);
    expect(await collectResponses(study, responsesFromBatches(() => csvRows(csv), study, SEGMENTS, true))).toEqual(
      await collectResponses(study, responsesFromBatches(study, () => csvRows(csv), SEGMENTS, true)),
    );
    const jsonl = text("responses.jsonl");
    expect(await collectResponses(study, responsesFromJsonl(jsonl, study, SEGMENTS))).toEqual(await collectResponses(study, responsesFromJsonl(study, jsonl, SEGMENTS)));
    const rows = [{ respondent: "r1", audience: "external", question: "q-sat", value: 4 }];
    const fromRows = await collectResponses(study, responsesFrom(study, rows));
    expect(fromRows.ledger.accepted).toBe(1);
    expect(await collectResponses(study, responsesFrom(rows, study))).toEqual(fromRows);
  });

  it("read case records as the current order does", async () => {
    const csv = text("cases-long.csv");
    const now = casesOf(casesFromCsv(study, csv));
    expect((now as { count: number }).count).toBeGreaterThan(0);
    expect(casesOf(casesFromCsv(csv, study))).toEqual(now);
    expect(casesOf(await casesFromBatches(csvRows(csv), study))).toEqual(now);
    const rows = [{ case: "WO-1", event: "settled", time: 0 }, { case: "WO-1", event: "reconnected", time: 3_600_000 }];
    expect(casesOf(casesFrom(rows, study))).toEqual(casesOf(casesFrom(study, rows)));
    const jsonl = rows.map((r) => JSON.stringify(r)).join("\n");
    expect(casesOf(casesFromJsonl(jsonl, study))).toEqual(casesOf(casesFromJsonl(study, jsonl)));
  });

  it("read files in gaptrace/node as the current order does", async () => {
    const file = path("cases-long.csv");
    expect(casesOf(await readCasesCsv(file, study))).toEqual(casesOf(await readCasesCsv(study, file)));
    const responses = path("responses-long.csv");
    expect(await collectResponses(study, readResponsesCsv(responses, study, SEGMENTS))).toEqual(await collectResponses(study, readResponsesCsv(study, responses, SEGMENTS)));
  });
});
