/**
 * Answers as exports write them (issue 10): labels recoded to codes, "not applicable" codes, per-question missing
 * codes, segment dimensions read from columns of other names, ignored columns with stray spaces; and the ledger
 * counting every recoded, not-applicable and "don't know" value per question.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { problemText } from "../../src/core/problem.js";
import { UsageError, ValidationError } from "../../src/core/errors.js";
import { aggregate, aggregateFromJSON, aggregateToJSON, cellKey } from "../../src/data/aggregate.js";
import { casesFromCsv } from "../../src/data/cases.js";
import { ANSWER_STATUS, collectResponses } from "../../src/data/dataset.js";
import { Ledger } from "../../src/data/ledger.js";
import { responsesFrom, responsesFromCsv, type Answer, type ResponseOptions } from "../../src/data/responses.js";
import { makeSegment } from "../../src/data/segment.js";
import { codedText, reportData } from "../../src/reports/data.js";
import { ledgerText } from "../../src/cli/shared/data.js";
import { drain, expectBalanced } from "./helpers.js";
import { study } from "./fixture.js";

/** An airline-style export: a yes/no overall answer in words, 0 = not applicable on 1–5 items, headers with spaces. */
const AIRLINE = [
  "respondent,Customer Type,q-told,q-sat,q-nps,제출시각 ",
  "p1,Loyal,satisfied,4,9,2026-01-01",
  "p2,disloyal,neutral or dissatisfied,0,7,2026-01-01",
  "p3,Loyal, satisfied ,0,0,2026-01-02",
  "p4,Loyal,Satisfied,5,99,2026-01-02",
  "p5,disloyal,satisfied,,10,2026-01-03",
].join("\n");

const AIRLINE_OPTIONS: ResponseOptions = {
  form: "wide",
  file: "airline.csv",
  segmentColumns: new Map([["customer_type", "Customer Type"]]),
  ignoreColumns: ["제출시각 "],
  recode: new Map([["q-told", new Map([["satisfied", 1], ["neutral or dissatisfied", 0]])]]),
  notApplicableByQuestion: new Map([["q-sat", [0]]]),
  dontKnowByQuestion: new Map([["q-nps", [99]]]),
};

const by = (answers: readonly Answer[], respondent: string, question: string): Answer | undefined =>
  answers.find((a) => a.respondent === respondent && a.question === question);

