/**
 * The start-up bench (issue 12, "lean start"): what it costs to import gaptrace, and what a browser bundle of it
 * weighs. Measured on the built package (`npm run build` first; dist/ is what a user gets), never on the sources.
 *
 * - Import time: `import("gaptrace")` (and a few other entry points) in a fresh plain Node process
 *   (bench/start-worker.mjs run in the package's folder, no tsx, no `--conditions`), wall-clock and CPU time of the import alone, median of 5.
 *   CPU time is shown beside wall time because this machine is shared: the wall time moves with other work.
 * - Module count: the ES modules that load, counted in separate runs by a loader hook (gaptrace's own files and
 *   those of its dependencies; CommonJS files a dependency requires are not ES modules and are not counted).
 * - Bundle size: esbuild (minified, ESM, platform browser, as a user's bundler would) of a one-line file importing
 *   from the built package: the whole root API, load + attribute (`parseStudy`, `collectResponses`, `attribute`),
 *   and each subpath entry whole; minified and gzipped bytes, and what dominates (esbuild's metafile, by package
 *   or by gaptrace's src folder, read from the same bundle built from the sources).
 *
 * `START_BENCH_ROOT=/some/copy npm run bench -- start` measures another built copy of the package (a folder with
 * its package.json, dist/ and a node_modules link). `START_BENCH_BEFORE=/some/copy` compares: every import is
 * timed in both builds, the processes alternating (before, after, after, before, …) so that other work on a shared
 * machine weighs on both alike, and each row notes the other build's figures and the load average over the run.
 * `START_BENCH_RUNS=9` times more processes than the default 5.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { loadavg } from "node:os";
import { gzipSync } from "node:zlib";
import { build, type Metafile, type Plugin } from "esbuild";
import type { Bench, BenchRow } from "./types.js";

const here = dirname(fileURLToPath(import.meta.url));
// The build's own plugin (plain JavaScript, typed here), so that a bundle built from the sources for its breakdown
// weighs what the one from dist/ weighs: top-level zod schemas marked pure, as `npm run build` marks them.
const { pureSchemas } = (await import(pathToFileURL(join(here, "../scripts/build-pure.mjs")).href)) as { pureSchemas: () => Plugin };
// Another built copy of the package can be measured in the same minute (before/after): START_BENCH_ROOT=/path.
const root = process.env.START_BENCH_ROOT ?? join(here, "..");
// A second built copy to compare with, timed in the same run, process by process alternating.
const before = process.env.START_BENCH_BEFORE;
const RUNS = Number(process.env.START_BENCH_RUNS ?? 5);
const WORKER = readFileSync(join(here, "start-worker.mjs"), "utf8");

interface ImportRun {
  readonly ms: number;
  readonly cpuMs: number;
  readonly names: number;
  readonly modules: number;
  readonly own: number;
  readonly builtins: readonly string[];
}

/** One fresh plain Node process importing `specifier` from a built package (a self-reference by name). */
function importOnce(specifier: string, count: boolean, cwd: string = root): ImportRun {
  const args = ["--input-type=module", "-e", WORKER, specifier, ...(count ? ["--count"] : [])];
  const out = execFileSync(process.execPath, args, { cwd, encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "" } });
  return JSON.parse(out.trim().split("\n").pop() ?? "{}") as ImportRun;
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

interface ImportCost {
  readonly ms: number;
  readonly cpuMs: number;
  readonly lo: number;
  readonly hi: number;
  readonly counted: ImportRun;
}

const summary = (runs: readonly ImportRun[], counted: ImportRun): ImportCost => {
  const times = runs.map((r) => r.ms);
  return { ms: median(times), cpuMs: median(runs.map((r) => r.cpuMs)), lo: Math.min(...times), hi: Math.max(...times), counted };
};

/**
 * Median wall and CPU time of `RUNS` imports, and the module count of one counted run; with a build to compare,
 * the same for it, the two builds' processes alternating (ABBA order, so neither always goes first).
 */
function importCost(specifier: string): { after: ImportCost; before?: ImportCost } {
  const a: ImportRun[] = [];
  const b: ImportRun[] = [];
  for (let i = 0; i < RUNS; i++) {
    if (before !== undefined && i % 2 === 0) b.push(importOnce(specifier, false, before));
    a.push(importOnce(specifier, false));
    if (before !== undefined && i % 2 === 1) b.push(importOnce(specifier, false, before));
  }
  const after = summary(a, importOnce(specifier, true));
  return before === undefined ? { after } : { after, before: summary(b, importOnce(specifier, true, before)) };
}

