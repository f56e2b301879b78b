/**
 * The linked summary in SQL equals the in-process one: the bundled power-utility study with simulated data whose
 * customers are linked to their own work orders (two waves, weights, segments, planted causes), responses and case
 * records written as CSV, summarised by DuckDB and by a throwaway PostgreSQL server, and by `summariseLinked` on the
 * same files read in process. Linkage counts and cells' counts equal exactly, sums to 1e-10; the attribution from
 * the SQL summaries (survey, case, linked) has the same measured links, grades, shares and driver effects as the
 * respondent-level route, every number to 1e-10.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attribute } from "../../src/attribution/attribute.js";
import { summariseLinked } from "../../src/attribution/linked.js";
import type { CaseRecord } from "../../src/attribution/shared/inputs.js";
import { whatIf, whatIfChanged, type WhatIfChange } from "../../src/attribution/what-if.js";
import { casesToCsv } from "../../src/data/cases-csv.js";
import { mergeLinkedSummaries, type LinkedSummary } from "../../src/attribution/shared/linked-summary.js";
import { linkedSlopes } from "../../src/attribution/shared/linked-slopes.js";
import { summariseSurvey } from "../../src/attribution/summary/summarise.js";
import { caseSummary } from "../../src/attribution/evidence/figures.js";
import { ValidationError } from "../../src/core/errors.js";
import { collectResponses, type ResponseTable } from "../../src/data/dataset.js";
import { workCalendar } from "../../src/data/calendar.js";
import type { CaseRecords } from "../../src/data/cases.js";
import type { Study } from "../../src/model/study.js";
import { readCasesCsv, readResponsesCsv } from "../../src/node/index.js";
import { casesCsv, responsesCsv } from "../../src/simulate/rows.js";
import { simulateStudy } from "../../src/simulate/simulate.js";
import { linkedSummaryDuckDB, linkedSummaryPostgres, type PgClientLike, type SqlLinkedSummary } from "../../src/sql/index.js";
import { expectClose } from "../attribution/summary-compare.js";
import { expectLinkedClose, traced } from "../attribution/linked-compare.js";
import { loadPg, pgSkipReason, postgresBin, loadCsvTable , throwawayPostgres } from "./postgres-server.js";
import { bundled, THREE_PLANTS } from "../attribution/helpers.js";

const study: Study = bundled;
const plant = THREE_PLANTS;
const data = simulateStudy(study, { seed: 17, plant, waves: ["2026H1", "2026H2"], externalRespondents: 2500, internalRespondents: 500, casesPerTheme: 500, link: { share: 0.8 } });
const dir = mkdtempSync(join(tmpdir(), "gaptrace-linked-"));
const rFile = join(dir, "responses.csv");
const cFile = join(dir, "cases.csv");
/**
 * The responses with two linkage problems planted: a respondent that names another's case (the smaller id of the two
 * keeps it: the other becomes a duplicate link) and one that names a case no record has (an unknown case).
 */
function withLinkProblems(csv: string): string {
  const lines = csv.trimEnd().split("\n");
  const head = (lines[0] ?? "").split(",");
  const [ri, ci] = [head.indexOf("respondent"), head.indexOf("case")];
  const caseOf = new Map<string, string>();
  for (const l of lines.slice(1)) {
    const c = l.split(",");
    if ((c[ci] ?? "") !== "") caseOf.set(c[ri] ?? "", c[ci] ?? "");
  }
  const ids = [...caseOf.keys()].sort();
  const [small, large, lost] = [ids[2] ?? "", ids[5] ?? "", ids[7] ?? ""];
  const moved = new Map([[small, caseOf.get(large) ?? ""], [lost, "NO_SUCH_CASE"]]);
  return `${lines.map((l, i) => {
    const c = l.split(",");
    const to = i === 0 ? undefined : moved.get(c[ri] ?? "");
    if (to !== undefined) c[ci] = to;
    return c.join(",");
  }).join("\n")}\n`;
}
writeFileSync(rFile, withLinkProblems(responsesCsv(data)));
writeFileSync(cFile, casesCsv(data));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const rHeader = (readFileSync(rFile, "utf8").split("\n", 1)[0] ?? "").split(",");
const cHeader = (readFileSync(cFile, "utf8").split("\n", 1)[0] ?? "").split(",");
const reading = { segments: rHeader.slice(rHeader.indexOf("case") + 1) };
const caseReading = { segments: cHeader.slice(cHeader.indexOf("wave") + 1) };
const WAVES = ["2026H1", "2026H2"];

