/**
 * `attribute` and `compare` pass their files' ledgers into the report, and above `--partial-threshold` they write
 * the report marked partial but end with exit code 1, unless `--accept-partial` is given.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadStudyFileSync } from "../../src/node/study-file.js";
import { casesCsv } from "../../src/simulate/rows.js";
import { responsesCsv, simulateStudy } from "../../src/simulate/index.js";
import { ReportSchema } from "../../src/reports/schema.js";
import { run, tempDir, UTILITY } from "./helpers.js";

const study = loadStudyFileSync(UTILITY).study!;
const BAD = 12;
let dir = "";
/** Rows read of the damaged responses file, and its rejected share. */
let read = 0;
let share = 0;

beforeAll(() => {
  dir = tempDir();
  const data = simulateStudy(study, { seed: 5, externalRespondents: 300, internalRespondents: 100, casesPerTheme: 60, waves: ["1", "2"] });
  const csv = responsesCsv(data);
  const lines = csv.split(/\r?\n/).filter((l) => l !== "");
  const header = lines[0]!.split(",");
  const value = header.indexOf("value");
  // Copies of real rows (with an answer that is not a number): each is rejected, as a second answer to its question.
  const bad = lines.slice(1, 1 + BAD).map((l) => l.split(",").map((c, i) => (i === value ? "x" : c)).join(","));
  writeFileSync(join(dir, "responses.csv"), `${[...lines, ...bad].join("\n")}\n`);
  writeFileSync(join(dir, "cases.csv"), casesCsv(data));
  read = lines.length - 1 + BAD;
  share = BAD / read;
}, 120_000);

const report = (out: string) => ReportSchema.parse(JSON.parse(readFileSync(join(dir, out, "report.json"), "utf8")));

describe("gaptrace attribute with rejected rows", () => {
  it("writes the report marked partial and exits 1 above the threshold, saying why", async () => {
    const r = await run(["attribute", UTILITY, "-r", "responses.csv", "-c", "cases.csv", "--partial-threshold", String(share / 2), "-o", "above"], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^responses\.csv: [\d.]+% of rows rejected \(above [\d.]+%\): the report is marked partial\. Fix the rows listed in ledger\.json, or pass --accept-partial to accept it\.\n$/);
    const doc = report("above");
    expect(doc.data.partial).toBe(true);
    expect(doc.data.sources[0]).toMatchObject({ kind: "responses", name: "responses.csv", rowsRead: read, rejected: BAD, accepted: read - BAD, rejectedShareOf: "rows" });
    expect(doc.data.sources[0]?.byReason).toEqual([{ reason: "duplicate-answer", reasonName: "duplicate answer", count: BAD }]);
    expect(doc.data.sources[1]).toMatchObject({ kind: "cases", name: "cases.csv", rejected: 0, partial: false });
    expect(readFileSync(join(dir, "above", "report.md"), "utf8")).toContain("> **Partial data**: responses.csv:");
    expect(readFileSync(join(dir, "above", "report.html"), "utf8")).toContain('<aside class="partial"');
  });

  it("exits 0 with --accept-partial, the banner kept", async () => {
    const r = await run(["attribute", UTILITY, "-r", "responses.csv", "-c", "cases.csv", "--partial-threshold", String(share / 2), "--accept-partial", "-o", "accepted"], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/the report is marked partial\. Accepted with --accept-partial\.\n$/);
    expect(report("accepted").data.sources[0]?.banner).toMatch(/^responses\.csv: /);
  });

  it("exits 0 at the threshold and below it, without a banner", async () => {
    for (const threshold of [share, share * 2]) {
      const r = await run(["attribute", UTILITY, "-r", "responses.csv", "-c", "cases.csv", "--partial-threshold", String(threshold), "-o", "at"], dir);
      expect(r.code, String(threshold)).toBe(0);
      expect(r.stderr).toBe("");
      expect(report("at").data.partial).toBe(false);
      expect(readFileSync(join(dir, "at", "report.md"), "utf8")).not.toContain("Partial data");
    }
  });

  it("refuses a threshold outside 0..1 as a usage error", async () => {
    for (const bad of ["-0.1", "1.5", "1%", ""]) {
      const r = await run(["attribute", UTILITY, "-r", "responses.csv", `--partial-threshold=${bad}`, "-o", "no"], dir);
      expect(r.code, bad).toBe(2);
      expect(r.stderr).toContain("--partial-threshold must be a number between 0 and 1");
    }
  });

  it("keeps --strict: any rejected row stops it", async () => {
    const r = await run(["attribute", UTILITY, "-r", "responses.csv", "--strict", "--accept-partial", "-o", "strict"], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`--strict: responses.csv has ${BAD} rejected rows or values.`);
  });
});

describe("gaptrace compare with rejected rows", () => {
  it("passes the ledgers into both waves' reports and exits 1 above the threshold unless accepted", async () => {
    const args = ["compare", UTILITY, "-r", "responses.csv", "-c", "cases.csv", "--before", "1", "--after", "2", "--partial-threshold", String(share / 2)];
    const r = await run([...args, "-o", "cmp"], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("responses.csv: ");
    expect(r.stderr).toContain("the report is marked partial");
    for (const f of ["report-before.json", "report-after.json"]) {
      const doc = ReportSchema.parse(JSON.parse(readFileSync(join(dir, "cmp", f), "utf8")));
      expect(doc.data.sources[0]).toMatchObject({ rowsRead: read, rejected: BAD, partial: true });
    }
    expect(readFileSync(join(dir, "cmp", "report.html"), "utf8")).toContain('<aside class="partial"');
    expect((await run([...args, "--accept-partial", "-o", "cmp2"], dir)).code).toBe(0);
  });
});
