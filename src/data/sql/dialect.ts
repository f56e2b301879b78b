/**
 * SQL dialects of the first pass: the handful of places where DuckDB, PostgreSQL, Trino and Spark SQL spell the
 * same thing differently (quoting, trimming a set of characters, a full regular-expression match, a cast that
 * must not fail, a table of literal rows, a temporary table). Everything else the first pass writes is plain
 * SQL:2003 (CASE, window functions with PARTITION BY and ORDER BY, GROUP BY, UNION ALL) that all four run. Wide
 * files add two: Unicode NFC (for recode labels) and unpivoting a row's question columns into rows.
 * @module
 */

/** How one SQL engine spells the few constructs the first pass needs that engines disagree on. */
export interface SqlDialect {
  /** The dialect's name, e.g. `"duckdb"`. */
  readonly name: "duckdb" | "postgres" | "trino" | "spark";
  /**
   * Quote an identifier (a column or table name).
   * @param name - the name as the data spell it.
   * @returns the quoted identifier.
   */
  ident(name: string): string;
  /**
   * Remove every character of `chars` from both ends of `expr`.
   * @param expr - a text expression.
   * @param chars - the characters to remove (already safe to put in a string literal).
   * @returns the expression.
   */
  trim(expr: string, chars: string): string;
  /**
   * True when the whole of `expr` matches the regular expression `pattern` (POSIX-style, no anchors needed).
   * @param expr - a text expression.
   * @param pattern - the pattern (already safe to put in a string literal).
   * @returns a boolean expression.
   */
  fullMatch(expr: string, pattern: string): string;
  /**
   * `expr` read as a double; may fail for text that is not a number, so it is only used behind a {@link fullMatch}.
   * @param expr - a text expression.
   * @returns a double expression.
   */
  toDouble(expr: string): string;
  /** The type name of a double-precision float, e.g. `DOUBLE`. */
  readonly double: string;
  /** The type name of text of any length, e.g. `VARCHAR` (Spark SQL: `STRING`; its `VARCHAR` needs a length). */
  readonly text: string;
  /**
   * A named table of literal rows, as one item of a `WITH` list.
   * @param name - the table name.
   * @param columns - the column names.
   * @param rows - the rows, each a list of SQL literals.
   * @returns `name(columns) AS (...)` or the dialect's equivalent.
   */
  values(name: string, columns: readonly string[], rows: readonly (readonly string[])[]): string;
  /**
   * A statement that stores the result of `query` as a temporary table `name` for the session.
   * @param name - the table name.
   * @param query - the query.
   * @returns the statement.
   */
  createTemp(name: string, query: string): string;
  /**
   * Unicode NFC of a text expression (recode labels are matched in NFC), or `undefined` where the engine has no
   * such function (recode is then refused by name).
   */
  readonly nfc: ((expr: string) => string) | undefined;
  /**
   * A join that turns each row of the relation before it into several, one per literal row of `rows`, whose items
   * may name the row's own columns: how the wide first pass unpivots its question columns.
   * @param alias - the name of the joined rows.
   * @param columns - their column names.
   * @param rows - the rows, each a list of SQL expressions (literals or the row's columns).
   * @returns the join clause, to follow a FROM item.
   */
  unpivot(alias: string, columns: readonly string[], rows: readonly (readonly string[])[]): string;
}

/** `CROSS JOIN LATERAL (VALUES ...)`: SQL:2003's lateral derived table, in DuckDB and PostgreSQL alike. */
function lateralValues(alias: string, columns: readonly string[], rows: readonly (readonly string[])[]): string {
  return `CROSS JOIN LATERAL (VALUES ${rows.map((r) => `(${r.join(", ")})`).join(", ")}) AS ${alias}(${columns.join(", ")})`;
}

const doubleQuoted = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** Standard `WITH name(cols) AS (VALUES ...)`: DuckDB, PostgreSQL and Trino. */
function standardValues(name: string, columns: readonly string[], rows: readonly (readonly string[])[]): string {
  return `${name}(${columns.join(", ")}) AS (VALUES ${rows.map((r) => `(${r.join(", ")})`).join(",\n  ")})`;
}

/**
 * DuckDB (embedded; the default for CSV and Parquet files).
 *
 * @example
 * ```ts
 * DUCKDB.fullMatch("v", "[0-9]+"); // "regexp_full_match(v, '[0-9]+')"
 * ```
 */
export const DUCKDB: SqlDialect = {
  name: "duckdb",
  ident: doubleQuoted,
  // Trimming a set of characters is slow in DuckDB; most cells are empty or start and end with printable ASCII.
  trim: (e, c) => `CASE WHEN ${e} = '' OR (ascii(${e}) BETWEEN 33 AND 126 AND ascii(right(${e}, 1)) BETWEEN 33 AND 126) THEN ${e} ELSE trim(${e}, '${c}') END`,
  fullMatch: (e, p) => `regexp_full_match(${e}, '${p}')`,
  toDouble: (e) => `TRY_CAST(${e} AS DOUBLE)`,
  double: "DOUBLE",
  text: "VARCHAR",
  values: standardValues,
  createTemp: (n, q) => `CREATE OR REPLACE TEMP TABLE ${n} AS ${q}`,
  nfc: (e) => `nfc_normalize(${e})`,
  unpivot: lateralValues,
};

