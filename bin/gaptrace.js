#!/usr/bin/env node
// The `gaptrace` command. Runs the built CLI (dist/cli/bin.js) when the package has been built; in a source
// checkout, registers tsx to run the TypeScript sources (src/cli/bin.ts) directly.
import { existsSync } from "node:fs";

const built = new URL("../dist/cli/bin.js", import.meta.url);
if (existsSync(built)) {
  await import(built.href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import(new URL("../src/cli/bin.ts", import.meta.url).href);
}