describe("recode, not applicable and segment columns on an airline-style export", () => {
  const load = async () => {
    const source = responsesFromCsv(study, AIRLINE, AIRLINE_OPTIONS);
    const answers = await drain(source);
    return { source, answers, ledger: source.ledger.summary() };
  };

  it("recodes labels (trimmed, case kept) and reads 0 as not applicable on the question that says so only", async () => {
    const { answers, ledger } = await load();
    expect(by(answers, "p1", "q-told")).toMatchObject({ status: "answered", value: 1 });
    expect(by(answers, "p2", "q-told")).toMatchObject({ status: "answered", value: 0 });
    expect(by(answers, "p3", "q-told")).toMatchObject({ status: "answered", value: 1 });
    // Case-sensitive: "Satisfied" is not a label of the map, so it is rejected as text, pointing at recode.
    expect(by(answers, "p4", "q-told")).toBeUndefined();
    const told = ledger.problems.find((p) => p.code === "data/non-numeric");
    expect(told?.location).toEqual({ file: "airline.csv", line: 5 });
    expect(told?.params).toEqual({ detail: '"Satisfied" is not a yes/no answer to question "q-told".', recode: { question: "q-told", value: "Satisfied" } });
    expect(told?.hint).toMatch(/^Write the answer as a number on the question's scale .*recode: \{ "q-told": \{ "Satisfied": <a code on the question's scale> \} \}/);
    expect(told === undefined ? "" : problemText(told, "zh").hint).toMatch(/recode 选项.*"q-told"/);
    expect(by(answers, "p2", "q-sat")).toMatchObject({ status: "not-applicable" });
    expect(Number.isNaN(by(answers, "p2", "q-sat")?.value)).toBe(true);
    // 0 on q-nps (0–10) is an answer: notApplicableByQuestion names q-sat only.
    expect(by(answers, "p3", "q-nps")).toMatchObject({ status: "answered", value: 0 });
    expect(by(answers, "p4", "q-nps")).toMatchObject({ status: "dont-know" });
  });

  it("reads the segment from the column segmentColumns names, and skips the ignored column with its stray space", async () => {
    const { answers, ledger } = await load();
    expect(by(answers, "p2", "q-nps")?.segment).toEqual(makeSegment({ customer_type: "disloyal" }));
    // Nothing was read from the timestamp column: no unknown-question rejection, no note.
    expect(ledger.byReason).toEqual([["non-numeric", 1]]);
    expect(ledger.notes.filter((n) => n.code === "data/unknown-column")).toEqual([]);
  });

  it("counts every recoded, not-applicable and don't-know value per question, and the books balance", async () => {
    const { source, ledger } = await load();
    expectBalanced(source.ledger);
    expect(ledger.values).toEqual({ read: 15, valid: 10, missing: 1, dontKnow: 1, notApplicable: 2, rejected: 1 });
    expect(ledger.coded).toEqual([
      { question: "q-told", recoded: 4, labels: [{ label: "satisfied", code: 1, count: 3 }, { label: "neutral or dissatisfied", code: 0, count: 1 }], notApplicable: 0, dontKnow: 0 },
      { question: "q-sat", recoded: 0, labels: [], notApplicable: 2, dontKnow: 0 },
      { question: "q-nps", recoded: 0, labels: [], notApplicable: 0, dontKnow: 1 },
    ]);
  });

  it("says so in the CLI ledger and the report, in English and Chinese", async () => {
    const { ledger } = await load();
    const text = ledgerText("airline.csv", ledger);
    expect(text).toContain("values: 15 read = 10 valid + 1 missing + 1 don't know + 2 not applicable + 1 rejected");
    expect(text).toContain("recoded 4 (q-told “satisfied”→1: 3, q-told “neutral or dissatisfied”→0: 1); not applicable 2 (q-sat 2)");
    expect(ledgerText("airline.csv", ledger, 5, "zh")).toContain("按标签转码4个（q-told “satisfied”→1：3个，q-told “neutral or dissatisfied”→0：1个）；不适用2个（q-sat 2个）");
    const en = reportData([{ kind: "responses", name: "airline.csv", ledger }]).sources[0];
    expect(en?.values).toEqual({ read: 15, valid: 10, missing: 1, dontKnow: 1, notApplicable: 2, rejected: 1 });
    expect(en?.valuesText).toBe(
      "values in accepted rows: 15 read = 10 valid + 1 missing + 1 don't know + 2 not applicable + 1 rejected; recoded 4 (q-told “satisfied”→1: 3, q-told “neutral or dissatisfied”→0: 1); not applicable 2 (q-sat 2)",
    );
    expect(en?.coded).toEqual(ledger.coded);
    const zh = reportData([{ kind: "responses", name: "airline.csv", ledger }], { lang: "zh" }).sources[0];
    expect(zh?.valuesText).toContain("+ 不适用2个 + 拒收1个；按标签转码4个");
  });

  it("leaves the ledger print and the report as they were when nothing was recoded or not applicable", () => {
    const source = responsesFrom(study, [{ respondent: "a", question: "q-sat", value: 4 }, { respondent: "a", question: "q-nps", value: "DK" }]);
    source.forEach(() => undefined);
    const ledger = source.ledger.summary();
    expect(ledger.values).toEqual({ read: 2, valid: 1, missing: 0, dontKnow: 1, rejected: 0 });
    // Don't-know values alone are counted per question by the ledger, but its summary and print stay as they were.
    expect(source.ledger.coded()).toEqual([{ question: "q-nps", recoded: 0, labels: [], notApplicable: 0, dontKnow: 1 }]);
    expect(ledger).not.toHaveProperty("coded");
    expect(codedText(ledger, "en")).toBeUndefined();
    expect(ledgerText("x.csv", ledger)).toBe("x.csv: 2 rows read = 2 accepted + 0 rejected\n  values: 2 read = 1 valid + 0 missing + 1 don't know + 0 rejected\n");
    const doc = reportData([{ kind: "responses", name: "x.csv", ledger }]).sources[0];
    expect(doc?.valuesText).toBe("values in accepted rows: 2 read = 1 valid + 0 missing + 1 don't know + 0 rejected");
    expect(doc?.values).not.toHaveProperty("notApplicable");
  });
});

