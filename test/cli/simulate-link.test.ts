/**
 * `gaptrace simulate --link / --link-share / --link-hidden / --confounder`: linked data (each customer answers
 * about their own case, named in the `case` column), the unlinked variant of the same data, and nuisance
 * confounders; the files it writes are read back the way `attribute` reads them and traced.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { attribute } from "../../src/attribution/attribute.js";
import { collectResponses } from "../../src/data/dataset.js";
import { loadStudyFileSync } from "../../src/node/study-file.js";
import { readCasesCsv, readResponsesCsv } from "../../src/node/data.js";
import { choosePlants } from "../../src/simulate/index.js";
import { hasStack, run, tempDir, UTILITY } from "./helpers.js";

const study = loadStudyFileSync(UTILITY).study!;
const small = ["--respondents", "2000", "--staff", "600", "--cases", "300"];

/** The CSV's rows as arrays of cells (the simulator quotes nothing these tests read). */
const rows = (path: string): string[][] => readFileSync(path, "utf8").trimEnd().split("\n").map((l) => l.split(","));

interface Truth {
  readonly options: { readonly link?: { readonly share: number; readonly exported: boolean } };
  readonly truth: {
    readonly planted: readonly { readonly tag: string; readonly step?: string }[];
    readonly link?: { readonly share: number; readonly exported: boolean };
    readonly confounders: readonly { readonly dimension: string; readonly value: string; readonly slowdown: number; readonly ratingDrop: number }[];
  };
}
const truthOf = (dir: string): Truth => JSON.parse(readFileSync(join(dir, "truth.json"), "utf8")) as Truth;

/** Read the written files as `gaptrace attribute` would (the `case` column is the default link) and trace. */
async function traced(dir: string) {
  const responses = await collectResponses(study, readResponsesCsv(study, join(dir, "responses.csv"), { segments: ["area", "fault_class"] }));
  const cases = await readCasesCsv(study, join(dir, "cases.csv"), { segments: ["area", "fault_class"] });
  return attribute(study, { responses, cases });
}

