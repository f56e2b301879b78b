/**
 * Process walkthroughs (流程穿越): Markdown training scripts generated from a study's blueprints, for walking a
 * process as the customer (客户穿越), as another post (岗位穿越) or as another department (部门穿越). Steps come in
 * process order (rework hand-offs not followed, parallel steps marked), every label is escaped for Markdown, the
 * text is English or Simplified Chinese, and each step ends with a check-list. Runtime-neutral.
 * @module
 */
export { customerWalkthrough } from "./customer.js";
export { postWalkthrough } from "./post.js";
export { departmentWalkthrough } from "./department.js";
export { processOrder, type ProcessOrder, type ProcessStage } from "./order.js";
export type { WalkthroughOptions } from "./context.js";
