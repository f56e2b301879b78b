/**
 * Answer options of questionnaire items: the bilingual anchors of each scale (1 非常不满意 … 5 非常满意, 0–10, 是/否)
 * and the names of numeric units, so a generated questionnaire can be imported into a survey tool as it stands.
 * @module
 */
import { labelText, type Label } from "../core/label.js";
import type { Measure, Scale, Unit } from "../model/study.js";

/** A text in both report languages. */
export interface BilingualText {
  readonly en: string;
  readonly zh: string;
}

/**
 * Both languages of a label, each falling back to the other and then to an id, so every exported text has both.
 *
 * @param label - A study label (plain string or `{ en, zh }`), or `undefined`.
 * @param fallback - What to show when the label is empty (usually the id).
 * @returns The English and Chinese text.
 * @example
 * ```ts
 * bilingual({ en: "Repair dispatcher", zh: "抢修调度员" }, "repair_dispatcher"); // { en: "Repair dispatcher", zh: "抢修调度员" }
 * bilingual(undefined, "repair_dispatcher"); // { en: "repair_dispatcher", zh: "repair_dispatcher" }
 * ```
 */
export function bilingual(label: Label | undefined, fallback: string): BilingualText {
  const en = labelText(label, "en");
  const zh = labelText(label, "zh");
  return { en: en === "" ? fallback : en, zh: zh === "" ? fallback : zh };
}

/**
 * The wording family of a bounded scale's anchors: `satisfaction` (非常不满意 … 非常满意), `agreement`
 * (非常不同意 … 非常同意), `importance` (非常不重要 … 非常重要), `likelihood` (完全不可能 … 非常可能, for the 0–10
 * "would you recommend" question).
 */
export type AnchorSet = "satisfaction" | "agreement" | "importance" | "likelihood";

/** How anchors are chosen: from what each question measures (`by-measure`, the default), or one family for all. */
export type AnchorChoice = "by-measure" | Exclude<AnchorSet, "likelihood">;

/** One answer a respondent can give: its coded value and, where the scale names it, its label. */
export interface AnswerOption {
  /** The value stored in the data (1–5, 0–10, 1 = yes, 0 = no). */
  readonly value: number;
  /** The anchor's wording, or `null` for an unlabelled point between two anchors (2–8 on a 0–10 scale). */
  readonly label: BilingualText | null;
}

const FIVE: Readonly<Record<Exclude<AnchorSet, "likelihood">, readonly BilingualText[]>> = {
  satisfaction: [
    { en: "Very dissatisfied", zh: "非常不满意" },
    { en: "Dissatisfied", zh: "不满意" },
    { en: "Neutral", zh: "一般" },
    { en: "Satisfied", zh: "满意" },
    { en: "Very satisfied", zh: "非常满意" },
  ],
  agreement: [
    { en: "Strongly disagree", zh: "非常不同意" },
    { en: "Disagree", zh: "不同意" },
    { en: "Neither agree nor disagree", zh: "一般" },
    { en: "Agree", zh: "同意" },
    { en: "Strongly agree", zh: "非常同意" },
  ],
  importance: [
    { en: "Not at all important", zh: "非常不重要" },
    { en: "Not important", zh: "不重要" },
    { en: "Moderately important", zh: "一般" },
    { en: "Important", zh: "重要" },
    { en: "Very important", zh: "非常重要" },
  ],
};

const SEVEN: Readonly<Record<Exclude<AnchorSet, "likelihood">, readonly BilingualText[]>> = {
  satisfaction: [
    { en: "Very dissatisfied", zh: "非常不满意" },
    { en: "Dissatisfied", zh: "不满意" },
    { en: "Somewhat dissatisfied", zh: "比较不满意" },
    { en: "Neutral", zh: "一般" },
    { en: "Somewhat satisfied", zh: "比较满意" },
    { en: "Satisfied", zh: "满意" },
    { en: "Very satisfied", zh: "非常满意" },
  ],
  agreement: [
    { en: "Strongly disagree", zh: "非常不同意" },
    { en: "Disagree", zh: "不同意" },
    { en: "Somewhat disagree", zh: "比较不同意" },
    { en: "Neither agree nor disagree", zh: "一般" },
    { en: "Somewhat agree", zh: "比较同意" },
    { en: "Agree", zh: "同意" },
    { en: "Strongly agree", zh: "非常同意" },
  ],
  importance: [
    { en: "Not at all important", zh: "非常不重要" },
    { en: "Not important", zh: "不重要" },
    { en: "Somewhat unimportant", zh: "比较不重要" },
    { en: "Moderately important", zh: "一般" },
    { en: "Somewhat important", zh: "比较重要" },
    { en: "Important", zh: "重要" },
    { en: "Very important", zh: "非常重要" },
  ],
};

