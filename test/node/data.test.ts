import { createReadStream, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/core/errors.js";
import { aggregate, cellKey } from "../../src/data/aggregate.js";
import { casesFromCsv } from "../../src/data/cases.js";
import { collectResponses } from "../../src/data/dataset.js";
import { responsesFromCsv } from "../../src/data/responses.js";
import { complianceFor } from "../../src/data/durations.js";
import { makeSegment } from "../../src/data/segment.js";
import {
  casesFromCsvStream,
  casesFromJsonlStream,
  readCasesCsv,
  readCasesJsonl,
  readResponsesCsv,
  readResponsesJsonl,
  responsesFromCsvStream,
  responsesFromJsonlStream,
} from "../../src/node/index.js";
import { drain, expectBalanced, rejections } from "../data/helpers.js";
import { study } from "../data/fixture.js";

const path = (name: string): string => fileURLToPath(new URL(`../fixtures/data/${name}`, import.meta.url));

describe("readResponsesCsv", () => {
  it("streams a file through the Node parser with the same verdicts as the core", async () => {
    const file = path("responses-long.csv");
    const source = readResponsesCsv(study, file, { segments: ["region", "class"], dontKnowByQuestion: new Map([["q-nps", [99]]]) });
    const agg = await aggregate(study, source);
    expect(rejections(agg.ledger)).toEqual([
      "7: data/out-of-range",
      "8: data/non-numeric",
      "9: data/unknown-question",
      "11: data/duplicate-answer",
      "13: data/wrong-audience",
      "14: data/wrong-audience",
      "15: data/unknown-post",
      "16: data/invalid-weight",
      "17: data/malformed-line",
      "19: data/missing-respondent",
      "20: data/missing-post",
      "21: data/out-of-range",
      "22: data/invalid-audience",
      "25: data/malformed-line",
    ]);
    expect(agg.ledger.problems.every((p) => p.location?.file === file)).toBe(true);
    // Line 25's unclosed quote costs line 25 alone: line 26 is read (issue 11).
    expect(agg.ledger).toMatchObject({ rowsRead: 24, accepted: 10, rejected: 14 });
    expectBalanced(agg.ledger);
    const north = agg.cells.get(cellKey("q-sat", "2024Q1", makeSegment({ region: "north", class: "residential" })));
    // r01's 4 and r15's 5 (line 26, read since line 25's broken quote no longer swallows it).
    expect(north?.moments.mean).toBe(4.5);
    expect(north?.dontKnow).toBe(1);
  });

  it("reads wide files into a respondent-level table", async () => {
    const t = await collectResponses(study, readResponsesCsv(study, path("responses-wide.csv"), { form: "wide", segments: ["region"] }));
    expect(t.respondents.id).toEqual(["w01", "w02", "w03", "w04"]);
    expect(t.ledger.values).toEqual({ read: 14, valid: 7, missing: 0, dontKnow: 1, rejected: 6 });
    expectBalanced(t.ledger);
  });

  it("decodes GB18030 files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gaptrace-"));
    const file = join(dir, "gbk.csv");
    // "respondent,question,value\nr1,q-told,是\nr2,q-told,否\n" with 是 = CA C7 and 否 = B7 F1 in GB18030.
    const head = Buffer.from("respondent,question,value\nr1,q-told,", "ascii");
    writeFileSync(file, Buffer.concat([head, Buffer.from([0xca, 0xc7]), Buffer.from("\nr2,q-told,"), Buffer.from([0xb7, 0xf1]), Buffer.from("\n")]));
    const answers = await drain(readResponsesCsv(study, file, { encoding: "gb18030" }));
    expect(answers.map((a) => a.value)).toEqual([1, 0]);
    expect(() => readResponsesCsv(study, file, { encoding: "klingon" })).toThrow(/unknown text encoding/);
  });

  it("turns a missing file into a located problem", async () => {
    const err = await aggregate(study, readResponsesCsv(study, "/no/such/file.csv")).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).problems[0]).toMatchObject({ code: "file/unreadable", location: { file: "/no/such/file.csv" } });
    expect((err as ValidationError).message).toMatch(/does not exist/);
  });
});

