#!/usr/bin/env node
// The `gaptrace` command. In a source checkout (src/ beside bin/, tsx installed) it runs the TypeScript sources
// through tsx, so the command always matches the code being edited even when an older dist/ is lying around. An
// installed package has no src/: it runs the built dist/cli/bin.js and never needs tsx.
import { existsSync } from "node:fs";

const source = new URL("../src/cli/bin.ts", import.meta.url);
const built = new URL("../dist/cli/bin.js", import.meta.url);

async function tsxRegister() {
  try {
    return (await import("tsx/esm/api")).register;
  } catch {
    return undefined; // a checkout installed without devDependencies: use dist/ if it is there
  }
}

const register = existsSync(source) ? await tsxRegister() : undefined;
if (register !== undefined) {
  register();
  await import(source.href);
} else if (existsSync(built)) {
  await import(built.href);
} else {
  process.stderr.write(
    "gaptrace: this copy of the package was never built (there is no dist/cli/bin.js).\n" +
      "  → Install a packed release (npm install gaptrace, or npm install ./gaptrace-<version>.tgz), or install from\n" +
      "    git with npm, which builds it (its `prepare` script); check npm's output for a failed or skipped build.\n" +
      "  → In a clone of the repository: npm ci (which builds), or npm run build.\n",
  );
  process.exitCode = 1;
}