/** Where a metafile input comes from: a package name, or the package's own folder under dist/. */
function origin(input: string): string {
  const i = input.lastIndexOf("node_modules/");
  if (i >= 0) {
    const parts = input.slice(i + "node_modules/".length).split("/");
    return parts[0]?.startsWith("@") ? `${parts[0]}/${parts[1]}` : (parts[0] ?? input);
  }
  const d = input.lastIndexOf("src/");
  if (d >= 0) return input.slice(d).split("/").slice(0, 2).join("/").replace(/\.ts$/, "");
  const dist = input.lastIndexOf("dist/");
  return dist >= 0 ? input.slice(dist).split("/").slice(0, 2).join("/").replace(/\.js$/, "") : "the entry";
}

interface Bundle {
  readonly min: number;
  readonly gz: number;
  readonly top: string;
}

/** Bytes in a bundle by origin: a dependency's name, or gaptrace's src folder. */
function breakdown(metafile: Partial<Metafile>): Map<string, number> {
  const by = new Map<string, number>();
  for (const out of Object.values(metafile.outputs ?? {}))
    for (const [input, { bytesInOutput }] of Object.entries(out.inputs)) by.set(origin(input), (by.get(origin(input)) ?? 0) + bytesInOutput);
  return by;
}

/**
 * Bundle one line of ESM importing from the built package, as a user's bundler would, and weigh it. What
 * dominates is read from a second bundle of the same line built from the sources (the `source` condition), where
 * esbuild's metafile can tell gaptrace's folders apart (the built package is a few bundled files).
 */
async function bundle(contents: string, platform: "browser" | "node", from: string = root): Promise<Bundle> {
  const options = {
    stdin: { contents, resolveDir: from, sourcefile: "entry.mjs", loader: "js" as const },
    bundle: true,
    minify: true,
    format: "esm" as const,
    platform,
    // The SQL engines are optional peer dependencies, loaded on first use: a user's bundle leaves them out too.
    external: ["@duckdb/node-api", "pg"],
    metafile: true,
    logLevel: "error" as const,
  };
  const r = await build({ ...options, write: false });
  const code = r.outputFiles[0]?.contents ?? new Uint8Array();
  const hasSources = existsSync(join(from, "src"));
  const metafile = hasSources ? (await build({ ...options, write: false, conditions: ["source"], tsconfig: join(from, "tsconfig.json"), plugins: [pureSchemas()] })).metafile : r.metafile;
  const by = breakdown(metafile ?? {});
  const total = [...by.values()].reduce((a, b) => a + b, 0);
  const top = [...by]
    .filter(([k]) => k !== "the entry")
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([k, v]) => `${k} ${Math.round((v / total) * 100)}%`)
    .join(", ");
  return { min: code.length, gz: gzipSync(code, { level: 9 }).length, top };
}

const KB = 1024;

/** Where plain Node takes a package-internal import (`#zod`): its `node-addons` branch, else `default`. */
function plainNodeTarget(target: unknown): string | undefined {
  if (typeof target === "string") return target;
  if (typeof target !== "object" || target === null) return undefined;
  const t = target as Record<string, unknown>;
  return plainNodeTarget(t["node-addons"] ?? t["node"] ?? t["import"] ?? t["default"]);
}

/**
 * The dependencies `import("gaptrace")` loads in plain Node (bare specifiers in the files reachable from
 * dist/index.js through relative imports; Node built-ins left out; a package-internal `#` import counted where
 * plain Node takes it to a dependency: zod in one file under dist/vendor/, or a package by name; #yaml, gaptrace's
 * own loader that requires yaml on first use, is not), and a throwaway package that imports just them: the floor
 * under the root import. Its name is the specifier the worker imports (a self-reference).
 */
function dependencyFloor(): { dir: string; specifier: string; deps: string[] } {
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { imports?: Record<string, unknown> };
  const seen = new Set<string>();
  const deps = new Map<string, string>(); // what deps.js imports → how the row names it
  const queue = [join(root, "dist/index.js")];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const m of readFileSync(file, "utf8").matchAll(/^(?:import|export)\s[^;]*?\sfrom\s*"([^"]+)"|^import\s*"([^"]+)"/gm)) {
      const spec = m[1] ?? m[2] ?? "";
      if (spec.startsWith(".")) queue.push(join(dirname(file), spec));
      else if (spec.startsWith("#")) {
        const target = plainNodeTarget(manifest.imports?.[spec]);
        if (target?.startsWith("./dist/vendor/")) deps.set(pathToFileURL(join(root, target)).href, `${spec.slice(1)} (${target.slice(2)})`);
        else if (target !== undefined && !target.startsWith(".")) deps.set(target, target);
      } else if (!spec.startsWith("node:")) deps.set(spec, spec);
    }
  }
  const dir = mkdtempSync(join(tmpdir(), "gaptrace-deps-"));
  const specifier = "gaptrace-dependencies-alone";
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: specifier, type: "module", exports: { ".": "./deps.js" } }));
  writeFileSync(join(dir, "deps.js"), [...deps.keys()].map((d, i) => `export * as d${i} from ${JSON.stringify(d)};`).join("\n"));
  symlinkSync(realpathSync(join(root, "node_modules")), join(dir, "node_modules"));
  return { dir, specifier, deps: [...deps.values()].sort() };
}

