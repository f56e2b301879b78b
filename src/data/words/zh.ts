/**
 * The data module's Chinese words: basis sentences (取数口径) of compliance and abandonment figures.
 * @module
 */
import type { Unit } from "../../model/study.js";
import type { BasisSentenceArgs, DataWords } from "./types.js";

const UNIT: Readonly<Record<Unit, string>> = { s: "秒", min: "分钟", h: "小时", d: "天", workday: "个工作日", "%": "%", count: "", score: "分", yuan: "元" };

function meets(a: BasisSentenceArgs): string {
  if (a.start === undefined || a.stop === undefined) return `${a.metric}${a.better === "lower" ? "不超过" : "不少于"}${a.limit}`;
  return a.better === "lower" ? `自${a.start}起${a.limit}内到达${a.stop}` : `自${a.start}起满${a.limit}后才到达${a.stop}`;
}

function given(a: BasisSentenceArgs): string {
  return a.given ? "；数据直接给出时长数值的，按所给数值计" : "";
}

/**
 * Chinese words of the data module.
 *
 * @example
 * ```ts
 * ZH.quantity("45", "min"); // "45分钟"
 * ```
 */
export const ZH: DataWords = {
  quantity: (value, unit) => `${value}${UNIT[unit]}`,
  compliance: (a) => {
    if (a.start === undefined || a.stop === undefined) return `有时长的案例中${meets(a)}的占比${given(a)}`;
    if (a.rule.count === "miss") return `全部到达${a.start}的案例中${meets(a)}的占比；未到达${a.stop}的案例计为未达标${given(a)}`;
    if (a.rule.count === "exclude") return `已到达${a.stop}的案例中${meets(a)}的占比；未到达${a.stop}的案例不计入${given(a)}`;
    return `到达${a.start}的案例中${meets(a)}的占比；未到达${a.stop}的案例计为未达标，但${a.rule.seconds === undefined ? "" : `自${a.start}起${a.rule.seconds}秒内`}以${a.rule.end ?? ""}结束的不计入${given(a)}`;
  },
  abandonment: (a) =>
    a.rule.count === "exclude-if-shorter"
      ? `到达${a.start ?? a.metric}的案例中未到达${a.stop ?? a.metric}的占比（不含${a.rule.seconds === undefined ? "" : `${a.rule.seconds}秒内`}以${a.rule.end ?? ""}结束的）`
      : `到达${a.start ?? a.metric}的案例中未到达${a.stop ?? a.metric}的占比`,
};
