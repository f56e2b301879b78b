/**
 * The fixed words and visual codes of the blueprint picture: lane titles, the three lines, the three finding tags
 * (each with a colour AND a shape and letter, so marks still read when printed in greyscale) and legend text, in
 * English and Chinese. Shared by the SVG, Mermaid and DOT writers so that all three speak alike.
 * @module
 */
import type { Lang } from "../../core/label.js";
import type { Layer } from "../../model/study.js";

/** The three kinds of point the attribution finds (三点查找), used to mark steps on the picture. */
export const MARK_TAGS = ["customer-dissatisfaction", "unreasonable-standard", "non-compliant-execution"] as const;
/** One of {@link MARK_TAGS}. */
export type MarkTag = (typeof MARK_TAGS)[number];

/** How a tag is drawn: colour (Okabe–Ito, safe for colour-blind readers), shape and letter. */
export interface MarkStyle {
  readonly tag: MarkTag;
  readonly color: string;
  /** A pale tint of the colour, for fills behind text. */
  readonly tint: string;
  readonly shape: "circle" | "triangle" | "square";
  readonly letter: string;
  readonly name: Readonly<Record<Lang, string>>;
}

/** Drawing style of each finding tag, in legend order. */
export const MARK_STYLES: ReadonlyMap<MarkTag, MarkStyle> = new Map<MarkTag, MarkStyle>([
  [
    "customer-dissatisfaction",
    {
      tag: "customer-dissatisfaction",
      color: "#D55E00",
      tint: "#FBE3D3",
      shape: "circle",
      letter: "C",
      name: { en: "Customer dissatisfaction", zh: "客户不满意点" },
    },
  ],
  [
    "unreasonable-standard",
    {
      tag: "unreasonable-standard",
      color: "#0072B2",
      tint: "#D6E9F5",
      shape: "triangle",
      letter: "S",
      name: { en: "Unreasonable standard", zh: "标准不合理点" },
    },
  ],
  [
    "non-compliant-execution",
    {
      tag: "non-compliant-execution",
      color: "#8E3B8A",
      tint: "#EEDDEC",
      shape: "square",
      letter: "E",
      name: { en: "Non-compliant execution", zh: "执行不合格点" },
    },
  ],
]);

/**
 * The drawing style of a finding tag.
 *
 * @param tag - One of {@link MARK_TAGS}.
 * @returns Its colour, tint, shape, letter and bilingual name.
 * @example
 * ```ts
 * markStyle("unreasonable-standard").letter; // "S" (a blue triangle)
 * ```
 */
export function markStyle(tag: MarkTag): MarkStyle {
  const style = MARK_STYLES.get(tag);
  // Early termination: unreachable for a MarkTag; tags are validated before drawing.
  if (style === undefined) throw new RangeError(`unknown mark tag ${tag}`);
  return style;
}

/** Lane titles, top to bottom. */
export const LAYER_TITLES: Readonly<Record<Layer, Readonly<Record<Lang, string>>>> = {
  customer: { en: "Customer actions", zh: "外部客户" },
  frontline: { en: "Front line (onstage)", zh: "一线接触层" },
  backoffice: { en: "Back office (backstage)", zh: "后台支撑层" },
  support: { en: "Support processes", zh: "支持流程" },
};

/** The three lines between the four lanes, top to bottom, with the layers they separate and their dash pattern. */
export const BLUEPRINT_LINES = [
  {
    id: "interaction",
    above: "customer",
    below: "frontline",
    dash: "10 5",
    name: { en: "Line of interaction", zh: "交互线" },
  },
  {
    id: "visibility",
    above: "frontline",
    below: "backoffice",
    dash: "2 4",
    name: { en: "Line of visibility", zh: "可视线" },
  },
  {
    id: "internal",
    above: "backoffice",
    below: "support",
    dash: "12 4 2 4",
    name: { en: "Line of internal interaction", zh: "内部交互线" },
  },
] as const satisfies readonly {
  id: string;
  above: Layer;
  below: Layer;
  dash: string;
  name: Record<Lang, string>;
}[];

/** One of the three lines. */
export type BlueprintLine = (typeof BLUEPRINT_LINES)[number];

/** Other fixed words of the picture. */
export const WORDS = {
  blueprint: { en: "Service blueprint", zh: "服务蓝图" },
  legend: { en: "Legend", zh: "图例" },
  handoff: { en: "Hand-off", zh: "交接（串行）" },
  parallel: { en: "Parallel hand-off", zh: "并行交接" },
  rework: { en: "Rework (back upstream)", zh: "返工（退回上游）" },
  loop: { en: "Hand-off closing a loop", zh: "成环交接" },
  marked: { en: "Marked step (thick border)", zh: "标记环节（粗边框）" },
  owner: { en: "Step name / owner post", zh: "环节名称 / 责任岗位" },
  steps: { en: "steps", zh: "个环节" },
  handoffs: { en: "hand-offs", zh: "次交接" },
  findings: { en: "marked findings", zh: "个标记" },
} as const satisfies Record<string, Record<Lang, string>>;
