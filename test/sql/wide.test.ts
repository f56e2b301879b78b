/**
 * Wide survey exports in the SQL first pass equal the in-process reader: the ledger field by field (rows, values
 * by status, rejections by reason, the kept problems with their words, columns and lines, notes, link and coded
 * counts) and the cells (counts exactly, moments and weight sums to 1e-12), on DuckDB and PostgreSQL, for
 * - test/fixtures/sql/wjx-export.csv: an export as 问卷星 writes it (UTF-8 BOM, CRLF, Chinese headers, answers as
 *   words, "(跳过)", 不适用, stray spaces, a digit for a word, a word not on the list, full-width digits, "4分", a
 *   missing id, a repeated respondent, a changed profile, a second case, an unknown audience and post);
 * - examples/data/survey-wide.csv (the training study's wide example);
 * - examples/data/return-visits/回访调查.csv (1,000 return visits, GB18030), transcoded to UTF-8 for the engines,
 *   while the in-process reader reads the GB18030 bytes; the GB18030 file itself is refused by name.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aggregate, type Aggregate } from "../../src/data/aggregate.js";
import type { ResponseOptions } from "../../src/data/responses.js";
import { ValidationError } from "../../src/core/errors.js";
import type { Study } from "../../src/model/study.js";
import { readResponsesCsv } from "../../src/node/index.js";
import { loadStudyFileSync } from "../../src/node/study-file.js";
import { firstPassDuckDB, firstPassPostgres, summariseDuckDB, summarisePostgres, type PgClientLike } from "../../src/sql/index.js";
import { collectResponses } from "../../src/data/dataset.js";
import { summariseSurvey } from "../../src/attribution/summary/summarise.js";
import { expectSummariesClose } from "../attribution/summary-compare.js";
import { expectSameAggregate } from "./compare.js";
import { loadPg, pgSkipReason, postgresBin, loadCsvTable , throwawayPostgres } from "./postgres-server.js";

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));
const studyAt = (p: string): Study => loadStudyFileSync(here(p)).study as Study;
const training = studyAt("../../examples/studies/training.study.yaml");
const utility = studyAt("../../examples/studies/power-utility.study.yaml");
const dir = mkdtempSync(join(tmpdir(), "gaptrace-wide-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const WJX = here("../fixtures/sql/wjx-export.csv");
const WJX_OPTIONS: ResponseOptions = {
  form: "wide",
  file: "wjx-export.csv",
  columns: { respondent: "序号", audience: "身份", post: "岗位", case: "工单编号" },
  segmentColumns: new Map([["area", "区域"]]),
  ignoreColumns: ["提交时间", "备注"],
  questionColumns: new Map([
    ["q_timely", "复电及时"],
    ["q_timely_e", "应及时复电"],
    ["q_hours", "可接受小时数"],
    ["q_order_prompt", "工单及时"],
  ]),
  recode: new Map([
    ["*", new Map([["非常满意", 5], ["满意", 4], ["一般", 3], ["不满意", 2], ["非常不满意", 1]])],
    ["q_timely_e", new Map([["非常同意", 5], ["同意", 4], ["说不准", 3], ["不同意", 2], ["非常不同意", 1]])],
  ]),
  missingCodes: ["(跳过)"],
  notApplicable: ["不适用"],
  dontKnowByQuestion: new Map([["q_timely", [9, "说不清"]]]),
  maxProblemsPerReason: 3,
};

// The bundled return visits, as examples/return-visits.ts reads them, with 不适用 read as "not applicable".
const VISITS_GB = here("../../examples/data/return-visits/回访调查.csv");
const VISITS = join(dir, "回访调查-utf8.csv");
writeFileSync(VISITS, new TextDecoder("gb18030").decode(readFileSync(VISITS_GB)));
const VISITS_OPTIONS: ResponseOptions = {
  form: "wide",
  file: "回访调查.csv",
  columns: { respondent: "回访编号", case: "工单编号" },
  questionColumns: new Map([
    ["q_or_arrival_timely_p", "到达及时"],
    ["q_or_arrival_wait_e", "可接受等待分钟"],
    ["q_or_restore_speed_p", "抢修速度"],
    ["q_or_agent_attitude_p", "坐席态度"],
    ["q_or_overall_p", "总体满意度"],
  ]),
  ignoreColumns: ["备注"],
  segments: ["area"],
  notApplicable: ["不适用"],
  dontKnowByQuestion: new Map([["q_or_arrival_timely_p", ["9", "不知道", "不清楚"]]]),
};

const SURVEY_WIDE = here("../../examples/data/survey-wide.csv");
const SURVEY_OPTIONS: ResponseOptions = { form: "wide", file: "survey-wide.csv", segments: ["area"], ignoreColumns: ["comment"] };

/** Each case: a name, the study, the file the engines read, the file read in process (and its encoding), options. */
const CASES: readonly { name: string; study: Study; file: string; original: string; encoding?: string; options: ResponseOptions }[] = [
  { name: "a 问卷星-style export (BOM, CRLF, words, codes, every row and value reason)", study: training, file: WJX, original: WJX, options: WJX_OPTIONS },
  { name: "the same export, blanks rejected and respondent ids as case ids", study: training, file: WJX, original: WJX, options: { ...WJX_OPTIONS, columns: { respondent: "序号", audience: "身份", post: "岗位" }, missing: "reject", linkBy: "respondent" } },
  { name: "the same export read by a staff survey's defaultPost, codes per question", study: training, file: WJX, original: WJX, options: { ...WJX_OPTIONS, columns: { respondent: "序号", case: "工单编号" }, defaultPost: "meter_tech", notApplicableByQuestion: new Map([["q_hours", ["不适用", 0]]]), missingCodesByQuestion: new Map([["q_timely_e", ["(跳过)", "说不准"]]]) } },
  { name: "examples/data/survey-wide.csv", study: training, file: SURVEY_WIDE, original: SURVEY_WIDE, options: SURVEY_OPTIONS },
  { name: "examples/data/return-visits/回访调查.csv (transcoded)", study: utility, file: VISITS, original: VISITS_GB, encoding: "gb18030", options: VISITS_OPTIONS },
];

