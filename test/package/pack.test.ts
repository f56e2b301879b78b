/**
 * The package as a user gets it (issue 11, "installable from a tarball"). `npm pack` (which runs `prepare`, the
 * build, so this writes the repository's dist/) gives a tarball; the test unpacks it into a fresh consumer project
 * in a temporary folder and uses it there the way a user would: plain Node ESM (no tsx, no `--conditions`), Deno,
 * an esbuild bundle for the browser run in Chromium, the `gaptrace` command, and TypeScript resolving the shipped
 * `.d.ts` of every entry point. Nothing is installed from the network: the consumer's dependencies are symlinks to
 * this repository's node_modules, one per entry of the packed package.json `dependencies` (only those, so an
 * import of an undeclared package fails here as it would for a user). Chromium or Deno missing: skipped loudly,
 * except under CI=true, where that fails.
 */
import { execFile } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { isBuiltin } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Browser, CHROMIUM } from "../reports/cdp.js";

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CI = process.env.CI === "true";
const MINUTES = 60_000;
// A consumer's Node: none of the options (such as --conditions=source) this process may have been given.
const ENV = { ...process.env, NODE_OPTIONS: "" };

/** The Deno binary the devDependency `deno` installed (found as scripts/run-notebook.sh finds it), or `DENO`. */
function findDeno(): string | undefined {
  const scoped = join(ROOT, "node_modules/@deno");
  const candidates = [
    process.env.DENO,
    join(ROOT, "node_modules/deno/deno"),
    ...(existsSync(scoped) ? readdirSync(scoped).map((d) => join(scoped, d, "deno")) : []),
  ];
  return candidates.find((c): c is string => c !== undefined && c !== "" && existsSync(c));
}
const DENO = findDeno();
const HAS_CHROMIUM = existsSync(CHROMIUM);

const MISSING_DENO = "no Deno binary in node_modules (the devDependency `deno`; run npm ci, or set DENO to a deno binary)";
const MISSING_CHROMIUM = `${CHROMIUM} is missing (apt-get update && apt-get install -y chromium)`;
if (DENO === undefined && !CI) console.warn(`pack.test: the Deno check is SKIPPED: ${MISSING_DENO}.`);
if (!HAS_CHROMIUM && !CI) console.warn(`pack.test: the browser check is SKIPPED: ${MISSING_CHROMIUM}.`);

interface PackedFile {
  readonly path: string;
  readonly size: number;
}
interface Packed {
  readonly filename: string;
  readonly size: number;
  readonly unpackedSize: number;
  readonly entryCount: number;
  readonly files: readonly PackedFile[];
}
type ExportTarget = string | { readonly types?: string; readonly import?: string; readonly source?: string };
interface Manifest {
  readonly name: string;
  readonly version: string;
  readonly exports: Record<string, ExportTarget>;
  readonly bin: Record<string, string>;
  readonly dependencies?: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
  /** Package-internal imports (`#yaml`): conditions down to a path, `default` the one every runtime can take. */
  readonly imports?: Record<string, { readonly default: string } & Record<string, unknown>>;
}

interface NodeOutput {
  /** The names each entry point of `exports` exports (sorted). */
  readonly subpaths: Record<string, string[]>;
  readonly core: Record<string, unknown>;
  readonly files: Record<string, unknown>;
}

/** The seeded study every runtime analyses: the same numbers must come out of Node, Deno and the browser. */
const CORE_SCRIPT = `// Runtime-neutral: core entry points only, no Node module.
import { attribute, collectResponses, loadStudyText, renderMarkdown, responseRows, simulateStudy } from "gaptrace";
import { scoreRecovery } from "gaptrace/simulate";

export const OPTIONS = {
  seed: 2026, externalRespondents: 3000, internalRespondents: 500, casesPerTheme: 300, link: {},
  plant: [{ tag: "non-compliant-execution", step: "or_bo_dispatch" }],
};

/** What an analysis found, in a form the runtimes can print and the test compare. */
export function summarise(study, data, responses, cases) {
  const result = attribute(study, { responses, cases });
  const score = scoreRecovery(study, data.truth, result);
  const markdown = renderMarkdown(study, result, { lang: "zh" });
  return {
    study: study.id,
    respondents: data.respondents.length,
    rowsRead: responses.ledger.rowsRead,
    accepted: responses.ledger.accepted,
    findings: result.findings.map((f) => f.id).sort(),
    planted: score.planted,
    recovered: score.recovered.length,
    heading: markdown.split("\\n")[0],
    markdownChars: markdown.length,
  };
}

/** Load a study from its YAML text, simulate a seeded data set with one planted cause, attribute, report. */
export function analyse(studyText) {
  const report = loadStudyText(studyText);
  if (!report.ok || report.study === undefined) throw new Error(\`the study does not load: \${JSON.stringify(report.problems)}\`);
  const study = report.study;
  const data = simulateStudy(study, OPTIONS);
  return summarise(study, data, collectResponses(study, responseRows(data)), data.cases);
}
`;

