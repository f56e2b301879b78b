/**
 * The survey summary in SQL equals the in-process summary: the bundled power-utility study with simulated data
 * (two waves, survey weights, segments, scoped standards, SERVQUAL pairs, internal raters, planted causes) written
 * as CSV, summarised by DuckDB and by a throwaway PostgreSQL server, and by `summariseSurvey` on the same file
 * read in process. Counts equal exactly, moments and sums to 1e-12; the attribution from each SQL summary has the
 * same findings and owners as the in-process one, every number to 1e-10.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attribute, type Attribution } from "../../src/attribution/attribute.js";
import { mergeSurveySummaries, summariseSurvey } from "../../src/attribution/summary/summarise.js";
import type { SurveySummary } from "../../src/attribution/shared/survey-summary.js";
import { collectResponses, type ResponseTable } from "../../src/data/dataset.js";
import type { Study } from "../../src/model/study.js";
import { readResponsesCsv } from "../../src/node/index.js";
import { responsesCsv } from "../../src/simulate/rows.js";
import { simulateStudy } from "../../src/simulate/simulate.js";
import { duckdbEngine, summariseDuckDB, summarisePostgres, type PgClientLike } from "../../src/sql/index.js";
import { expectClose, expectSummariesClose } from "../attribution/summary-compare.js";
import { postgresBin, loadPg, pgSkipReason, loadCsvTable , throwawayPostgres } from "./postgres-server.js";
import { bundled, THREE_PLANTS } from "../attribution/helpers.js";

const study: Study = bundled;
const plant = THREE_PLANTS;
const data = simulateStudy(study, { seed: 11, plant, waves: ["2026H1", "2026H2"], externalRespondents: 2500, internalRespondents: 600 });
const dir = mkdtempSync(join(tmpdir(), "gaptrace-summary-"));
const file = join(dir, "responses.csv");
writeFileSync(file, responsesCsv(data));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const header = (readFileSync(file, "utf8").split("\n", 1)[0] ?? "").split(",");
const segments = header.slice(header.indexOf("wave") + 1);
const reading = { segments };

let table: ResponseTable;
let inProcess: SurveySummary;
beforeAll(async () => {
  table = await collectResponses(study, readResponsesCsv(study, file, reading));
  inProcess = summariseSurvey(study, table);
});

/** The attribution's decisions: findings with owners and evidence, every test, priorities, counts. */
function decisions(r: Attribution) {
  return {
    findings: r.findings.map((f) => ({ id: f.id, tag: f.tag, post: f.post, department: f.department, evidence: f.evidence, severity: f.severity, q: f.q })),
    tests: r.tests,
    strengths: r.strengths,
    undecided: r.undecided,
    priorities: r.priorities,
    coverage: r.coverage,
    linkage: r.linkage,
    places: r.findings.flatMap((f) => (f.tag === "customer-dissatisfaction" ? f.links.filter((l) => l.grade === "co-variation").map((l) => ({ gap: f.id, ...l })) : [])),
  };
}

function expectSameAttribution(sql: SurveySummary): void {
  for (const wave of ["2026H1", "2026H2"]) {
    // Three areas: three places suffice for co-variation across places, so its links are compared too.
    const mine = attribute(study, { responses: inProcess, cases: data.cases }, { wave, minGroups: 3 });
    const theirs = attribute(study, { responses: sql, cases: data.cases }, { wave, minGroups: 3 });
    expect(decisions(mine).places.length).toBeGreaterThan(0);
    expect(theirs.findings.map((f) => [f.id, f.post])).toEqual(mine.findings.map((f) => [f.id, f.post]));
    expect(theirs.tests.map((t) => [t.id, t.significant, t.direction])).toEqual(mine.tests.map((t) => [t.id, t.significant, t.direction]));
    expectClose(decisions(theirs), decisions(mine), 1e-10);
  }
}

describe("the survey summary in DuckDB", () => {
  it("the data exercise every part of a summary", () => {
    const w = inProcess.waves[1];
    expect(segments.length).toBeGreaterThan(0);
    expect(w?.pairs.some((p) => p.gap.gap.n > 0)).toBe(true);
    expect(w?.accepting.some((a) => a.scope.length > 0 && a.histogram.bins.length > 0)).toBe(true);
    expect(w?.drivers.length).toBeGreaterThan(0);
    expect(w?.respondents.staff).toBeGreaterThan(0);
    expect(w?.places.some((p) => p.levels.length > 1)).toBe(true);
    expect(attribute(study, { responses: inProcess, cases: data.cases }).findings.length).toBeGreaterThan(0);
  });

  it("equals the in-process summary (counts exactly, sums to 1e-12), and attributes the same", async () => {
    const { summary, aggregate } = await summariseDuckDB(study, file, { ...reading, engineOptions: { threads: 2 } });
    expect(aggregate.ledger.accepted).toBe(table.ledger.accepted);
    expectSummariesClose(summary, inProcess, 1e-12);
    expectSameAttribution(summary);
  });

  it("parts split by respondent, summarised apart and merged, equal the whole", async () => {
    const lines = readFileSync(file, "utf8").trimEnd().split("\n");
    const ids = [...new Set(lines.slice(1).map((l) => l.split(",")[0]))].sort();
    const inA = new Set(ids.filter((_, i) => i % 2 === 0));
    const parts = [true, false].map((a, i) => {
      const p = join(dir, `part-${i}.csv`);
      writeFileSync(p, `${lines[0]}\n${lines.slice(1).filter((l) => inA.has(l.split(",")[0]) === a).join("\n")}\n`);
      return p;
    });
    const engine = await duckdbEngine({ threads: 2 });
    try {
      const [a, b] = [await summariseDuckDB(study, parts[0] ?? "", { ...reading, engine }), await summariseDuckDB(study, parts[1] ?? "", { ...reading, engine })];
      expectSummariesClose(mergeSurveySummaries(a.summary, b.summary), inProcess, 1e-12);
    } finally {
      engine.close();
    }
  });
});

// ── PostgreSQL ───────────────────────────────────────────────────────────────────────────────────────────────

const bin = postgresBin();
const ci = process.env["CI"] === "true";
const pg = await loadPg();
const skipPg = pgSkipReason(bin, pg);
if (skipPg !== undefined && !ci) console.warn(`\n*** test/sql/summary: ${skipPg}: the PostgreSQL summary tests are SKIPPED.\n`);

describe.skipIf(skipPg !== undefined && !ci)("the survey summary in PostgreSQL (a throwaway server)", () => {
    // Another port than test/sql/first-pass.test.ts: the two files may run at once.
  const db = throwawayPostgres(bin, pg, skipPg, 54331);

  it("equals the in-process summary (counts exactly, sums to 1e-12), and attributes the same", async () => {
    await loadCsvTable(db.client, db.server, file, "responses");
    const { summary, aggregate } = await summarisePostgres(study, "responses", { ...reading, client: db.client as PgClientLike, order: "line" });
    expect(aggregate.ledger.accepted).toBe(table.ledger.accepted);
    expectSummariesClose(summary, inProcess, 1e-12);
    expectSameAttribution(summary);
  });
});
