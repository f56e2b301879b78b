/**
 * The case pass where the case records are: DuckDB for CSV and Parquet files, PostgreSQL for tables. Each checks
 * long-form case rows with the loader's reasons and hands back the {@link CaseSummary} the attribution reads
 * (`attribute(study, { cases: summary })`), the same summary `caseSummary(study, casesFromCsv(...))` computes in
 * process. The engines' packages are optional peers, loaded on first use (see `duckdbEngine`, `postgresRunner`).
 * @module
 */
import { UsageError } from "../core/errors.js";
import type { CaseSummary } from "../data/case-summary.js";
import { runCasePass } from "../data/sql/cases-run.js";
import type { CasePassOptions } from "../data/sql/cases.js";
import type { Study } from "../model/study.js";
import { withDuckDBFile, type DuckDBEngine, type DuckDBEngineOptions } from "./duckdb.js";
import { postgresRunner, type PgClientLike } from "./postgres.js";

/** Options of {@link casePassDuckDB}: the reading options, plus the CSV delimiter and the engine's. */
export interface CasePassDuckDBOptions extends CasePassOptions {
  /** The CSV field delimiter. Default `,`. */
  readonly delimiter?: string;
  /** The engine to use (left open); default a fresh in-memory engine, closed after. */
  readonly engine?: DuckDBEngine;
  /** Options of the fresh engine. */
  readonly engineOptions?: DuckDBEngineOptions;
}

const INPUT_VIEW = "gt_case_input";

/**
 * Run the case pass of long-form case records in a CSV or Parquet file (or several, by glob) in DuckDB, and read
 * the result back as the case summary the in-process path computes for the same file.
 *
 * A CSV file's line is its row number + 1 (the header is line 1): the in-process line when the file has no blank
 * lines and no line breaks inside quoted cells. Parquet rows are numbered from 1 in file order.
 *
 * @param study - the validated study.
 * @param file - a `.csv` or `.parquet` path.
 * @param options - reading options (as for `readCasesCsv`, long form), the working calendar, delimiter, engine.
 * @returns the case summary with the ledger of the load.
 * @throws UsageError when `@duckdb/node-api` is missing or an option is not supported in SQL.
 * @example
 * ```ts
 * import { casePassDuckDB } from "gaptrace/sql";
 * const summary = await casePassDuckDB(study, "work-orders.csv", { segments: ["area"] });
 * attribute(study, { cases: summary });
 * ```
 */
export async function casePassDuckDB(study: Study, file: string, options: CasePassDuckDBOptions = {}): Promise<CaseSummary> {
  const { delimiter, engine, engineOptions, ...reading } = options;
  return withDuckDBFile({ file, view: INPUT_VIEW, delimiter, engine, engineOptions }, (e, relation) => runCasePass(study, e, relation, { file, ...reading }));
}

/** Where the case rows are in PostgreSQL. */
export interface CasePassPostgresOptions extends CasePassOptions {
  /** A connected client (left open): one session, the pass uses temporary tables. */
  readonly client: PgClientLike;
  /** The order column (the line number for rows loaded from a file). Default `line`. */
  readonly order?: string;
}

/**
 * Run the case pass of long-form case records held in a PostgreSQL table (or view) on the server, and read the
 * result back as the case summary the in-process path computes for the same rows in the same order.
 *
 * @param study - the validated study.
 * @param table - the table or view, written into the SQL as given (quote it if needed).
 * @param options - reading options, the working calendar, the client and the order column.
 * @returns the case summary with the ledger of the load.
 * @throws UsageError for an unsupported option.
 * @example
 * ```ts
 * import { casePassPostgres } from "gaptrace/sql";
 * const summary = await casePassPostgres(study, "work_orders", { client, order: "line", segments: ["area"] });
 * ```
 */
export async function casePassPostgres(study: Study, table: string, options: CasePassPostgresOptions): Promise<CaseSummary> {
  const { client, order, ...reading } = options;
  if (client === undefined) throw new UsageError("casePassPostgres", "no client was given.", "Pass { client } (a connected pg Client, or a client checked out of a Pool).");
  const fields = (await client.query(`SELECT * FROM ${table} LIMIT 0`)).fields ?? [];
  // As the survey first pass: the CTEs have no statistics (nested loops would be quadratic), and JIT only costs.
  await client.query("SET enable_nestloop = off");
  await client.query("SET jit = off");
  try {
    return await runCasePass(study, postgresRunner(client), { from: table, columns: fields.map((f) => f.name), order: order ?? "line" }, reading);
  } finally {
    await client.query("RESET enable_nestloop");
    await client.query("RESET jit");
  }
}