const ENDS: Readonly<Record<AnchorSet, readonly [BilingualText, BilingualText]>> = {
  satisfaction: [
    { en: "Very dissatisfied", zh: "非常不满意" },
    { en: "Very satisfied", zh: "非常满意" },
  ],
  agreement: [
    { en: "Strongly disagree", zh: "非常不同意" },
    { en: "Strongly agree", zh: "非常同意" },
  ],
  importance: [
    { en: "Not at all important", zh: "非常不重要" },
    { en: "Very important", zh: "非常重要" },
  ],
  likelihood: [
    { en: "Not at all likely", zh: "完全不可能" },
    { en: "Extremely likely", zh: "非常可能" },
  ],
};

const UNIT_NAMES: ReadonlyMap<Unit, BilingualText> = new Map<Unit, BilingualText>([
  ["s", { en: "seconds", zh: "秒" }],
  ["min", { en: "minutes", zh: "分钟" }],
  ["h", { en: "hours", zh: "小时" }],
  ["d", { en: "days", zh: "天" }],
  ["workday", { en: "working days", zh: "工作日" }],
  ["%", { en: "percent", zh: "%" }],
  ["count", { en: "count", zh: "次" }],
  ["score", { en: "points", zh: "分" }],
  ["yuan", { en: "yuan", zh: "元" }],
]);

/**
 * The bilingual name of a unit, for the `unit` column of a questionnaire.
 *
 * @param unit - A unit of the study model.
 * @returns Its name in English and Chinese.
 * @example
 * ```ts
 * unitName("workday"); // { en: "working days", zh: "工作日" }
 * ```
 */
export function unitName(unit: Unit): BilingualText {
  return UNIT_NAMES.get(unit) ?? { en: unit, zh: unit };
}

// The 0–10 "would you recommend" question of NPS is the one score question whose ends are about likelihood.
const RECOMMEND = /recommend|推荐/i;

/**
 * Which anchor wording a question's scale gets. `by-measure`: perception → satisfaction; expectation and
 * performance → agreement (they are statements: "a power company should …"); importance → importance. Two
 * exceptions keep answers comparable: a reverse-worded item ("the crew left the site untidy") and both halves of a
 * SERVQUAL pair are asked on agreement, so a perception − expectation gap compares like with like (Parasuraman,
 * Zeithaml and Berry 1988 ask both on one agreement scale); and a 0–10 question about recommending gets
 * likelihood ends.
 *
 * @param measures - What the question measures.
 * @param scale - Its scale.
 * @param context - Reverse wording, membership of a SERVQUAL pair, its text (English and Chinese) and the choice.
 * @returns The anchor family, or `null` for scales without wording anchors (yes/no, numeric).
 * @example
 * ```ts
 * anchorSetFor("perception", { type: "likert", points: 5 }, { reverse: false, paired: false, text: "", choice: "by-measure" });
 * // "satisfaction"
 * ```
 */
export function anchorSetFor(
  measures: Measure,
  scale: Scale,
  context: { readonly reverse: boolean; readonly paired: boolean; readonly text: string; readonly choice: AnchorChoice },
): AnchorSet | null {
  if (scale.type === "yesno" || scale.type === "numeric") return null;
  if (scale.type === "score" && RECOMMEND.test(context.text)) return "likelihood";
  if (context.choice !== "by-measure") return context.choice;
  if (measures === "importance") return "importance";
  if (measures === "perception" && !context.reverse && !context.paired) return "satisfaction";
  return "agreement";
}

/**
 * The answer options of a scale with the given anchors: every point of a Likert scale labelled; 0–10 with labelled
 * ends; 0–100 as its two labelled ends only (any whole number between is valid); yes (1, 是) and no (0, 否);
 * none for a numeric answer.
 *
 * @param scale - The question's scale.
 * @param anchors - The anchor family from {@link anchorSetFor} (ignored for yes/no and numeric).
 * @returns The options in ascending order of value (yes before no).
 * @example
 * ```ts
 * answerOptions({ type: "likert", points: 5 }, "satisfaction").map((o) => `${o.value} ${o.label?.zh}`);
 * // ["1 非常不满意", "2 不满意", "3 一般", "4 满意", "5 非常满意"]
 * answerOptions({ type: "yesno" }, null); // [{ value: 1, label: { en: "Yes", zh: "是" } }, { value: 0, label: { en: "No", zh: "否" } }]
 * ```
 */
export function answerOptions(scale: Scale, anchors: AnchorSet | null): AnswerOption[] {
  switch (scale.type) {
    case "likert": {
      const set = anchors === null || anchors === "likelihood" ? "agreement" : anchors;
      const labels = (scale.points === 5 ? FIVE : SEVEN)[set];
      return labels.map((label, i) => ({ value: i + 1, label }));
    }
    case "score": {
      const [low, high] = ENDS[anchors ?? "satisfaction"];
      if (scale.max === 100) {
        return [
          { value: 0, label: low },
          { value: 100, label: high },
        ];
      }
      return Array.from({ length: scale.max + 1 }, (_, v) => ({
        value: v,
        label: v === 0 ? low : v === scale.max ? high : null,
      }));
    }
    case "yesno":
      return [
        { value: 1, label: { en: "Yes", zh: "是" } },
        { value: 0, label: { en: "No", zh: "否" } },
      ];
    case "numeric":
      return [];
  }
}
