/**
 * The English text of every problem code: one function per code from its parameters to a message and a hint.
 * These are the `message` and `hint` every {@link Problem} carries, so changing a sentence here changes what users
 * and the golden outputs read; the Chinese table (`problems-zh.ts`) is written beside it, never derived from it.
 *
 * The texts live in one module per family of codes (`problems-en-study.ts`, `problems-en-data.ts`, …, with the
 * words they share in `problems-en-words.ts`); this table joins them for {@link problem}, {@link problemText} and
 * {@link isProblemCode}, which take any code. gaptrace's own modules make problems from their family's table
 * (`problemFrom`, core/problem-from.ts), so a bundle carries the texts of the codes its code can raise and no others.
 * @module
 */
import type { ProblemTable } from "./problem-codes.js";
import { CORE_EN } from "./problems-en-core.js";
import { STUDY_EN } from "./problems-en-study.js";
import { MEASURES_EN } from "./problems-en-measures.js";
import { DOCUMENTS_EN } from "./problems-en-documents.js";
import { DATA_EN } from "./problems-en-data.js";
import { DATA_COMBINED_EN } from "./problems-en-data-combined.js";
import { DATA_DESCRIPTION_EN } from "./problems-en-data-description.js";
import { DRIVERS_EN } from "./problems-en-drivers.js";
import { DRIVERS_METHODS_EN } from "./problems-en-drivers-methods.js";
import { WALKTHROUGH_EN } from "./problems-en-walkthrough.js";
import { DESIGN_EN } from "./problems-en-design.js";
import { MONITOR_EN } from "./problems-en-monitor.js";
import { BPMN_EN } from "./problems-en-bpmn.js";

/** English text of every problem code. */
export const PROBLEMS_EN: ProblemTable = /* @__PURE__ */ (() => ({
  ...CORE_EN,
  ...STUDY_EN,
  ...MEASURES_EN,
  ...DOCUMENTS_EN,
  ...DATA_EN,
  ...DATA_COMBINED_EN,
  ...DATA_DESCRIPTION_EN,
  ...DRIVERS_EN,
  ...DRIVERS_METHODS_EN,
  ...WALKTHROUGH_EN,
  ...DESIGN_EN,
  ...MONITOR_EN,
  ...BPMN_EN,
}))();