describe("recode on a Chinese 5-point survey", () => {
  const rows = [
    { respondent: "r1", question: "q-sat", value: "满意" },
    { respondent: "r2", question: "q-sat", value: "一般" },
    { respondent: "r3", question: "q-sat", value: "不满意" },
    { respondent: "r4", question: "q-sat", value: 4 },
    { respondent: "r5", question: "q-sat", value: "很满意" },
    // NFD "é" in the cell, NFC in the label.
    { respondent: "r6", question: "qi-settle", value: "Cafe\u0301", audience: "internal", post: "dispatcher" },
  ];
  const recode = new Map([
    ["*", new Map([["满意", 4], ["一般", 3], ["不满意", 2], ["Café", 5]])],
    ["q-sat", new Map([["满意", 5]])],
  ]);

  it("uses the question's own label before \"*\", matches in NFC, and rejects an unlisted label pointing at recode", () => {
    const out: Answer[] = [];
    const source = responsesFrom(study, rows, { recode });
    source.forEach((a) => out.push(a));
    expect(out.map((a) => [a.respondent, a.value])).toEqual([
      ["r1", 5],
      ["r2", 3],
      ["r3", 2],
      ["r4", 4],
      ["r6", 5],
    ]);
    const p = source.ledger.problems("non-numeric")[0];
    expect(p?.params).toMatchObject({ recode: { question: "q-sat", value: "很满意" } });
    expect(p === undefined ? "" : problemText(p, "zh").message).toBe('已拒收（不是数值）："很满意" is not a number (question "q-sat").');
    expect(source.ledger.coded().map((c) => [c.question, c.recoded])).toEqual([
      ["q-sat", 3],
      ["qi-settle", 1],
    ]);
    expect(source.ledger.reconciles()).toBe(true);
  });

  it("reads a recoded code as any code: a label recoded to a don't-know code is don't know, still counted as recoded", () => {
    const out: Answer[] = [];
    const source = responsesFrom(study, [{ respondent: "r1", question: "q-sat", value: "说不好" }], { recode: new Map([["q-sat", new Map([["说不好", 99]])]]), dontKnow: [99] });
    source.forEach((a) => out.push(a));
    expect(out[0]?.status).toBe("dont-know");
    expect(source.ledger.coded()).toEqual([{ question: "q-sat", recoded: 1, labels: [{ label: "说不好", code: 99, count: 1 }], notApplicable: 0, dontKnow: 1 }]);
  });

  it("rejects a \"*\" code off a question's scale as out of range, saying what it was recoded to", () => {
    const source = responsesFrom(study, [{ respondent: "r1", question: "q-sat", value: "perfect" }], { recode: new Map([["*", new Map([["perfect", 100]])]]) });
    source.forEach(() => undefined);
    expect(source.ledger.problems("out-of-range")[0]?.message).toBe('"perfect" (recoded to 100) is above the scale\'s maximum 5 (question "q-sat").');
    expect(source.ledger.coded()[0]?.recoded).toBe(1);
  });

  it("applies reverse coding after recoding", () => {
    const out: Answer[] = [];
    responsesFrom(study, [{ respondent: "r1", question: "q-wait-bad", value: "agree" }], { recode: new Map([["q-wait-bad", new Map([["agree", 6]])]]) }).forEach((a) => out.push(a));
    expect(out[0]?.value).toBe(2); // 1 + 7 − 6
  });
});

