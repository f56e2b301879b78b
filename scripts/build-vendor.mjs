// zod in one file, for plain Node (`#zod` in package.json `imports`, under the `node-addons` condition).
//
// Why: zod's ES build is 95 modules, and Node's ES module loader pays for each one. Importing zod took about 60 ms
// of `import("gaptrace")`'s 122 on an idle machine (docs/performance.md, "Issue 12, part 6"); the same code as one
// module takes about half. gaptrace's files in dist/ import zod as `#zod`: plain Node (which sets `node-addons`,
// as bundlers and Deno do not) gets this file; every bundler, Deno and the browser get the zod package by name, so
// an application's bundle keeps one zod, deduplicated with its own.
//
// What is in the file: the zod package installed when dist/ was built (its version is in the banner, and
// test/package/pack.test.ts checks that it is the declared one), bundled as it is, with one change: the `locales`
// namespace (zod's 64 translations of its own messages, 64 modules) holds only English. gaptrace never reads a
// zod locale (its problems carry their own English and Chinese text), and the `z` this file exports is never handed
// to a user, so nothing a user calls can reach the others. An application that imports zod itself keeps its own
// copy, and zod 4 is built for two copies in one process: its config and its global registry live on `globalThis`
// (shared), `instanceof` checks a schema's traits rather than its class, and English is set as the default locale
// only when no locale is set, whichever copy loads first.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";

/**
 * Write zod as one ES module.
 *
 * @param {string} root - the package's folder (zod is resolved from its node_modules).
 * @param {string} outfile - where to write it, relative to root (dist/vendor/zod.js).
 * @returns {Promise<{ version: string, bytes: number }>} the zod version bundled, and the file's size.
 */
export async function vendorZod(root, outfile) {
  const zodDir = join(root, "node_modules", "zod");
  const { version, license } = JSON.parse(readFileSync(join(zodDir, "package.json"), "utf8"));
  const licenseText = readFileSync(join(zodDir, "LICENSE"), "utf8").trim();
  const banner = [
    `/*`,
    ` * zod ${version} (${license}), bundled into one module by gaptrace's scripts/build-vendor.mjs for plain Node's`,
    ` * import; the locales namespace holds English only. The package itself: https://zod.dev, npm "zod".`,
    ` *`,
    ...licenseText.split("\n").map((l) => (l === "" ? " *" : ` * ${l}`)),
    ` */`,
  ].join("\n");
  let stubbed = 0;
  const result = await build({
    absWorkingDir: root,
    stdin: { contents: `export * from "zod";\nexport { default } from "zod";\n`, resolveDir: root, loader: "js", sourcefile: "vendor-zod.js" },
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
  return { version, bytes };
}
