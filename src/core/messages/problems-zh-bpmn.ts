/**
 * The Simplified Chinese text of the problem codes of BPMN import (`bpmn/*`), with the same codes as the English
 * table of problems-en-bpmn.ts (TypeScript checks it). 与英文并列编写，不由英文翻译而来。
 * @module
 * @internal
 */
import type { ProblemTexts } from "./problem-codes.js";
import type { BPMN_EN } from "./problems-en-bpmn.js";
import { qZh as q, qsZh as qs, tZh as t, PERFORMER_ZH, UNSUPPORTED_ZH, UNSUPPORTED_HINT_ZH } from "./problems-zh-words.js";

/** 简体中文说明（与 BPMN_EN 同一组代码）。 */
export const BPMN_ZH: ProblemTexts<keyof typeof BPMN_EN> = {
  "bpmn/xml": (p) =>
    t(
      `该文件不是 BPMN 2.0 XML${p.line === null ? "" : `（第 ${p.line} 行${p.column === null ? "" : `第 ${p.column} 列`}）`}：${p.detail}`,
      "请在 BPMN 工具中将流程图导出为 BPMN 2.0 XML（.bpmn）文件，再传入文件内容。",
    ),
  "bpmn/xml-warning": (p) => t(`BPMN 读取器提示：${p.detail}`, "文件其余部分已读入；若该元素关系到蓝图，请在 BPMN 工具中核对。"),
  "bpmn/unsupported": (p) => t(`BPMN ${p.type} ${q(p.element)} 未导入：${UNSUPPORTED_ZH[p.reason]}`, UNSUPPORTED_HINT_ZH[p.reason]),
  "bpmn/lane-layer": (p) => t(`${PERFORMER_ZH[p.kind]} ${q(p.lane)}${p.name === null ? "" : `（${q(p.name)}）`}没有蓝图层级：映射文件未给出，名称也看不出。`, "请在映射文件的 lanes 中给出其层级（customer、frontline、backoffice 或 support）。"),
  "bpmn/no-lane": (p) => t(`BPMN 元素 ${q(p.element)} 不在流程 ${q(p.process)} 的任何泳道中，因而没有责任岗位和层级。`, "请在 BPMN 工具中把它放进泳道，或在映射文件的 steps 中给出其层级和责任岗位。"),
  "bpmn/post-department": (p) => t(`由${PERFORMER_ZH[p.kind]} ${q(p.lane)} 生成的岗位 ${q(p.post)} 没有所属部门。`, "请在映射文件的 organisation.posts 中给出该岗位的部门，并定义该部门。"),
  "bpmn/theme-items": (p) => t(`由 BPMN 流程 ${qs(p.processes)} 生成的服务主题 ${q(p.theme)} 没有对应的服务项目。`, "请在映射文件的 themes 中列出其服务项目，并在 themeMap 中定义这些服务项目及其客户需求。"),
  "bpmn/guessed": (p) => {
    switch (p.field) {
      case "layer":
        return t(`根据名称，${PERFORMER_ZH[p.kind]} ${q(p.element)}（${q(p.name)}）被视为 ${p.value} 层。`, "请在映射文件的 lanes 中确认或修改其层级。");
      case "rework":
        return t(`BPMN 连线 ${q(p.element)} 从 ${q(p.from)} 返回 ${q(p.to)}，构成回路，因此视为返工交接。`, "请在映射文件的 flows 中确认（rework: true），或设为 rework: false 并重画该回路。");
      case "name":
        return t(`BPMN ${p.type} ${q(p.element)} 没有名称，其环节以编号命名。`, "请在 BPMN 工具中为其命名，或在映射文件的 steps 中给出环节名称。");
    }
  },
  "bpmn/mapping": (p) => t(`BPMN 映射文件无效：${p.detail}`, "请按所示路径修改映射文件（importBpmn 会生成一份完整的映射文件作为起点）。"),
  "bpmn/mapping-unknown": (p) => t(`映射文件的 ${p.key} 引用了 BPMN 元素 ${q(p.element)}，但文件中没有该元素。`, "请删除该条目或更正编号（该元素可能已在 BPMN 工具中改名）。"),
  "bpmn/id": (p) => t(`BPMN 编号 ${q(p.element)} 不是有效的 gaptrace 编号，改用 ${q(p.id)}。`, "可保留，也可在映射文件中为该元素另给编号。"),
};
