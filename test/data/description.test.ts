import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { problemText } from "../../src/core/problem.js";
import { dataJsonSchema, describedReadOptions, validateDataDescription, type DataDescription } from "../../src/data/description.js";
import { loadDataDescriptionText, readDataDescriptionText } from "../../src/data/description-load.js";
import { readDescribedCases, readDescribedData, readDescribedResponses } from "../../src/data/description-read.js";
import { readStudyText } from "../../src/study/load.js";

const study = readStudyText(readFileSync(new URL("../../examples/studies/training.study.yaml", import.meta.url), "utf8"));

const FULL = `# yaml-language-server: $schema=https://gaptrace.dev/schema/data.schema.json
gaptrace-data: 1
encoding: cp949
delimiter: tab
timeZone: "+09:00"
responses:
  files: [wave1.csv, wave2.csv]
  form: wide
  encoding: utf-8
  columns: { respondent: 응답자ID, wave: 차수, case: 工单编号, weight: 가중치 }
  questions: { q_timely: "기대1", q_hours: "인식1" }
  ignore: ["제출시각 "]
  segments: [region]
  segmentColumns: { customer_type: "Customer Type" }
  recode: { q_timely: { "satisfied": 5, "neutral or dissatisfied": 1 }, "*": { "매우 만족": 5 } }
  notApplicable: { "*": [0] }
  dontKnow: { "*": [99, "DK"], q_hours: [999] }
  missing: { q_hours: ["NA"] }
  wave: 2026
cases:
  file: calls.csv
  form: wide
  delimiter: ";"
  columns: { case: 통화ID, value: 값 }
  events: { arrears_paid: "진입시각", supply_reconnected: "응답시각" }
  durations: { reconnection_time: { column: "Hours", unit: h } }
  timeZone: "+08:00"
  wave: "2026H1"
`;

