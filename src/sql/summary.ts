/**
 * The survey summary where the data are: the first pass (checks, ledger, aggregate) and, on its verdicts table in
 * the same session, the survey summary the attribution decides from, in DuckDB (CSV or Parquet files) or
 * PostgreSQL (a table). `attribute(study, { responses: summary })` then attributes without loading a respondent.
 * @module
 */
import { UsageError } from "../core/errors.js";
import type { Aggregate } from "../data/aggregate.js";
import type { ResponseOptions } from "../data/responses.js";
import { runFirstPass, type SqlRunner } from "../data/sql/run.js";
import type { Study } from "../model/study.js";
import type { AttributionOptions } from "../attribution/shared/options.js";
import type { SurveySummary } from "../attribution/shared/survey-summary.js";
import { summariseSql } from "../attribution/summary/sql.js";
import { withDuckDBFile, type DuckDBEngine, type DuckDBEngineOptions } from "./duckdb.js";
import { postgresRunner, type PgClientLike } from "./postgres.js";

/** A survey summarised in SQL, with the first pass's aggregate and ledger (every row read, accepted or rejected). */
export interface SqlSurveySummary {
  readonly summary: SurveySummary;
  readonly aggregate: Aggregate;
}

/** Options of {@link summariseDuckDB}: reading options, the attribution's `minExternal`, delimiter and engine. */
export interface SummariseDuckDBOptions extends ResponseOptions {
  /** The attribution options the summary must agree with (`minExternal`). */
  readonly attribution?: AttributionOptions;
  /** The CSV field delimiter. Default `,`. */
  readonly delimiter?: string;
  /** The engine to use (left open); default a fresh in-memory engine, closed after. */
  readonly engine?: DuckDBEngine;
  /** Options of the fresh engine. */
  readonly engineOptions?: DuckDBEngineOptions;
}

const INPUT_VIEW = "gt_summary_input";

/** Run the first pass and the summary on its verdicts table, in one session. */
async function firstPassAndSummary(study: Study, runner: SqlRunner, relation: Parameters<typeof runFirstPass>[2], reading: ResponseOptions, options: AttributionOptions): Promise<SqlSurveySummary> {
  let summary: SurveySummary | undefined;
  const aggregate = await runFirstPass(study, runner, relation, reading, async (plan) => {
    summary = await summariseSql(study, runner, plan.dims, options);
  });
  if (summary === undefined) throw new UsageError("summariseSql", "the first pass ended without a summary.", "Report this as a bug.");
  return { summary, aggregate };
}

/**
 * Summarise survey responses (long or wide form) in a CSV or Parquet file (or several, by glob) in DuckDB for attribution:
 * the first pass's checks and ledger, and the survey summary from its accepted rows.
 *
 * @param study - the validated study.
 * @param file - a `.csv` or `.parquet` path (globs work).
 * @param options - reading options (as for `readResponsesCsv`), the attribution's options, delimiter, engine.
 * @returns the summary and the first pass's aggregate (with its ledger).
 * @throws UsageError when `@duckdb/node-api` is missing or an option is not supported in SQL.
 * @example
 * ```ts
 * import { summariseDuckDB } from "gaptrace/sql";
 * const { summary, aggregate } = await summariseDuckDB(study, "answers.parquet", { segments: ["region"] });
 * attribute(study, { responses: summary, cases });
 * ```
 */
export async function summariseDuckDB(study: Study, file: string, options: SummariseDuckDBOptions = {}): Promise<SqlSurveySummary> {
  const { delimiter, engine, engineOptions, attribution, ...reading } = options;
  return withDuckDBFile({ file, view: INPUT_VIEW, delimiter, engine, engineOptions }, (e, relation) => firstPassAndSummary(study, e, relation, { file, ...reading }, attribution ?? {}));
}

/** Options of {@link summarisePostgres}. */
export interface SummarisePostgresOptions extends ResponseOptions {
  /** A connected client (left open). */
  readonly client: PgClientLike;
  /** The order column (the line number for rows loaded from a file). Default `line`. */
  readonly order?: string;
  /** The attribution options the summary must agree with (`minExternal`). */
  readonly attribution?: AttributionOptions;
}

/**
 * Summarise survey responses (long or wide form) held in a PostgreSQL table (or view) on the server for attribution: the
 * first pass's checks and ledger, and the survey summary from its accepted rows.
 *
 * @param study - the validated study.
 * @param table - the table or view, written into the SQL as given (quote it if needed).
 * @param options - reading options, the client, the order column and the attribution's options.
 * @returns the summary and the first pass's aggregate (with its ledger).
 * @throws UsageError when an option is not supported in SQL.
 * @example
 * ```ts
 * import { summarisePostgres } from "gaptrace/sql";
 * const { summary } = await summarisePostgres(study, "survey.responses", { client, order: "line" });
 * ```
 */
export async function summarisePostgres(study: Study, table: string, options: SummarisePostgresOptions): Promise<SqlSurveySummary> {
  const { client, order, attribution, ...reading } = options;
  if (client === undefined || typeof client.query !== "function") throw new UsageError("summarisePostgres", "no client was given.", "Pass { client }: a connected pg Client.");
  const fields = (await client.query(`SELECT * FROM ${table} LIMIT 0`)).fields ?? [];
  // As for the first pass: no nested loops over statistics-free CTEs, no JIT for the long CASE expressions.
  await client.query("SET enable_nestloop = off");
  await client.query("SET jit = off");
  try {
    return await firstPassAndSummary(study, postgresRunner(client), { from: table, columns: fields.map((f) => f.name), order: order ?? "line" }, reading, attribution ?? {});
  } finally {
    await client.query("RESET enable_nestloop");
    await client.query("RESET jit");
  }
}

/** The summary on any engine (a {@link SqlRunner} holding the first pass's verdicts table); see `gaptrace/attribution`. */
export { summariseSql } from "../attribution/summary/sql.js";
