/**
 * The study of the cases bench: the bundled power-utility study with each rule for unfinished cases in use (as the
 * SQL case-pass tests use it), so the bench measures every count the summary makes.
 */
import { fileURLToPath } from "node:url";
import type { Study } from "../src/model/study.js";
import { loadStudyFileSync } from "../src/node/study-file.js";

/** The bench study (loaded once per process). */
export function casesBenchStudy(): Study {
  const bundled = loadStudyFileSync(fileURLToPath(new URL("../examples/studies/power-utility.study.yaml", import.meta.url))).study as Study;
  return {
    ...bundled,
    standards: bundled.standards.map((s, i) => (i % 3 === 0 ? { ...s, unfinished: { count: "miss" } } : i % 3 === 1 ? { ...s, unfinished: { count: "exclude-if-shorter", seconds: 10_800, end: "order_closed" } } : s)),
  };
}