describe("JSONL and streams", () => {
  it("reads JSONL files and streams", async () => {
    const fromFile = readResponsesJsonl(study, path("responses.jsonl"));
    await drain(fromFile);
    expect(rejections(fromFile.ledger)).toEqual(["3: data/out-of-range", "4: data/malformed-line", "5: data/malformed-line", "9: data/unknown-question"]);
    expectBalanced(fromFile.ledger);
    const fromStream = responsesFromJsonlStream(study, createReadStream(path("responses.jsonl")), { file: "upload" });
    await drain(fromStream);
    expect(fromStream.ledger.summary().rowsRead).toBe(8);
    expect(fromStream.ledger.problems()[0]?.location?.file).toBe("upload");
    expectBalanced(fromStream.ledger);
  });

  it("locates rows after quoted line breaks and blank lines like the core reader", async () => {
    const text = 'respondent,question,value\n"r\n1",q-sat,4\n\nr2,q-sat,9\nr3,q-sat\nr4,q-sat,2\n';
    const source = responsesFromCsvStream(study, Readable.from([Buffer.from(text)]));
    const answers = await drain(source);
    expect(answers.map((a) => [a.respondent, a.line])).toEqual([
      ["r\n1", 2],
      ["r4", 7],
    ]);
    expect(rejections(source.ledger)).toEqual(["5: data/out-of-range", "6: data/malformed-line"]);
    expect(source.ledger.blankLines).toBe(1);
    expectBalanced(source.ledger);
  });

  it("reads CSV from a stream in tiny chunks", async () => {
    const text = "respondent,question,value\nr1,q-sat,4\nr2,q-told,是\n";
    const bytes = Buffer.from(text);
    const chunks = Array.from(bytes, (b) => Buffer.from([b]));
    const answers = await drain(responsesFromCsvStream(study, Readable.from(chunks)));
    expect(answers.map((a) => a.value)).toEqual([4, 1]);
  });
});

describe("case links through the Node readers", () => {
  // A return-visit export keyed by work order: 工单编号 (work-order number) holds the case id.
  const text = ["受访者,工单编号,question,value", "c1,WO-1,q-sat,4", "c1,WO-1,q-nps,9", "c2,,q-sat,2", "c1,WO-2,q-told,是", "c3,WO-3,q-sat,5"].join("\n");
  const options = { columns: { respondent: "受访者", case: "工单编号" } };

  it("passes the case column through files, streams and JSON Lines", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gaptrace-"));
    const csv = join(dir, "visits.csv");
    writeFileSync(csv, text);
    const fromFile = await collectResponses(study, readResponsesCsv(study, csv, options));
    expect(fromFile.respondents.case).toEqual(["WO-1", "", "WO-3"]);
    expect(fromFile.ledger.links).toEqual({ linked: 2, unlinked: 1, internalIgnored: 0, conflicting: 1 });
    expect(fromFile.ledger.problems[0]).toMatchObject({ code: "data/conflicting-case-link", location: { file: csv, line: 5 } });
    expectBalanced(fromFile.ledger);

    const chunks = Array.from(Buffer.from(text), (b) => Buffer.from([b])); // splits every Chinese character
    const fromStream = await collectResponses(study, responsesFromCsvStream(study, Readable.from(chunks), { ...options, file: "upload.csv" }));
    expect(fromStream.respondents.case).toEqual(fromFile.respondents.case);
    expect(fromStream.ledger.problems[0]?.location).toEqual({ file: "upload.csv", line: 5 });

    const jsonl = join(dir, "visits.jsonl");
    writeFileSync(jsonl, ['{"respondent":"WO-7","question":"q-sat","value":3}', '{"respondent":"s1","post":"dispatcher","question":"qi-settle","value":3}'].join("\n"));
    const byId = await collectResponses(study, readResponsesJsonl(study, jsonl, { linkBy: "respondent" }));
    expect(byId.respondents.case).toEqual(["WO-7", ""]);
    const streamed = await collectResponses(study, responsesFromJsonlStream(study, createReadStream(jsonl), { linkBy: "respondent" }));
    expect(streamed.respondents.case).toEqual(["WO-7", ""]);
  });

  it("refuses contradictory link options when the reader is made", () => {
    expect(() => readResponsesCsv(study, "visits.csv", { linkBy: "respondent", columns: { case: "工单编号" } })).toThrow(/not both/);
  });
});

