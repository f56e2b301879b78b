import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { flagOptions, flagsFor } from "../../src/cli/shared/data.js";
import { writeBaseline } from "./bad-inputs/kind.js";
import { run, tempDir } from "./helpers.js";

const TRAINING = "examples/studies/training.study.yaml";
const GB = "examples/data/survey-gb18030.data.yaml";

describe("--data: a data description on the command line", () => {
  it("reads the bundled GB18030 survey (Chinese headers, wide) and the work orders", async () => {
    const out = tempDir();
    const r = await run(["attribute", TRAINING, "--data", GB, "--accept-partial", "-o", out]);
    expect(r.stderr).not.toMatch(/error/);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("examples/data/survey-gb18030.csv: 3 rows read = 3 accepted + 0 rejected\n  values: 9 read = 7 valid + 0 missing + 2 don't know + 0 rejected");
    expect(r.stdout).toContain("examples/data/work-orders.csv: 121 rows read = 118 accepted + 3 rejected");
    const ledger = JSON.parse(readFileSync(join(out, "ledger.json"), "utf8")) as { responses: { file: string; accepted: number } };
    expect(ledger.responses).toMatchObject({ file: "examples/data/survey-gb18030.csv", accepted: 3 });
  });

  it("reads a customer export and a staff export of different layouts as two sources of one table", async () => {
    const dir = tempDir();
    writeBaseline(dir);
    writeFileSync(join(dir, "customers.csv"), "序号,复电及时\n1,4\n2,2\n3,5\n");
    writeFileSync(join(dir, "staff.csv"), "序号,工单及时到达\n1,2\n2,3\n");
    writeFileSync(
      join(dir, "data.yaml"),
      "gaptrace-data: 1\nresponses:\n  - file: customers.csv\n    form: wide\n    columns: { respondent: 序号 }\n    questions: { q_timely: 复电及时 }\n  - file: staff.csv\n    form: wide\n    post: meter_tech\n    columns: { respondent: 序号 }\n    questions: { q_order_prompt: 工单及时到达 }\n",
    );
    const r = await run(["attribute", "study.yaml", "--data", "data.yaml", "-o", "out"], dir);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("customers.csv: 3 rows read = 3 accepted + 0 rejected\n");
    expect(r.stdout).toContain("staff.csv: 2 rows read = 2 accepted + 0 rejected\n");
    expect(r.stdout).toMatch(/warning data\/respondent-in-two-sources at staff\.csv: 2 respondent ids appear in more than one source \(first: "1" of wave "1", in sources 1 and 2\)/);
    const ledger = JSON.parse(readFileSync(join(dir, "out", "ledger.json"), "utf8")) as { responses: { file: string; rowsRead: number }; responseSources: { file: string; rowsRead: number }[] };
    expect(ledger.responses).toMatchObject({ file: "customers.csv + staff.csv", rowsRead: 5 });
    expect(ledger.responseSources.map((x) => [x.file, x.rowsRead])).toEqual([["customers.csv", 3], ["staff.csv", 2]]);
    const v = await run(["validate", "study.yaml", "--data", "data.yaml"], dir);
    expect(v.stdout).toContain("data.yaml: valid (responses: 2 sources, 2 files).");
  });

  it("a flag given with --data overrides the description", async () => {
    const r = await run(["attribute", TRAINING, "--data", GB, "--dont-know", "4", "--accept-partial", "-o", tempDir()]);
    // 4 is now "don't know" and the default codes 不知道/不清楚 are not: they are rejected as non-numeric.
    expect(r.stdout).toContain("values: 9 read = 5 valid + 0 missing + 2 don't know + 2 rejected");
  });

  it("validate --data checks the description against the study", async () => {
    const r = await run(["validate", TRAINING, "--data", GB]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${GB}: valid (responses: 1 file, cases: 1 file).`);
    const dir = tempDir();
    writeBaseline(dir);
    writeFileSync(join(dir, "data.yaml"), "gaptrace-data: 1\nresponses:\n  file: responses.csv\n  questions: { q_timely: 复电及时 }\n");
    const bad = await run(["validate", "study.yaml", "--data", "data.yaml", "--format", "json"], dir);
    expect(bad.code).toBe(1);
    const doc = JSON.parse(bad.stdout) as { ok: boolean; data: { ok: boolean; problems: { code: string; location: unknown }[] } };
    expect(doc.ok).toBe(true);
    expect(doc.data.problems).toMatchObject([{ code: "data-description/wide-only", location: { file: "data.yaml", line: 4, column: 3 } }]);
  });
});

describe("per-file data flags", () => {
  it("--segments-responses names a column only the survey has (--segments would fail on the case file)", async () => {
    const dir = tempDir();
    writeBaseline(dir);
    const both = await run(["attribute", "study.yaml", "-r", "responses.csv", "-c", "cases.csv", "--segments", "area", "-o", "out"], dir);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/--segments names column "area", which cases\.csv does not have/);
    expect(both.stderr).toMatch(/--segments-responses and --segments-cases set one file's own/);
    const own = await run(["attribute", "study.yaml", "-r", "responses.csv", "-c", "cases.csv", "--segments-responses", "area", "-o", "out"], dir);
    expect(own.code).toBe(0);
    const bad = await run(["attribute", "study.yaml", "-r", "responses.csv", "-c", "cases.csv", "--segments-cases", "area", "-o", "out"], dir);
    expect(bad.stderr).toMatch(/--segments-cases names column "area", which cases\.csv does not have/);
  });

  it("--ignore skips a column (it is then no segment); a per-file encoding wins over --encoding", async () => {
    const dir = tempDir();
    writeBaseline(dir);
    // A free-text column differs between one respondent's rows: read as a segment, the second row is inconsistent.
    writeFileSync(join(dir, "notes.csv"), "respondent,question,value,note\nc1,q_timely,4,late\nc1,q_hours,24,ok\nc2,q_timely,2,\n");
    const read = await run(["attribute", "study.yaml", "-r", "notes.csv", "--accept-partial", "-o", "out"], dir);
    expect(read.stdout).toContain("notes.csv: 3 rows read = 2 accepted + 1 rejected");
    const r = await run(["attribute", "study.yaml", "-r", "notes.csv", "--ignore", "note", "--encoding", "gb18030", "--encoding-responses", "utf-8", "-o", "out"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("notes.csv: 3 rows read = 3 accepted + 0 rejected");
    const unknown = await run(["attribute", "study.yaml", "-r", "responses.csv", "--encoding-cases", "klingon", "-o", "out"], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--encoding "klingon" is not a text encoding/);
  });

  it("flagsFor and flagOptions: a file's own flag over the both-files one; codes read as numbers when they are", () => {
    expect(flagsFor({ segments: ["area"], segmentsCases: [], delimiter: ";", delimiterResponses: "tab" }, "cases")).toMatchObject({ segments: [], delimiter: ";" });
    expect(flagsFor({ segments: ["area"], delimiter: ";", delimiterResponses: "tab" }, "responses")).toMatchObject({ segments: ["area"], delimiter: "tab" });
    expect(flagOptions({ na: ["0"], dontKnow: ["99", "DK", "不知道"], ignore: ["备注"] }, "responses")).toEqual({ notApplicable: [0], dontKnow: [99, "DK", "不知道"], ignoreColumns: ["备注"] });
    expect(flagOptions({ na: ["0"], ignore: ["备注"] }, "cases")).toEqual({ ignoreColumns: ["备注"] });
  });
});