const inProcess = (c: (typeof CASES)[number]): Promise<Aggregate> => aggregate(c.study, readResponsesCsv(c.study, c.original, { ...c.options, ...(c.encoding === undefined ? {} : { encoding: c.encoding }) }));

function expectSameLedger(actual: Aggregate, expected: Aggregate): void {
  expect(actual.ledger).toEqual(expected.ledger);
  const v = actual.ledger.values;
  expect(actual.ledger.rowsRead).toBe(actual.ledger.accepted + actual.ledger.rejected);
  expect(v.read).toBe(v.valid + v.missing + v.dontKnow + (v.notApplicable ?? 0) + v.rejected);
}

describe("wide exports in DuckDB", () => {
  for (const c of CASES) {
    it(`equal the in-process reader: ${c.name}`, async () => {
      const [sql, mine] = await Promise.all([firstPassDuckDB(c.study, c.file, { ...c.options, engineOptions: { threads: 2 } }), inProcess(c)]);
      expectSameLedger(sql, mine);
      expectSameAggregate(sql, mine);
    });
  }

  it("the export exercises each row reason once per row, each value reason, recoded labels and codes", async () => {
    const agg = await inProcess(CASES[0] as (typeof CASES)[number]);
    const l = agg.ledger;
    const by = new Map(l.byReason);
    // Rows: missing id, unknown audience, unknown post, a changed profile and a second case: one count each.
    expect(l.rowsRead).toBe(18);
    expect(l.rejected).toBe(5);
    for (const r of ["missing-respondent", "invalid-audience", "unknown-post", "inconsistent-respondent", "conflicting-case-link"]) expect(by.get(r as never)).toBe(1);
    for (const r of ["wrong-audience", "duplicate-answer", "non-numeric", "out-of-range", "unknown-question"]) expect(by.get(r as never) ?? 0).toBeGreaterThan(0);
    expect(l.values.missing).toBeGreaterThan(0);
    expect(l.values.dontKnow).toBeGreaterThan(0);
    expect(l.values.notApplicable).toBeGreaterThan(0);
    const timelyE = l.coded?.find((q) => q.question === "q_timely_e");
    expect(timelyE?.labels.find((x) => x.label === "非常同意")).toMatchObject({ code: 5, count: 3 });
    expect(l.notes.map((n) => n.code)).toContain("data/unknown-column");
  });

  it("the survey summary of the return visits equals the in-process one (wide rows, cells to 1e-12)", async () => {
    const c = CASES[4] as (typeof CASES)[number];
    const mine = summariseSurvey(utility, await collectResponses(utility, readResponsesCsv(utility, c.original, { ...c.options, encoding: "gb18030" })));
    const sql = await summariseDuckDB(utility, c.file, { ...c.options, engineOptions: { threads: 2 } });
    expectSummariesClose(sql.summary, mine, 1e-12);
    expectSameLedger(sql.aggregate, await inProcess(c));
  });

  it("refuses a header that repeats a column, as in process (DuckDB alone would rename it q1_1)", async () => {
    const file = join(dir, "repeated.csv");
    writeFileSync(file, "序号,复电及时,复电及时 \r\nR1,4,5\r\n");
    const err = await firstPassDuckDB(training, file, { ...WJX_OPTIONS, engineOptions: { threads: 1 } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).problems[0]).toMatchObject({ code: "data/duplicate-column", params: { columns: ["复电及时"] }, location: { file, line: 1 } });
    await expect(aggregate(training, readResponsesCsv(training, file, WJX_OPTIONS))).rejects.toThrow(/repeats/);
  });

  it("checks the options as the in-process reader does", async () => {
    await expect(firstPassDuckDB(training, WJX, { ...WJX_OPTIONS, linkBy: "respondent" })).rejects.toThrow(/linkBy: "respondent" says respondent ids are the case ids/);
    await expect(firstPassDuckDB(training, WJX, { ...WJX_OPTIONS, questionColumns: new Map([["q_nope", "复电及时"]]) })).rejects.toThrow(/q_nope/);
  });

  it("refuses a GB18030 file by name, with the encodings it reads as", async () => {
    const err = await firstPassDuckDB(utility, VISITS_GB, { ...VISITS_OPTIONS, engineOptions: { threads: 1 } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    const p = (err as ValidationError).problems[0];
    expect(p?.code).toBe("data/sql-not-utf8");
    expect(p?.params).toMatchObject({ candidates: expect.arrayContaining(["gb18030"]) });
    expect(p?.location).toMatchObject({ file: VISITS_GB, line: 1 });
    await expect(firstPassDuckDB(utility, VISITS, { ...VISITS_OPTIONS, encoding: "gb18030" })).rejects.toThrow(/encoding/);
  });
});

// ── PostgreSQL ───────────────────────────────────────────────────────────────────────────────────────────────

const bin = postgresBin();
const ci = process.env["CI"] === "true";
const pg = await loadPg();
const skipPg = pgSkipReason(bin, pg);
if (skipPg !== undefined && !ci) console.warn(`\n*** test/sql/wide: ${skipPg}: the PostgreSQL wide-form tests are SKIPPED.\n`);

describe.skipIf(skipPg !== undefined && !ci)("wide exports in PostgreSQL (a throwaway server)", () => {
  const db = throwawayPostgres(bin, pg, skipPg, 54333);

  const load = (source: string, table: string): Promise<void> => loadCsvTable(db.client, db.server, source, table);

  it("the survey summary of the return visits equals the in-process one", async () => {
    const c = CASES[4] as (typeof CASES)[number];
    await load(c.file, "wide_summary");
    const mine = summariseSurvey(utility, await collectResponses(utility, readResponsesCsv(utility, c.original, { ...c.options, encoding: "gb18030" })));
    const sql = await summarisePostgres(utility, "wide_summary", { ...c.options, client: db.client as PgClientLike, order: "line" });
    expectSummariesClose(sql.summary, mine, 1e-12);
  });

  CASES.forEach((c, i) => {
    it(`equal the in-process reader: ${c.name}`, async () => {
      const table = `wide_${i}`;
      await load(c.file, table);
      const [sql, mine] = [await firstPassPostgres(c.study, table, { ...c.options, client: db.client as PgClientLike, order: "line" }), await inProcess(c)];
      expectSameLedger(sql, mine);
      expectSameAggregate(sql, mine);
    });
  });
});
