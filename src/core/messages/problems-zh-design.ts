/**
 * The Simplified Chinese text of the problem codes of the survey design (`plan-options/*`, `questionnaire/*`), with
 * the same codes as the English table of problems-en-design.ts (TypeScript checks it). 与英文并列编写，不由英文翻译而来。
 * @module
 * @internal
 */
import type { ProblemTexts } from "./problem-codes.js";
import type { DESIGN_EN } from "./problems-en-design.js";
import { qZh as q, tZh as t, shownZh as shown, planPathZh as planPath, AUDIENCE_ZH as AUDIENCE } from "./problems-zh-words.js";

/** 简体中文说明（与 DESIGN_EN 同一组代码）。 */
export const DESIGN_ZH: ProblemTexts<keyof typeof DESIGN_EN> = {
  "questionnaire/unknown-step": (p) => t(`评价点 ${q(p.point)} 位于环节 ${q(p.step)}，但没有任何蓝图定义该环节。`, "请更正环节编号；可先校验评价项目（validateStudy）查看全部问题。"),
  "plan-options/not-an-object": (p) => t(`gaptrace/samplingPlan：选项应为对象，实际为 ${shown(p.got)}。`, "至少传入 { marginOfError: 5 }（0–100 指数上 ±5 分）。"),
  "plan-options/unknown": (p) => t(`gaptrace/samplingPlan：未知选项 ${q(p.key)}。`, `可用选项：${p.known.join("、")}。`),
  "plan-options/missing": (p) => t(`gaptrace/samplingPlan：必须给出 options.${p.key}。`, `请给出${p.of === "mean" ? "均值" : "是否题比例"}的目标误差范围，例如 ${p.key}: 5 表示 ±5 分。`),
  "plan-options/margin": (p) =>
    t(`gaptrace/samplingPlan：options.${p.key} 须大于 0 且小于 100，实际为 ${shown(p.got)}。`, `请以 0–100 分制给出${p.of === "mean" ? "均值" : "是否题比例"}的误差范围，例如 5 表示 ±5 分（不是 0.05）。`),
  "plan-options/confidence": (p) => t(`gaptrace/samplingPlan：options.confidence 须严格介于 0 和 1 之间，实际为 ${shown(p.got)}。`, "请把置信水平写成比例，例如 0.95 表示 95%。"),
  "plan-options/sd": (p) =>
    "key" in p
      ? t(`gaptrace/samplingPlan：options.sd.${p.key} 须为正数，实际为 ${shown(p.got)}。`, "请以量表自身的单位给出标准差（1–5 分量表约为 1）。")
      : t(`gaptrace/samplingPlan：options.sd 须为以量表键为键的对象，实际为 ${shown(p.got)}。`, `键可用 ${p.keys.join("、")} 等，例如 { likert5: 0.9 }。`),
  "plan-options/sd-key": (p) => t(`gaptrace/samplingPlan：options.sd 中有未知的量表键 ${q(p.key)}。`, `请使用以下之一：${p.keys.join("、")}。`),
  "plan-options/sd-rule": (p) => t(`gaptrace/samplingPlan：options.sdRule 须为 "range/4" 或 "maximum"，实际为 ${shown(p.got)}。`, "请使用 \"range/4\"（常用的规划值）或 \"maximum\"（可能的最大离散度）。"),
  "plan-options/proportion": (p) => t(`gaptrace/samplingPlan：options.expectedProportion 须严格介于 0 和 1 之间，实际为 ${shown(p.got)}。`, "请给出“是”的比例的预估值（如 0.8），或省略以采用保守的 0.5。"),
  "plan-options/audience": (p) => t(`gaptrace/samplingPlan：options.${p.option} 含有未知的受访对象 ${q(p.audience)}。`, "请给出一个值，或 { external: …, internal: … }。"),
  "plan-options/design-effect": (p) => t(`gaptrace/samplingPlan：${planPath(p.path)} 须为正数，实际为 ${shown(p.got)}。`, "请给出预期的设计效应（简单随机抽样为 1，加权时例如 1.3）。"),
  "plan-options/weights": (p) => t(`gaptrace/samplingPlan：${planPath(p.path)} 须为有限且不小于 0 的权重列表，且至少有一个为正。`, "请传入以往调查批次受访者的抽样权重。"),
  "plan-options/design-effect-twice": (p) => t(`gaptrace/samplingPlan：options.designEffect 和 options.weights 同时设置了${AUDIENCE[p.audience] ?? p.audience}的设计效应。`, "二者只传其一：权重会换算为 Kish 设计效应。"),
  "plan-options/response-rate": (p) => t(`gaptrace/samplingPlan：${planPath(p.path)} 须在 (0, 1] 之内，实际为 ${shown(p.got)}。`, "请把回应率写成比例，例如 0.6 表示 60%。"),
  "plan-options/populations": () => t("gaptrace/samplingPlan：options.populations 须为 { theme, size } 的列表。", "例如 populations: [{ theme: \"theme_outage_repair\", size: 48000 }]。"),
  "plan-options/unknown-theme": (p) =>
    t(
      p.option === "populations" ? `gaptrace/samplingPlan：options.populations[${p.index}] 引用了未知的服务主题 ${shown(p.got)}。` : `gaptrace/samplingPlan：options.themes[${p.index}] 是未知的服务主题 ${shown(p.got)}。`,
      `请使用评价项目中的服务主题编号：${p.themes.join("、")}。`,
    ),
  "plan-options/duplicate-theme": (p) => t(`gaptrace/samplingPlan：options.populations 两次给出服务主题 ${q(p.theme)}。`, "每个服务主题的总体只给一次。"),
  "plan-options/population-size": (p) => t(`gaptrace/samplingPlan：options.populations[${p.index}].size 须为正整数，实际为 ${shown(p.got)}。`, "请给出该时期内经历该服务主题流程的客户数。"),
  "plan-options/segments": () =>
    t("gaptrace/samplingPlan：options.segments 须为 { dimension, values: [{ value, share }] } 的列表。", "例如 segments: [{ dimension: \"city\", values: [{ value: \"A\", share: 0.6 }, { value: \"B\", share: 0.4 }] }]。"),
  "plan-options/segment-dimension": (p) => t(`gaptrace/samplingPlan：options.segments[${p.index}].dimension 须为非空名称，实际为 ${shown(p.got)}。`, "请为维度命名，例如 \"city\"。"),
  "plan-options/segment-duplicate": (p) => t(`gaptrace/samplingPlan：options.segments 两次给出维度 ${q(p.dimension)}。`, "每个维度只给一次，并列出其全部取值。"),
  "plan-options/segment-audience": (p) => t(`gaptrace/samplingPlan：options.segments[${p.index}].audience 须为 "external"、"internal" 或 "all"，实际为 ${shown(p.got)}。`, "省略即为 \"external\"。"),
  "plan-options/segment-values": (p) => t(`gaptrace/samplingPlan：options.segments[${p.index}].values 须为非空的 { value, share } 列表。`, "列出该维度的每个取值及其占比。"),
  "plan-options/segment-value": (p) => t(`gaptrace/samplingPlan：options.segments[${p.index}].values[${p.value}].value 须为非空文本，实际为 ${shown(p.got)}。`, "请为该分组取值命名。"),
  "plan-options/segment-value-duplicate": (p) => t(`gaptrace/samplingPlan：options.segments[${p.index}] 两次列出取值 ${q(p.value)}。`, "每个取值只列一次。"),
  "plan-options/segment-share": (p) => t(`gaptrace/samplingPlan：options.segments[${p.index}].values[${p.value}].share 须介于 0 和 1 之间，实际为 ${shown(p.got)}。`, "占比请写成 1 的分数（0.25，而不是 25）。"),
  "plan-options/segment-shares-sum": (p) => t(`gaptrace/samplingPlan：分组维度 ${q(p.dimension)} 的占比之和为 ${Number(p.sum.toPrecision(6))}，不是 1。`, "请使占比之和为 1（列出全部取值，必要时加一个“其他”取值）。"),
  "plan-options/external-respondents": (p) =>
    t(`gaptrace/samplingPlan：options.externalRespondents 须为 "theme" 或 "point"，实际为 ${shown(p.got)}。`, "\"theme\"：一位客户回答整个服务主题；\"point\"：每个评价点单独抽样。"),
  "plan-options/themes": (p) => t("gaptrace/samplingPlan：options.themes 须为服务主题编号的列表。", `请使用评价项目中的服务主题编号：${p.themes.join("、")}。`),
};
