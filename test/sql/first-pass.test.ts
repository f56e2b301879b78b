/**
 * The first pass in SQL equals the in-process path: the same CSV read by `readResponsesCsv` + `aggregate` and by
 * each engine gives the same cells (counts exactly, moments and weight sums to 1e-12) and the same ledger (rows,
 * value counts, rejections by reason, the kept problems with their lines and words, notes, link and coded counts).
 * DuckDB runs embedded. PostgreSQL is a throwaway server started from Debian's binaries; without them the
 * PostgreSQL tests are skipped with a loud warning, except under CI=true, where they fail.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { benchStudy } from "../../bench/data-study.js";
import { generateResponses } from "../../bench/data-generate.js";
import { aggregate, mergeAggregates, type Aggregate } from "../../src/data/aggregate.js";
import type { ResponseOptions } from "../../src/data/responses.js";
import { readResponsesCsv } from "../../src/node/index.js";
import { duckdbEngine, firstPassDuckDB, firstPassPlan, firstPassPostgres, POSTGRES, SPARK, type PgClientLike } from "../../src/sql/index.js";
import { expectSameAggregate } from "./compare.js";
import { writeMessyCsv } from "./messy.js";
import { postgresBin, loadPg, pgSkipReason, loadCsvTable , throwawayPostgres } from "./postgres-server.js";

const study = benchStudy();
const dir = mkdtempSync(join(tmpdir(), "gaptrace-sql-"));
const messy = writeMessyCsv(study, 6000, join(dir, "messy.csv"));
const clean = generateResponses(study, 20_000, join(dir, "clean.csv"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MESSY: ResponseOptions = { segments: ["region", "class"], notApplicable: ["N/A"], dontKnow: ["DK", "不知道", 99], maxProblemsPerReason: 5 };
const CLEAN: ResponseOptions = { segments: ["region", "class"] };
const CASES: readonly [string, string, ResponseOptions][] = [
  ["messy rows, every reason", messy, MESSY],
  ["messy rows, blanks rejected, respondent ids as case ids", messy, { ...MESSY, missing: "reject", linkBy: "respondent" }],
  ["the bench generator's rows", clean, CLEAN],
];

const inProcess = (file: string, options: ResponseOptions): Promise<Aggregate> => aggregate(study, readResponsesCsv(study, file, options));

/** The ledger, equal field by field (problems compared whole: code, words, path, line). */
function expectSameLedger(actual: Aggregate, expected: Aggregate): void {
  expect(actual.ledger).toEqual(expected.ledger);
  expect(actual.ledger.rowsRead).toBe(actual.ledger.accepted + actual.ledger.rejected);
}

describe("the first pass in DuckDB", () => {
  for (const [name, file, options] of CASES) {
    it(`equals the in-process path: ${name}`, async () => {
      const [sql, mine] = await Promise.all([firstPassDuckDB(study, file, { ...options, engineOptions: { threads: 2 } }), inProcess(file, options)]);
      expectSameLedger(sql, mine);
      expectSameAggregate(sql, mine);
    });
  }

  it("the messy file exercises every response reason and each link count", async () => {
    const agg = await inProcess(messy, MESSY);
    const reasons = agg.ledger.byReason.map(([r]) => r);
    for (const r of ["missing-respondent", "invalid-audience", "missing-post", "unknown-post", "invalid-weight", "inconsistent-respondent", "conflicting-case-link", "unknown-question", "wrong-audience", "duplicate-answer", "non-numeric", "out-of-range"]) expect(reasons).toContain(r);
    expect(agg.ledger.links?.linked).toBeGreaterThan(0);
    expect(agg.ledger.links?.unlinked).toBeGreaterThan(0);
    expect(agg.ledger.links?.internalIgnored).toBeGreaterThan(0);
    expect(agg.ledger.values.notApplicable).toBeGreaterThan(0);
  });

  it("partial results merge: two files' first passes merged equal one pass over both (respondents not split)", async () => {
    const engine = await duckdbEngine({ threads: 2 });
    try {
      // Split the clean file by wave: every respondent (id × wave) lands whole in one part.
      const text = readFileSync(clean, "utf8").trimEnd().split("\n");
      const header = text[0] as string;
      const parts = ["2011", "2012"].map((wave, i) => {
        const p = join(dir, `part-${i}.csv`);
        const rows = text.slice(1).filter((l) => l.split(",")[6] === wave);
        return [p, `${header}\n${rows.join("\n")}\n`] as const;
      });
      for (const [p, t] of parts) writeFileSync(p, t);
      const [a, b] = [await firstPassDuckDB(study, parts[0]?.[0] ?? "", { ...CLEAN, engine }), await firstPassDuckDB(study, parts[1]?.[0] ?? "", { ...CLEAN, engine })];
      const merged = mergeAggregates(a, b);
      const whole = await inProcess(clean, CLEAN);
      expectSameAggregate(merged, whole);
      expect(merged.ledger.byReason).toEqual(whole.ledger.byReason);
      expect(merged.ledger.rowsRead).toBe(whole.ledger.rowsRead);
    } finally {
      engine.close();
    }
  });

  it("spells the first pass with Spark SQL's own type names (not run here: no cluster)", () => {
    const relation = { from: "t", columns: ["line", "respondent", "audience", "post", "question", "value", "case"], order: "line" };
    const sql = Object.values(firstPassPlan(study, relation, SPARK)).flat(2).filter((x): x is string => typeof x === "string").join("\n");
    expect(sql).toContain("AS STRING)");
    expect(sql).not.toMatch(/DOUBLE PRECISION|AS VARCHAR\)|\bltrim\(/i);
  });

  it("refuses what it cannot honour, by name: recode without Unicode NFC (Spark), a long file read as wide", () => {
    const relation = { from: "t", columns: ["line", "respondent", "question", "value"], order: "line" };
    expect(() => firstPassPlan(study, relation, SPARK, { recode: new Map([["*", new Map([["satisfied", 5]])]]) })).toThrow(/NFC/);
    expect(() => firstPassPlan(study, relation, POSTGRES, { recode: new Map([["*", new Map([["satisfied", 5]])]]) })).not.toThrow();
    expect(() => firstPassPlan(study, relation, POSTGRES, { form: "wide" })).toThrow(/looks long but is read in wide form/);
    expect(() => firstPassPlan(study, { ...relation, columns: ["line", "respondent", "value"] }, POSTGRES)).toThrow(/question/);
  });
});

// ── PostgreSQL ───────────────────────────────────────────────────────────────────────────────────────────────

const bin = postgresBin();
const ci = process.env["CI"] === "true";

const pg = await loadPg();
const skipPg = pgSkipReason(bin, pg);
if (skipPg !== undefined && !ci) {
  console.warn(`\n*** test/sql: ${skipPg}: the PostgreSQL first-pass tests are SKIPPED.\n*** Install: sudo apt-get install -y postgresql; npm install\n`);
}

describe.skipIf(skipPg !== undefined && !ci)("the first pass in PostgreSQL (a throwaway server)", () => {
  const db = throwawayPostgres(bin, pg, skipPg);

  const load = (source: string, table: string): Promise<void> => loadCsvTable(db.client, db.server, source, table);

  CASES.forEach(([name, file, options], i) => {
    it(`equals the in-process path: ${name}`, async () => {
      const table = `responses_${i}`;
      await load(file, table);
      const [sql, mine] = [await firstPassPostgres(study, table, { ...options, client: db.client as PgClientLike, order: "line", file }), await inProcess(file, options)];
      expectSameLedger(sql, mine);
      expectSameAggregate(sql, mine);
    });
  });
});
