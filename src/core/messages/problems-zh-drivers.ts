/**
 * The Simplified Chinese text of the problem codes of key-driver analysis (`drivers/*`), with the same codes as the
 * English table of problems-en-drivers.ts (TypeScript checks it). 与英文并列编写，不由英文翻译而来。
 * @module
 * @internal
 */
import type { ProblemTexts } from "./problem-codes.js";
import type { DRIVERS_EN } from "./problems-en-drivers.js";
import { qZh as q, qsZh as qs, tZh as t } from "./problems-zh-words.js";

/** 简体中文说明（与 DRIVERS_EN 同一组代码）。 */
export const DRIVERS_ZH: ProblemTexts<keyof typeof DRIVERS_EN> = {
  "drivers/constant-predictor": (p) => t(`评价点 ${q(p.point)} 在所用受访者中得分全都相同，无法解释总体满意度，已剔除。`, "除非该常数得分是数据错误，否则无需处理。"),
  "drivers/no-data": (p) => t(`评价点 ${q(p.point)} 的答案不足两个，已剔除。`, "请检查该列是否已填写。"),
  "drivers/insufficient-data": (p) => {
    switch (p.reason) {
      case "no-point":
        return t("没有可分析的评价点（全部为常数或无人作答）。", "请检查得分列。");
      case "constant-outcome":
        return t("所用受访者的总体满意度没有差异，没有可解释的内容。", "请检查总体满意度列和缺失值的处理方式。");
      case "too-few":
        return t(
          `${p.points} 个评价点只有 ${p.respondents} 位受访者可用，至少需要 ${p.points + 2} 位。`,
          p.listwise ? "请收集更多完整的答卷、减少分析的评价点，或尝试 missing: \"pairwise\"。" : "请收集更多答卷或减少分析的评价点。",
        );
      case "undefined-correlation":
        return t(`同时回答了 ${q(p.first)} 和${p.second === null ? "总体满意度" : ` ${q(p.second)} `}的受访者对其中一项的打分全都相同，二者的相关系数无法计算。`, "请使用成列删除（listwise），或收集更多答卷。");
    }
  },
  "drivers/round-two-slopes": (p) =>
    p.reason === "slopes-not-ready"
      ? t(
          `第 ${q(p.wave)} 期，总体评价点 ${q(p.point)}：有的部分是用尚未就绪的斜率汇总的（linkedSlopes 给出 ready: false），该部分只按全体的驱动因素重做了第一轮，没有第二轮，各部分暂时不能合并。`,
          "请用这些部分（新的第一轮）再运行一次 linkedSlopes，确认其结果为 ready: true，再用这次的斜率重新汇总每个部分，然后合并。",
        )
      : t(
          p.reason === "different-slopes"
            ? `第 ${q(p.wave)} 期，总体评价点 ${q(p.point)}：各部分的驱动因素回归第二轮所用的斜率（或驱动因素）不同，残差矩不能相加。`
            : `第 ${q(p.wave)} 期，总体评价点 ${q(p.point)}：有的部分没有驱动因素回归的第二轮（该部分自己的第一轮样本太少，无法求解），各部分不能合并。`,
          "请先合并各部分的第一轮并求解（linkedSlopes(parts)），再用得到的斜率在每个部分上重跑第二轮（summariseLinked 传入 { slopes }，或在 linkedSummaryDuckDB、linkedSummaryPostgres 的 attribution.slopes 中给出），然后合并；或者一次汇总全部数据。",
        ),
  "drivers/not-positive-definite": (p) =>
    t(`成对相关矩阵不是正定矩阵（最小特征值 ${p.eigenvalue.toPrecision(3)}）；各对相关所依据的受访者差别过大。涉及的评价点：${qs(p.points)}。`, "请使用成列删除（默认），或剔除涉及的评价点之一。"),
  "drivers/singular": (p) =>
    p.points === null
      ? t("部分评价点在数值上共线。", "请剔除或合并其中之一后重新运行。")
      : t(`这些评价点（几乎）是彼此的线性组合，无法分别确定各自的重要性：${qs(p.points)}。`, "请剔除或合并其中之一（例如由其他各项算出的总分）后重新运行。"),
  "drivers/negative-correlation": (p) =>
    t(`${q(p.point)} 得分越高，总体满意度越低（r = ${p.r.toFixed(3)}）；其重要性仍计为 R² 中的正值部分。`, "请检查该题是否为反向措辞，或把该评价点视为不满因素。"),
  "drivers/no-explained-variance": (p) =>
    t(`各评价点完全不能解释总体满意度的差异（R² = ${p.rSquared.toPrecision(3)}），没有可分配的占比，所有占比均为 0。`, "请检查总体满意度得分与各评价点是否来自同一批受访者。"),
};