describe("validateDataDescription and describedReadOptions", () => {
  it("maps every key of a full description to the readers' options (issue 10 fields included)", () => {
    const report = loadDataDescriptionText(study, FULL, { file: "data.yaml" });
    expect(report.problems).toEqual([]);
    const o = describedReadOptions(report.description as DataDescription);
    const r = o.responses!;
    expect(r.files).toEqual(["wave1.csv", "wave2.csv"]);
    expect(r.options).toMatchObject({ form: "wide", encoding: "utf-8", delimiter: "\t", defaultWave: "2026", ignoreColumns: ["제출시각 "], segments: ["region"], notApplicable: [0], dontKnow: [99, "DK"] });
    expect(r.options.columns).toEqual({ respondent: "응답자ID", wave: "차수", case: "工单编号", weight: "가중치" });
    expect(r.options.questionColumns).toEqual(new Map([["q_timely", "기대1"], ["q_hours", "인식1"]]));
    expect(r.options.recode?.get("q_timely")?.get("neutral or dissatisfied")).toBe(1);
    expect(r.options.recode?.get("*")?.get("매우 만족")).toBe(5);
    expect(r.options.dontKnowByQuestion).toEqual(new Map([["q_hours", [999]]]));
    expect(r.options.missingCodesByQuestion).toEqual(new Map([["q_hours", ["NA"]]]));
    expect(r.options.missingCodes).toBeUndefined();
    expect(r.options.notApplicableByQuestion).toBeUndefined();
    expect(r.options.segmentColumns).toEqual(new Map([["customer_type", "Customer Type"]]));
    const c = o.cases!;
    expect(c.files).toEqual(["calls.csv"]);
    expect(c.options).toMatchObject({ form: "wide", encoding: "cp949", delimiter: ";", assumeOffset: "+08:00", defaultWave: "2026H1", columns: { case: "통화ID", value: "값" } });
    expect(c.options.eventColumns).toEqual(new Map([["arrears_paid", "진입시각"], ["supply_reconnected", "응답시각"]]));
    expect(c.options.durationColumns).toEqual(new Map([["reconnection_time", { column: "Hours", unit: "h" }]]));
  });

  it("a top-level time zone and encoding apply where a source gives none; nothing unset is set", () => {
    const d = readDataDescriptionText(study, 'gaptrace-data: 1\ntimeZone: "+08:00"\nencoding: gb18030\ncases: { file: c.csv }\n');
    const o = describedReadOptions(d);
    expect(o.responses).toBeUndefined();
    expect(o.cases?.options).toEqual({ encoding: "gb18030", assumeOffset: "+08:00" });
  });

  it("checks ids against the study with a near miss, and locates each problem as file:line:column", () => {
    const text = 'gaptrace-data: 1\nresponses:\n  file: s.csv\n  form: wide\n  questions: { q_timley: a }\n  notApplicable: { "*": [0], q_hourz: [0] }\ncases:\n  file: c.csv\n  form: wide\n  durations: { reconection_time: { column: h, unit: h } }\n';
    const r = loadDataDescriptionText(study, text, { file: "data.yaml" });
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => [p.code, p.path.join("."), `${p.location?.file}:${p.location?.line}:${p.location?.column}`, (p.params as { near?: string }).near])).toEqual([
      ["data-description/unknown-id", "responses.questions.q_timley", "data.yaml:5:16", "q_timely"],
      ["data-description/unknown-id", "responses.notApplicable.q_hourz", "data.yaml:6:30", "q_hours"],
      ["data-description/unknown-id", "cases.durations.reconection_time", "data.yaml:10:16", "reconnection_time"],
    ]);
  });

  it("an API option name written in a description names the description's key for it", () => {
    const r = loadDataDescriptionText(study, "gaptrace-data: 1\nresponses:\n  file: a.csv\n  missingCodes: { '*': [NA] }\ncases:\n  file: b.csv\n  assumeOffset: '+08:00'\n", { file: "d.yaml" });
    expect(r.problems.map((p) => [p.path.join("."), p.message])).toEqual([
      ["responses", 'Unknown key "missingCodes" in the data description; did you mean "missing"?'],
      ["cases", 'Unknown key "assumeOffset" in the data description; did you mean "timeZone"?'],
    ]);
  });

  it("unknown keys name the allowed key they are probably meant to be, in English and Chinese", () => {
    const r = validateDataDescription(study, { "gaptrace-data": 1, responses: { file: "s.csv", dontknow: { "*": [9] } } });
    expect(r.problems).toHaveLength(1);
    const p = r.problems[0]!;
    expect(p).toMatchObject({ code: "data-description/unknown-key", path: ["responses"], params: { keys: ["dontknow"], near: "dontKnow" } });
    expect(p.message).toBe('Unknown key "dontknow" in the data description; did you mean "dontKnow"?');
    expect(problemText(p, "zh").message).toBe("数据说明中有未知的键 “dontknow”，是否应为 “dontKnow”？");
  });

  it("refuses a column used twice, wide-only keys in long form, bad encodings, delimiters and time zones, file and files", () => {
    const r = validateDataDescription(study, {
      "gaptrace-data": 1,
      delimiter: "",
      responses: { file: "a.csv", files: ["b.csv"], encoding: "klingon", columns: { respondent: "id" }, segments: ["id"], questions: { q_timely: "x" } },
      cases: { timeZone: "CST", events: { arrears_paid: "t" }, durations: { reconnection_time: { column: "h", unit: "h" } } },
    });
    expect(r.problems.map((p) => `${p.code} ${p.path.join(".")}`)).toEqual([
      "data-description/delimiter delimiter",
      "data-description/file-and-files responses",
      "data-description/encoding responses.encoding",
      "data-description/wide-only responses.questions",
      "data-description/column-twice responses.segments.0",
      "data-description/file-and-files cases",
      "data-description/time-zone cases.timeZone",
      "data-description/wide-only cases.durations",
    ]);
  });

  it("takes long-form events as the words of the event column, each its own and no other event's id", () => {
    const ok = validateDataDescription(study, { "gaptrace-data": 1, cases: { file: "c.csv", events: { arrears_paid: "缴清", arrears_settled: "结清" } } });
    expect(ok.problems).toEqual([]);
    const bad = validateDataDescription(study, { "gaptrace-data": 1, cases: { file: "c.csv", events: { arrears_paid: "缴清", arrears_settled: "缴清 ", supply_reconnected: "arrears_paid" } } });
    expect(bad.problems.map((p) => `${p.code} ${p.path.join(".")}`)).toEqual(["data-description/event-name cases.events.arrears_settled", "data-description/event-name cases.events.supply_reconnected"]);
    expect(bad.problems[0]?.message).toBe('The event column\'s word "缴清 " is already given to the event "arrears_paid".');
    expect(problemText(bad.problems[1]!, "zh").message).toMatch(/^事件列中的名称 “arrears_paid” 是另一个事件 “arrears_paid” 的编号/);
  });

  it("an empty description, a list, and one with no source are each one clear problem", () => {
    expect(loadDataDescriptionText(study, "# nothing\n").problems.map((p) => p.code)).toEqual(["data-description/not-a-description"]);
    expect(validateDataDescription(study, [1]).problems[0]?.message).toMatch(/holds a list, not a description/);
    expect(validateDataDescription(study, { "gaptrace-data": 1 }).problems.map((p) => p.code)).toEqual(["data-description/no-source"]);
    expect(loadDataDescriptionText(study, "{ \"gaptrace-data\": 1,", { file: "d.json" }).problems[0]).toMatchObject({ code: "parse/json", location: { file: "d.json", line: 1 } });
  });
});

