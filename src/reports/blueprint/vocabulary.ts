/**
 * The visual codes of the blueprint picture: the three finding tags (each with a colour AND a shape and letter, so
 * marks still read when printed in greyscale) and the dash pattern of each of the three lines, with their names in
 * both languages taken from the word tables in `./words/`. Shared by the SVG, Mermaid and DOT writers so that all
 * three speak alike.
 * @module
 */
import type { Lang } from "../../core/label.js";
import type { Layer } from "../../model/study.js";
import { MARK_TAGS, type MarkTag } from "./tags.js";
import { inBothLanguages } from "./words/index.js";

export { MARK_TAGS, type MarkTag } from "./tags.js";

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

const DRAWING: Readonly<Record<MarkTag, Omit<MarkStyle, "tag" | "name">>> = {
  "customer-dissatisfaction": { color: "#D55E00", tint: "#FBE3D3", shape: "circle", letter: "C" },
  "unreasonable-standard": { color: "#0072B2", tint: "#D6E9F5", shape: "triangle", letter: "S" },
  "non-compliant-execution": { color: "#8E3B8A", tint: "#EEDDEC", shape: "square", letter: "E" },
};

/** Drawing style of each finding tag, in legend order. */
export const MARK_STYLES: ReadonlyMap<MarkTag, MarkStyle> = new Map<MarkTag, MarkStyle>(
  MARK_TAGS.map((tag) => [tag, { tag, ...DRAWING[tag], name: inBothLanguages((w) => w.tagName[tag]) }]),
);

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

/** Lane titles, top to bottom, in both languages. */
export const LAYER_TITLES: Readonly<Record<Layer, Readonly<Record<Lang, string>>>> = {
  customer: inBothLanguages((w) => w.layerTitle.customer),
  frontline: inBothLanguages((w) => w.layerTitle.frontline),
  backoffice: inBothLanguages((w) => w.layerTitle.backoffice),
  support: inBothLanguages((w) => w.layerTitle.support),
};

/** The three lines between the four lanes, top to bottom, with the layers they separate and their dash pattern. */
export const BLUEPRINT_LINES = [
  { id: "interaction", above: "customer", below: "frontline", dash: "10 5", name: inBothLanguages((w) => w.lineName.interaction) },
  { id: "visibility", above: "frontline", below: "backoffice", dash: "2 4", name: inBothLanguages((w) => w.lineName.visibility) },
  { id: "internal", above: "backoffice", below: "support", dash: "12 4 2 4", name: inBothLanguages((w) => w.lineName.internal) },
] as const satisfies readonly {
  id: string;
  above: Layer;
  below: Layer;
  dash: string;
  name: Readonly<Record<Lang, string>>;
}[];

/** One of the three lines. */
export type BlueprintLine = (typeof BLUEPRINT_LINES)[number];
