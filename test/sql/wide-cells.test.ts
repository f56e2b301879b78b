/**
 * The cells of a wide export read alike in SQL and in process, whatever their text: seeded random wide files whose
 * cells are drawn from the texts exports hold (numbers with stray white space, full-width, circled and mathematical
 * digits, signs and exponents, codes in any case, recode labels in decomposed Unicode, blanks and ideographic
 * spaces, words off the list) and whose rows repeat respondents, change their area, switch audience and name
 * cases. The ledger (counts by reason, problems with their words, coded counts) and the cells must be equal, on
 * DuckDB and on PostgreSQL.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aggregate } from "../../src/data/aggregate.js";
import type { ResponseOptions } from "../../src/data/responses.js";
import type { Study } from "../../src/model/study.js";
import { readResponsesCsv } from "../../src/node/index.js";
import { loadStudyFileSync } from "../../src/node/study-file.js";
import { firstPassDuckDB, firstPassPostgres, type PgClientLike } from "../../src/sql/index.js";
import { expectSameAggregate } from "./compare.js";
import { loadPg, pgSkipReason, postgresBin, loadCsvTable , throwawayPostgres } from "./postgres-server.js";

const study = loadStudyFileSync(fileURLToPath(new URL("../../examples/studies/training.study.yaml", import.meta.url))).study as Study;
const dir = mkdtempSync(join(tmpdir(), "gaptrace-wide-cells-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Texts a cell of a survey export may hold. */
const CELLS = [
  "", " ", "\u3000", "1", "2", "3", "4", "5", " 4", "4 ", "\u30004\u3000", "4.0", "4.", ".5", "-0", "+4", "04", "4e0", "0.4E1", "1e1", "1e05",
  "４", "４．０", "＋４", "④", "⑩", "⒋", "𝟒", "²", "4分", "4,5", "0x4", "Infinity", "NaN", "9", "99", "0", "6", "-1", "3.5", "168", "200", "24", "48",
  "DK", "dk", " Dk ", "不知道", "说不清", "N/A", "n/a", "不适用", "(跳过)", "NA",
  "非常满意", "满意", " 满意 ", "一般", "不满意", "很好", "Très satisfait", "Tre\u0300s satisfait".normalize("NFD"), "très satisfait", "satisfied", "SATISFIED",
  "yes", "是", "否",
];
const IDS = ["R1", "R2", "R3", "R4", "R5", "R6", "R7", "", " R1 "];
const AREAS = ["city", "rural", "", "city "];
const AUD = ["", "", "", "外部客户", "external", "内部", "internal", "客户"];
const POSTS = ["", "", "", "meter_tech", "cashier", "nobody"];
const CASES = ["", "", "GD1", "GD2", "GD3"];
const WEIGHTS = ["", "", "1", "2.5", "０.5", "0", "-1", "x"];

/** A small seeded generator (mulberry32), so a failing file can be made again. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const quote = (s: string): string => (/[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

/** A wide file of `rows` rows from `seed`. */
function wideFile(seed: number, rows: number): string {
  const r = rng(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const header = ["id", "audience", "post", "area", "weight", "case", "q_timely", "q_timely_e", "q_hours", "q_order_prompt", "remark"];
  const lines = [header.join(",")];
  // Most rows keep their respondent's profile (so most respondents are accepted); some change it, on purpose.
  const profiles = new Map<string, string[]>();
  for (let i = 0; i < rows; i++) {
    const id = r() < 0.1 ? pick(IDS) : `R${1 + Math.floor(r() * 120)}`;
    const own = profiles.get(id) ?? (r() < 0.8 ? ["", "", pick(AREAS), ""] : [pick(AUD), pick(POSTS), pick(AREAS), pick(WEIGHTS)]);
    profiles.set(id, own);
    const [aud, post, area, weight] = r() < 0.9 ? own : [pick(AUD), pick(POSTS), pick(AREAS), pick(WEIGHTS)];
    lines.push([id, aud, post, area, weight, pick(CASES), pick(CELLS), pick(CELLS), pick(CELLS), pick(CELLS), r() < 0.2 ? pick(CELLS) : ""].map((x) => quote(x ?? "")).join(","));
  }
  const file = join(dir, `wide-${seed}.csv`);
  writeFileSync(file, `${lines.join("\r\n")}\r\n`);
  return file;
}

const OPTIONS: ResponseOptions = {
  form: "wide",
  columns: { respondent: "id" },
  segments: ["area"],
  recode: new Map([
    ["*", new Map([["非常满意", 5], ["满意", 4], ["一般", 3], ["不满意", 2], ["Très satisfait", 5], ["satisfied", 4]])],
    ["q_hours", new Map([["满意", 24], ["很好", 99]])],
  ]),
  missingCodes: ["(跳过)", "NA"],
  dontKnow: ["DK", "不知道", "说不清", 99],
  notApplicable: ["N/A", "不适用"],
  dontKnowByQuestion: new Map([["q_timely", [9, "dk", "说不清"]]]),
  notApplicableByQuestion: new Map([["q_hours", [0, "不适用"]]]),
  maxProblemsPerReason: 4,
};
const SEEDS = [1, 2, 3];

const inProcess = (file: string, options: ResponseOptions): ReturnType<typeof aggregate> => aggregate(study, readResponsesCsv(study, file, options));

describe("random wide cells in DuckDB", () => {
  for (const seed of SEEDS) {
    it(`seed ${seed}: the ledger and the cells equal the in-process reader's`, async () => {
      const file = wideFile(seed, 400);
      const options = { ...OPTIONS, file: `wide-${seed}.csv` };
      const [sql, mine] = await Promise.all([firstPassDuckDB(study, file, { ...options, engineOptions: { threads: 2 } }), inProcess(file, options)]);
      expect(sql.ledger).toEqual(mine.ledger);
      expectSameAggregate(sql, mine);
      // The file holds what it is meant to: values of every status, recoded labels, rejections of rows and values.
      expect(mine.ledger.values.valid * mine.ledger.values.missing * mine.ledger.values.dontKnow * (mine.ledger.values.notApplicable ?? 0) * mine.ledger.values.rejected).toBeGreaterThan(0);
      expect(mine.ledger.coded?.some((c) => c.recoded > 0)).toBe(true);
      expect(mine.ledger.rejected).toBeGreaterThan(0);
    });
  }
});

const bin = postgresBin();
const ci = process.env["CI"] === "true";
const pg = await loadPg();
const skipPg = pgSkipReason(bin, pg);
if (skipPg !== undefined && !ci) console.warn(`\n*** test/sql/wide-cells: ${skipPg}: the PostgreSQL tests are SKIPPED.\n`);

describe.skipIf(skipPg !== undefined && !ci)("random wide cells in PostgreSQL (a throwaway server)", () => {
  const db = throwawayPostgres(bin, pg, skipPg, 54335);

  for (const seed of SEEDS) {
    it(`seed ${seed}: the ledger and the cells equal the in-process reader's`, async () => {
      const source = wideFile(seed, 400);
      const table = `cells_${seed}`;
      await loadCsvTable(db.client, db.server, source, table);
      const options = { ...OPTIONS, file: `wide-${seed}.csv` };
      const [sql, mine] = [await firstPassPostgres(study, table, { ...options, client: db.client as PgClientLike, order: "line" }), await inProcess(source, options)];
      expect(sql.ledger).toEqual(mine.ledger);
      expectSameAggregate(sql, mine);
    });
  }
});
