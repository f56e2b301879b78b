#!/usr/bin/env node
// The published build (`npm run build`, also run by `prepare`: npm ci, npm pack, git-URL installs). Plain
// JavaScript on purpose: it runs where only the dependencies and devDependencies are installed, before anything
// is compiled.
//
// 1. tsc -p tsconfig.build.json --emitDeclarationOnly: type-checks the sources and writes the .d.ts files into
//    dist/ (one per source file, as before; the shipped types are tsc's).
// 2. esbuild: one bundled ES module per entry point of package.json `exports` (each entry's `source` file, written
//    to its `import` path) and one for the `gaptrace` command (dist/cli/bin.js, which bin/gaptrace.js loads). The
//    entries are built together with code splitting, so code two entries share lives once, in dist/chunks/, and a
//    class or a cache is the same object whichever entry a program imported it from. Dependencies stay external
//    (imported from node_modules by name, as declared in package.json), and so do Node's built-ins, which only
//    gaptrace/node and the command import. No minifying and no source maps: ES2022 output reads like the source.
//
// The entry points come from `exports`, so an entry added there (with `source`, `types`, `import`) is built
// without touching this file; a `source` whose `import` is not where esbuild writes it stops the build.
//
// Besides the entry points, a few modules are split points: built as entries of their own (not exported), so
// their code lands in a file of its own. Each imports a dependency that runs code when it is imported (so a
// bundler keeps all of that dependency wherever the import is); in a file of its own, a user's bundler drops it
// (package.json `sideEffects: false`) when nothing from it is used.
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

/** `src/x/index.ts` → `dist/x/index.js`: where esbuild writes an entry (outbase src, outdir dist). */
const outputOf = (source) => join("dist", relative("src", source)).replace(/\.ts$/, ".js");
const strip = (p) => p.replace(/^\.\//, "");

const entries = [];
for (const [key, target] of Object.entries(manifest.exports)) {
  if (typeof target === "string") continue; // a file shipped as it is (the JSON Schemas, package.json)
  const source = target.source === undefined ? undefined : strip(target.source);
  const output = target.import === undefined ? undefined : strip(target.import);
  if (source === undefined || output === undefined || !source.startsWith("src/"))
    throw new Error(`build: exports["${key}"] needs a "source" under src/ and an "import" under dist/`);
  if (outputOf(source) !== output) throw new Error(`build: exports["${key}"]: "import" is ${output}, but ${source} builds to ${outputOf(source)}`);
  entries.push(source);
}
// The command's program: bin/gaptrace.js imports dist/cli/bin.js.
entries.push("src/cli/bin.ts");
// Split points: the 0.1 CSV driver imports csv-parse's browser build (polyfills that run on import).
const SPLIT_POINTS = ["src/data/csv-parse-driver.ts"];
entries.push(...SPLIT_POINTS);

rmSync(join(root, "dist"), { recursive: true, force: true });

const tsc = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json", "--emitDeclarationOnly"], { cwd: root, stdio: "inherit" });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

const external = [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})];
const result = await build({
  absWorkingDir: root,
  entryPoints: entries,
  outbase: "src",
  outdir: "dist",
  entryNames: "[dir]/[name]",
  // One folder deep, like dist/cli/: the command finds package.json at ../../package.json from either.
  chunkNames: "chunks/[name]-[hash]",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "neutral",
  target: "es2022",
  tsconfig: "tsconfig.build.json",
  // Dependencies by name (and their subpaths, e.g. csv-parse/browser/esm), Node's built-ins by `node:` name.
  external: [...external, ...external.map((d) => `${d}/*`), "node:*"],
  mainFields: ["module", "main"],
  charset: "utf8",
  legalComments: "none",
  logLevel: "warning",
  metafile: true,
});
const outputs = Object.keys(result.metafile.outputs);
const chunks = outputs.filter((o) => o.startsWith("dist/chunks/"));
const bytes = Object.values(result.metafile.outputs).reduce((s, o) => s + o.bytes, 0);
console.log(`build: ${entries.length} entry points and ${chunks.length} shared chunks, ${(bytes / 1024).toFixed(0)} KB of JavaScript; .d.ts from tsc`);
