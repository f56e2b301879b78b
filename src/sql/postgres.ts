/**
 * The PostgreSQL engine of the SQL first pass, through `pg` (an optional peer dependency, loaded only when a
 * PostgreSQL first pass opens its own connection). Citus runs the same SQL, distributed.
 * @module
 */
import { UsageError } from "../core/errors.js";
import type { Aggregate } from "../data/aggregate.js";
import type { ResponseOptions } from "../data/responses.js";
import { POSTGRES } from "../data/sql/dialect.js";
import { runFirstPass, type SqlRow, type SqlRunner } from "../data/sql/run.js";
import type { Study } from "../model/study.js";

/**
 * What the engine needs of a PostgreSQL connection: `pg`'s `Client` (or a client checked out of a `Pool`: the
 * first pass uses a temporary table, so every statement must run in one session).
 */
export interface PgClientLike {
  /**
   * Run one statement.
   * @param sql - the statement.
   * @returns its rows and fields.
   */
  query(sql: string): Promise<{ readonly rows: readonly Record<string, unknown>[]; readonly fields?: readonly { readonly name: string }[] }>;
}

/**
 * A {@link SqlRunner} over one PostgreSQL session.
 *
 * @param client - a connected `pg` Client (or pooled client).
 * @returns the runner.
 * @example
 * ```ts
 * const client = new pg.Client(); await client.connect();
 * const runner = postgresRunner(client);
 * ```
 */
export function postgresRunner(client: PgClientLike): SqlRunner {
  return {
    dialect: POSTGRES,
    async exec(sql: string): Promise<void> {
      await client.query(sql);
    },
    async query(sql: string): Promise<readonly SqlRow[]> {
      return (await client.query(sql)).rows;
    },
  };
}

/** Where the rows are in PostgreSQL, and how to reach the server. */
export interface FirstPassPostgresOptions extends ResponseOptions {
  /** A connected client (left open). Or give `connection`. */
  readonly client?: PgClientLike;
  /** A connection string or `pg` client config for a connection of its own (closed after); needs `pg`. */
  readonly connection?: string | Record<string, unknown>;
  /** The order column (the line number for rows loaded from a file). Default `line`. */
  readonly order?: string;
}

interface PgModule {
  readonly Client: new (config?: unknown) => PgClientLike & { connect(): Promise<void>; end(): Promise<void> };
}

/** Load `pg`, or say plainly how to get it. */
async function loadPg(): Promise<PgModule> {
  try {
    const m = (await import("pg" as string)) as PgModule & { default?: PgModule };
    return m.default ?? m;
  } catch (e) {
    throw new UsageError("gaptrace/sql", `the PostgreSQL engine needs the package pg, which could not be loaded (${e instanceof Error ? e.message : String(e)}).`, "Install it next to gaptrace: npm install pg");
  }
}

/**
 * Run the first pass of survey responses (long or wide form) held in a PostgreSQL table (or view, or any FROM item) on the
 * server, and read the result back as the aggregate the in-process path gives for the same rows in the same order.
 *
 * @param study - the validated study.
 * @param table - the table or view, e.g. `survey.responses` (written into the SQL as given: quote it if needed).
 * @param options - reading options, the client or connection, and the order column.
 * @returns the aggregate with its ledger.
 * @throws UsageError when neither a client nor a connection is given, `pg` is missing, or an option is not supported.
 * @example
 * ```ts
 * import { firstPassPostgres } from "gaptrace/sql";
 * const agg = await firstPassPostgres(study, "responses", { client, order: "line", segments: ["region"] });
 * ```
 */
export async function firstPassPostgres(study: Study, table: string, options: FirstPassPostgresOptions): Promise<Aggregate> {
  const { client: given, connection, order, ...reading } = options;
  let own: (PgClientLike & { end(): Promise<void> }) | undefined;
  let client = given;
  if (client === undefined) {
    if (connection === undefined) throw new UsageError("firstPassPostgres", "neither a client nor a connection was given.", "Pass { client } (a connected pg Client) or { connection: 'postgres://...' }.");
    const { Client } = await loadPg();
    const c = new Client(typeof connection === "string" ? { connectionString: connection } : connection);
    await c.connect();
    own = c;
    client = c;
  }
  try {
    const fields = (await client.query(`SELECT * FROM ${table} LIMIT 0`)).fields ?? [];
    // The first pass's CTEs have no statistics: PostgreSQL then picks nested loops that are quadratic in the rows.
    // And its JIT compiler spends tens of seconds on the long CASE expressions, for no gain.
    await client.query("SET enable_nestloop = off");
    await client.query("SET jit = off");
    try {
      return await runFirstPass(study, postgresRunner(client), { from: table, columns: fields.map((f) => f.name), order: order ?? "line" }, reading);
    } finally {
      await client.query("RESET enable_nestloop");
      await client.query("RESET jit");
    }
  } finally {
    await own?.end();
  }
}