/** Plain Node: every entry point of \`exports\`, the core analysis, and the same data through files with gaptrace/node. */
const NODE_SCRIPT = `import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { casesCsv, collectResponses, responsesCsv, simulateStudy } from "gaptrace";
import { readCasesCsv, readResponsesCsv, readStudyFile } from "gaptrace/node";
import { OPTIONS, analyse, summarise } from "./core.mjs";

const manifest = JSON.parse(readFileSync(new URL("./node_modules/gaptrace/package.json", import.meta.url), "utf8"));
const subpaths = {};
for (const key of Object.keys(manifest.exports)) {
  const specifier = "gaptrace" + key.slice(1);
  const m = key.endsWith(".json") ? await import(specifier, { with: { type: "json" } }) : await import(specifier);
  subpaths[key] = Object.keys(m).sort();
}

const studyFile = fileURLToPath(new URL("./node_modules/gaptrace/examples/studies/power-utility.study.yaml", import.meta.url));
const core = analyse(readFileSync(studyFile, "utf8"));

const study = await readStudyFile(studyFile);
const data = simulateStudy(study, OPTIONS);
const dir = mkdtempSync(join(tmpdir(), "gaptrace-consumer-"));
try {
  writeFileSync(join(dir, "responses.csv"), responsesCsv(data));
  writeFileSync(join(dir, "cases.csv"), casesCsv(data));
  // As examples/from-files.ts: the segment columns are read only when named.
  const segments = ["area", "fault_class"];
  const responses = await collectResponses(study, readResponsesCsv(study, join(dir, "responses.csv"), { segments }));
  const cases = await readCasesCsv(study, join(dir, "cases.csv"), { segments });
  console.log(JSON.stringify({ subpaths, core, files: summarise(study, data, responses, cases) }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
`;

/**
 * Plain Node: import every runtime-neutral entry point (all but gaptrace/node, gaptrace/sql and the JSON files) and list the Node
 * built-ins that loaded, seen by a loader hook in its own thread.
 */
const NEUTRAL_SCRIPT = `import { register } from "node:module";
import { readFileSync } from "node:fs";
import { MessageChannel } from "node:worker_threads";

const { port1, port2 } = new MessageChannel();
const loaded = [];
port1.on("message", (url) => loaded.push(url));
const hook = \`
  let port;
  export function initialize(data) { port = data.port; }
  export async function load(url, context, next) { const r = await next(url, context); port.postMessage(url); return r; }\`;
register("data:text/javascript," + encodeURIComponent(hook), { data: { port: port2 }, transferList: [port2] });
const manifest = JSON.parse(readFileSync(new URL("./node_modules/gaptrace/package.json", import.meta.url), "utf8"));
for (const key of Object.keys(manifest.exports).filter((k) => k !== "./node" && k !== "./sql" && !k.endsWith(".json"))) await import("gaptrace" + key.slice(1));
await new Promise((r) => setTimeout(r, 200)); // the hook thread's last messages
port1.close();
console.log(JSON.stringify({
  modules: loaded.length,
  builtins: loaded.filter((u) => u.startsWith("node:")).sort(),
  zodPackage: loaded.filter((u) => u.includes("/node_modules/zod/")).length,
  zodVendored: loaded.filter((u) => u.endsWith("/gaptrace/dist/vendor/zod.js")).length,
  csvParse: loaded.filter((u) => u.includes("/node_modules/csv-parse/")).length,
}));
`;

