/**
 * The blueprint picture's fixed words in Simplified Chinese.
 * @module
 */
import type { BlueprintWords } from "./types.js";

/** Chinese words of the blueprint picture. */
export const zh: BlueprintWords = {
  svgLang: "zh-Hans",
  layerTitle: { customer: "外部客户", frontline: "一线接触层", backoffice: "后台支撑层", support: "支持流程" },
  lineName: { interaction: "交互线", visibility: "可视线", internal: "内部交互线" },
  tagName: {
    "customer-dissatisfaction": "客户不满意点",
    "unreasonable-standard": "标准不合理点",
    "non-compliant-execution": "执行不合格点",
  },
  blueprint: "服务蓝图",
  legend: "图例",
  handoff: "交接（串行）",
  parallel: "并行交接",
  rework: "返工（退回上游）",
  loop: "成环交接",
  marked: "标记环节（粗边框）",
  owner: "环节名称 / 责任岗位",
  steps: "个环节",
  handoffs: "次交接",
  findings: "个标记",
  description: (d) => {
    const counts = d.lanes.map((l) => `${l.title}${l.steps}个`).join("，");
    const marked = d.marked.length > 0 ? `标记环节：${d.marked.join("；")}。` : "";
    return (
      `${d.theme}的服务蓝图：${d.steps}个环节（${counts}），${d.handoffs}次交接（返工${d.rework}次，并行${d.parallel}次）。` +
      `${marked}C=客户不满意点，S=标准不合理点，E=执行不合格点。`
    );
  },
};
