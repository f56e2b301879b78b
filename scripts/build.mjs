#!/usr/bin/env node
// The published build (`npm run build`, also run by `prepare`: npm ci, npm pack, git-URL installs). Plain
// JavaScript on purpose: it runs where only the dependencies and devDependencies are installed, before anything
// is compiled.
//
// 1. tsc -p tsconfig.build.json --emitDeclarationOnly: type-checks the sources and writes the .d.ts files into
//    dist/ (one per source file, as before; the shipped types are tsc's).
// 2. esbuild: one ES module per entry point of package.json `exports` (each entry's `source` file, written to its
//    `import` path) and one for the `gaptrace` command (dist/cli/bin.js, which bin/gaptrace.js loads). An entry's
//    file holds only its own code; the code it shares with others is in dist/chunks/, one file per source folder
//    (scripts/build-groups.mjs says how they are formed and why: fewer files for Node to load than esbuild's own
//    code splitting made), and each source file is in exactly one dist file, so a class or a cache is the same
//    object whichever entry a program imported it from. Dependencies stay external (imported from node_modules by
//    name, as declared in package.json; zod (zod/mini) as `#zod`, which plain Node takes to zod in one file, dist/vendor/zod.js,
//    written by scripts/build-vendor.mjs), and so do Node's built-ins, which only gaptrace/node, gaptrace/sql and
//    the command import. Top-level zod schemas are marked pure (scripts/build-pure.mjs) so a user's bundler drops
//    those a program does not use, and the fields of their object schemas are getters, built when zod first reads
//    the shape rather than at import (the same schemas; fewer made by `import("gaptrace")`). No minifying and no source maps: ES2022 output reads like the source.
//
// The entry points come from `exports`, so an entry added there (with `source`, `types`, `import`) is built
// without touching this file; a `source` whose `import` is not where esbuild writes it stops the build.
//
// Besides the entry points, a few modules are split points: a dist file of their own. Each imports a dependency
// that runs code when it is imported (so a bundler keeps all of that dependency wherever the import is); in a file
// of its own, a user's bundler drops it (package.json `sideEffects: false`) when nothing from it is used.
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { definedNames, groupEntries, groupFile, groupsPlugin, planGroups, reexportsOnly } from "./build-groups.mjs";
import { pureSchemas } from "./build-pure.mjs";
import { vendorZod, zodNamesUsed } from "./build-vendor.mjs";

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
// Package-internal imports (package.json `imports`, e.g. `#yaml`): the specifier stays an import by name in dist/,
// so that Node, Deno or a bundler picks the condition, and each condition's `source` is built, on its own, to its
// `default` path.
const internal = Object.keys(manifest.imports ?? {});
const internalTargets = (target) => {
  if (typeof target !== "object" || target === null) return [];
  const here = typeof target.source === "string" && typeof target.default === "string" ? [[strip(target.source), strip(target.default)]] : [];
  return [...here, ...Object.entries(target).flatMap(([k, v]) => (k === "source" || k === "default" ? [] : internalTargets(v)))];
};
for (const [key, target] of Object.entries(manifest.imports ?? {}))
  for (const [source, output] of internalTargets(target)) {
    if (outputOf(source) !== output) throw new Error(`build: imports["${key}"]: "default" is ${output}, but ${source} builds to ${outputOf(source)}`);
    if (!entries.includes(source)) entries.push(source); // one module may serve two imports
  }
// Split points: modules that import a dependency with import side effects, each a dist file of its own. None at
// present (the one there was, the 0.1 CSV driver on csv-parse's browser build, left in 0.3); a dependency like that
// is better taken as a package-internal import built on its own, as above (`#yaml`).
const SPLIT_POINTS = [];

// gaptrace's dist files import zod as `#zod` (package.json `imports`): plain Node takes the one-file copy written
// below, every other runtime and bundler zod's `zod/mini` entry by name. The sources import "zod/mini" (tsx, vitest
// and tsc read them as they are; since 0.2 gaptrace's schemas are zod/mini schemas, docs/upgrading.md); the .d.ts
// files name "zod/mini" too, so the types are the declared package's.
const ZOD_VENDORED = "dist/vendor/zod.js";
const zodTarget = manifest.imports?.["#zod"];
if (zodTarget?.["node-addons"] !== `./${ZOD_VENDORED}` || zodTarget?.default !== "zod/mini")
  throw new Error(`build: package.json imports["#zod"] must be { "node-addons": "./${ZOD_VENDORED}", "default": "zod/mini" }`);
// zod's English locale (src/core/zod-english.ts imports it by itself: `z.locales.en` would bring every locale into a
// bundle) the same way: `#zod-en`, plain Node's the default export of the one-file copy.
const zodEnTarget = manifest.imports?.["#zod-en"];
if (zodEnTarget?.["node-addons"] !== `./${ZOD_VENDORED}` || zodEnTarget?.default !== "zod/v4/locales/en.js")
  throw new Error(`build: package.json imports["#zod-en"] must be { "node-addons": "./${ZOD_VENDORED}", "default": "zod/v4/locales/en.js" }`);
