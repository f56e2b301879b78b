import { mkdirSync, writeFileSync } from "node:fs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/core/errors.js";
import { describedPath, loadDataDescriptionFile, readDataFiles, readStudyFile } from "../../src/node/index.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const study = await readStudyFile(join(ROOT, "examples/studies/training.study.yaml"));

describe("loadDataDescriptionFile and readDataFiles", () => {
  it("reads the bundled GB18030 survey and the work orders through examples/data/survey-gb18030.data.yaml", async () => {
    const path = join(ROOT, "examples/data/survey-gb18030.data.yaml");
    const report = await loadDataDescriptionFile(study, path);
    expect(report.ok).toBe(true);
    const { responses, cases } = await readDataFiles(study, path);
    expect(responses?.ledger.values).toEqual({ read: 9, valid: 7, missing: 0, dontKnow: 2, rejected: 0 });
    expect(responses?.respondents.id).toEqual(["g01", "g02", "g03"]);
    expect(responses?.segments.map((s) => JSON.stringify(s))).toEqual(['[["区域","城区"]]', '[["区域","农村"]]']);
    expect(cases?.ledger.summary().byReason).toEqual([["unknown-event", 1], ["unparseable-time", 1], ["stop-before-start", 1]]);
    expect(cases?.ledger.problems()[0]?.location?.file).toBe(join(ROOT, "examples/data/work-orders.csv"));
  });

  it("paths are relative to the description; a missing data file is located at the line naming it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gaptrace-desc-"));
    mkdirSync(join(dir, "in"));
    writeFileSync(join(dir, "in", "a.csv"), "respondent,question,value\nc1,q_timely,4\n");
    writeFileSync(join(dir, "data.yaml"), "gaptrace-data: 1\nresponses:\n  files: [in/a.csv, in/b.csv]\n");
    const report = await loadDataDescriptionFile(study, join(dir, "data.yaml"), { file: "data.yaml" });
    expect(report.ok).toBe(false);
    expect(report.problems).toMatchObject([{ code: "file/unreadable", path: ["responses", "files", 1], params: { file: "in/b.csv", reason: "missing" }, location: { file: "data.yaml", line: 3, column: 21 } }]);
    await expect(readDataFiles(study, join(dir, "data.yaml"))).rejects.toBeInstanceOf(ValidationError);
    writeFileSync(join(dir, "in", "b.csv"), "respondent,question,value\nc2,q_timely,2\n");
    const { responses } = await readDataFiles(study, join(dir, "data.yaml"), { responses: { dontKnow: [2] } });
    expect(responses?.ledger.values).toMatchObject({ valid: 1, dontKnow: 1 });
    expect(describedPath("sub/data.yaml", "x.csv")).toBe(join("sub", "x.csv"));
  });

  it("a description that cannot be read is one located problem, not a throw", async () => {
    const r = await loadDataDescriptionFile(study, "/no/such/data.yaml");
    expect(r.problems).toMatchObject([{ code: "file/unreadable", location: { file: "/no/such/data.yaml" } }]);
  });
});
