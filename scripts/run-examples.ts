/**
 * Runs every runnable example (`examples/*.ts`) as a user would, and fails if any exits non-zero. Part of
 * `npm test`, so the examples trainers teach from cannot rot.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const dir = fileURLToPath(new URL("../examples/", import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith(".ts")).sort();
let failed = 0;
for (const f of files) {
  const started = Date.now();
  const r = spawnSync(process.execPath, ["--import", "tsx", "--conditions=source", `${dir}${f}`], {
    encoding: "utf8",
    env: { ...process.env, GAPTRACE_EXAMPLE_OUT: fileURLToPath(new URL("../out/examples/", import.meta.url)) },
  });
  const ms = Date.now() - started;
  if (r.status === 0) console.log(`ok   examples/${f} (${ms} ms)`);
  else {
    failed += 1;
    console.log(`FAIL examples/${f} (exit ${r.status})\n${r.stdout}\n${r.stderr}`);
  }
}
console.log(`${files.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