/** esbuild plugin: an import of "zod/mini" is written as an import of "#zod", one of its English locale as "#zod-en". */
const zodByInternalName = {
  name: "zod-by-internal-name",
  setup(b) {
    b.onResolve({ filter: /^zod\/mini$/ }, () => ({ path: "#zod", external: true }));
    b.onResolve({ filter: /^zod\/v4\/locales\/en\.js$/ }, () => ({ path: "#zod-en", external: true }));
    // zod classic ("zod") or another subpath ("zod/v4/core") would load the package's modules again beside the
    // one-file copy (and classic's methods into every bundle).
    b.onResolve({ filter: /^zod($|\/)/ }, (a) => {
      throw new Error(`build: ${a.importer} imports "${a.path}": import "zod/mini" (dist writes it as #zod; scripts/build-vendor.mjs)`);
    });
  },
};

rmSync(join(root, "dist"), { recursive: true, force: true });

const tsc = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json", "--emitDeclarationOnly"], { cwd: root, stdio: "inherit" });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

const dependencies = [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})];
const options = {
  absWorkingDir: root,
  bundle: true,
  format: "esm",
  platform: "neutral",
  target: "es2022",
  tsconfig: "tsconfig.build.json",
  // Dependencies by name (and their subpaths, `<name>/…`), Node's built-ins by `node:` name.
  external: [...dependencies, ...dependencies.map((d) => `${d}/*`), ...internal, "node:*"],
  mainFields: ["module", "main"],
  charset: "utf8",
  legalComments: "none",
  logLevel: "warning",
  metafile: true,
};

// What the entry points reach, and how: a first pass that writes nothing.
const reached = await build({ ...options, entryPoints: [...entries, ...SPLIT_POINTS], outdir: "dist", splitting: true, write: false });
const files = Object.keys(reached.metafile.inputs).filter((f) => f.startsWith("src/"));
const imports = new Map(files.map((f) => [f, reached.metafile.inputs[f].imports.filter((i) => i.kind === "import-statement" && i.path.startsWith("src/")).map((i) => i.path)]));
/**
 * Dependencies a bundler must keep wherever they are imported: those that do not declare `"sideEffects"` false or
 * a list of the only files that have them (zod lists its `compile` files, which gaptrace does not import).
 */
const sideEffectFree = (d) => {
  const declared = JSON.parse(readFileSync(join(root, "node_modules", d, "package.json"), "utf8")).sideEffects;
  return declared === false || Array.isArray(declared);
};
const impureDeps = new Set(dependencies.filter((d) => !(manifest.peerDependencies ?? {})[d] && !sideEffectFree(d)));
const impure = new Set(files.filter((f) => reached.metafile.inputs[f].imports.some((i) => i.external && impureDeps.has(i.path.split("/")[0]))));
// The names each source file exports, star re-exports resolved (a second pass, every file an entry point).
const named = await build({ ...options, entryPoints: files, outbase: "src", outdir: "dist", splitting: true, write: false });
const exportsOf = new Map(Object.values(named.metafile.outputs).flatMap((o) => (o.entryPoint === undefined ? [] : [[o.entryPoint, o.exports]])));

const definedOf = new Map(files.map((f) => [f, definedNames(readFileSync(join(root, f), "utf8"))]));
const group = planGroups({ files, imports, definedOf, entries, splitPoints: SPLIT_POINTS, impure });
const inPlace = new Set(entries.filter((f) => reexportsOnly(readFileSync(join(root, f), "utf8"))));
const result = await build({
  ...options,
  entryPoints: [...entries.map((f) => ({ in: f, out: relative("src", f).replace(/\.ts$/, "") })), ...groupEntries(group)],
  outdir: "dist",
  plugins: [zodByInternalName, pureSchemas(), groupsPlugin({ root, group, exportsOf, entries, inPlace, entryFile: outputOf })],
});
// zod in one file for plain Node (scripts/build-vendor.mjs says why and what it holds): the names dist/ reads.
const built = Object.keys(result.metafile.outputs)
  .filter((o) => o.endsWith(".js"))
  .map((o) => ({ name: o, text: readFileSync(join(root, o), "utf8") }))
  .filter((m) => m.text.includes("#zod"));
const vendored = await vendorZod(root, ZOD_VENDORED, zodNamesUsed(built));

// Every group exports every name its files export: two files of a group exporting one name would be ambiguous,
// and the group would export neither.
for (const g of new Set(group.values())) {
  const have = new Set(result.metafile.outputs[groupFile(g)]?.exports ?? []);
  const lost = [...group].filter(([, h]) => h === g).flatMap(([f]) => (exportsOf.get(f) ?? []).filter((n) => !have.has(n)).map((n) => `${n} (${f})`));
  if (lost.length > 0) throw new Error(`build: ${groupFile(g)} does not export ${lost.join(", ")}: two of its files export the same name`);
}
const outputs = Object.keys(result.metafile.outputs);
const chunks = outputs.filter((o) => o.startsWith("dist/chunks/"));
const bytes = Object.values(result.metafile.outputs).reduce((s, o) => s + o.bytes, 0);
console.log(`build: ${entries.length} entry points and ${chunks.length} shared files (${files.length} source files), ${(bytes / 1024).toFixed(0)} KB of JavaScript; .d.ts from tsc; zod ${vendored.version} in one file for plain Node (${(vendored.bytes / 1024).toFixed(0)} KB, ${vendored.names === undefined ? "all of it" : `the ${vendored.names} names gaptrace reads`})`);
