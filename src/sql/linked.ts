/**
 * The linked summary where the data are: in one session, the survey's first pass and summary, the case pass and,
 * on both passes' tables, respondents joined to their own cases and summarised (`linkedSummarySql`), in DuckDB (CSV
 * or Parquet files) or PostgreSQL (tables). `attribute(study, { responses: survey, cases, linked })` then measures
 * the links from customers to their own cases without loading a respondent or a case.
 * @module
 */
import { UsageError } from "../core/errors.js";
import type { Aggregate } from "../data/aggregate.js";
import type { CaseSummary } from "../data/case-summary.js";
import type { CasePassOptions } from "../data/sql/cases.js";
import type { ResponseOptions } from "../data/responses.js";
import { runCasePass } from "../data/sql/cases-run.js";
import type { SqlRelation } from "../data/sql/first-pass.js";
import { runFirstPass, type SqlRunner } from "../data/sql/run.js";
import type { Study } from "../model/study.js";
import { linkedSummarySql } from "../attribution/linked-sql.js";
import type { LinkedSummary } from "../attribution/shared/linked-summary.js";
import type { SummariseLinkedOptions } from "../attribution/linked.js";
import type { SurveySummary } from "../attribution/shared/survey-summary.js";
import { summariseSql } from "../attribution/summary/sql.js";
import { withDuckDBFile, type DuckDBEngine, type DuckDBEngineOptions } from "./duckdb.js";
import { postgresRunner, type PgClientLike } from "./postgres.js";

/** Everything one linked run gives: the three summaries and the first pass's aggregate (with its ledger). */
export interface SqlLinkedSummary {
  readonly survey: SurveySummary;
  readonly cases: CaseSummary;
  readonly linked: LinkedSummary;
  readonly aggregate: Aggregate;
}

/** Reading options of both sides, and the attribution's. */
export interface LinkedSummaryOptions {
  /** How to read the responses (as for `readResponsesCsv`; the case column links respondents to cases). */
  readonly responses?: ResponseOptions;
  /**
   * How to read the case records (as for `readCasesCsv`, long form), and the working calendar for standards in
   * working days (the same calendar as `attribution.calendar`).
   */
  readonly cases?: CasePassOptions;
  /**
   * The attribution options the summaries must agree with (they decide the findings, hence the candidates); with
   * `findings` (per wave), the candidates follow those findings instead of this run's (parts of a whole summarised
   * apart must share the whole's, or their exposures differ and they do not merge); with `slopes` (from
   * `linkedSlopes` over every part's first summary), the driver regressions' round 1 runs on the whole's drivers
   * and round 2 at the whole's slopes, so the parts' linked summaries merge into the whole's.
   */
  readonly attribution?: SummariseLinkedOptions;
}

/** The survey pass, the case pass and the linked pass in one session. */
async function allPasses(study: Study, runner: SqlRunner, responses: SqlRelation, cases: SqlRelation, options: LinkedSummaryOptions): Promise<SqlLinkedSummary> {
  let out: Omit<SqlLinkedSummary, "aggregate"> | undefined;
  const attribution = options.attribution ?? {};
  const aggregate = await runFirstPass(study, runner, responses, options.responses ?? {}, async (fp) => {
    const { findings: _f, slopes: _s, ...surveyOptions } = attribution;
    const survey = await summariseSql(study, runner, fp.dims, surveyOptions);
    await runCasePass(study, runner, cases, options.cases ?? {}, async (casePlan, caseSummary) => {
      const linked = await linkedSummarySql(study, runner, { respondentDims: fp.dims, casePlan, survey, cases: caseSummary }, attribution);
      out = { survey, cases: caseSummary, linked };
    });
  });
  if (out === undefined) throw new UsageError("linkedSummarySql", "the passes ended without a linked summary.", "Report this as a bug.");
  return { ...out, aggregate };
}

