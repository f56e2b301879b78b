/**
 * The YAML parser, for every runtime: imported statically, so it loads with the module that reads YAML. This is
 * what `#yaml` (package.json `imports`) resolves to in browsers, Deno and bundlers; plain Node takes
 * `node/yaml-lazy.ts` instead, which loads the parser on first use (it is a fifth of the root import's time).
 * Both export the same function, so the readers (study/located.ts, measures/measures.ts) call `yamlModule()`
 * where they parse, never at import.
 * @module
 * @internal
 */
import { isCollection, isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, stringify, visit } from "yaml";

// By name, not `import * as`: a bundle then keeps only these of yaml's exports.
const yaml = { isCollection, isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, stringify, visit };

/** The part of the yaml package's API the readers use. */
export type YamlModule = typeof yaml;

/**
 * The yaml package.
 *
 * @returns The yaml module, already loaded.
 * @example
 * ```ts
 * const doc = yamlModule().parseDocument("a: 1");
 * ```
 * @internal
 */
export function yamlModule(): YamlModule {
  return yaml;
}
