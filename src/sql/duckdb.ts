/**
 * The DuckDB engine of the SQL first pass: embedded, in this process, the default for CSV and Parquet files.
 * `@duckdb/node-api` is an optional peer dependency, loaded only when a DuckDB first pass runs.
 * @module
 */
import { closeSync, openSync, readSync } from "node:fs";
import { UsageError, ValidationError } from "../core/errors.js";
import { encodingCandidates } from "../data/text.js";
import { headerIndex } from "../data/row-plan.js";
import type { Aggregate } from "../data/aggregate.js";
import type { ResponseOptions } from "../data/responses.js";
import { DUCKDB, sqlString } from "../data/sql/dialect.js";
import { runFirstPass, type SqlRow, type SqlRunner } from "../data/sql/run.js";
import type { SqlRelation } from "../data/sql/first-pass.js";
import type { Study } from "../model/study.js";
import { problemFrom } from "../core/problem-from.js";
import { DATA_COMBINED_EN } from "../core/messages/problems-en-data-combined.js";

/** The parts of `@duckdb/node-api` the engine uses. */
interface DuckModule {
  readonly DuckDBInstance: { create(path?: string, options?: Record<string, string>): Promise<DuckInstance> };
}
interface DuckInstance {
  connect(): Promise<DuckConnection>;
  closeSync(): void;
}
interface DuckConnection {
  run(sql: string): Promise<unknown>;
  runAndReadAll(sql: string): Promise<{ getRowObjectsJS(): Record<string, unknown>[] }>;
  closeSync(): void;
}

/** Options of a DuckDB engine. */
export interface DuckDBEngineOptions {
  /** The database file; default in memory. */
  readonly path?: string;
  /** Worker threads; default DuckDB's (one per core). */
  readonly threads?: number;
  /** DuckDB's memory limit, e.g. `"2GB"`; beyond it DuckDB spills to its temp directory. */
  readonly memoryLimit?: string;
}

/** A DuckDB engine: a {@link SqlRunner} with its connection, to be closed when done. */
export interface DuckDBEngine extends SqlRunner {
  /** Close the connection and the database. */
  close(): void;
}

/** Load `@duckdb/node-api`, or say plainly how to get it. */
async function loadDuckDB(): Promise<DuckModule> {
  try {
    return (await import("@duckdb/node-api" as string)) as DuckModule;
  } catch (e) {
    throw new UsageError("gaptrace/sql", `the DuckDB engine needs the package @duckdb/node-api, which could not be loaded (${e instanceof Error ? e.message : String(e)}).`, "Install it next to gaptrace: npm install @duckdb/node-api");
  }
}

/**
 * Open a DuckDB engine (in memory by default).
 *
 * @param options - database file, threads, memory limit.
 * @returns the engine; close it when done.
 * @throws UsageError when `@duckdb/node-api` is not installed.
 * @example
 * ```ts
 * const engine = await duckdbEngine({ threads: 2 });
 * try { ... } finally { engine.close(); }
 * ```
 */
export async function duckdbEngine(options: DuckDBEngineOptions = {}): Promise<DuckDBEngine> {
  const { DuckDBInstance } = await loadDuckDB();
  const config: Record<string, string> = {};
  if (options.threads !== undefined) config["threads"] = String(options.threads);
  if (options.memoryLimit !== undefined) config["memory_limit"] = options.memoryLimit;
  const instance = await DuckDBInstance.create(options.path ?? ":memory:", config);
  const conn = await instance.connect();
  return {
    dialect: DUCKDB,
    async exec(sql: string): Promise<void> {
      await conn.run(sql);
    },
    async query(sql: string): Promise<readonly SqlRow[]> {
      return (await conn.runAndReadAll(sql)).getRowObjectsJS();
    },
    close(): void {
      conn.closeSync();
      instance.closeSync();
    },
  };
}

/** Options of {@link firstPassDuckDB}: the reading options, plus the CSV delimiter and the engine's. */
export interface FirstPassDuckDBOptions extends ResponseOptions {
  /** The CSV field delimiter. Default `,`. */
  readonly delimiter?: string;
  /**
   * The file's encoding: DuckDB reads CSV as UTF-8 only, so anything else (e.g. `gb18030`) is refused by name with
   * a hint to transcode; a file that is not UTF-8 is refused when DuckDB meets its first bad byte, never misread.
   */
  readonly encoding?: string;
  /** The engine to use (left open); default a fresh in-memory engine, closed after. */
  readonly engine?: DuckDBEngine;
  /** Options of the fresh engine. */
  readonly engineOptions?: DuckDBEngineOptions;
}

/** The view the files are read through, with their line numbers. */
const INPUT_VIEW = "gt_input";
const LINE = "gt_line";

/**
 * Run the first pass of survey responses (long or wide form) in a CSV or Parquet file (or several, by glob) in DuckDB,
 * and read the result back as the aggregate the in-process path gives for the same file.
 *
 * A CSV file's line is its row number + 1 (the header is line 1), which is the in-process line when the file has
 * no blank lines and no line breaks inside quoted cells. Parquet rows are numbered from 1 in file order.
 *
 * @param study - the validated study.
 * @param file - a `.csv` or `.parquet` path (DuckDB globs such as `parts/*.parquet` work too).
 * @param options - reading options (as for `readResponsesCsv`), delimiter, engine.
 * @returns the aggregate with its ledger.
 * @throws UsageError when `@duckdb/node-api` is missing or an option is not supported in SQL.
 * @example
 * ```ts
 * import { firstPassDuckDB } from "gaptrace/sql";
 * const agg = await firstPassDuckDB(study, "answers.csv", { segments: ["region"] });
 * ```
 */
