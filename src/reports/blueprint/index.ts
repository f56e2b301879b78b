/**
 * The blueprint picture (全流程详细蓝图): a swimlane SVG with the three lines and a findings overlay, its layout
 * as plain numbers, and the same blueprint as Mermaid and Graphviz DOT text. Runtime-neutral: pure functions
 * returning strings.
 * @module
 */
export { renderBlueprintSvg, svgFromLayout, BLUEPRINT_FONT_FAMILY, type BlueprintSvgOptions } from "./svg.js";
export {
  layoutBlueprint,
  LAYOUT,
  type BlueprintLayout,
  type EdgeRoute,
  type LaneBox,
  type LegendItem,
  type LegendPlacement,
  type LinePlacement,
  type MarkLine,
  type Point,
  type Rect,
  type StepBox,
} from "./layout.js";
export { toMermaid, escapeMermaid } from "./mermaid.js";
export { toDot, escapeDot } from "./dot.js";
export type { BlueprintMark, BlueprintOptions } from "./source.js";
export { MARK_TAGS, MARK_STYLES, BLUEPRINT_LINES, LAYER_TITLES, type MarkTag, type MarkStyle } from "./vocabulary.js";
export { textWidth, wrapText } from "./text.js";
