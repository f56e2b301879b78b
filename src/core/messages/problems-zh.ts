/**
 * 每个问题代码的简体中文说明：由参数生成“问题”与“处理建议”两句话。与英文表（`problems-en.ts`）并列编写，
 * 不由英文翻译而来；新增代码时两张表都必须补上，否则类型检查不通过。
 *
 * The Chinese texts live in one module per family of codes, as the English ones do (`problems-zh-study.ts` beside
 * `problems-en-study.ts`, …; each Chinese family table is typed with its English family's codes), with the words
 * they share in `problems-zh-words.ts`; this table joins them for {@link problemText}.
 * @module
 */
import type { ProblemTable } from "./problem-codes.js";
import { CORE_ZH } from "./problems-zh-core.js";
import { STUDY_ZH } from "./problems-zh-study.js";
import { MEASURES_ZH } from "./problems-zh-measures.js";
import { DOCUMENTS_ZH } from "./problems-zh-documents.js";
import { DATA_ZH } from "./problems-zh-data.js";
import { DATA_COMBINED_ZH } from "./problems-zh-data-combined.js";
import { DATA_DESCRIPTION_ZH } from "./problems-zh-data-description.js";
import { DRIVERS_ZH } from "./problems-zh-drivers.js";
import { DRIVERS_METHODS_ZH } from "./problems-zh-drivers-methods.js";
import { WALKTHROUGH_ZH } from "./problems-zh-walkthrough.js";
import { DESIGN_ZH } from "./problems-zh-design.js";
import { MONITOR_ZH } from "./problems-zh-monitor.js";
import { BPMN_ZH } from "./problems-zh-bpmn.js";

/**
 * 每个问题代码的简体中文说明。表中有函数调用（`dup("post")` 等），所以整张表包在一个标为纯函数的立即调用中：
 * 打包工具（esbuild、Rollup）在用不到中文说明的程序里可以整张删去它。
 */
export const PROBLEMS_ZH: ProblemTable = /* @__PURE__ */ (() => ({
  ...CORE_ZH,
  ...STUDY_ZH,
  ...MEASURES_ZH,
  ...DOCUMENTS_ZH,
  ...DATA_ZH,
  ...DATA_COMBINED_ZH,
  ...DATA_DESCRIPTION_ZH,
  ...DRIVERS_ZH,
  ...DRIVERS_METHODS_ZH,
  ...WALKTHROUGH_ZH,
  ...DESIGN_ZH,
  ...MONITOR_ZH,
  ...BPMN_ZH,
}))();