/**
 * Plain Node, an application with zod of its own: gaptrace's copy (zod in one file) and the application's meet.
 * The application sets French for zod's messages before it imports gaptrace; its zod must see gaptrace's schemas
 * as schemas (instanceof, inside its own objects, its errors, JSON Schema) and keep its locale.
 */
const ZOD_SCRIPT = `import { z } from "zod";
z.config(z.locales.fr());
const g = await import("gaptrace");
const { StudySchema } = await import("gaptrace/model");
const inside = z.object({ study: StudySchema }).safeParse({ study: { id: 7 } });
const own = z.string().safeParse(1);
const schema = z.toJSONSchema(StudySchema, { unrepresentable: "any" });
const vendored = await import("./node_modules/gaptrace/dist/vendor/zod.js");
console.log(JSON.stringify({
  vendoredExports: Object.keys(vendored).sort(),
  englishDefault: vendored.default().localeError({ code: "too_small", origin: "number", minimum: 0, inclusive: true }),
  // gaptrace's own parses give English whatever locale the application set (ZOD_ENGLISH, per parse).
  gaptraceMessage: g.validateStudy({ gaptrace: 1, id: "s", name: "S", organisation: { departments: [], posts: [{ id: "p", name: "P", department: "d", headcount: -2 }] } }).problems[0]?.message,
  isSchema: StudySchema instanceof z.core.$ZodType,
  insideFails: inside.success === false,
  errorIsZods: inside.error instanceof z.ZodError,
  idIssue: inside.error?.issues.some((i) => i.path[0] === "study" && i.path[1] === "id"),
  ownMessage: own.error?.issues[0]?.message,
  jsonSchema: { type: schema.type, hasId: Object.keys(schema.properties ?? {}).includes("id") },
}));
`;

/** Plain Node: is yaml (CommonJS, in require's cache once loaded) loaded by the import, or only by reading text? */
const YAML_SCRIPT = `import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const yaml = require.resolve("yaml");
const { loadStudyText } = await import("gaptrace");
const afterImport = yaml in require.cache;
const read = loadStudyText("id: x\\n", { file: "x.study.yaml" });
console.log(JSON.stringify({ afterImport, afterRead: yaml in require.cache, problem: read.problems?.[0]?.code }));
`;

/** Plain Node reads CSV with gaptrace's own reader, every entry point imported (none needs csv-parse since 0.3). */
const CSV_SCRIPT = `const { csvRows } = await import("gaptrace/data");
await import("gaptrace");
await import("gaptrace/node");
const items = [...csvRows("a,b\\n1,2\\n")].flat();
console.log(JSON.stringify({ items }));
`;

const DENO_SCRIPT = `import { analyse } from "./core.mjs";
const text = await Deno.readTextFile(new URL("./node_modules/gaptrace/examples/studies/power-utility.study.yaml", import.meta.url));
console.log(JSON.stringify(analyse(text)));
`;

// esbuild inlines the study's YAML as text; the page runs the analysis while it loads and leaves the result on window.
const BROWSER_SCRIPT = `import studyText from "./node_modules/gaptrace/examples/studies/power-utility.study.yaml";
import { analyse } from "./core.mjs";
try {
  window.__gaptrace = analyse(studyText);
  console.log(JSON.stringify(window.__gaptrace));
} catch (e) {
  window.__gaptrace = { error: String((e && e.stack) || e) };
}
`;

const BROWSER_PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>gaptrace in a browser</title></head>
<body><script src="bundle.js"></script></body></html>
`;

/** A TypeScript consumer: every entry point resolves to its shipped .d.ts, without the \`source\` condition. */
function typesScript(subpaths: readonly string[]): string {
  const lines = subpaths.map((key, i) => `import * as entry${i} from "gaptrace${key.slice(1)}";`);
  return `${lines.join("\n")}
import { attribute, collectResponses, responseRows, simulateStudy, type Attribution, type Study } from "gaptrace";
import { loadStudyFileSync } from "gaptrace/node";

export const entries: readonly object[] = [${subpaths.map((_, i) => `entry${i}`).join(", ")}];
const study: Study | undefined = loadStudyFileSync("study.yaml").study;
const data = study === undefined ? undefined : simulateStudy(study, { seed: 1 });
export const result: Attribution | undefined =
  study === undefined || data === undefined ? undefined : attribute(study, { responses: collectResponses(study, responseRows(data)), cases: data.cases });
