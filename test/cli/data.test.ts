/**
 * Loading data on the command line with case links: `--link-column` and `--link-by-respondent` reach the
 * reader, the link column is never taken for a segment, and the printed ledger counts the links.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ledgerText, loadResponses } from "../../src/cli/shared/data.js";
import { loadStudyFileSync } from "../../src/node/study-file.js";
import { choosePlants, responsesCsv, simulateStudy } from "../../src/simulate/index.js";
import { run, tempDir, UTILITY } from "./helpers.js";

const study = loadStudyFileSync(UTILITY).study!;
const io = (cwd: string) => ({ stdout: { write: () => undefined }, stderr: { write: () => undefined }, cwd });

let dir = "";
let external = 0;
beforeAll(() => {
  dir = tempDir();
  const data = simulateStudy(study, { seed: 3, plant: choosePlants(study, 3), externalRespondents: 2000, internalRespondents: 600, casesPerTheme: 300 });
  const lines = responsesCsv(data).trimEnd().split("\n");
  const header = (lines[0] ?? "").split(",");
  const at = (name: string): number => header.indexOf(name);
  const seen = new Set<string>();
  let staffNamed = false;
  // A return-visit export: each customer's work-order number under 工单编号; one staff row names one too.
  const linked = lines.slice(1).map((line) => {
    const cells = line.split(",");
    const id = cells[at("respondent")] ?? "";
    if (cells[at("audience")] === "external") {
      seen.add(id);
      return `${line},WO-${id}`;
    }
    if (staffNamed) return `${line},`;
    staffNamed = true;
    return `${line},WO-staff`;
  });
  external = seen.size;
  const first = lines.find((l, i) => i > 0 && l.split(",")[at("audience")] === "external") ?? "";
  // The same customer again, naming another work order: rejected at the last line.
  writeFileSync(join(dir, "visits.csv"), `${[`${lines[0]},工单编号`, ...linked, `${first},WO-other`].join("\n")}\n`);
  writeFileSync(join(dir, "responses.csv"), `${lines.join("\n")}\n`);
});

describe("loadResponses with case links", () => {
  it("reads the named link column, and does not take it for a segment", async () => {
    const t = await loadResponses(io(dir), study, "visits.csv", { linkColumn: "工单编号" });
    expect(t.segments.some((s) => s.some(([k]) => k === "工单编号"))).toBe(false);
    expect(t.ledger.links).toEqual({ linked: external, unlinked: 0, internalIgnored: 1, conflicting: 1 });
    expect(t.ledger.problems.find((p) => p.code === "data/conflicting-case-link")?.location).toEqual({ file: "visits.csv", line: t.ledger.rowsRead + 1 });
    const k = t.respondents.internal.findIndex((x) => x === 0);
    expect(t.respondents.case[k]).toBe(`WO-${t.respondents.id[k]}`);
    expect(t.respondents.case.filter((c, i) => c !== "" && t.respondents.internal[i] === 1)).toEqual([]);
  });

  it("links by respondent id with linkByRespondent", async () => {
    const t = await loadResponses(io(dir), study, "responses.csv", { linkByRespondent: true });
    expect(t.ledger.links).toEqual({ linked: external, unlinked: 0, internalIgnored: 0, conflicting: 0 });
    const k = t.respondents.internal.findIndex((x) => x === 0);
    expect(t.respondents.case[k]).toBe(t.respondents.id[k]);
  });

  it("prints the link counts in the ledger, and nothing about links for a survey without case ids", async () => {
    const t = await loadResponses(io(dir), study, "visits.csv", { linkColumn: "工单编号" });
    const n = external.toLocaleString("en-US");
    expect(ledgerText("visits.csv", t.ledger)).toContain(
      `  case links: ${n} external respondents linked + 0 without a case; 1 row rejected for naming a second case; 1 internal respondent named a case (ignored)\n`,
    );
    const plain = await loadResponses(io(dir), study, "responses.csv", {});
    expect(plain.ledger.links?.unlinked).toBe(external);
    expect(ledgerText("responses.csv", plain.ledger)).not.toContain("case links");
  });
});

describe("--link-column and --link-by-respondent", () => {
  it("attribute reads the link column and writes the link counts into ledger.json", async () => {
    const r = await run(["attribute", UTILITY, "-r", "visits.csv", "--link-column", "工单编号", "-o", "linked"], dir);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^visits\.csv: [\d,]+ rows read = [\d,]+ accepted \+ 1 rejected$/m);
    expect(r.stdout).toContain("rejected (rows and values) by reason: conflicting-case-link 1");
    expect(r.stdout).toMatch(/^ {2}case links: [\d,]+ external respondents linked \+ 0 without a case; 1 row rejected/m);
    const ledger = JSON.parse(readFileSync(join(dir, "linked", "ledger.json"), "utf8")) as { responses: { links: unknown } };
    expect(ledger.responses.links).toEqual({ linked: external, unlinked: 0, internalIgnored: 1, conflicting: 1 });
  });

  it("refuses both flags at once, and an empty column name (exit code 2)", async () => {
    for (const [command, ...extra] of [["attribute"], ["compare", "--before", "1", "--after", "2"]] as const) {
      const both = await run([command, UTILITY, "-r", "visits.csv", ...extra, "--link-column", "工单编号", "--link-by-respondent"], dir);
      expect(both.code).toBe(2);
      expect(both.stderr).toContain(`gaptrace ${command}: --link-column and --link-by-respondent both say where the case id is.`);
    }
    const empty = await run(["attribute", UTILITY, "-r", "visits.csv", "--link-column", ""], dir);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain("--link-column needs a column name.");
  });

  it("stops with a located problem when the named column is not in the file", async () => {
    const r = await run(["attribute", UTILITY, "-r", "responses.csv", "--link-column", "工单编号"], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("error data/missing-column at responses.csv:1: The header has no column 工单编号");
  });
});
