/**
 * A throwaway PostgreSQL server for the SQL tests, from Debian's `postgresql` binaries: `initdb` into a temp dir,
 * `pg_ctl` start listening only on a unix socket in that dir, stopped and removed after. Postgres refuses to run
 * as root, so when the tests run as root the server runs as the `postgres` user Debian's package creates.
 */
import { execFileSync } from "node:child_process";
import { chownSync, copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import type { PgClientLike } from "../../src/sql/index.js";

/** The newest `/usr/lib/postgresql/<major>/bin`, or undefined when the package is not installed. */
export function postgresBin(): string | undefined {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const majors = readdirSync(root).filter((d) => existsSync(join(root, d, "bin", "pg_ctl"))).sort((a, b) => Number(b) - Number(a));
  return majors[0] === undefined ? undefined : join(root, majors[0], "bin");
}

/** A running server: its socket directory, user and database, and how to stop it. */
export interface TestServer {
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly database: string;
  /** A directory the server can read files from (for server-side COPY). */
  readonly dir: string;
  stop(): void;
}

/** Start a server (on `port`, default 54329: give test files that may run at once different ports); throws when the binaries are missing. */
export function startPostgres(bin: string, port = 54329): TestServer {
  const dir = mkdtempSync(join(tmpdir(), "gaptrace-pg-"));
  const root = process.getuid?.() === 0;
  const as = (cmd: string, args: string[]): string => {
    const [file, argv] = root ? ["runuser", ["-u", "postgres", "--", join(bin, cmd), ...args]] : [join(bin, cmd), args];
    return execFileSync(file, argv, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 120_000 });
  };
  if (root) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, "data");
  const user = "gaptrace";
  as("initdb", ["-D", data, "-U", user, "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
  as("pg_ctl", ["-D", data, "-l", join(dir, "log"), "-w", "-t", "120", "-o", `-k ${dir} -c listen_addresses= -p ${port} -F -c fsync=off`, "start"]);
  return {
    host: dir,
    port,
    user,
    database: "postgres",
    dir,
    stop(): void {
      try {
        as("pg_ctl", ["-D", data, "-w", "-t", "60", "-m", "fast", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** A `pg` client as the SQL tests use it. */
export type PgClient = PgClientLike & { connect(): Promise<void>; end(): Promise<void> };

/** `pg`, from node_modules (a devDependency) or, for local runs without it, from the file GAPTRACE_PG_MODULE names. */
export async function loadPg(): Promise<{ Client: new (config: unknown) => PgClient } | undefined> {
  try {
    const m = (await import(process.env["GAPTRACE_PG_MODULE"] ?? "pg")) as { default?: unknown };
    return (m.default ?? m) as { Client: new (config: unknown) => PgClient };
  } catch {
    return undefined;
  }
}

/** Why the PostgreSQL tests cannot run here (no binaries, no `pg`), or undefined when they can. */
export function pgSkipReason(bin: string | undefined, pg: unknown): string | undefined {
  if (bin === undefined) return "the PostgreSQL binaries (Debian's postgresql package) are not under /usr/lib/postgresql/*/bin";
  return pg === undefined ? "the pg package cannot be loaded (npm install; or GAPTRACE_PG_MODULE=/path/to/pg/lib/index.js)" : undefined;
}

/**
 * Load a UTF-8 CSV into a table as a naive load does: the header's names as written (a BOM or stray spaces kept),
 * every cell text, and an identity column `line` numbering the rows as file lines (the header is line 1). The
 * server reads the file itself (server-side COPY), so it is copied where the server's user can read it.
 */
export async function loadCsvTable(client: PgClientLike | undefined, server: TestServer | undefined, source: string, table: string): Promise<void> {
  if (client === undefined || server === undefined) throw new Error("loadCsvTable: no server or client");
  const file = join(server.dir, `${table}.csv`);
  copyFileSync(source, file);
  const header = (readFileSync(file, "utf8").split(/\r?\n/, 1)[0] ?? "").split(",");
  const quoted = header.map((h) => `"${h.replaceAll('"', '""')}"`);
  await client.query(`DROP TABLE IF EXISTS ${table}`);
  await client.query(`CREATE TABLE ${table} (line bigint GENERATED ALWAYS AS IDENTITY (START WITH 2), ${quoted.map((q) => `${q} text`).join(", ")})`);
  await client.query(`COPY ${table} (${quoted.join(", ")}) FROM '${file}' WITH (FORMAT csv, HEADER true, ENCODING 'UTF8')`);
}

/** A throwaway server and a connected client, for the tests of one `describe` block. */
export interface ThrowawayPostgres {
  server: TestServer | undefined;
  client: PgClient | undefined;
}

/**
 * Start a throwaway server and connect a client before the block's tests, and stop both after them: call inside a
 * `describe` that is skipped when `skip` names a reason (outside CI). Under CI a missing server fails loudly.
 *
 * @param bin - {@link postgresBin}'s folder.
 * @param pg - {@link loadPg}'s module.
 * @param skip - {@link pgSkipReason}'s reason, if any.
 * @param port - the server's port (its socket's name; give files that may run at once different ones).
 * @returns the server and client, set once the block's `beforeAll` has run.
 */
export function throwawayPostgres(bin: string | undefined, pg: Awaited<ReturnType<typeof loadPg>>, skip: string | undefined, port?: number): ThrowawayPostgres {
  const db: ThrowawayPostgres = { server: undefined, client: undefined };
  beforeAll(async () => {
    if (bin === undefined || pg === undefined) throw new Error(`under CI=true, ${skip ?? ""}: .ci/run installs postgresql, and pg is a devDependency.`);
    const server = startPostgres(bin, port);
    db.server = server;
    const c = new pg.Client({ host: server.host, port: server.port, user: server.user, database: server.database });
    await c.connect();
    db.client = c;
  });
  afterAll(async () => {
    await db.client?.end();
    db.server?.stop();
  });
  return db;
}
