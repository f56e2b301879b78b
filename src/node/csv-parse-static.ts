/**
 * csv-parse's Node build, imported statically: what `#csv-parse-node` (package.json `imports`) gives `nodeCsvDriver`
 * in bundlers and Deno, so that a bundle of gaptrace/node that uses the driver keeps csv-parse. Plain Node gets
 * node/csv-parse-lazy.ts instead (csv-parse required on first use).
 * @module
 * @internal
 */
import * as csvParse from "csv-parse";

/**
 * The csv-parse module.
 *
 * @returns the csv-parse module.
 * @internal
 */
export function csvParseNode(): typeof csvParse {
  return csvParse;
}