// @ts-expect-error: a wrong argument type is an error, so the types are real and not \`any\`.
attribute("not a study", {});
`;
}

const TSCONFIG = {
  compilerOptions: {
    target: "ES2022",
    module: "NodeNext",
    moduleResolution: "NodeNext",
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    types: ["node"],
    lib: ["ES2023"],
  },
  files: ["types.ts"],
};

/** Link a package from this repository's node_modules into the consumer's, as an install would have put it. */
function linkFromRepo(consumer: string, name: string): void {
  const from = join(ROOT, "node_modules", name);
  if (!existsSync(join(from, "package.json"))) throw new Error(`${name} is not in ${join(ROOT, "node_modules")}: run npm ci first`);
  const to = join(consumer, "node_modules", name);
  mkdirSync(dirname(to), { recursive: true });
  symlinkSync(from, to, "dir");
}

describe("the packed package in a fresh consumer project", () => {
  let tmp = "";
  let consumer = "";
  let packed: Packed;
  let manifest: Manifest;
  let started = 0;
  let nodeRun: Promise<NodeOutput> | undefined;

  /** node.mjs's output, run once: the Deno and browser checks compare their result with Node's. */
  function inNode(): Promise<NodeOutput> {
    nodeRun ??= run(process.execPath, ["node.mjs"], { cwd: consumer, encoding: "utf8", maxBuffer: 1 << 24, env: ENV }).then((r) => JSON.parse(r.stdout) as NodeOutput);
    return nodeRun;
  }

  beforeAll(async () => {
    started = performance.now();
    tmp = mkdtempSync(join(tmpdir(), "gaptrace-pack-"));
    const { stdout } = await run("npm", ["pack", "--json", "--pack-destination", tmp], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 26 }).catch(
      (e: { stdout?: string; stderr?: string }) => {
        // The build's own messages (tsc's errors are on stdout) say why, more than npm's "command failed".
        throw new Error(`npm pack (and the build it runs) failed:\n${e.stdout ?? ""}\n${e.stderr ?? ""}`);
      },
    );
    // npm prints the scripts' output (the build) on stderr and the JSON on stdout; skip anything before it anyway.
    packed = (JSON.parse(stdout.slice(Math.max(0, stdout.search(/^\[\s*$/m)))) as Packed[])[0]!;
    const packSeconds = (performance.now() - started) / 1000;

    consumer = join(tmp, "consumer");
    const installed = join(consumer, "node_modules/gaptrace");
    mkdirSync(installed, { recursive: true });
    await run("tar", ["-xzf", join(tmp, packed.filename), "-C", installed, "--strip-components=1"]);
    manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8")) as Manifest;
    writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module", dependencies: { gaptrace: manifest.version } }, null, 2));
    for (const name of Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies })) linkFromRepo(consumer, name);
    linkFromRepo(consumer, "@types/node"); // the consumer's own devDependency, for the TypeScript check
    // What npm does with `bin`: a link in node_modules/.bin to an executable file.
    mkdirSync(join(consumer, "node_modules/.bin"), { recursive: true });
    for (const [command, file] of Object.entries(manifest.bin)) {
      chmodSync(join(installed, file), 0o755);
      symlinkSync(relative(join(consumer, "node_modules/.bin"), join(installed, file)), join(consumer, "node_modules/.bin", command));
    }
    writeFileSync(join(consumer, "core.mjs"), CORE_SCRIPT);
    writeFileSync(join(consumer, "node.mjs"), NODE_SCRIPT);
    writeFileSync(join(consumer, "deno.mjs"), DENO_SCRIPT);
    writeFileSync(join(consumer, "neutral.mjs"), NEUTRAL_SCRIPT);
    writeFileSync(join(consumer, "yaml.mjs"), YAML_SCRIPT);
    writeFileSync(join(consumer, "zod.mjs"), ZOD_SCRIPT);
    writeFileSync(join(consumer, "csv.mjs"), CSV_SCRIPT);
    writeFileSync(join(consumer, "browser.mjs"), BROWSER_SCRIPT);
    console.info(
      `pack.test: ${packed.filename}: ${(packed.size / 1024).toFixed(0)} kB packed, ${(packed.unpackedSize / 1024).toFixed(0)} kB unpacked, ` +
        `${packed.entryCount} files; npm pack (with the build) took ${packSeconds.toFixed(0)} s`,
    );
  }, 10 * MINUTES);

  afterAll(() => {
    if (tmp !== "") rmSync(tmp, { recursive: true, force: true });
    if (started > 0) console.info(`pack.test: ${((performance.now() - started) / 1000).toFixed(0)} s in all`);
  });

  it("ships dist, the schema, the bin, the example studies and the README; no tests, no TypeScript sources, no maps", () => {
    const paths = packed.files.map((f) => f.path);
    const allowed = /^(dist\/.+\.(js|d\.ts)|schema\/[^/]+\.json|bin\/[^/]+\.js|examples\/studies\/[^/]+\.study\.yaml|README\.md|LICENSE|package\.json)$/;
    expect(paths.filter((p) => !allowed.test(p))).toEqual([]);
    expect(paths.filter((p) => /^(src|test)\//.test(p) || (p.endsWith(".ts") && !p.endsWith(".d.ts")) || p.endsWith(".map"))).toEqual([]);
    expect(paths).toEqual(expect.arrayContaining(["README.md", "package.json", "schema/study.schema.json", "examples/studies/power-utility.study.yaml"]));
    // Everything package.json points at is in the tarball: every entry's `types` and `import`, every command.
    const targets = Object.values(manifest.exports).flatMap((t) => (typeof t === "string" ? [t] : [t.types, t.import].filter((x): x is string => x !== undefined)));
    targets.push(...Object.values(manifest.bin));
    expect(targets.map((t) => t.replace(/^\.\//, "")).filter((t) => !paths.includes(t))).toEqual([]);
    for (const t of Object.values(manifest.exports)) if (typeof t !== "string") expect(Object.keys(t)).toEqual(expect.arrayContaining(["types", "import"]));
  });

  it(
    "plain Node ESM imports every entry point, analyses the bundled study and reads the same data back from files",
    async () => {
      const out = await inNode();
      expect(Object.keys(out.subpaths).sort()).toEqual(Object.keys(manifest.exports).sort());
      expect(Object.entries(out.subpaths).filter(([, names]) => names.length === 0)).toEqual([]);
      // The root is the pipeline alone since 0.3 (48 values; the 0.1 names are in the subpaths).
      expect(out.subpaths["."]?.length).toBeGreaterThan(40);
      expect(out.core).toMatchObject({ study: "power_utility_fullprocess", respondents: 3500, planted: 1, recovered: 1, heading: "# 客户满意度差距归因报告" });
      expect(out.core.accepted).toBe(out.core.rowsRead);
      expect(out.core.findings).toContain("nce:or_bo_dispatch");
      expect(out.core.markdownChars).toBeGreaterThan(1_000);
      // The same simulated data written to CSV and read back through gaptrace/node: the same analysis.
      expect(out.files).toEqual(out.core);
    },
    5 * MINUTES,
  );

  it(
    "the built entry points export the same names as their sources (bundling dropped none)",
    async () => {
      const out = await inNode();
      const repo = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as Manifest;
      const fromSources: Record<string, string[]> = {};
      for (const [key, target] of Object.entries(repo.exports)) {
        if (typeof target === "string" || target.source === undefined) continue;
        fromSources[key] = Object.keys((await import(pathToFileURL(join(ROOT, target.source)).href)) as object).sort();
      }
      const built = Object.fromEntries(Object.entries(out.subpaths).filter(([key]) => key in fromSources));
      expect(Object.keys(fromSources).sort()).toEqual(Object.keys(built).sort());
      expect(built).toEqual(fromSources);
    },
    5 * MINUTES,
  );

  it(
    "the runtime-neutral entry points import no Node built-in, and only declared dependencies",
    async () => {
      // Statically: every file reachable from an entry other than gaptrace/node, through relative imports.
      const installed = join(consumer, "node_modules/gaptrace");
      const declared = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies });
      // gaptrace/node and gaptrace/sql (DuckDB's native bindings, pg) are for Node; every other entry is neutral.
      const neutral = Object.entries(manifest.exports).flatMap(([key, t]) => (typeof t === "string" || key === "./node" || key === "./sql" || t.import === undefined ? [] : [t.import]));
      const seen = new Set<string>();
      const bare = new Set<string>();
      const queue = neutral.map((f) => join(installed, f));
      for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
        if (seen.has(file)) continue;
        seen.add(file);
        const text = readFileSync(file, "utf8");
        for (const m of text.matchAll(/(?:^|[\s;}])(?:import|export)\s*(?:[^"'`;]*?\sfrom\s*)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)) {
          const spec = m[1] ?? m[2]!;
          if (spec.startsWith(".")) queue.push(join(dirname(file), spec));
          // A package-internal import is followed where a browser or Deno resolves it (`default`); plain Node's
          // `node-addons` branch (#yaml: yaml required on first use, through node:module) is for Node alone.
          // (#zod: the zod package by name, where plain Node takes zod in one file).
          else if (spec.startsWith("#")) {
            const target = manifest.imports?.[spec]?.default ?? spec;
            if (target.startsWith("./")) queue.push(join(installed, target));
            else bare.add(target);
          }
          else bare.add(spec);
        }
      }
      expect(seen.size).toBeGreaterThan(neutral.length);
      expect([...bare].filter((spec) => isBuiltin(spec))).toEqual([]);
      const undeclared = [...bare].filter((spec) => !declared.some((d) => spec === d || spec.startsWith(`${d}/`)));
      expect(undeclared).toEqual([]);

      // At run time, importing all of them in plain Node: graphology's require("events") is the one built-in (in
      // a browser bundle it is the `events` package, graphology's dependency), and node:module, which plain Node's
      // #yaml loader takes (the script imports it first itself, so the hook may not see it); nothing else.
      const r = await run(process.execPath, ["neutral.mjs"], { cwd: consumer, encoding: "utf8", env: ENV });
      const loaded = JSON.parse(r.stdout.trim().split("\n").pop() ?? "{}") as { modules: number; builtins: string[]; zodPackage: number; zodVendored: number; csvParse: number };
      expect(loaded.modules).toBeGreaterThan(seen.size); // the hook saw the package's files and its dependencies'
      expect(loaded.builtins.filter((b) => b !== "node:events" && b !== "node:module")).toEqual([]);
      // zod comes as one file (#zod under node-addons), not as the package's 95 modules.
      expect({ zodPackage: loaded.zodPackage, zodVendored: loaded.zodVendored }).toEqual({ zodPackage: 0, zodVendored: 1 });
      // csv-parse (the 0.1 CSV reader's, removed in 0.3) is not loaded by an import.
      expect(loaded.csvParse).toBe(0);
    },
    5 * MINUTES,
  );

  it(
    "plain Node's zod in one file is the declared zod, and an application's own zod works with its schemas",
    async () => {
      const vendored = readFileSync(join(consumer, "node_modules/gaptrace/dist/vendor/zod.js"), "utf8");
      const installed = (JSON.parse(readFileSync(join(ROOT, "node_modules/zod/package.json"), "utf8")) as { version: string }).version;
      expect(vendored.slice(0, 200)).toContain(`zod ${installed} (MIT)`);
      expect(vendored).toContain("Copyright (c)"); // zod's licence travels with the copy
      expect(manifest.dependencies?.zod).toBe(`^${installed}`);
      // What dist/ reads of zod, found here by text (each `zN.name` of a namespace import of #zod that zod exports;
      // the build finds it with TypeScript's binder): the vendored file exports all of it, and only zod's names.
      const dist = join(consumer, "node_modules/gaptrace/dist");
      const files = readdirSync(dist, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".js") && !f.startsWith("vendor"));
      const zodNames = new Set(Object.keys(await import("zod/mini")));
      const read = new Set<string>();
      for (const f of files) {
        const text = readFileSync(join(dist, f), "utf8");
        // Re-exported or imported dynamically: then all of zod must be there.
        if (/export\s*\*[^;]*from\s*"#zod"|import\(\s*"#zod"\s*\)/.test(text)) for (const n of zodNames) read.add(n);
        for (const [, list] of text.matchAll(/export\s*\{([^}]*)\}\s*from\s*"#zod"/g)) for (const e of list!.split(",")) read.add(e.trim().split(/\s+as\s+/)[0]!);
        for (const [, alias] of text.matchAll(/import \* as (\w+) from "#zod"/g))
          for (const [, name] of text.matchAll(new RegExp(`\\b${alias}\\.([A-Za-z_$][\\w$]*)`, "g"))) if (zodNames.has(name!)) read.add(name!);
      }
      expect(read.size).toBeGreaterThan(10);
      const r = await run(process.execPath, ["zod.mjs"], { cwd: consumer, encoding: "utf8", env: ENV });
      const out = JSON.parse(r.stdout.trim().split("\n").pop() ?? "{}") as { vendoredExports: string[] };
      expect(out.vendoredExports).toEqual(expect.arrayContaining([...read]));
      // Besides zod/mini's names, the default export: zod's English locale (#zod-en, src/core/zod-english.ts).
      expect(out.vendoredExports.filter((n) => !zodNames.has(n))).toEqual(["default"]);
      expect(out).toEqual({
        vendoredExports: out.vendoredExports,
        englishDefault: "Too small: expected number to be >=0",
        gaptraceMessage: '"headcount": Too small: expected number to be >=0 (found number -2).',
        isSchema: true,
        insideFails: true,
        errorIsZods: true,
        idIssue: true,
        ownMessage: expect.stringMatching(/^Entrée invalide/),
        jsonSchema: { type: "object", hasId: true },
      });
    },
    5 * MINUTES,
  );

  it(
    "names csv-parse (the 0.1 CSV reader's, removed in 0.3) in no file, and plain Node reads CSV with its own reader",
    async () => {
      // Not in dist/ (an import of it, a package-internal #csv-parse-… import) nor in the manifest's `imports`.
      const dist = join(consumer, "node_modules/gaptrace/dist");
      const files = readdirSync(dist, { recursive: true, encoding: "utf8" }).filter((f) => /\.(js|d\.ts)$/.test(f));
      expect(files.length).toBeGreaterThan(20);
      expect(files.filter((f) => readFileSync(join(dist, f), "utf8").includes("csv-parse"))).toEqual([]);
      expect(Object.keys(manifest.imports ?? {}).filter((k) => k.includes("csv"))).toEqual([]);
      const r = await run(process.execPath, ["csv.mjs"], { cwd: consumer, encoding: "utf8", env: ENV });
      expect(JSON.parse(r.stdout.trim().split("\n").pop() ?? "{}")).toMatchObject({
        items: [
          { kind: "header", line: 1, columns: ["a", "b"] },
          { kind: "cells", line: 2, cells: ["1", "2"] },
          { kind: "end" },
        ],
      });
    },
    5 * MINUTES,
  );

  it(
    "plain Node loads the YAML parser when text is first read, not when gaptrace is imported",
    async () => {
      const r = await run(process.execPath, ["yaml.mjs"], { cwd: consumer, encoding: "utf8", env: ENV });
      // The study text is read (and found wanting: a study needs more than an id), so the parser did run.
      expect(JSON.parse(r.stdout.trim().split("\n").pop() ?? "{}")).toEqual({ afterImport: false, afterRead: true, problem: "schema/missing" });
    },
    5 * MINUTES,
  );

  it.skipIf(DENO === undefined && !CI)(
    "Deno runs the same core script from the package's node_modules and gets the same result",
    async () => {
      if (DENO === undefined) throw new Error(`CI=true and ${MISSING_DENO}`);
      // No network (--cached-only, no --allow-net) and a fresh cache: everything comes from node_modules. The yaml
      // parser reads two environment variables (LOG_TOKENS, LOG_STREAM), hence --allow-env.
      const deno = await run(DENO, ["run", "--node-modules-dir=manual", "--cached-only", "--allow-read=.", "--allow-env", "deno.mjs"], {
        cwd: consumer,
        encoding: "utf8",
        maxBuffer: 1 << 24,
        env: { ...ENV, DENO_DIR: join(tmp, "deno-cache"), DENO_NO_UPDATE_CHECK: "1", DENO_NO_PROMPT: "1", NO_COLOR: "1" },
      });
      const expected = (await inNode()).core;
      expect(expected).toMatchObject({ study: "power_utility_fullprocess", recovered: 1 });
      expect(JSON.parse(deno.stdout)).toEqual(expected);
    },
    5 * MINUTES,
  );

  it.skipIf(!HAS_CHROMIUM && !CI)(
    "esbuild bundles the core script for the browser (no Node built-in) and it runs in Chromium",
    async () => {
      if (!HAS_CHROMIUM) throw new Error(`CI=true and ${MISSING_CHROMIUM}`);
      const page = join(consumer, "page");
      mkdirSync(page);
      const bundled = await build({
        absWorkingDir: consumer,
        entryPoints: ["browser.mjs"],
        bundle: true,
        platform: "browser",
        format: "iife",
        outfile: join(page, "bundle.js"),
        loader: { ".yaml": "text" },
        metafile: true,
        logLevel: "silent",
      });
      expect(bundled.errors).toEqual([]);
      const inputs = Object.keys(bundled.metafile.inputs);
      expect(inputs).toContain("node_modules/gaptrace/dist/index.js"); // the built package, not the sources
      expect(inputs.filter((i) => i.includes("gaptrace/src/") || i.startsWith("node:"))).toEqual([]);
      writeFileSync(join(page, "index.html"), BROWSER_PAGE);

      const browser = Browser.launch();
      try {
        const url = pathToFileURL(join(page, "index.html")).href;
        const { session, log } = await browser.open(url, 1024);
        const result = await browser.evaluate<Record<string, unknown>>(session, "window.__gaptrace");
        expect(log.exceptions).toEqual([]);
        expect(log.requests).toEqual([url, pathToFileURL(join(page, "bundle.js")).href]);
        expect(result).toEqual((await inNode()).core);
        expect(result).toMatchObject({ study: "power_utility_fullprocess", recovered: 1 });
        expect(log.console.map((m) => m.text)).toEqual([JSON.stringify(result)]);
      } finally {
        await browser.close();
      }
    },
    5 * MINUTES,
  );

  it(
    "the installed gaptrace command prints its version and validates a study without tsx",
    async () => {
      const bin = join(consumer, "node_modules/.bin/gaptrace");
      // PATH has node (for the #! line) and not the repository's node_modules/.bin, where tsx would be.
      const env = { ...ENV, PATH: [dirname(process.execPath), "/usr/bin", "/bin"].join(":") };
      const version = await run(bin, ["--version"], { cwd: consumer, encoding: "utf8", env });
      expect(version.stdout.trim()).toBe(manifest.version);
      const study = "node_modules/gaptrace/examples/studies/training.study.yaml";
      const validate = await run(bin, ["validate", study], { cwd: consumer, encoding: "utf8", env });
      expect(validate.stdout).toContain(`${study}: valid (0 errors`);
      // npx finds the same command in the project's node_modules/.bin and installs nothing.
      const npx = await run("npx", ["--no-install", "gaptrace", "--version"], { cwd: consumer, encoding: "utf8", env: ENV });
      expect(npx.stdout.trim()).toBe(manifest.version);
    },
    5 * MINUTES,
  );

  it(
    "TypeScript resolves every entry point to its shipped declarations, without the source condition",
    async () => {
      const subpaths = Object.keys(manifest.exports).filter((k) => !k.endsWith(".json"));
      writeFileSync(join(consumer, "types.ts"), typesScript(subpaths));
      writeFileSync(join(consumer, "tsconfig.json"), JSON.stringify(TSCONFIG, null, 2));
      const tsc = join(ROOT, "node_modules/typescript/bin/tsc");
      const r = await run(process.execPath, [tsc, "-p", "tsconfig.json", "--traceResolution"], { cwd: consumer, encoding: "utf8", maxBuffer: 1 << 28, env: ENV }).catch(
        (e: { stdout?: string }) => {
          throw new Error(`tsc failed in the consumer project:\n${(e.stdout ?? "").split("\n").filter((l) => l.includes("error")).join("\n")}`);
        },
      );
      // Every `gaptrace…` import resolved into the installed package's dist/, never to src/.
      const resolved = [...r.stdout.matchAll(/Module name '(gaptrace[^']*)' was successfully resolved to '([^']+)'/g)].map((m) => [m[1]!, m[2]!] as const);
      expect(new Set(resolved.map(([name]) => name))).toEqual(new Set(subpaths.map((k) => `gaptrace${k.slice(1)}`)));
      expect(resolved.filter(([, file]) => !/node_modules\/gaptrace\/dist\/.+\.d\.ts$/.test(file))).toEqual([]);
    },
    5 * MINUTES,
  );
});