export async function firstPassDuckDB(study: Study, file: string, options: FirstPassDuckDBOptions = {}): Promise<Aggregate> {
  const { delimiter, engine, engineOptions, encoding, ...reading } = options;
  return withDuckDBFile({ file, view: INPUT_VIEW, delimiter, encoding, engine, engineOptions }, (e, relation) => runFirstPass(study, e, relation, { file, ...reading }));
}

/** Where and how {@link withDuckDBFile} reads a file. */
export interface DuckDBFileInput {
  /** A `.csv` or `.parquet` path (globs work). */
  readonly file: string;
  /** The name of the temporary view over it (one per kind of pass, so passes can share an engine). */
  readonly view: string;
  /** The CSV field delimiter. Default `,`. */
  readonly delimiter?: string | undefined;
  /** The file's encoding: only UTF-8 is read (see {@link FirstPassDuckDBOptions.encoding}). */
  readonly encoding?: string | undefined;
  /** An engine to use (left open); default a fresh one, closed after. */
  readonly engine?: DuckDBEngine | undefined;
  readonly engineOptions?: DuckDBEngineOptions | undefined;
}

/**
 * Run a pass over a CSV or Parquet file in DuckDB: the file as a temporary view with a line-number column (the row
 * number + 1, as file lines are counted under a header line; every CSV cell read as text), its columns, and the
 * engine; the view is dropped and a fresh engine closed after, whatever happens.
 *
 * @param input - the file, the view's name, the delimiter and the engine.
 * @param pass - the pass, given the engine and the relation to read.
 * @returns what the pass returns.
 * @example
 * ```ts
 * const agg = await withDuckDBFile({ file: "answers.csv", view: "gt_input" }, (e, r) => runFirstPass(study, e, r, {}));
 * ```
 */
export async function withDuckDBFile<T>(input: DuckDBFileInput, pass: (engine: DuckDBEngine, relation: SqlRelation) => Promise<T>): Promise<T> {
  const { file, view, delimiter } = input;
  if (input.encoding !== undefined && !/^utf-?8$/i.test(input.encoding.trim())) {
    throw new UsageError("withDuckDBFile", `DuckDB reads CSV files as UTF-8 only, and the file's encoding is given as ${JSON.stringify(input.encoding)}.`, `Transcode it to UTF-8 first (iconv -f ${input.encoding} -t utf-8 in.csv > out.csv), or read it in process with readResponsesCsv(study, file, { encoding: ${JSON.stringify(input.encoding)} }).`);
  }
  const engine = input.engine ?? (await duckdbEngine(input.engineOptions));
  try {
    const parquet = /\.parquet$/i.test(file);
    const from = parquet
      ? `SELECT file_row_number + 1 AS ${LINE}, * EXCLUDE (file_row_number) FROM read_parquet(${sqlString(file)}, file_row_number = true)`
      : `SELECT row_number() OVER () + 1 AS ${LINE}, * FROM read_csv(${sqlString(file)}, header = true, all_varchar = true, delim = ${sqlString(delimiter ?? ",")}, quote = '"', escape = '"')`;
    if (!parquet) {
      // DuckDB renames a repeated header name (q1, q1_1): read the header line as it is, and refuse repeats as the
      // in-process reader does.
      const first = (await engine.query(`SELECT * FROM read_csv(${sqlString(file)}, header = false, all_varchar = true, delim = ${sqlString(delimiter ?? ",")}, quote = '"', escape = '"') LIMIT 1`))[0] ?? {};
      headerIndex("withDuckDBFile", Object.values(first).map((v) => (v === null || v === undefined ? "" : String(v).trim())), [], { file, line: 1 });
    }
    await engine.exec(`CREATE OR REPLACE TEMP VIEW ${view} AS ${from}`);
    const columns = (await engine.query(`SELECT column_name FROM (DESCRIBE ${view})`)).map((r) => String(r["column_name"]));
    return await pass(engine, { from: view, columns, order: LINE, file });
  } catch (e) {
    throw notUtf8(e, file) ?? e;
  } finally {
    await engine.exec(`DROP VIEW IF EXISTS ${view}`).catch(() => undefined);
    if (input.engine === undefined) engine.close();
  }
}

/**
 * DuckDB's error for bytes that are not UTF-8, as a located problem naming the encodings the file's first line
 * reads as (GB18030 from a Chinese-locale Excel, most often); any other error is left as it is.
 */
function notUtf8(e: unknown, file: string): ValidationError | undefined {
  const message = e instanceof Error ? e.message : String(e);
  if (!/invalid unicode|not utf-8 encoded/i.test(message)) return undefined;
  const line = Number(/CSV Error on Line: (\d+)/.exec(message)?.[1] ?? "1");
  let head = new Uint8Array(0);
  try {
    const fd = openSync(file, "r");
    try {
      const buf = new Uint8Array(65536);
      const n = readSync(fd, buf, 0, buf.length, 0);
      const nl = buf.subarray(0, n).indexOf(10);
      head = buf.subarray(0, nl < 0 ? n : nl);
    } finally {
      closeSync(fd);
    }
  } catch {
    // A glob or an unreadable file: the problem names no candidate encoding.
  }
  return new ValidationError(`gaptrace/firstPassDuckDB: ${file} is not UTF-8 text (DuckDB reads CSV as UTF-8 only).`, [{ ...problemFrom(DATA_COMBINED_EN, "data/sql-not-utf8", "error", [], { candidates: head.length === 0 ? [] : encodingCandidates(head, "utf-8") }), location: { file, line } }]);
}