describe("case records", () => {
  it("load from CSV and JSONL files and streams", async () => {
    const records = await readCasesCsv(study, path("cases-long.csv"), { segments: ["region"] });
    expect(records.ledger.summary()).toMatchObject({ rowsRead: 19, accepted: 8, rejected: 11 });
    expect(records.ledger.problems()[0]?.location?.file).toBe(path("cases-long.csv"));
    expectBalanced(records.ledger);
    expect(complianceFor(study, records, "reconnect-24h")).toMatchObject({ measured: 2, met: 1 });
    const wide = await casesFromCsvStream(study, createReadStream(path("cases-wide.csv")), { form: "wide", segments: ["region"], ignoreColumns: ["note"] });
    expect(rejections(wide.ledger)).toEqual(["3: data/unparseable-time", "4: data/stop-before-start"]);
    expectBalanced(wide.ledger);
    const dir = mkdtempSync(join(tmpdir(), "gaptrace-"));
    const file = join(dir, "cases.jsonl");
    writeFileSync(file, '{"case":"A","event":"settled","time":0}\n{"case":"A","event":"reconnected","time":3600000}\n');
    const j = await readCasesJsonl(study, file);
    expect(Array.from(j.times.get("reconnected") ?? [])).toEqual([3_600_000]);
    const s = await casesFromJsonlStream(study, Readable.from(['{"case":"B","event":"paid",', '"time":5}\n']));
    expect(s.times.get("paid")?.[0]).toBe(5);
    await expect(readCasesCsv(study, "/no/such.csv")).rejects.toThrow(/does not exist/);
  });
});

describe("files read a chunk at a time into one buffer", () => {
  it("give what the same text gives, for files of several chunks (every row that crosses a chunk's edge)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gaptrace-chunks-"));
    // About 2.6 MB of responses (three reads of 1 MiB) and 2.3 MB of cases, with rows the readers reject here and there.
    const rows = ["respondent,audience,post,region,class,weight,wave,question,value"];
    for (let r = 0; r < 13_000; r++) {
      const who = `r${String(r).padStart(6, "0")},external,,${r % 3 === 0 ? "north" : "south"},residential,1.5,2024Q1`;
      rows.push(`${who},q-sat,${1 + (r % 5)}`, `${who},q-wait-bad,${r % 97 === 0 ? "x" : 1 + (r % 4)}`, `${who},q-told,是`, `${who},q-nps,${r % 11}`);
    }
    const responses = `${rows.join("\n")}\n`;
    const cases = ["case,event,time,region"];
    for (let c = 0; c < 16_000; c++) {
      const day = String(1 + (c % 28)).padStart(2, "0");
      cases.push(`WO-${c},paid,2024-03-${day}T09:00:00+08:00,north`, `WO-${c},settled,2024-03-${day}T15:${String(c % 60).padStart(2, "0")}:00+08:00,north`);
      if (c % 7 === 0) cases.push(`WO-${c},reconnected,2024-03-${day}T08:00:00+08:00,north`);
    }
    const caseText = `${cases.join("\n")}\n`;
    writeFileSync(join(dir, "responses.csv"), responses);
    writeFileSync(join(dir, "cases.csv"), caseText);
    expect(responses.length).toBeGreaterThan(2 * (1 << 20));
    const options = { segments: ["region", "class"] };
    const fromFile = await collectResponses(study, readResponsesCsv(study, join(dir, "responses.csv"), options));
    const fromText = collectResponses(study, responsesFromCsv(study, responses, { ...options, file: join(dir, "responses.csv") }));
    expect(fromFile.answers.count).toBeGreaterThan(40_000);
    expect(fromFile).toEqual(await fromText);
    const casesFromFile = await readCasesCsv(study, join(dir, "cases.csv"), { segments: ["region"] });
    const casesFromText = await casesFromCsv(study, caseText, { segments: ["region"], file: join(dir, "cases.csv") });
    expect(casesFromFile.count).toBe(16_000);
    expect([...casesFromFile.times]).toEqual([...casesFromText.times]);
    expect(casesFromFile.ledger.summary()).toEqual(casesFromText.ledger.summary());
  });
});
