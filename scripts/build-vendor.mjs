// zod in one file, for plain Node (`#zod` in package.json `imports`, under the `node-addons` condition).
//
// Why: zod's ES build is many modules (zod/mini's entry reaches 70-odd), and Node's ES module loader pays for each
// one. Importing zod took about 60 ms of `import("gaptrace")`'s 122 on an idle machine (docs/performance.md, "Issue
// 12, part 6"); the same code as one module takes about half. gaptrace's files in dist/ import zod as `#zod`: plain
// Node (which sets `node-addons`, as bundlers and Deno do not) gets this file; every bundler, Deno and the browser
// get `zod/mini` by name, so an application's bundle keeps one zod, deduplicated with its own.
//
// What is in the file: zod/mini of the zod package installed when dist/ was built (its version is in the banner, and
// test/package/pack.test.ts checks that it is the declared one), bundled as it is, exporting only the names
// gaptrace's built modules read (`zodNamesUsed`: each `z.name` of their namespace imports, found by parsing them;
// all of zod/mini if a module uses the namespace any other way, re-exports all of #zod, or imports it dynamically),
// so esbuild leaves out what none of those reach (the JSON Schema reader, the ISO formats, …). Its `locales`
// namespace, if reached, holds only English; its default export is English's locale (`#zod-en`: gaptrace passes
// English's error map to each parse it runs, src/core/zod-english.ts, since zod/mini sets no locale on import). This file is never handed to a user: the schemas
// gaptrace exports are built with it, but a user's own `z` is their zod. An application that imports zod itself
// keeps its own copy, and zod 4 is built for two copies in one process: its config and its global registry live
// on `globalThis` (shared), and `instanceof` checks a schema's traits rather than its class.
import { readFileSync, realpathSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { build } from "esbuild";
import ts from "typescript";

/**
 * The names of zod that some modules take from `#zod`: each `zN.name` of a namespace import (`import * as zN from
 * "#zod"`) and each named import. A reference is told from a local variable or a property of the same name by
 * TypeScript's binder (the symbol it resolves to), not by its spelling. `undefined` (take all of zod) when a module
 * uses the namespace other than by a member's name (passed on, indexed by an expression, spread) or takes the
 * default export, since then the names it reads cannot be listed.
 *
 * @param {readonly { name: string, text: string }[]} modules - the built modules (JavaScript).
 * @returns {string[] | undefined} the names, sorted, or undefined.
 */
export function zodNamesUsed(modules) {
  const options = { allowJs: true, noEmit: true, noResolve: true, noLib: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext };
  const sources = new Map(modules.map(({ name, text }) => [name, ts.createSourceFile(name, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS)]));
  const host = ts.createCompilerHost(options);
  host.getSourceFile = (name) => sources.get(name);
  host.fileExists = (name) => sources.has(name);
  const checker = ts.createProgram([...sources.keys()], options, host).getTypeChecker();
  const names = new Set();
  const fromZod = (node) => node !== undefined && ts.isStringLiteral(node) && node.text === "#zod";
  for (const file of sources.values()) {
    const spaces = new Set();
    for (const st of file.statements) {
      // Re-exported from #zod: by name, those names; `export *` (or `* as`), all of zod.
      if (ts.isExportDeclaration(st) && fromZod(st.moduleSpecifier)) {
        if (st.exportClause === undefined || !ts.isNamedExports(st.exportClause)) return undefined;
        for (const e of st.exportClause.elements) names.add((e.propertyName ?? e.name).text);
        continue;
      }
      if (!ts.isImportDeclaration(st) || !fromZod(st.moduleSpecifier)) continue;
      const clause = st.importClause;
      if (clause === undefined) continue; // `import "#zod"`: loads it, reads nothing
      if (clause.name !== undefined) return undefined;
      const bindings = clause.namedBindings;
      if (bindings === undefined) continue;
      if (ts.isNamespaceImport(bindings)) spaces.add(checker.getSymbolAtLocation(bindings.name));
      else for (const e of bindings.elements) names.add((e.propertyName ?? e.name).text);
    }
    let opaque = false;
    /** The symbol an identifier stands for as a value: `{ z }` and `export { z }` name the variable too. */
    const valueSymbol = (node) => {
      const p = node.parent;
      if (ts.isShorthandPropertyAssignment(p)) return checker.getShorthandAssignmentValueSymbol(p);
      if (ts.isExportSpecifier(p)) return checker.getExportSpecifierLocalTargetSymbol(p);
      return checker.getSymbolAtLocation(node);
    };
    const visit = (node) => {
      if (opaque) return;
      // import("#zod") or require("#zod"): what is read of it cannot be listed.
      if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === "require")) && fromZod(node.arguments[0])) {
        opaque = true;
        return;
      }
      if (spaces.size > 0 && ts.isIdentifier(node) && !ts.isNamespaceImport(node.parent) && spaces.has(valueSymbol(node))) {
        const p = node.parent;
        if (ts.isPropertyAccessExpression(p) && p.expression === node) names.add(p.name.text);
        else opaque = true;
        return;
      }
      ts.forEachChild(node, visit);
    };
    if (spaces.size > 0 || file.text.includes("#zod")) visit(file);
    if (opaque) return undefined;
  }
  return [...names].sort();
}

