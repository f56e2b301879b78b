// What a browser bundle carries, file by file (issue 12, part 10): the load + attribute bundle of the start bench
// (esbuild, minified, ESM, platform browser), its size from the built package (dist/, `npm run build` first) and from
// the sources, and the bytes each source file or dependency puts in it (esbuild's metafile, bytesInOutput).
//   node bench/bundle-files.mjs [root] ['export { x } from "gaptrace/sub";']
//   GROUP=folder (by src/ folder), TOP=200 (rows shown), SOURCES_ONLY=1 (no dist/ needed),
//   EXTERNAL=zod,graphology,events (leave these packages, their subpaths and the package-internal `#name` imports of
//   them, dist/'s `#zod`, out of both bundles: gaptrace's own code)
import { build } from "esbuild";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
const root = process.argv[2] ?? process.cwd();
const { pureSchemas } = await import(pathToFileURL(join(root, "scripts/build-pure.mjs")).href);
const contents = process.argv[3] ?? 'export { parseStudy, collectResponses, attribute } from "gaptrace";';
const opts = { stdin: { contents, resolveDir: root, sourcefile: "entry.mjs", loader: "js" }, bundle: true, minify: true, format: "esm", platform: "browser", external: ["@duckdb/node-api", "pg", ...(process.env.EXTERNAL ?? "").split(",").filter(Boolean).flatMap((p) => [p, `${p}/*`, `#${p}`])], metafile: true, logLevel: "error", write: false };
const src = await build({ ...opts, conditions: ["source"], tsconfig: join(root, "tsconfig.json"), plugins: [pureSchemas()] });
// The bundle of the built package (dist/), as the start bench weighs it; SOURCES_ONLY=1 skips it (no dist/ needed).
const dist = process.env.SOURCES_ONLY ? undefined : await build(opts);
const kb = (n) => (n / 1024).toFixed(1);
const code = (r) => r.outputFiles[0].contents;
console.log(`${dist === undefined ? "" : `dist: ${kb(code(dist).length)} KB min, ${kb(gzipSync(code(dist), { level: 9 }).length)} KB gz; `}sources: ${kb(code(src).length)} KB min, ${kb(gzipSync(code(src), { level: 9 }).length)} KB gz`);
const by = new Map();
for (const out of Object.values(src.metafile.outputs)) for (const [input, { bytesInOutput }] of Object.entries(out.inputs)) {
  let k = input.replace(/.*node_modules\//, "nm:").replace(/^(?!nm:).*?(?=src\/)/, "").replace(/^nm:(@[^/]+\/[^/]+|[^/]+)\/.*/, "$1");
  if (process.env.GROUP === "folder") k = k.replace(/^(src\/[^/]+)\/.*/, "$1");
  by.set(k, (by.get(k) ?? 0) + bytesInOutput);
}
const rows = [...by].sort((a, b) => b[1] - a[1]);
for (const [k, v] of rows.slice(0, Number(process.env.TOP ?? 60))) console.log(String(v).padStart(7), k);