let table: ResponseTable;
let records: CaseRecords;
let inProcess: LinkedSummary;
beforeAll(async () => {
  table = await collectResponses(study, readResponsesCsv(study, rFile, reading));
  records = await readCasesCsv(study, cFile, caseReading);
  inProcess = await summariseLinked(study, { responses: table, cases: records });
});

/**
 * The two files split into three parts by case (every case with the respondents naming it; the others by
 * respondent), as regions or shards summarised apart.
 */
function partFiles(): { responses: string; cases: string }[] {
  const rLines = readFileSync(rFile, "utf8").trimEnd().split("\n");
  const cLines = readFileSync(cFile, "utf8").trimEnd().split("\n");
  const head = (rLines[0] ?? "").split(",");
  const [ri, ci] = [head.indexOf("respondent"), head.indexOf("case")];
  const caseIds = [...new Set(cLines.slice(1).map((l) => l.split(",")[0] ?? ""))].sort();
  const partOfCase = new Map(caseIds.map((id, i) => [id, i % 3] as const));
  const caseOf = new Map<string, string>();
  for (const l of rLines.slice(1)) {
    const c = l.split(",");
    if ((c[ci] ?? "") !== "" && !caseOf.has(c[ri] ?? "")) caseOf.set(c[ri] ?? "", c[ci] ?? "");
  }
  const ids = [...new Set(rLines.slice(1).map((l) => l.split(",")[ri] ?? ""))].sort();
  const partOf = (r: string): number => partOfCase.get(caseOf.get(r) ?? "") ?? ids.indexOf(r) % 3;
  return [0, 1, 2].map((k) => {
    const files = { responses: join(dir, `responses-${k}.csv`), cases: join(dir, `cases-${k}.csv`) };
    writeFileSync(files.responses, `${[rLines[0], ...rLines.slice(1).filter((l) => partOf(l.split(",")[ri] ?? "") === k)].join("\n")}\n`);
    writeFileSync(files.cases, `${[cLines[0], ...cLines.slice(1).filter((l) => partOfCase.get(l.split(",")[0] ?? "") === k)].join("\n")}\n`);
    return files;
  });
}

/**
 * The driver protocol over parts: every part's round 1, the merged slopes, every part's round 2 at them, merged;
 * equal to one run over the whole, and attributed the same as respondents.
 */
async function expectPartsMerge(run: (part: { responses: string; cases: string }, k: number, attribution: NonNullable<Parameters<typeof linkedSummaryDuckDB>[2]>["attribution"]) => Promise<SqlLinkedSummary>): Promise<void> {
  const parts = partFiles();
  const findings = new Map(WAVES.map((wave) => [wave, attribute(study, { responses: table, cases: records }, { wave }).findings] as const));
  const first: LinkedSummary[] = [];
  for (const [k, p] of parts.entries()) first.push((await run(p, k, { findings })).linked);
  const slopes = linkedSlopes(first);
  expect(slopes.ready).toBe(true);
  expect(slopes.waves.flatMap((w) => w.drivers).some((d) => d.at !== undefined)).toBe(true);
  const second: LinkedSummary[] = [];
  for (const [k, p] of parts.entries()) second.push((await run(p, k, { findings, slopes })).linked);
  const merged = second.reduce((a, b) => mergeLinkedSummaries(a, b));
  expect(merged.waves.map((w) => w.linkage)).toEqual(inProcess.waves.map((w) => w.linkage));
  expectLinkedClose(merged, inProcess, 1e-10);
  const [survey, cases] = [summariseSurvey(study, table), caseSummary(study, records)];
  for (const wave of WAVES) expectClose(traced(attribute(study, { responses: survey, cases, linked: merged }, { wave })), traced(attribute(study, { responses: table, cases: records }, { wave })), 1e-10);
  // Parts whose round 2 ran at their own slopes are refused by name.
  expect(() => mergeLinkedSummaries(first[0] as LinkedSummary, first[1] as LinkedSummary)).toThrow(ValidationError);
}

