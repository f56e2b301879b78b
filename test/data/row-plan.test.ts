/**
 * The header index of the CSV readers: a missing required column is a located problem, and a header that is one
 * column holding semicolons or tabs says which delimiter the file looks separated by (European Excel exports,
 * tab-separated files read as comma-separated).
 */
import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/core/errors.js";
import { problemText } from "../../src/core/problem.js";
import { casesFromCsv } from "../../src/data/cases.js";
import { responsesFromCsv } from "../../src/data/responses.js";
import { headerIndex } from "../../src/data/row-plan.js";
import { drain } from "./helpers.js";
import { study } from "./fixture.js";

/** The problems of the error a call throws. */
function problemsOf(f: () => unknown): ValidationError["problems"] {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as ValidationError).problems;
  }
  throw new Error("expected a ValidationError");
}

describe("headerIndex", () => {
  it("indexes the columns by name", () => {
    expect([...headerIndex("readCases", ["case", "event", "time"], ["case"], { line: 1 })]).toEqual([["case", 0], ["event", 1], ["time", 2]]);
  });

  it("names the missing columns and no delimiter for an ordinary header", () => {
    const [p] = problemsOf(() => headerIndex("readResponses", ["who", "question", "value"], ["respondent", "question"], { line: 1, file: "x.csv" }));
    expect(p).toMatchObject({ code: "data/missing-column", params: { missing: ["respondent"], found: ["who", "question", "value"] }, location: { line: 1, file: "x.csv" } });
    expect(p?.params).not.toHaveProperty("delimiter");
    expect(p?.hint).toBe("Name the columns in the header, or tell the reader which columns to use (options.columns, options.segments).");
  });

  it("says a one-column header with semicolons looks separated by semicolons, in English and Chinese", () => {
    const [p] = problemsOf(() => headerIndex("readResponses", ["respondent;question;value"], ["respondent", "question", "value"], { line: 1 }));
    expect(p?.params).toMatchObject({ delimiter: ";" });
    expect(p?.message).toBe(
      "The header has no column respondent, question, value (found: respondent;question;value): the file looks separated by semicolons, so the whole header was read as one column.",
    );
    expect(p?.hint).toBe(`Pass the delimiter: --delimiter ';' on the command line, or delimiter: ";" in the options.`);
    expect(problemText(p!, "zh").message).toContain("文件看来是以分号分隔的");
    expect(problemText(p!, "zh").hint).toBe(`请指定分隔符：命令行加上 --delimiter ';'，或在选项中写 delimiter: ";"。`);
  });

  it("says a one-column header with tabs looks separated by tabs", () => {
    const [p] = problemsOf(() => headerIndex("readCases", ["case\tevent\ttime"], ["case", "event", "time"], { line: 1 }));
    expect(p?.params).toMatchObject({ delimiter: "\t" });
    expect(p?.message).toContain("the file looks separated by tabs");
    expect(p?.hint).toBe(`Pass the delimiter: --delimiter tab on the command line, or delimiter: "\\t" in the options.`);
    expect(problemText(p!, "zh").message).toContain("制表符（Tab）");
  });

  it("takes the more frequent of semicolons and tabs, and suggests nothing for several columns or none of them", () => {
    const [mixed] = problemsOf(() => headerIndex("f", ["a\tb\tc;d"], ["x"], { line: 1 }));
    expect(mixed?.params).toMatchObject({ delimiter: "\t" });
    const [several] = problemsOf(() => headerIndex("f", ["a;b", "c"], ["x"], { line: 1 }));
    expect(several?.params).not.toHaveProperty("delimiter");
    const [plain] = problemsOf(() => headerIndex("f", ["a b"], ["x"], { line: 1 }));
    expect(plain?.params).not.toHaveProperty("delimiter");
  });
});

describe("the CSV readers on a file separated by another delimiter", () => {
  it("responses: the missing-column problem names the semicolons; with delimiter \";\" the rows are read", async () => {
    const text = "respondent;question;value\nr1;q-sat;4\n";
    const err = await drain(responsesFromCsv(study, text, { file: "eu.csv" })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).problems[0]).toMatchObject({ code: "data/missing-column", params: { delimiter: ";" }, location: { file: "eu.csv", line: 1 } });
    const answers = await drain(responsesFromCsv(study, text, { delimiter: ";" }));
    expect(answers.map((a) => [a.respondent, a.question, a.value])).toEqual([["r1", "q-sat", 4]]);
  });

  it("cases: a tab-separated file read with commas names the tabs", () => {
    const [p] = problemsOf(() => casesFromCsv(study, "case\tevent\ttime\nc1\tpaid\t2024-03-01T09:00:00+08:00\n", { file: "c.tsv" }));
    expect(p).toMatchObject({ code: "data/missing-column", params: { delimiter: "\t" }, location: { file: "c.tsv", line: 1 } });
  });
});