/** Options of {@link linkedSummaryDuckDB}. */
export interface LinkedSummaryDuckDBOptions extends LinkedSummaryOptions {
  /** The CSV field delimiter of both files. Default `,`. */
  readonly delimiter?: string;
  /** The engine to use (left open); default a fresh in-memory engine, closed after. */
  readonly engine?: DuckDBEngine;
  /** Options of the fresh engine. */
  readonly engineOptions?: DuckDBEngineOptions;
}

/**
 * Summarise survey responses and case records held in CSV or Parquet files (globs work) in DuckDB, and join each
 * customer to their own case: the survey summary, the case summary and the linked summary, from one session.
 *
 * @param study - the validated study.
 * @param files - the responses' and the case records' files.
 * @param options - reading options of each side, the attribution's options, delimiter, engine.
 * @returns the three summaries and the survey's aggregate.
 * @throws UsageError when `@duckdb/node-api` is missing or an option is not supported in SQL.
 * @example
 * ```ts
 * import { linkedSummaryDuckDB } from "gaptrace/sql";
 * const { survey, cases, linked } = await linkedSummaryDuckDB(study, { responses: "answers.parquet", cases: "orders.csv" }, { responses: { segments: ["area"] }, cases: { segments: ["area"] } });
 * attribute(study, { responses: survey, cases, linked });
 * ```
 */
export async function linkedSummaryDuckDB(study: Study, files: { readonly responses: string; readonly cases: string }, options: LinkedSummaryDuckDBOptions = {}): Promise<SqlLinkedSummary> {
  const { delimiter, engine, engineOptions, ...rest } = options;
  return withDuckDBFile({ file: files.responses, view: "gt_linked_resp_input", delimiter, engine, engineOptions }, (e, responses) =>
    withDuckDBFile({ file: files.cases, view: "gt_linked_case_input", delimiter, engine: e }, (_, cases) =>
      allPasses(study, e, responses, cases, { ...rest, responses: { file: files.responses, ...rest.responses }, cases: { file: files.cases, ...rest.cases } }),
    ),
  );
}

/** Options of {@link linkedSummaryPostgres}. */
export interface LinkedSummaryPostgresOptions extends LinkedSummaryOptions {
  /** A connected client (left open): one session, the passes use temporary tables. */
  readonly client: PgClientLike;
  /** The order column of both tables (the line number for rows loaded from a file). Default `line`. */
  readonly order?: string;
}

/**
 * Summarise survey responses and case records held in PostgreSQL tables (or views) on the server, and join each
 * customer to their own case: the survey summary, the case summary and the linked summary, from one session.
 *
 * @param study - the validated study.
 * @param tables - the responses' and the case records' tables, written into the SQL as given (quote them if needed).
 * @param options - reading options of each side, the client, the order column, the attribution's options.
 * @returns the three summaries and the survey's aggregate.
 * @throws UsageError for a missing client or an option not supported in SQL.
 * @example
 * ```ts
 * import { linkedSummaryPostgres } from "gaptrace/sql";
 * const { survey, cases, linked } = await linkedSummaryPostgres(study, { responses: "survey.responses", cases: "work_orders" }, { client });
 * ```
 */
export async function linkedSummaryPostgres(study: Study, tables: { readonly responses: string; readonly cases: string }, options: LinkedSummaryPostgresOptions): Promise<SqlLinkedSummary> {
  const { client, order, ...rest } = options;
  if (client === undefined || typeof client.query !== "function") throw new UsageError("linkedSummaryPostgres", "no client was given.", "Pass { client }: a connected pg Client.");
  const fields = async (t: string): Promise<string[]> => ((await client.query(`SELECT * FROM ${t} LIMIT 0`)).fields ?? []).map((f) => f.name);
  const responses = { from: tables.responses, columns: await fields(tables.responses), order: order ?? "line" };
  const cases = { from: tables.cases, columns: await fields(tables.cases), order: order ?? "line" };
  // As for the first pass: no nested loops over statistics-free CTEs, no JIT for the long CASE expressions.
  await client.query("SET enable_nestloop = off");
  await client.query("SET jit = off");
  try {
    return await allPasses(study, postgresRunner(client), responses, cases, rest);
  } finally {
    await client.query("RESET enable_nestloop");
    await client.query("RESET jit");
  }
}