function expectSame(sql: SqlLinkedSummary): void {
  expect(sql.linked.waves.map((w) => w.linkage)).toEqual(inProcess.waves.map((w) => w.linkage));
  // Σ w e ž is 0 at the solution: both routes give rounding noise there (compared against its scale, the meat's).
  expectLinkedClose(sql.linked, inProcess, 1e-10);
  for (const wave of WAVES) {
    const mine = attribute(study, { responses: table, cases: records }, { wave });
    const theirs = attribute(study, { responses: sql.survey, cases: sql.cases, linked: sql.linked }, { wave });
    expect(theirs.linkage.linked).toBeGreaterThan(0);
    expect(theirs.findings.map((f) => [f.id, f.post])).toEqual(mine.findings.map((f) => [f.id, f.post]));
    expectClose(traced(theirs), traced(mine), 1e-10);
  }
}

describe("the linked summary in DuckDB", () => {
  it("the data link customers and measure links in both waves, with a duplicate link and an unknown case", () => {
    const problems = inProcess.waves.flatMap((w) => w.linkage.problems.map((p) => p.reason));
    expect(problems).toContain("duplicate-link");
    expect(problems).toContain("unknown-case");
    expect(reading.segments.length).toBeGreaterThan(0);
    for (const w of inProcess.waves) {
      expect(w.linkage.linked).toBeGreaterThan(300);
      expect(w.points.some((p) => p.exposures.length > 1 && p.cells.length > 4)).toBe(true);
      expect(w.drivers.some((d) => d.round2 !== undefined)).toBe(true);
    }
    const r = attribute(study, { responses: table, cases: records });
    expect(r.findings.some((f) => f.tag === "customer-dissatisfaction" && f.causes.some((c) => c.effect.estimator === "linked-regression"))).toBe(true);
  });

  it("equals the in-process summary and attributes the same as respondents", async () => {
    const sql = await linkedSummaryDuckDB(study, { responses: rFile, cases: cFile }, { responses: reading, cases: caseReading, engineOptions: { threads: 2 } });
    expectSame(sql);
  });

  it("parts (three, by case) merge into one run over the whole when round 2 runs at the merged round 1's slopes", async () => {
    await expectPartsMerge((files, _k, attribution) => linkedSummaryDuckDB(study, files, { responses: reading, cases: caseReading, attribution: attribution ?? {}, engineOptions: { threads: 2 } }));
  });

  it("a what-if's changed cases written with casesToCsv: the SQL summary of the changed data projects as respondents do", async () => {
    const changes: WhatIfChange[] = [{ kind: "performance", step: "or_bo_dispatch", factor: 0.6 }];
    const changed = whatIfChanged(study, records, changes);
    const file = join(dir, "changed-cases.csv");
    writeFileSync(file, casesToCsv(changed.cases as CaseRecord[]));
    const segments = (readFileSync(file, "utf8").split("\n", 1)[0] ?? "").split(",").slice(4);
    expect(segments).toEqual([...caseReading.segments].sort());
    const before = await linkedSummaryDuckDB(study, { responses: rFile, cases: cFile }, { responses: reading, cases: caseReading, engineOptions: { threads: 2 } });
    const after = await linkedSummaryDuckDB(changed.study, { responses: rFile, cases: file }, { responses: reading, cases: { segments }, engineOptions: { threads: 2 } });
    expectLinkedClose(after.linked, await summariseLinked(changed.study, { responses: table, cases: await readCasesCsv(study, file, { segments }) }), 1e-10);
    const mine = whatIf(study, { responses: table, cases: records }, changes);
    const theirs = whatIf(study, { responses: before.survey, cases: records, linked: before.linked, linkedAfter: after.linked }, changes);
    expect(mine.projected.flatMap((g) => g.causes).some((c) => c.exposedAfter < c.exposedBefore)).toBe(true);
    expectClose(theirs.projected, mine.projected, 1e-10);
  });

  it("a study with segments adjusted for: the same effects as in process", async () => {
    const sql = await linkedSummaryDuckDB(study, { responses: rFile, cases: cFile }, { responses: reading, cases: caseReading, engineOptions: { threads: 2 } });
    const adjust = { adjustFor: [reading.segments[0] ?? ""] };
    const mine = attribute(study, { responses: table, cases: records }, adjust);
    const theirs = attribute(study, { responses: sql.survey, cases: sql.cases, linked: sql.linked }, adjust);
    expect(traced(mine).findings.some((f) => "links" in f && f.links.some((l) => (l.effect?.adjustedFor.length ?? 0) > 0))).toBe(true);
    expectClose(traced(theirs), traced(mine), 1e-10);
  });
  it("with a working calendar, standards in working days are measured on the linked customers as in process", async () => {
    // The mainland's 2026 holidays and make-up days around the simulated dates: the same calendar both sides.
    const calendar = workCalendar({ utcOffset: "+08:00", holidays: ["2026-01-01", "2026-01-02", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", "2026-02-23", "2026-04-06", "2026-05-01", "2026-05-04", "2026-05-05", "2026-06-19"], workdays: ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09"] });
    const sql = await linkedSummaryDuckDB(study, { responses: rFile, cases: cFile }, { responses: reading, cases: { ...caseReading, calendar }, attribution: { calendar }, engineOptions: { threads: 2 } });
    const mine = await summariseLinked(study, { responses: table, cases: records }, { calendar });
    expect(sql.cases.calendar).toBe(true);
    expectClose(sql.linked.waves.map((w) => w.points), mine.waves.map((w) => w.points), 1e-10);
    for (const wave of WAVES) {
      const fromRespondents = attribute(study, { responses: table, cases: records }, { wave, calendar });
      const fromSummaries = attribute(study, { responses: sql.survey, cases: sql.cases, linked: sql.linked }, { wave, calendar });
      expectClose(traced(fromSummaries), traced(fromRespondents), 1e-10);
    }
    // Standards in working days have exposures the linked cells measure (not unknown for every case).
    const workday = new Set(study.standards.filter((s) => s.unit === "workday").map((s) => s.id));
    const measuredWorkday = mine.waves.flatMap((w) => w.points).some((p) => p.exposures.some((x, j) => "standard" in x.exposure && workday.has(x.exposure.standard) && p.cells.some((c) => c.exposure[j] === 1 || c.exposure[j] === 0)));
    expect(measuredWorkday).toBe(true);
    // One calendar on one side only is refused by name.
    await expect(linkedSummaryDuckDB(study, { responses: rFile, cases: cFile }, { responses: reading, cases: { ...caseReading, calendar }, engineOptions: { threads: 2 } })).rejects.toThrow(/working calendars/);
  });
});