const bench: Bench = {
  name: "start",
  async run(): Promise<readonly BenchRow[]> {
    if (!existsSync(join(root, "dist/index.js"))) throw new Error("bench start: no dist/index.js; run `npm run build` first");
    const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { exports: Record<string, unknown> };
    const subpaths = Object.keys(manifest.exports).filter((k) => k !== "./package.json" && !k.endsWith(".json"));
    const rows: BenchRow[] = [];

    const load0 = loadavg()[0] ?? Number.NaN;
    for (const specifier of ["gaptrace", "gaptrace/node", "gaptrace/stats"]) {
      console.error(`  start: import("${specifier}") × ${RUNS}${before === undefined ? "" : " in each build, alternating"}`);
      const { after: c, before: p } = importCost(specifier);
      const load = `load average ${load0.toFixed(1)}–${(loadavg()[0] ?? Number.NaN).toFixed(1)}`;
      const then = p === undefined ? "" : `; before: ${Math.round(p.ms)} ms (${Math.round(p.lo)}–${Math.round(p.hi)}), CPU ${Math.round(p.cpuMs)} ms, same run, alternating`;
      const nodeOnly = c.counted.builtins.length === 0 ? "no Node built-in" : `built-ins: ${c.counted.builtins.join(" ")}`;
      rows.push({ measure: `import("${specifier}")`, value: Math.round(c.ms), unit: "ms", note: `median of ${RUNS} fresh processes (${Math.round(c.lo)}–${Math.round(c.hi)}); CPU ${Math.round(c.cpuMs)} ms; ${c.counted.names} names${then}; ${load}` });
      const modulesThen = p === undefined ? "" : `; before: ${p.counted.modules} (${p.counted.own} of gaptrace)`;
      rows.push({ measure: `import("${specifier}"): ES modules`, value: c.counted.modules, unit: "modules", note: `${c.counted.own} of gaptrace, ${c.counted.modules - c.counted.own} of dependencies; ${nodeOnly}${modulesThen}` });
    }

    const floor = dependencyFloor();
    try {
      console.error(`  start: the root's dependencies alone × ${RUNS}`);
      const runs = Array.from({ length: RUNS }, () => importOnce(floor.specifier, false, floor.dir));
      const c = summary(runs, importOnce(floor.specifier, true, floor.dir));
      rows.push({
        measure: "import of the root's dependencies alone",
        value: Math.round(c.ms),
        unit: "ms",
        note: `median of ${RUNS} (${Math.round(c.lo)}–${Math.round(c.hi)}); CPU ${Math.round(c.cpuMs)} ms; ${c.counted.modules} ES modules; ${floor.deps.join(", ")}; load average ${(loadavg()[0] ?? Number.NaN).toFixed(1)}`,
      });
    } finally {
      rmSync(floor.dir, { recursive: true, force: true });
    }

    const bundles: [string, string, "browser" | "node"][] = [
      ["whole root API", `export * from "gaptrace";`, "browser"],
      ["load + attribute", `export { parseStudy, collectResponses, attribute } from "gaptrace";`, "browser"],
      ["load YAML + attribute", `export { loadStudyText, collectResponses, attribute } from "gaptrace";`, "browser"],
      ...subpaths.filter((k) => k !== ".").map((k): [string, string, "browser" | "node"] => [`gaptrace${k.slice(1)} whole`, `export * from "gaptrace${k.slice(1)}";`, k === "./node" || k === "./sql" ? "node" : "browser"]),
    ];
    for (const [label, contents, platform] of bundles) {
      console.error(`  start: bundle ${label}`);
      const b = await bundle(contents, platform);
      const p = before === undefined ? undefined : await bundle(contents, platform, before).catch(() => undefined);
      const then = before === undefined ? "" : p === undefined ? "; before: no such entry" : `; before: ${(p.gz / KB).toFixed(1)} KB gz, ${Math.round(p.min / KB)} KB minified`;
      rows.push({ measure: `bundle: ${label}`, value: Math.round((b.gz / KB) * 10) / 10, unit: "KB gz", note: `${Math.round(b.min / KB)} KB minified${platform === "node" ? ", platform node" : ""}; ${b.top}${then}` });
    }
    return rows;
  },
};
export default bench;