/**
 * PostgreSQL (and Citus, which distributes the same SQL).
 *
 * @example
 * ```ts
 * POSTGRES.fullMatch("v", "[0-9]+"); // "(v ~ '^(?:[0-9]+)$')"
 * ```
 */
export const POSTGRES: SqlDialect = {
  name: "postgres",
  ident: doubleQuoted,
  trim: (e, c) => `CASE WHEN ${e} = '' OR (ascii(${e}) BETWEEN 33 AND 126 AND ascii(right(${e}, 1)) BETWEEN 33 AND 126) THEN ${e} ELSE btrim(${e}, '${c}') END`,
  fullMatch: (e, p) => `(${e} ~ '^(?:${p})$')`,
  toDouble: (e) => `CAST(${e} AS double precision)`,
  double: "double precision",
  text: "VARCHAR",
  values: standardValues,
  createTemp: (n, q) => `CREATE TEMP TABLE ${n} AS ${q}`,
  nfc: (e) => `normalize(${e}, NFC)`,
  unpivot: lateralValues,
};

/**
 * Trino (and Presto). Not tested against a server here: the SQL is written to its documented functions.
 *
 * @example
 * ```ts
 * TRINO.toDouble("v"); // "TRY_CAST(v AS double)"
 * ```
 */
export const TRINO: SqlDialect = {
  name: "trino",
  ident: doubleQuoted,
  trim: (e, c) => `trim(BOTH '${c}' FROM ${e})`,
  fullMatch: (e, p) => `regexp_like(${e}, '^(?:${p})$')`,
  toDouble: (e) => `TRY_CAST(${e} AS double)`,
  double: "double",
  text: "varchar",
  values: standardValues,
  createTemp: (n, q) => `CREATE TABLE ${n} AS ${q}`,
  nfc: (e) => `normalize(${e}, NFC)`,
  // Trino zips the arrays of one UNNEST into rows.
  unpivot: (alias, columns, rows) => `CROSS JOIN UNNEST(${columns.map((_, j) => `ARRAY[${rows.map((r) => r[j]).join(", ")}]`).join(", ")}) AS ${alias}(${columns.join(", ")})`,
};

/**
 * Spark SQL (3.2 or later). Not tested against a cluster here: the SQL is written to its documented functions.
 *
 * @example
 * ```ts
 * SPARK.ident("case"); // "`case`"
 * ```
 */
export const SPARK: SqlDialect = {
  name: "spark",
  ident: (name) => `\`${name.replaceAll("`", "``")}\``,
  trim: (e, c) => `trim(BOTH '${c}' FROM ${e})`,
  fullMatch: (e, p) => `(${e} RLIKE '^(?:${p})$')`,
  toDouble: (e) => `try_cast(${e} AS DOUBLE)`,
  double: "DOUBLE",
  text: "STRING",
  values: (name, columns, rows) => `${name} AS (SELECT * FROM VALUES ${rows.map((r) => `(${r.join(", ")})`).join(",\n  ")} AS t(${columns.join(", ")}))`,
  createTemp: (n, q) => `CACHE TABLE ${n} AS ${q}`,
  // Spark SQL has no Unicode normalisation function.
  nfc: undefined,
  unpivot: (alias, columns, rows) => `LATERAL VIEW stack(${rows.length}, ${rows.map((r) => r.join(", ")).join(", ")}) ${alias} AS ${columns.join(", ")}`,
};

/**
 * Remove every character of a set from the start of a text, in any of the dialects: the standard
 * `trim(LEADING chars FROM expr)`, which DuckDB, PostgreSQL, Trino and Spark SQL all read the same way (their
 * two-argument `ltrim` does not: Spark puts the characters first, Trino's takes none).
 *
 * @param expr - a text expression.
 * @param chars - a text expression of the characters (e.g. a literal `'0123456789'`).
 * @returns the expression.
 * @example
 * ```ts
 * trimLeading("v", "'0'"); // "trim(LEADING '0' FROM v)"
 * ```
 */
export function trimLeading(expr: string, chars: string): string {
  return `trim(LEADING ${chars} FROM ${expr})`;
}

/**
 * A string literal for any of the dialects: single quotes, doubled inside.
 *
 * @param s - the text.
 * @returns `'s'`.
 * @example
 * ```ts
 * sqlString("don't know"); // "'don''t know'"
 * ```
 */
export function sqlString(s: string): string {
  return `'${s.replaceAll("'", "''")}'`;
}

/**
 * A numeric literal for any of the dialects (finite numbers only), typed as a double.
 *
 * @param n - the number.
 * @param dialect - the dialect (for the name of the double type).
 * @returns e.g. `CAST(4.5 AS DOUBLE)`.
 * @example
 * ```ts
 * sqlNumber(5, DUCKDB); // "CAST(5 AS DOUBLE)"
 * ```
 */
export function sqlNumber(n: number, dialect: SqlDialect): string {
  return `CAST(${String(n)} AS ${dialect.double})`;
}
