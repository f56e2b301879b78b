/**
 * The YAML parser for plain Node, loaded on first use: what `#yaml` (package.json `imports`) resolves to where the
 * `node-addons` condition holds, which Node itself sets and bundlers do not (a bundle for Node keeps the static
 * `study/yaml-module.ts`, so the parser is in the bundle). yaml is 74 CommonJS files, about a fifth of
 * `import("gaptrace")`'s time, and only reading YAML or JSON text needs it: `require` is synchronous, so
 * `loadStudyText` stays synchronous while a program that never reads text does not pay for the parser.
 * @module
 * @internal
 */
import { createRequire } from "node:module";
import type { YamlModule } from "../study/yaml-module.js";

export type { YamlModule };

let loaded: YamlModule | undefined;

/**
 * The yaml package, required the first time it is asked for (the same module instance Node gives `import "yaml"`:
 * yaml's Node build is CommonJS).
 *
 * @returns The yaml module.
 * @example
 * ```ts
 * const doc = yamlModule().parseDocument("a: 1");
 * ```
 * @internal
 */
export function yamlModule(): YamlModule {
  loaded ??= createRequire(import.meta.url)("yaml") as YamlModule;
  return loaded;
}