describe("option checks", () => {
  const fails = (options: unknown): string => {
    try {
      responsesFrom(study, [], options as ResponseOptions);
    } catch (e) {
      expect(e).toBeInstanceOf(UsageError);
      return (e as UsageError).message.split("\n")[0] ?? "";
    }
    return "accepted";
  };

  it("locates a code off its question's scale, an unknown question, a blank or repeated label, and a misspelt option", () => {
    expect(fails({ recode: new Map([["q-sat", new Map([["满意", 9]])]]) })).toBe(
      'gaptrace/readResponses: recode["q-sat"]["满意"] maps to 9, which is not on question "q-sat"\'s scale (1–5, whole points).',
    );
    expect(fails({ recode: new Map([["q-told", new Map([["satisfied", 0.5]])]]) })).toMatch(/recode\["q-told"\]\.satisfied maps to 0\.5, which is not on question "q-told"'s scale \(0–1, whole points\)/);
    expect(fails({ recode: new Map([["overall", new Map([["satisfied", 1]])]]) })).toBe('gaptrace/readResponses: recode.overall names question "overall", which the study does not have.');
    expect(fails({ recode: new Map([["*", new Map([["x", 1000]])]]) })).toMatch(/recode\["\*"\]\.x maps to 1000, which is on no question's scale/);
    expect(fails({ recode: new Map([["q-sat", new Map([["  ", 1]])]]) })).toMatch(/is a blank label/);
    expect(fails({ recode: new Map([["q-sat", new Map([["Cafe\u0301", 1], ["Café ", 2]])]]) })).toMatch(/is the same label as "Cafe\u0301" once trimmed and in NFC/);
    expect(fails({ recode: new Map([["q-sat", new Map([["a", "1"]])]]) })).toMatch(/must be a code \(a finite number\), got "1"/);
    expect(fails({ recode: { "q-sat": { a: 1 } } })).toMatch(/recode must be a Map from question ids/);
    expect(fails({ notApplicableByQuestion: new Map([["nope", [0]]]) })).toBe('gaptrace/readResponses: notApplicableByQuestion names question "nope", which the study does not have.');
    expect(fails({ missingCodesByQuestion: new Map([["nope", [-9]]]) })).toMatch(/missingCodesByQuestion names question "nope"/);
    expect(fails({ notApplicable: [true] })).toMatch(/notApplicable\[0\] must be a code/);
    expect(fails({ segmentColumns: new Map([["", "x"]]) })).toMatch(/must not have an empty dimension id/);
    expect(fails({ notapplicable: [0] })).toMatch(/have no option "notapplicable"/);
    expect(fails({ recode: new Map([["*", new Map([["x", 1]])]]), notApplicable: ["N/A"], missingCodesByQuestion: new Map([["q-sat", [-9]]]) })).toBe("accepted");
  });
});

describe("per-question codes", () => {
  it("missingCodesByQuestion and notApplicableByQuestion replace the global lists for their questions only", () => {
    const out: Answer[] = [];
    const source = responsesFrom(
      study,
      [
        { respondent: "r1", question: "q-sat", value: -9 },
        { respondent: "r1", question: "q-overall", value: -9 },
        { respondent: "r1", question: "q-nps", value: "N/A" },
        { respondent: "r1", question: "q-told", value: "N/A" },
      ],
      { missingCodesByQuestion: new Map([["q-sat", [-9]]]), notApplicable: ["N/A"], notApplicableByQuestion: new Map([["q-told", ["n.a."]]]) },
    );
    source.forEach((a) => out.push(a));
    expect(out.map((a) => [a.question, a.status])).toEqual([
      ["q-sat", "missing"],
      ["q-nps", "not-applicable"],
    ]);
    expect(source.ledger.byReason()).toEqual([
      ["non-numeric", 1],
      ["out-of-range", 1],
    ]);
  });
});

describe("segment columns and ignored columns in headers", () => {
  it("refuses a header without the column segmentColumns names, located, on responses and cases", () => {
    const responses = (): unknown => responsesFromCsv(study, "respondent,question,value\nr1,q-sat,4\n", { file: "s.csv", segmentColumns: new Map([["customer_type", "Customer Type"]]) }).forEach(() => undefined);
    expect(responses).toThrow(ValidationError);
    try {
      responses();
    } catch (e) {
      const p = (e as ValidationError).problems[0];
      expect(p?.code).toBe("data/missing-column");
      expect(p?.location).toEqual({ file: "s.csv", line: 1 });
      expect(p?.params).toMatchObject({ missing: ["Customer Type"] });
    }
    expect(() => casesFromCsv(study, "case,event,time\nc1,paid,2026-01-01T00:00:00Z\n", { segmentColumns: new Map([["region", "Region"]]) })).toThrow(/the header has no column "Region"/);
  });

  it("reads case segments from a column of another name, with segments beside it", () => {
    const records = casesFromCsv(study, "case,event,time,Region,class\nc1,paid,2026-01-01T00:00:00Z,North,A\n", {
      segments: ["class"],
      segmentColumns: new Map([["region", " Region "]]),
    });
    expect(records.segments).toEqual([makeSegment({ class: "A", region: "North" })]);
  });

  it("trims ignoreColumns entries as headers are trimmed (a SERVQUAL export with spaces after 17 headers)", () => {
    const header = ["respondent", ...Array.from({ length: 17 }, (_, i) => `기타${i} `), "q-sat"].join(",");
    const row = ["r1", ...Array.from({ length: 17 }, () => "x"), "4"].join(",");
    const ignoreColumns = Array.from({ length: 17 }, (_, i) => (i % 2 === 0 ? `기타${i} ` : ` 기타${i}`));
    const source = responsesFromCsv(study, `${header}\n${row}\n`, { form: "wide", ignoreColumns });
    source.forEach(() => undefined);
    expect(source.ledger.summary().values).toEqual({ read: 1, valid: 1, missing: 0, dontKnow: 0, rejected: 0 });
    expect(source.ledger.byReason()).toEqual([]);
  });
});

describe("not-applicable answers downstream", () => {
  const rows = [
    { respondent: "a", question: "q-sat", value: 4, segment: { region: "n" } },
    { respondent: "b", question: "q-sat", value: 0, weight: 2, segment: { region: "n" } },
    { respondent: "c", question: "q-sat", value: 2, segment: { region: "n" } },
  ];

  it("never enter means; aggregates count them (and their weight) like don't know, and keep them through JSON", () => {
    const agg = aggregate(study, rows, { notApplicable: [0] });
    const cell = agg.cells.get(cellKey("q-sat", "1", makeSegment({ region: "n" })));
    expect(cell?.moments.mean).toBe(3);
    expect(cell?.moments.n).toBe(2);
    expect(cell).toMatchObject({ notApplicable: 1, notApplicableWeight: 2, dontKnow: 0 });
    const json = aggregateToJSON(agg);
    expect(json.cells[0]).toMatchObject({ notApplicable: 1, notApplicableWeight: 2 });
    expect(json.ledger.values.notApplicable).toBe(1);
    const back = aggregateFromJSON(JSON.parse(JSON.stringify(json)));
    expect(back.cells.get(cellKey("q-sat", "1", makeSegment({ region: "n" })))).toEqual(cell);
    expect(back.ledger).toEqual(agg.ledger);
  });

  it("keeps the JSON of aggregates without not-applicable answers as it was, and reads such files", () => {
    const agg = aggregate(study, rows.slice(0, 1));
    const json = aggregateToJSON(agg);
    expect(json.cells[0]).not.toHaveProperty("notApplicable");
    expect(json.ledger.values).not.toHaveProperty("notApplicable");
    expect(json.ledger).not.toHaveProperty("coded");
    expect([...aggregateFromJSON(JSON.parse(JSON.stringify(json))).cells.values()][0]).toMatchObject({ notApplicable: 0, notApplicableWeight: 0 });
  });

  it("have their own status in response tables", () => {
    const table = collectResponses(study, rows, { notApplicable: [0] });
    expect([...table.answers.status]).toEqual([ANSWER_STATUS.answered, ANSWER_STATUS.notApplicable, ANSWER_STATUS.answered]);
  });

  it("survive merging and rebuilding ledgers", () => {
    const one = responsesFrom(study, rows, { notApplicable: [0], recode: new Map([["*", new Map([["two", 2]])]]) });
    one.forEach(() => undefined);
    const two = responsesFrom(study, [{ respondent: "z", question: "q-sat", value: "two" }], { recode: new Map([["*", new Map([["two", 2]])]]) });
    two.forEach(() => undefined);
    const merged = Ledger.merge(one.ledger, two.ledger);
    expect(merged.reconciles()).toBe(true);
    expect(merged.values.notApplicable).toBe(1);
    expect(merged.coded()).toEqual([{ question: "q-sat", recoded: 1, labels: [{ label: "two", code: 2, count: 1 }], notApplicable: 1, dontKnow: 0 }]);
    expect(Ledger.fromSummary(merged.summary()).summary()).toEqual(merged.summary());
  });
});

describe("invariants (property)", () => {
  const CELLS = ["satisfied", "neutral or dissatisfied", "Satisfied", " satisfied ", "0", "1", "3", "5", "9", "99", "DK", "N/A", "", "NA", "good", "2.5"];
  const QUESTIONS = ["q-sat", "q-told", "q-nps"] as const;
  const options: ResponseOptions = {
    form: "wide",
    recode: new Map([
      ["*", new Map([["satisfied", 1], ["neutral or dissatisfied", 0]])],
      ["q-sat", new Map([["satisfied", 5]])],
    ]),
    notApplicable: ["N/A"],
    notApplicableByQuestion: new Map([["q-sat", [0]]]),
    dontKnowByQuestion: new Map([["q-nps", [99]]]),
    missingCodes: ["NA"],
  };

  it("rows read = accepted + rejected; values read = valid + missing + don't know + not applicable + rejected; coded counts add up", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(...QUESTIONS.map(() => fc.constantFrom(...CELLS))), { maxLength: 40 }), fc.boolean(), (cells, reject) => {
        const rows = cells.map((c, i) => Object.fromEntries([["respondent", `r${i}`], ...QUESTIONS.map((q, j) => [q, c[j]])]));
        const source = responsesFrom(study, rows, { ...options, ...(reject ? { missing: "reject" as const } : {}) });
        const answers: Answer[] = [];
        source.forEach((a) => answers.push(a));
        const s = source.ledger.summary();
        expect(source.ledger.reconciles()).toBe(true);
        expect(s.rowsRead).toBe(rows.length);
        expect(s.rowsRead).toBe(s.accepted + s.rejected);
        const v = s.values;
        expect(v.read).toBe(v.valid + v.missing + v.dontKnow + (v.notApplicable ?? 0) + v.rejected);
        const count = (status: Answer["status"]): number => answers.filter((a) => a.status === status).length;
        expect([count("answered"), count("missing"), count("dont-know"), count("not-applicable")]).toEqual([v.valid, v.missing, v.dontKnow, v.notApplicable ?? 0]);
        const coded = source.ledger.coded();
        expect(s.coded === undefined ? [] : s.coded).toEqual(coded.some((c) => c.recoded + c.notApplicable > 0) ? coded : []);
        expect(coded.reduce((n, c) => n + c.notApplicable, 0)).toBe(v.notApplicable ?? 0);
        expect(coded.reduce((n, c) => n + c.dontKnow, 0)).toBe(v.dontKnow);
        for (const c of coded) expect(c.labels.reduce((n, l) => n + l.count, 0)).toBe(c.recoded);
        // Every cell whose trimmed text is a label was recoded.
        const labelled = cells.flat().filter((c) => c.trim() === "satisfied" || c.trim() === "neutral or dissatisfied").length;
        expect(coded.reduce((n, c) => n + c.recoded, 0)).toBe(labelled);
        for (const a of answers) if (a.status !== "answered") expect(Number.isNaN(a.value)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