describe("the JSON Schema", () => {
  it("the shipped schema/data.schema.json is current (run `npm run schema` after changing the description)", () => {
    const shipped = JSON.parse(readFileSync(new URL("../../schema/data.schema.json", import.meta.url), "utf8"));
    expect(shipped).toEqual(dataJsonSchema());
  });

  it("lists the keys, requires the version, and refuses other keys", () => {
    type Node = { properties?: Record<string, unknown>; anyOf?: { properties?: Record<string, unknown>; items?: { properties?: Record<string, unknown> } }[] };
    const s = dataJsonSchema() as { required: string[]; properties: Record<string, Node>; additionalProperties: boolean };
    // responses: one source, or a list of sources of the same shape.
    const [one, list] = s.properties["responses"]?.anyOf ?? [];
    expect(Object.keys(list?.items?.properties ?? {})).toEqual(Object.keys(one?.properties ?? {}));
    expect(s.required).toEqual(["gaptrace-data"]);
    expect(s.additionalProperties).toBe(false);
    expect(Object.keys(one?.properties ?? {})).toEqual(expect.arrayContaining(["file", "files", "questions", "recode", "notApplicable", "dontKnow", "missing", "segmentColumns", "linkBy", "post"]));
    expect(Object.keys(s.properties["cases"]?.properties ?? {})).toEqual(expect.arrayContaining(["events", "durations", "timeZone"]));
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { exports: Record<string, unknown>; files: string[] };
    expect(pkg.exports["./schema/data.schema.json"]).toBe("./schema/data.schema.json");
    expect(pkg.files).toContain("schema");
  });
});

describe("reading described sources from texts", () => {
  it("reads several files in order into one table, each problem at its own file and line", async () => {
    const d = readDataDescriptionText(study, "gaptrace-data: 1\nresponses:\n  files: [w1.csv, w2.csv]\n  dontKnow: { '*': [9] }\n");
    const texts = new Map([
      ["w1.csv", "respondent,question,value\nc1,q_timely,4\nc1,q_hours,x\n"],
      ["w2.csv", "question,respondent,value\n\nq_timely,c2,9\nq_timely,c3,6\n\"broken,c4,3\n"],
    ]);
    const t = await readDescribedResponses(study, describedReadOptions(d).responses!, texts);
    expect(t.respondents.id).toEqual(["c1", "c2"]);
    expect(t.ledger.rowsRead).toBe(5);
    expect(t.ledger.values).toMatchObject({ valid: 1, dontKnow: 1 });
    expect(t.ledger.problems.map((p) => `${p.code} ${p.location?.file}:${p.location?.line}`).sort()).toEqual(["data/malformed-line w2.csv:5", "data/non-numeric w1.csv:3", "data/out-of-range w2.csv:4"]);
    expect(t.ledger.problems.find((p) => p.code === "data/malformed-line")?.message).toMatch(/Could not read line 5:/);
  });

  it("a file with no data row stops the read, located at that file, even when another has rows", async () => {
    const d = readDataDescriptionText(study, "gaptrace-data: 1\ncases:\n  files: [a.csv, b.csv]\n");
    const texts = new Map([
      ["a.csv", "case,event,time\nFD1,arrears_paid,2026-03-03T16:26:00+08:00\n"],
      ["b.csv", "case,event,time\n"],
    ]);
    const err = await readDescribedCases(study, describedReadOptions(d).cases!, texts).catch((e: unknown) => e);
    expect((err as { problems: { code: string; location: unknown }[] }).problems[0]).toMatchObject({ code: "data/empty-file", location: { file: "b.csv", line: 1 } });
  });

  it("a later file whose header lacks a column stops the read at that file's header, not at the first file", async () => {
    const d = readDataDescriptionText(study, "gaptrace-data: 1\ncases:\n  files: [a.csv, b.csv]\n  columns: { case: 工单编号 }\n");
    const texts = new Map([
      ["a.csv", "工单编号,event,time\nFD1,arrears_paid,2026-03-03T16:26:00+08:00\nFD2,arrears_paid,2026-03-03T17:26:00+08:00\n"],
      ["b.csv", "工号,event,time\nFD3,arrears_paid,2026-03-03T16:26:00+08:00\n"],
    ]);
    const err = await readDescribedCases(study, describedReadOptions(d).cases!, texts).catch((e: unknown) => e);
    expect((err as { problems: { code: string; location: unknown }[] }).problems[0]).toMatchObject({ code: "data/missing-column", location: { file: "b.csv", line: 1 } });
  });

  it("cases split across files are one case; later problems carry their own file", async () => {
    const d = readDataDescriptionText(study, "gaptrace-data: 1\ncases:\n  files: [paid.csv, settled.csv]\n  timeZone: '+08:00'\n");
    const texts = (f: string): string =>
      f === "paid.csv" ? "case,event,time\nFD1,arrears_paid,2026-03-03T16:26:00\nFD2,arrears_paid,2026-03-03 17:00\n" : "case,event,time\nFD1,arrears_settled,2026-03-04T17:01:00\nFD1,arrears_settled,2026-03-04T18:00:00\n";
    const { cases } = await readDescribedData(study, d, texts);
    expect(cases?.ids).toEqual(["FD1", "FD2"]);
    const dup = cases?.ledger.problems().find((p) => p.code === "data/duplicate-event");
    expect(dup?.location).toEqual({ file: "settled.csv", line: 3 });
    expect(dup?.message).toMatch(/\(line 2\)/);
  });
});