/**
 * Write zod as one ES module.
 *
 * @param {string} root - the package's folder (zod is resolved from its node_modules).
 * @param {string} outfile - where to write it, relative to root (dist/vendor/zod.js).
 * @param {readonly string[] | undefined} used - the names gaptrace's modules read ({@link zodNamesUsed}): only
 *   those are exported, and a bundler leaves out what none of them reaches; undefined exports all of zod.
 * @returns {Promise<{ version: string, bytes: number, names: number | undefined }>} the zod version bundled, the
 *   file's size, and how many names it exports (undefined: all).
 */
export async function vendorZod(root, outfile, used) {
  // Its real path: esbuild names importers by it, and node_modules (or zod in it, with pnpm) may be a link.
  const zodDir = realpathSync(join(root, "node_modules", "zod"));
  const { version, license } = JSON.parse(readFileSync(join(zodDir, "package.json"), "utf8"));
  const licenseText = readFileSync(join(zodDir, "LICENSE"), "utf8").trim();
  const banner = [
    `/*`,
    ` * zod ${version} (${license}), bundled into one module by gaptrace's scripts/build-vendor.mjs for plain Node's`,
    ` * import: only what gaptrace reads (its locales English only). The package itself: https://zod.dev, npm "zod".`,
    ` *`,
    ...licenseText.split("\n").map((l) => (l === "" ? " *" : ` * ${l}`)),
    ` */`,
  ].join("\n");
  if (used !== undefined) {
    const zod = createRequire(join(root, "package.json"))("zod/mini");
    const missing = used.filter((n) => !(n in zod));
    if (missing.length > 0) throw new Error(`build: vendor zod ${version}: gaptrace reads ${missing.join(", ")}, which zod does not export`);
  }
  // The default export is zod's English locale, which dist/ imports as `#zod-en` (src/core/zod-english.ts).
  const entry = `${used === undefined ? `export * from "zod/mini";` : `export { ${used.join(", ")} } from "zod/mini";`}\nexport { default } from "zod/v4/locales/en.js";\n`;
  let stubbed = 0;
  const result = await build({
    absWorkingDir: root,
    stdin: { contents: entry, resolveDir: root, loader: "js", sourcefile: "vendor-zod.js" },
    bundle: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    mainFields: ["module", "main"],
    charset: "utf8",
    legalComments: "none",
    banner: { js: banner },
    logLevel: "warning",
    outfile,
    metafile: true,
    plugins: [
      {
        name: "zod-english-only",
        setup(b) {
          // `export * as locales from "../locales/index.js"` in zod's core and classic indexes.
          b.onResolve({ filter: /(^|\/)locales\/index\.js$/ }, (args) => {
            if (!args.importer.startsWith(zodDir)) return undefined;
            stubbed++;
            return { path: join(zodDir, "v4", "locales", "index.js"), namespace: "zod-english-only" };
          });
          b.onLoad({ filter: /.*/, namespace: "zod-english-only" }, () => ({
            contents: `export { default as en } from ${JSON.stringify(join(zodDir, "v4", "locales", "en.js"))};\n`,
            loader: "js",
            resolveDir: zodDir,
          }));
        },
      },
    ],
  });
  // A zod that moved its locales index would bring all 64 in: stop, so the plugin's filter is updated rather than
  // the file silently growing.
  const inputs = Object.keys(result.metafile.inputs).filter((f) => f.includes("locales/") && !f.endsWith("en.js") && !f.startsWith("zod-english-only"));
  if (stubbed === 0 || inputs.length > 0)
    throw new Error(`build: vendor zod ${version}: the locales index was not found where scripts/build-vendor.mjs looks (${inputs.slice(0, 3).join(", ") || "no index stubbed"}); update its plugin`);
  const bytes = Object.values(result.metafile.outputs).reduce((s, o) => s + o.bytes, 0);
  return { version, bytes, names: used?.length };
}