describe("gaptrace simulate --link", () => {
  it("each customer answers about their own case, named in the case column; attribute measures the planted cause's effect", async () => {
    const d = tempDir();
    const r = await run(["simulate", UTILITY, "--seed", "3", ...small, "--link", "--plant", "execution:or_bo_dispatch", "--out", "sim"], d);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('each customer answered about their own case; 2,000 of 2,000 name it in the "case" column');
    const responses = rows(join(d, "sim", "responses.csv"));
    const header = responses[0]!;
    expect(header.slice(0, 8)).toEqual(["respondent", "question", "value", "audience", "post", "weight", "wave", "case"]);
    const caseIds = new Set(rows(join(d, "sim", "cases.csv")).slice(1).map((row) => row[0]));
    const own = new Map<string, string>();
    for (const row of responses.slice(1)) {
      if (row[3] !== "external") {
        expect(row[7]).toBe("");
        continue;
      }
      expect(caseIds.has(row[7]!), row[7]).toBe(true);
      // One case per customer, the same on every answer.
      expect(own.get(row[0]!) ?? row[7]).toBe(row[7]);
      own.set(row[0]!, row[7]!);
    }
    expect(own.size).toBe(2000);
    expect(new Set(own.values()).size).toBe(2000);
    expect(truthOf(join(d, "sim")).truth.link).toMatchObject({ share: 1, exported: true });

    const result = await traced(join(d, "sim"));
    const arrival = result.findings.find((f) => f.tag === "customer-dissatisfaction" && f.point === "ep_or_arrival");
    expect(arrival?.tag === "customer-dissatisfaction" && arrival.causes.map((c) => [c.finding, c.post, c.grade])).toEqual([["nce:or_bo_dispatch", "repair_dispatcher", "measured"]]);
  });

  it("--link-share names the case for that share of customers", async () => {
    const d = tempDir();
    const r = await run(["simulate", UTILITY, "--seed", "4", ...small, "--link-share", "0.25", "--plant", "none", "--out", "sim"], d);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("500 of 2,000 name it");
    const named = new Set(rows(join(d, "sim", "responses.csv")).slice(1).filter((row) => row[3] === "external" && row[7] !== "").map((row) => row[0]));
    expect(named.size).toBe(500);
    expect(truthOf(join(d, "sim")).truth.link).toMatchObject({ share: 0.25, exported: true });
  });

  it("--link-hidden writes the same data without the case column, and nothing gets a measured share", async () => {
    const d = tempDir();
    const args = ["simulate", UTILITY, "--seed", "3", ...small, "--plant", "execution:or_bo_dispatch"];
    expect((await run([...args, "--link", "--out", "shown"], d)).code).toBe(0);
    const r = await run([...args, "--link-hidden", "--out", "hidden"], d);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('the "case" column is not written (--link-hidden)');
    const shown = rows(join(d, "shown", "responses.csv"));
    const hidden = rows(join(d, "hidden", "responses.csv"));
    expect(hidden[0]).not.toContain("case");
    // The same answers: the shown file less its case column.
    expect(hidden).toEqual(shown.map((row) => [...row.slice(0, 7), ...row.slice(8)]));
    expect(readFileSync(join(d, "hidden", "cases.csv"), "utf8")).toBe(readFileSync(join(d, "shown", "cases.csv"), "utf8"));
    expect(truthOf(join(d, "hidden")).truth.link).toMatchObject({ exported: false });

    const result = await traced(join(d, "hidden"));
    const gaps = result.findings.filter((f) => f.tag === "customer-dissatisfaction");
    expect(gaps.length).toBeGreaterThan(0);
    // Nothing links a customer to a case: no gap is shared out to a step or a standard.
    expect(gaps.flatMap((f) => (f.tag === "customer-dissatisfaction" ? f.causes.filter((c) => c.exposure.kind !== "point") : []))).toEqual([]);
  });

  it("with a link, the default plant prefers problems a customer's own case can show", async () => {
    const d = tempDir();
    expect((await run(["simulate", UTILITY, "--seed", "1", "--respondents", "40", "--staff", "0", "--cases", "20", "--link", "--out", "a"], d)).code).toBe(0);
    expect((await run(["simulate", UTILITY, "--seed", "1", "--respondents", "40", "--staff", "0", "--cases", "20", "--out", "b"], d)).code).toBe(0);
    // truth.json adds where each cause sits and who owns it; compare what was chosen.
    const chosen = (cs: readonly object[]) => cs.map((c) => Object.fromEntries(Object.entries(c).filter(([k]) => ["tag", "step", "standard", "via", "point"].includes(k))));
    const linkable = chosen(choosePlants(study, 1, 1, { linkable: true }));
    expect(linkable).not.toEqual(chosen(choosePlants(study, 1)));
    expect(chosen(truthOf(join(d, "a")).truth.planted)).toEqual(linkable);
    expect(chosen(truthOf(join(d, "b")).truth.planted)).toEqual(chosen(choosePlants(study, 1)));
  });

  it("exits 2 for a link share outside 0 to 1", async () => {
    const r = await run(["simulate", UTILITY, "--link-share", "1.5", "--out", tempDir()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--link-share must be a number between 0 and 1");
    expect(hasStack(r.stderr)).toBe(false);
  });
});

describe("gaptrace simulate --confounder", () => {
  it("plants a segment that is slower and harder to please, recorded in truth.json", async () => {
    const d = tempDir();
    const r = await run(["simulate", UTILITY, "--seed", "2", "--respondents", "400", "--staff", "0", "--cases", "100", "--confounder", "area=remote:1.6:8", "--out", "sim"], d);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("confounder area = remote: cases 1.6 times as slow, ratings 8 index points lower");
    expect(truthOf(join(d, "sim")).truth.confounders).toEqual([{ dimension: "area", value: "remote", slowdown: 1.6, ratingDrop: 8 }]);
    expect(truthOf(join(d, "sim")).truth.link).toBeUndefined();
  });

  it("exits 2 with what to write for a malformed confounder or a segment the simulation does not have", async () => {
    const cases: [string, string][] = [
      ["remote:1.6:8", "not of the form DIM=VALUE:SLOWDOWN:DROP"],
      ["region=remote:1.6:8", 'the simulation has no segment "region"'],
      ["area=moon:1.6:8", 'area has no value "moon"'],
      ["area=remote:0:8", "the slowdown must be a number greater than 0"],
      ["area=remote:1.6:lots", "the rating drop must be index points between 0 and 100"],
    ];
    for (const [spec, message] of cases) {
      const r = await run(["simulate", UTILITY, "--confounder", spec, "--out", tempDir()]);
      expect(r.code, spec).toBe(2);
      expect(r.stderr, spec).toContain(message);
      expect(r.stderr, spec).toContain("area (urban, rural, remote)");
      expect(hasStack(r.stderr)).toBe(false);
    }
  });
});