const bin = postgresBin();
const ci = process.env["CI"] === "true";
const pg = await loadPg();
const skipPg = pgSkipReason(bin, pg);
if (skipPg !== undefined && !ci) console.warn(`\n*** test/sql/linked: ${skipPg}: the PostgreSQL linked tests are SKIPPED.\n`);

describe.skipIf(skipPg !== undefined && !ci)("the linked summary in PostgreSQL (a throwaway server)", () => {
  const db = throwawayPostgres(bin, pg, skipPg, 54335);

  it("equals the in-process summary and attributes the same as respondents", async () => {
    await loadCsvTable(db.client, db.server, rFile, "responses");
    await loadCsvTable(db.client, db.server, cFile, "work_orders");
    const sql = await linkedSummaryPostgres(study, { responses: "responses", cases: "work_orders" }, { client: db.client as PgClientLike, responses: reading, cases: caseReading });
    expectSame(sql);
  });

  it("parts (three tables each side) merge into one run over the whole when round 2 runs at the merged round 1's slopes", async () => {
    const loaded = new Set<number>();
    await expectPartsMerge(async (files, k, attribution) => {
      if (!loaded.has(k)) {
        await loadCsvTable(db.client, db.server, files.responses, `responses_${k}`);
        await loadCsvTable(db.client, db.server, files.cases, `work_orders_${k}`);
        loaded.add(k);
      }
      return linkedSummaryPostgres(study, { responses: `responses_${k}`, cases: `work_orders_${k}` }, { client: db.client as PgClientLike, responses: reading, cases: caseReading, attribution: attribution ?? {} });
    });
  });
});
