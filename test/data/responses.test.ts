import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isGaptraceError, UsageError, ValidationError } from "../../src/core/errors.js";
import { responsesFrom, responsesFromCsv, responsesFromJsonl, type Answer } from "../../src/data/responses.js";
import { drain, expectBalanced, rejections } from "./helpers.js";
import { study } from "./fixture.js";

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/data/${name}`, import.meta.url), "utf8");

const by = (answers: Answer[], respondent: string, question: string): Answer | undefined =>
  answers.find((a) => a.respondent === respondent && a.question === question);

describe("long-form CSV with deliberately bad rows", () => {
  const load = async () => {
    const source = responsesFromCsv(study, fixture("responses-long.csv"), {
      file: "responses-long.csv",
      segments: ["region", "class"],
      dontKnowByQuestion: new Map([["q-nps", [99]]]),
    });
    const answers = await drain(source);
    return { source, answers };
  };

  it("rejects each bad line for its reason, at its line", async () => {
    const { source } = await load();
    expect(rejections(source.ledger)).toEqual([
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
    expectBalanced(source.ledger);
  });

  it("counts rows, values, blanks, missing and don't know", async () => {
    const { source } = await load();
    const s = source.ledger.summary();
    // Line 25 opens a quote it never closes: it is rejected alone, and line 26 is read (issue 11).
    expect(s).toMatchObject({ rowsRead: 24, accepted: 10, rejected: 14, blankLines: 1 });
    expect(s.values).toEqual({ read: 10, valid: 7, missing: 1, dontKnow: 2, rejected: 0 });
    expectBalanced(source.ledger);
  });

  it("names the file, a message and a hint in every problem", async () => {
    const { source } = await load();
    for (const p of source.ledger.problems()) {
      expect(p.location?.file).toBe("responses-long.csv");
      expect(p.message.length).toBeGreaterThan(10);
      expect(p.hint.length).toBeGreaterThan(10);
      expect(p.severity).toBe("warning");
    }
    const unclosed = source.ledger.problems("malformed-line").find((p) => p.location?.line === 25);
    expect(unclosed?.message).toMatch(/line 25: a quote is opened and never closed/);
    const dup = source.ledger.problems("duplicate-answer")[0];
    expect(dup?.message).toMatch(/r02.*q-sat.*first answer was kept/);
    expectBalanced(source.ledger);
  });

  it("applies reverse coding, yes/no mapping, weights, waves and segments on accept", async () => {
    const { answers, source } = await load();
    expectBalanced(source.ledger);
    expect(by(answers, "r01", "q-sat")?.value).toBe(4);
    expect(by(answers, "r01", "q-wait-bad")?.value).toBe(6); // likert 7 reversed: 1 + 7 − 2
    expect(by(answers, "r01", "q-told")?.value).toBe(1); // 是
    expect(by(answers, "r01", "q-nps")?.status).toBe("dont-know"); // 99 on this question only
    expect(by(answers, "r01", "q-overall")?.status).toBe("missing");
    expect(by(answers, "r08", "q-sat")?.status).toBe("dont-know"); // 不知道 is a default code
    const r02 = by(answers, "r02", "q-sat");
    expect(r02).toMatchObject({ value: 3, weight: 2.5, wave: "2024Q1", line: 10 });
    expect(r02?.segment).toEqual([["class", "business"], ["region", "south"]]);
    const r03 = by(answers, "r03", "qi-settle");
    expect(r03).toMatchObject({ audience: "internal", post: "dispatcher", point: "ep-settle" });
    expect(r03?.segment).toEqual([["region", "north"]]); // blank class is left out
    expect(by(answers, "r13", "q-expect-h")?.value).toBe(36.5);
  });
});

describe("wide-form CSV", () => {
  it("checks each cell: wrong audience, scale, duplicates and unknown columns", async () => {
    const source = responsesFromCsv(study, fixture("responses-wide.csv"), { form: "wide", segments: ["region"], file: "wide.csv" });
    const answers = await drain(source);
    expect(rejections(source.ledger)).toEqual([
      "2: data/unknown-question", // "comment" column, non-blank
      "3: data/non-numeric",
      "3: data/out-of-range",
      "5: data/wrong-audience", // qi-order is rated by lineman
      "6: data/invalid-weight",
      "7: data/duplicate-answer",
      "7: data/unknown-question",
      "8: data/malformed-line",
    ]);
    const s = source.ledger.summary();
    expect(s).toMatchObject({ rowsRead: 7, accepted: 5, rejected: 2 });
    expect(s.values).toEqual({ read: 14, valid: 7, missing: 0, dontKnow: 1, rejected: 6 });
    expect(s.notes.map((n) => n.code)).toEqual(["data/unknown-column"]);
    expectBalanced(source.ledger);
    expect(by(answers, "w01", "q-wait-bad")?.value).toBe(7); // reversed 1 on a 7-point scale
    expect(by(answers, "w01", "q-told")?.value).toBe(1);
    expect(by(answers, "w02", "q-nps")?.status).toBe("dont-know");
    expect(answers.filter((a) => a.respondent === "w01" && a.question === "q-sat").map((a) => a.value)).toEqual([5]);
  });

  it("skips ignored columns and maps question columns", async () => {
    const csv = "id,weight,Q1,note\nx1,1,4,hello\nx2,1,,\n";
    const source = responsesFromCsv(study, csv, {
      form: "wide",
      columns: { respondent: "id" },
      questionColumns: new Map([["q-sat", "Q1"]]),
      ignoreColumns: ["note"],
    });
    const answers = await drain(source);
    expect(answers.map((a) => [a.respondent, a.question, a.status])).toEqual([
      ["x1", "q-sat", "answered"],
      ["x2", "q-sat", "missing"],
    ]);
    expect(source.ledger.summary().notes).toEqual([]);
    expectBalanced(source.ledger);
  });

  it("rejects blank answers when missing is \"reject\"", async () => {
    const source = responsesFromCsv(study, "respondent,q-sat,q-nps\na,,3\n", { form: "wide", missing: "reject" });
    await drain(source);
    expect(rejections(source.ledger)).toEqual(["2: data/missing-value"]);
    expectBalanced(source.ledger);
  });
});

describe("in-memory rows and JSON Lines", () => {
  it("reads objects and Maps in long form, numbering rows from 1", () => {
    const source = responsesFrom(
      study, [
        { respondent: "a", question: "q-sat", value: 5, segment: new Map([["region", "north"]]) },
        new Map<string, unknown>([["respondent", "b"], ["question", "q-sat"], ["value", 2]]),
        { respondent: "c", question: "q-sat", value: 3, weight: Number.POSITIVE_INFINITY },
        42 as never,
      ],
    );
    const answers: Answer[] = [];
    const r = source.forEach((a) => answers.push(a));
    expect(r).toBeUndefined(); // sync input, sync read
    expect(answers.map((a) => a.value)).toEqual([5, 2]);
    expect(rejections(source.ledger)).toEqual(["3: data/invalid-weight", "4: data/malformed-line"]);
    expectBalanced(source.ledger);
  });

  it("treats __proto__ and constructor as plain data", async () => {
    const source = responsesFromJsonl(study, fixture("responses.jsonl"));
    const answers = await drain(source);
    expect(rejections(source.ledger)).toEqual(["3: data/out-of-range", "4: data/malformed-line", "5: data/malformed-line", "9: data/unknown-question"]);
    expect(source.ledger.summary()).toMatchObject({ rowsRead: 8, accepted: 4, rejected: 4, blankLines: 1 });
    expect(answers[0]?.segment).toEqual([["__proto__", "x"], ["region", "north"]]);
    expect(({} as Record<string, unknown>)["x"]).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("region");
    expect(by(answers, "j1", "q-told")?.value).toBe(0);
    expect(by(answers, "j3", "qi-order-ok")).toMatchObject({ value: 0, weight: 3, post: "lineman" });
    expectBalanced(source.ledger);
  });

  it("keeps only the declared segment dimensions", () => {
    const source = responsesFrom(study, [{ respondent: "a", question: "q-sat", value: 5, segment: { region: "n", class: "r" } }], { segments: ["class"] });
    const answers: Answer[] = [];
    void source.forEach((a) => answers.push(a));
    expect(answers[0]?.segment).toEqual([["class", "r"]]);
    expectBalanced(source.ledger);
  });

  it("rejects a respondent whose attributes change within a wave", () => {
    const source = responsesFrom(
      study, [
        { respondent: "a", question: "q-sat", value: 5, weight: 1 },
        { respondent: "a", question: "q-nps", value: 5, weight: 2 },
        { respondent: "a", question: "q-nps", value: 5, weight: 2, wave: "2" },
      ],
    );
    void source.forEach(() => undefined);
    expect(rejections(source.ledger)).toEqual(["2: data/inconsistent-respondent"]);
    expectBalanced(source.ledger);
  });

  it("enforces the segment limit", () => {
    const rows = Array.from({ length: 5 }, (_, i) => ({ respondent: `r${i}`, question: "q-sat", value: 3, segment: { region: `reg${i}` } }));
    const source = responsesFrom(study, rows, { maxSegments: 3 });
    void source.forEach(() => undefined);
    expect(source.ledger.count("segment-limit")).toBe(2);
    expectBalanced(source.ledger);
  });

  it("keeps only the first N problems per reason but counts them all", () => {
    const rows = Array.from({ length: 50 }, (_, i) => ({ respondent: `r${i}`, question: "nope", value: 3 }));
    const source = responsesFrom(study, rows, { maxProblemsPerReason: 5 });
    void source.forEach(() => undefined);
    expect(source.ledger.count("unknown-question")).toBe(50);
    expect(source.ledger.problems("unknown-question")).toHaveLength(5);
    expectBalanced(source.ledger);
  });
});

describe("usage errors", () => {
  it("refuses a header without the required columns, with its location", async () => {
    const source = responsesFromCsv(study, "who,question,value\nr1,q-sat,4\n", { file: "x.csv" });
    const err = await drain(source).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).problems[0]).toMatchObject({ code: "data/missing-column", location: { file: "x.csv", line: 1 } });
  });

  it("refuses a header that repeats a column", async () => {
    const err = await drain(responsesFromCsv(study, "respondent,question,value,value\n")).catch((e: unknown) => e);
    expect((err as ValidationError).problems[0]?.code).toBe("data/duplicate-column");
  });

  it("refuses bad options at the call, and a second read", async () => {
    expect(() => responsesFrom(study, [], { form: "tall" as never })).toThrow(UsageError);
    expect(() => responsesFrom(study, [], { dontKnowByQuestion: new Map([["nope", [9]]]) })).toThrow(/nope/);
    const source = responsesFrom(study, []);
    await drain(source);
    expect(() => source.forEach(() => undefined)).toThrow(/already been read/);
  });
});

describe("properties", () => {
  const cell = fc.oneof(
    fc.string(),
    fc.constantFrom("", "1", "3", "5", "99", "DK", "不知道", "是", "否", "yes", "-1", "1e9", "q-sat", "qi-settle", "dispatcher", "internal", "external", '"', ","),
  );
  const row = fc.array(cell, { minLength: 0, maxLength: 10 });

  it("the ledger reconciles for random garbage CSV", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 30 }), fc.boolean(), async (rows, wide) => {
        const header = wide ? "respondent,audience,post,weight,wave,q-sat,qi-settle,q-told" : "respondent,audience,post,weight,wave,question,value";
        const text = [header, ...rows.map((r) => r.join(","))].join("\n");
        const source = responsesFromCsv(study, text, { form: wide ? "wide" : "long" });
        let answers: Awaited<ReturnType<typeof drain>>;
        try {
          answers = await drain(source);
        } catch (e) {
          // Only a file with no data row may stop the load: every line blank (quotes, commas and spaces at most).
          expect((e as { problems?: { code: string }[] }).problems?.[0]?.code).toBe("data/empty-file");
          expect(rows.every((r) => r.join(",").replace(/[",\s]/g, "") === "")).toBe(true);
          return;
        }
        const s = source.ledger.summary();
        expect(s.rowsRead).toBe(s.accepted + s.rejected);
        expect(s.values.read).toBe(s.values.valid + s.values.missing + s.values.dontKnow + s.values.rejected);
        expect(s.byReason.reduce((n, [, c]) => n + c, 0)).toBe(s.rejected + s.values.rejected);
        expect(answers.length).toBe(s.values.valid + s.values.missing + s.values.dontKnow);
      }),
      { numRuns: 150 },
    );
  });

  it("the ledger reconciles for random garbage objects", () => {
    const value = fc.oneof(fc.anything(), cell);
    const obj = fc.dictionary(fc.constantFrom("respondent", "question", "value", "audience", "post", "weight", "wave", "segment", "__proto__", "q-sat"), value);
    fc.assert(
      fc.property(fc.array(fc.oneof(obj, fc.anything()), { maxLength: 30 }), fc.boolean(), (rows, wide) => {
        const source = responsesFrom(study, rows as never[], { form: wide ? "wide" : "long" });
        let n = 0;
        try {
          void source.forEach(() => n++);
        } catch (e) {
          // Only gaptrace's own errors may escape, never a TypeError.
          expect(isGaptraceError(e)).toBe(true);
          return;
        }
        expectBalanced(source.ledger);
        expect(n).toBe(source.ledger.values.valid + source.ledger.values.missing + source.ledger.values.dontKnow);
      }),
      { numRuns: 200 },
    );
  });
});

describe("case links (回访 sampled from work orders)", () => {
  // Long form with a Chinese header for the link column; the case id may repeat on every row of a respondent.
  const longCsv = [
    "受访者,question,value,工单编号,audience,post",
    "c1,q-sat,4,WO-1,,",
    "c1,q-nps,8,WO-1,,",
    "c2,q-sat,2,,,",
    "c1,q-told,是,WO-9,,", // line 5: names a second case
    "s1,qi-settle,3,WO-5,internal,dispatcher", // staff: the case id is ignored, the row is used
    "c3,q-sat,5,,,", // c3's first row leaves the case blank ...
    "c3,q-nps,9,WO-3,,", // ... and this one names it
    "c3,q-told,否,,,", // blank again: no contradiction
    "c1,q-told,否,,,", // blank: c1 keeps WO-1
  ].join("\n");
  const options = { file: "visits.csv", columns: { respondent: "受访者", case: "工单编号" } };

  it("links each customer to its case and rejects a row naming a second case at its line", async () => {
    const source = responsesFromCsv(study, longCsv, options);
    const answers = await drain(source);
    expect(rejections(source.ledger)).toEqual(["5: data/conflicting-case-link"]);
    const p = source.ledger.problems("conflicting-case-link")[0];
    expect(p?.location).toEqual({ file: "visits.csv", line: 5 });
    expect(p?.path).toEqual(["工单编号"]);
    expect(p?.message).toMatch(/"c1".*case "WO-1".*case "WO-9"/);
    expect(p?.hint).toMatch(/same case id/);
    expect(by(answers, "c1", "q-told")?.case).toBe("WO-1"); // line 10, blank cell
    expect(by(answers, "c2", "q-sat")?.case).toBe("");
    expect(by(answers, "s1", "qi-settle")?.case).toBe("");
    expect(by(answers, "c3", "q-sat")?.case).toBe(""); // not known yet at its first row
    expect(by(answers, "c3", "q-told")?.case).toBe("WO-3");
    const s = source.ledger.summary();
    expect(s).toMatchObject({ rowsRead: 9, accepted: 8, rejected: 1 });
    expect(s.links).toEqual({ linked: 2, unlinked: 1, internalIgnored: 1, conflicting: 1 });
    expect(s.notes.map((n) => [n.code, n.location?.line])).toEqual([["data/internal-case-link", 6]]);
    expectBalanced(source.ledger);
  });

  it("checks the case cell of consecutive rows that repeat every other attribute", async () => {
    const csv = ["respondent,question,value,case", "r1,q-sat,4,", "r1,q-nps,8,W1", "r1,q-told,是,W2", "r1,q-wait-bad,2,W1"].join("\n");
    const source = responsesFromCsv(study, csv);
    const answers = await drain(source);
    expect(answers.map((a) => a.case)).toEqual(["", "W1", "W1"]);
    expect(rejections(source.ledger)).toEqual(["4: data/conflicting-case-link"]);
    expect(source.ledger.summary().links).toEqual({ linked: 1, unlinked: 0, internalIgnored: 0, conflicting: 1 });
    expectBalanced(source.ledger);
  });

  it("reads the same from JSON Lines and object rows, with numeric and Map case ids", async () => {
    const rows = [
      { respondent: "a", question: "q-sat", value: 4, case: 20260301 },
      new Map<string, unknown>([["respondent", "b"], ["question", "q-sat"], ["value", 3], ["case", " WO-7 "]]),
      { respondent: "a", question: "q-nps", value: 7, case: "20260302" },
      { respondent: "c", question: "q-sat", value: 5, case: null },
    ];
    const source = responsesFrom(study, rows);
    const answers: Answer[] = [];
    void source.forEach((a) => answers.push(a));
    expect(answers.map((a) => a.case)).toEqual(["20260301", "WO-7", ""]);
    expect(rejections(source.ledger)).toEqual(["3: data/conflicting-case-link"]);
    expect(source.ledger.summary().links).toEqual({ linked: 2, unlinked: 1, internalIgnored: 0, conflicting: 1 });
    expectBalanced(source.ledger);

    const jsonl = responsesFromJsonl(
      study, ['{"respondent":"a","question":"q-sat","value":4,"wo":"X1"}', '{"respondent":"a","question":"q-nps","value":7,"wo":"X2"}', '{"respondent":"a","question":"q-told","value":"是","wo":"X1"}'].join("\n"),
      { columns: { case: "wo" } },
    );
    const fromJsonl = await drain(jsonl);
    expect(fromJsonl.map((a) => a.case)).toEqual(["X1", "X1"]);
    expect(rejections(jsonl.ledger)).toEqual(["2: data/conflicting-case-link"]);
    expectBalanced(jsonl.ledger);
  });

  it("reads wide files: one row per customer, a second row naming another case is rejected whole", async () => {
    const wide = ["respondent,wave,case,q-sat,q-nps,qi-settle,post", "w1,1,WO-1,4,8,,", "w2,1,,3,,,", "w1,1,WO-2,,,,", "w1,2,WO-2,5,,,", "s1,1,WO-4,,,4,dispatcher", "w2,1,WO-8,,6,,"].join("\n");
    const source = responsesFromCsv(study, wide, { form: "wide" });
    const answers = await drain(source);
    // Line 7 adds only a repeated answer: nothing of it is used, so neither is its case id.
    expect(rejections(source.ledger)).toEqual(["4: data/conflicting-case-link", "7: data/duplicate-answer"]);
    // The same id in another wave is another respondent, with its own case.
    expect(answers.filter((a) => a.respondent === "w1").map((a) => [a.wave, a.case])).toEqual([
      ["1", "WO-1"],
      ["1", "WO-1"],
      ["2", "WO-2"],
      ["2", "WO-2"], // q-nps blank: a missing answer
    ]);
    expect(by(answers, "w2", "q-nps")?.case).toBe("");
    const s = source.ledger.summary();
    expect(s.links).toEqual({ linked: 2, unlinked: 1, internalIgnored: 1, conflicting: 1 });
    expect(s.notes.map((n) => n.code)).toEqual(["data/internal-case-link"]); // not an unknown column
    expectBalanced(source.ledger);
  });

  it('links every external respondent to the case with its own id with linkBy: "respondent"', async () => {
    const csv = ["respondent,question,value,post,case", "WO-1,q-sat,4,,ignored", "WO-1,q-nps,9,,other", "s1,qi-settle,2,dispatcher,WO-1"].join("\n");
    const source = responsesFromCsv(study, csv, { linkBy: "respondent", file: "v.csv" });
    const answers = await drain(source);
    expect(answers.map((a) => a.case)).toEqual(["WO-1", "WO-1", ""]);
    const s = source.ledger.summary();
    expect(s.rejected).toBe(0);
    expect(s.links).toEqual({ linked: 1, unlinked: 0, internalIgnored: 0, conflicting: 0 });
    expect(s.notes.map((n) => [n.code, n.severity])).toEqual([["data/unused-column", "info"]]);
    expect(s.notes[0]?.message).toMatch(/case is not read/);
    expectBalanced(source.ledger);
  });

  it("leaves everyone unlinked when the default column is absent, and refuses a named column that is absent", async () => {
    const plain = responsesFromCsv(study, "respondent,question,value\nr1,q-sat,4\n");
    expect((await drain(plain))[0]?.case).toBe("");
    expect(plain.ledger.summary().links).toEqual({ linked: 0, unlinked: 1, internalIgnored: 0, conflicting: 0 });
    const named = responsesFromCsv(study, "respondent,question,value\nr1,q-sat,4\n", { columns: { case: "工单编号" }, file: "v.csv" });
    const err = await drain(named).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).problems[0]).toMatchObject({ code: "data/missing-column", location: { file: "v.csv", line: 1 } });
    expect((err as ValidationError).problems[0]?.message).toMatch(/no column 工单编号/);
  });

  it("names the function, the option's path and what to write for every bad option (zod schema)", () => {
    const cases: [unknown, string, RegExp][] = [
      [{ form: "tall" }, 'gaptrace/readResponses: form must be "long" or "wide", got "tall".', /"long" \(one answer per row\)/],
      [{ missing: "drop" }, 'gaptrace/readResponses: missing must be "count" or "reject", got "drop".', /reject/],
      [{ linkBy: "work-order" }, 'gaptrace/readResponses: linkBy must be "column" or "respondent", got "work-order".', /respondent ids are case ids/],
      [{ columns: { respondant: "id" } }, 'gaptrace/readResponses: columns has no column "respondant"; the columns are respondent, question, value, audience, post, weight, wave, segment, case.', /spelling/],
      [{ columns: { case: 7 } }, "gaptrace/readResponses: columns.case must be a column name (a string), got 7.", /columns/],
      [{ segments: ["region", 3] }, "gaptrace/readResponses: segments[1] must be a column name (a string), got 3.", /\["region"\]/],
      [{ dontKnow: 99 }, "gaptrace/readResponses: dontKnow must be a list of codes (texts or numbers), got 99.", /\[99, "DK"\]/],
      [{ dontKnowByQuestion: new Map([["nope", [9]]]) }, 'gaptrace/readResponses: dontKnowByQuestion names question "nope", which the study does not have.', /question ids/],
      [{ questionColumns: { q: "x" } }, "gaptrace/readResponses: questionColumns must be a Map from question ids, got {\"q\":\"x\"}.", /new Map/],
      [{ maxSegments: -1 }, "gaptrace/readResponses: maxSegments must be a whole number ≥ 0 (or Infinity), got -1.", /10000/],
      [{ maxProblemsPerReason: 1.5 }, "gaptrace/readResponses: maxProblemsPerReason must be a whole number ≥ 0, got 1.5.", /100/],
      [{ dontknow: [99] }, 'gaptrace/readResponses: options have no option "dontknow"; the options are form, columns, segments, segmentColumns, questionColumns, ignoreColumns, missing, missingCodes, missingCodesByQuestion, dontKnow, dontKnowByQuestion, notApplicable, notApplicableByQuestion, recode, defaultWave, defaultPost, file, maxProblemsPerReason, maxSegments, linkBy.', /spelling/],
      [null, "gaptrace/readResponses: options must be an object, got null.", /form: "wide"/],
    ];
    for (const [options, message, hint] of cases) {
      let error: unknown;
      try {
        responsesFrom(study, [], options as never);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(UsageError);
      expect((error as UsageError).message.split("\n")[0]).toBe(message);
      expect((error as UsageError).problems[0]!.hint).toMatch(hint);
    }
  });

  it("reads the text options only where there is text: delimiter in CSV, encoding in CSV and JSON Lines", () => {
    expect(() => responsesFrom(study, [], { delimiter: ";" } as never)).toThrow(/options have no option "delimiter"; the options are form, .*linkBy\./);
    expect(() => responsesFromJsonl(study, "", { delimiter: ";" } as never)).toThrow(/no option "delimiter"; the options are .*linkBy, encoding\./);
    expect(() => responsesFromCsv(study, "", { delimiter: "" })).toThrow("gaptrace/readResponses: delimiter must not be empty.");
    expect(() => responsesFromCsv(study, "respondent;question;value\n", { delimiter: ";", encoding: "utf-8" })).not.toThrow();
  });

  it("refuses contradictory or unknown link options at the call", () => {
    expect(() => responsesFrom(study, [], { linkBy: "respondent", columns: { case: "wo" } })).toThrow(/columns\.case .* linkBy: "respondent"/);
    expect(() => responsesFrom(study, [], { linkBy: "work-order" as never })).toThrow(UsageError);
  });

  it("keeps the link counts equal to the respondents it accepts, whatever the rows (property)", () => {
    const row = fc.record({
      respondent: fc.constantFrom("a", "b", "c", "s"),
      wave: fc.constantFrom("1", "2"),
      question: fc.constantFrom("q-sat", "q-nps", "q-told"),
      value: fc.constantFrom(1, 3, 5, 9, "x"),
      case: fc.constantFrom("", "", "W1", "W2"),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
        const staffed = rows.map((r) => (r.respondent === "s" ? { ...r, post: "dispatcher", question: "qi-settle" } : r));
        const source = responsesFrom(study, staffed);
        const answers: Answer[] = [];
        void source.forEach((a) => answers.push(a));
        expectBalanced(source.ledger);
        // Per respondent (id × wave): the case of its last answer is its link; it never changes once named.
        const last = new Map<string, Answer>();
        for (const a of answers) {
          const key = `${a.wave}/${a.respondent}`;
          const before = last.get(key);
          if (before !== undefined && before.case !== "") expect(a.case).toBe(before.case);
          last.set(key, a);
        }
        const external = [...last.values()].filter((a) => a.audience === "external");
        const links = source.ledger.summary().links;
        expect(links?.linked).toBe(external.filter((a) => a.case !== "").length);
        expect(links?.unlinked).toBe(external.filter((a) => a.case === "").length);
        expect(links?.conflicting).toBe(source.ledger.count("conflicting-case-link"));
        expect([...last.values()].filter((a) => a.audience === "internal").every((a) => a.case === "")).toBe(true);
      }),
    );
  });
});

describe("a file in the other form than it is read in (issue 11)", () => {
  const failure = async (text: string, options: Parameters<typeof responsesFromCsv>[2]): Promise<ValidationError> => {
    const e: unknown = await drain(responsesFromCsv(study, text, options)).then(() => undefined, (err: unknown) => err);
    expect(e).toBeInstanceOf(ValidationError);
    return e as ValidationError;
  };

  it("a long file read wide stops at its header with data/wrong-form, instead of rejecting every value", async () => {
    const p = (await failure("respondent,question,value\nr1,q-sat,4\n", { form: "wide", file: "long.csv" })).problems[0]!;
    expect(p.code).toBe("data/wrong-form");
    expect(p.location).toEqual({ line: 1, file: "long.csv" });
    expect(p.message).toContain("its header has the columns question and value and no column named after a question of the study: it looks long (one answer a row)");
  });

  it("a wide file read long names the question columns it found and says to read it wide", async () => {
    const p = (await failure("respondent,audience,q-sat\nr1,external,4\n", { file: "wide.csv" })).problems[0]!;
    expect(p.code).toBe("data/wrong-form");
    expect(p.message).toContain("has columns named after questions of the study (q-sat): it looks wide");
    expect(p.hint).toContain('form: "wide"');
  });
});
