/**
 * Layout of the blueprint picture, as plain numbers (no SVG): one horizontal lane per layer, steps in columns
 * shared by all lanes (longest-path layering, so the flow reads left to right), steps that share a lane and a
 * column stacked in rows, the three lines between the lanes, routed hand-offs and a legend. Everything is a pure
 * function of the study, the theme, the language and the marks, and does not depend on the order in which steps
 * and hand-offs were written.
 * @module
 */
import type { Lang } from "../../core/label.js";
import { LAYERS, type Layer, type Study } from "../../model/study.js";
import { assignColumns } from "./columns.js";
import { routeEdges, type EdgeRoute } from "./route.js";
import { resolveBlueprint, type BlueprintOptions, type ResolvedBlueprint, type ResolvedMark } from "./source.js";
import { textWidth, wrapText } from "./text.js";
import { BLUEPRINT_LINES, MARK_TAGS, type MarkTag } from "./vocabulary.js";
import { blueprintWords } from "./words/index.js";

export type { EdgeRoute, Point } from "./route.js";

export type { LaneBox, MarkLine, Rect, StepBox } from "./boxes.js";
import type { LaneBox, MarkLine, Rect, StepBox } from "./boxes.js";

/** One of the three lines between lanes. */
export interface LinePlacement {
  readonly id: "interaction" | "visibility" | "internal";
  readonly name: string;
  readonly dash: string;
  readonly y: number;
  readonly x1: number;
  readonly x2: number;
  /** Where the line's name is written (left x of the text; text sits just above the line). */
  readonly labelXs: readonly number[];
}

/** A legend entry. `swatch` says what sample to draw in the `swatchWidth` px at its left. */
export interface LegendItem {
  readonly swatch:
    | { readonly kind: "mark"; readonly tag: MarkTag }
    | { readonly kind: "line"; readonly dash: string }
    | { readonly kind: "edge"; readonly style: "serial" | "parallel" | "rework" | "loop" }
    | { readonly kind: "marked-box" }
    | { readonly kind: "box" };
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
}

/** The legend block. */
export interface LegendPlacement extends Rect {
  readonly title: string;
  readonly items: readonly LegendItem[];
}

/** The whole picture's geometry. */
export interface BlueprintLayout {
  readonly width: number;
  readonly height: number;
  readonly lang: Lang;
  readonly title: string;
  readonly subtitle: string;
  readonly themeId: string;
  readonly themeName: string;
  readonly columns: number;
  /** Left x of each column. */
  readonly columnX: readonly number[];
  readonly lanes: readonly LaneBox[];
  /** Sorted by step id. */
  readonly boxes: readonly StepBox[];
  readonly lines: readonly LinePlacement[];
  /** In the order of the sorted hand-offs. */
  readonly edges: readonly EdgeRoute[];
  readonly legend: LegendPlacement;
}

/** Fixed measures of the picture, in px. Exposed so tests and other writers can reason about the geometry. */
export const LAYOUT = {
  margin: 16,
  titleHeight: 52,
  headerWidth: 132,
  columnLead: 36,
  columnTrail: 36,
  boxWidth: 176,
  columnGap: 88,
  boxPadX: 10,
  boxPadY: 9,
  minBoxHeight: 52,
  lanePadTop: 30,
  lanePadBottom: 24,
  rowGap: 30,
  emptyLaneHeight: 64,
  nameSize: 13,
  nameLine: 17,
  nameMaxLines: 3,
  ownerSize: 11,
  ownerLine: 14,
  ownerMaxLines: 2,
  markSize: 10.5,
  markLine: 13,
  markMaxLines: 2,
  maxMarkRows: 3,
  badgeSize: 18,
  badgeStep: 21,
  legendGap: 18,
  legendRow: 24,
  legendSwatch: 34,
  minWidth: 860,
} as const;

/** Height of a box's content, and its wrapped texts. */
function measureBox(
  name: string,
  owner: string | undefined,
  marks: readonly ResolvedMark[],
): Pick<StepBox, "nameLines" | "ownerLines" | "markLines" | "hiddenMarkLabels" | "height" | "contentHeight"> {
  const inner = LAYOUT.boxWidth - 2 * LAYOUT.boxPadX;
  const nameLines = wrapText(name, inner, LAYOUT.nameSize, LAYOUT.nameMaxLines, true);
  const ownerLines = owner === undefined ? [] : wrapText(owner, inner, LAYOUT.ownerSize, LAYOUT.ownerMaxLines);
  const labelled = marks.filter((m) => m.label !== undefined);
  const shown = labelled.slice(0, LAYOUT.maxMarkRows);
  const markLines = shown.map((m) => ({
    tag: m.tag,
    lines: wrapText(m.label ?? "", inner - 16, LAYOUT.markSize, LAYOUT.markMaxLines),
  }));
  const hiddenMarkLabels = labelled.length - shown.length;
  let h = 2 * LAYOUT.boxPadY + Math.max(1, nameLines.length) * LAYOUT.nameLine;
  if (ownerLines.length > 0) h += 7 + ownerLines.length * LAYOUT.ownerLine;
  if (markLines.length > 0 || hiddenMarkLabels > 0) {
    h += 8 + markLines.reduce((s, m) => s + m.lines.length * LAYOUT.markLine + 3, 0);
    if (hiddenMarkLabels > 0) h += LAYOUT.markLine;
  }
  const contentHeight = Math.ceil(h);
  return { nameLines, ownerLines, markLines, hiddenMarkLabels, contentHeight, height: Math.max(LAYOUT.minBoxHeight, contentHeight) };
}

/** Left x of column `c`. */
function colX(c: number): number {
  return LAYOUT.margin + LAYOUT.headerWidth + LAYOUT.columnLead + c * (LAYOUT.boxWidth + LAYOUT.columnGap);
}

/**
 * Compute the geometry of a theme's blueprint picture.
 *
 * @param study - The study.
 * @param themeId - The theme whose blueprint to lay out.
 * @param options - `lang` (default `"en"`) and `marks` (findings overlay).
 * @returns Positions of lanes, boxes, lines, routed hand-offs and the legend.
 * @throws NotFoundError for an unknown theme; UsageError for a mark on an unknown step.
 * @example
 * ```ts
 * const layout = layoutBlueprint(study, "outage", { lang: "zh" });
 * layout.boxes.find((b) => b.id === "dispatch")?.column; // 2
 * ```
 */
export function layoutBlueprint(study: Study, themeId: string, options?: BlueprintOptions): BlueprintLayout {
  return layoutResolved(resolveBlueprint(study, themeId, options, "layoutBlueprint"));
}

/**
 * {@link layoutBlueprint} on an already resolved blueprint, so each writer reports errors under its own name.
 *
 * @param bp - A blueprint from `resolveBlueprint`.
 * @returns The picture's geometry.
 * @example
 * ```ts
 * const layout = layoutResolved(resolveBlueprint(study, "outage", { lang: "zh" }, "myWriter"));
 * ```
 */
export function layoutResolved(bp: ResolvedBlueprint): BlueprintLayout {
  const lang = bp.lang;
  const words = blueprintWords(lang);
  const { column, loops, order } = assignColumns(
    bp.steps.map((s) => s.id),
    bp.handoffs,
  );
  const columns = Math.max(1, ...[...column.values()].map((c) => c + 1));
  const row = stackRows(bp, column, order);
  const measured = new Map(
    bp.steps.map((s) => [s.id, measureBox(s.name, s.owner, bp.marks.get(s.id) ?? [])] as const),
  );
  const { lanes, bottom } = stackLanes(bp, row, measured);

  const columnX = Array.from({ length: columns }, (_, c) => colX(c));
  const contentRight = colX(columns - 1) + LAYOUT.boxWidth + LAYOUT.columnTrail;
  const width = Math.max(LAYOUT.minWidth, contentRight + LAYOUT.margin);
  const boxes = placeBoxes(bp, lanes, row, column, measured);
  const placedLanes = lanes.map((l) => ({ ...l, x: LAYOUT.margin, width: width - 2 * LAYOUT.margin }));
  const lines = placeLines(lang, placedLanes, columns, width);

  const edges = routeEdges(
    boxes,
    placedLanes,
    bp.handoffs,
    loops,
    {
      boxWidth: LAYOUT.boxWidth,
      columnGap: LAYOUT.columnGap,
      columnX,
      badgeSize: LAYOUT.badgeSize,
      lines: lines.map((l) => ({ y: l.y, labels: l.labelXs.map((x) => ({ x, width: textWidth(l.name, 11, true) })) })),
    },
  );

  const legend = layoutLegend(lang, bottom + LAYOUT.legendGap, width);
  const height = legend.y + legend.height + LAYOUT.margin;
  const marked = [...bp.marks.values()].reduce((s, l) => s + l.length, 0);
  const subtitleParts = [`${bp.steps.length} ${words.steps}`, `${bp.handoffs.length} ${words.handoffs}`];
  if (marked > 0) subtitleParts.push(`${marked} ${words.findings}`);
  return {
    width,
    height,
    lang,
    title: `${words.blueprint} · ${bp.themeName}`,
    subtitle: subtitleParts.join(" · "),
    themeId: bp.themeId,
    themeName: bp.themeName,
    columns,
    columnX,
    lanes: placedLanes,
    boxes,
    lines,
    edges,
    legend,
  };
}

/** Lane index of each layer, top to bottom. */
const LANE_INDEX: ReadonlyMap<Layer, number> = new Map<Layer, number>(LAYERS.map((l, i) => [l, i]));

/** What {@link measureBox} computes for one step. */
type Measured = ReturnType<typeof measureBox>;

/**
 * Stack the steps of one lane and column in rows, ordered by where their predecessors sit (barycentre), so that
 * parallel branches keep their relative order and edges cross less.
 */
function stackRows(bp: ResolvedBlueprint, column: ReadonlyMap<string, number>, order: readonly string[]): Map<string, number> {
  const preds = new Map<string, string[]>();
  for (const h of bp.handoffs) {
    if (h.rework || h.from === h.to) continue;
    const list = preds.get(h.to) ?? [];
    list.push(h.from);
    preds.set(h.to, list);
  }
  const row = new Map<string, number>();
  const cells = new Map<string, string[]>(); // `${lane}:${column}` → ids
  const topoRank = new Map(order.map((id, i) => [id, i]));
  const byColumn = [...bp.steps].sort(
    (a, b) => (column.get(a.id) ?? 0) - (column.get(b.id) ?? 0) || (topoRank.get(a.id) ?? 0) - (topoRank.get(b.id) ?? 0),
  );
  for (const s of byColumn) {
    const key = `${s.layer}:${column.get(s.id) ?? 0}`;
    const list = cells.get(key) ?? [];
    list.push(s.id);
    cells.set(key, list);
  }
  const sortedCellKeys = [...cells.keys()].sort((a, b) => {
    const ca = Number(a.slice(a.indexOf(":") + 1));
    const cb = Number(b.slice(b.indexOf(":") + 1));
    return ca - cb || (a < b ? -1 : a > b ? 1 : 0);
  });
  for (const key of sortedCellKeys) {
    const ids = cells.get(key) ?? [];
    const bary = (id: string): number => {
      const rows = (preds.get(id) ?? []).map((p) => row.get(p)).filter((r): r is number => r !== undefined);
      return rows.length === 0 ? Number.POSITIVE_INFINITY : rows.reduce((s, r) => s + r, 0) / rows.length;
    };
    const ranked = ids
      .map((id) => ({ id, b: bary(id), t: topoRank.get(id) ?? 0 }))
      .sort((x, y) => (x.b === y.b ? 0 : x.b < y.b ? -1 : 1) || x.t - y.t || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    ranked.forEach((r, i) => row.set(r.id, i));
  }
  return row;
}

/** Size each lane's rows by their tallest box and stack the lanes top to bottom (x and width come later). */
function stackLanes(
  bp: ResolvedBlueprint,
  row: ReadonlyMap<string, number>,
  measured: ReadonlyMap<string, Measured>,
): { lanes: LaneBox[]; bottom: number } {
  const lanes: LaneBox[] = [];
  let y = LAYOUT.margin + LAYOUT.titleHeight;
  for (const layer of LAYERS) {
    const inLane = bp.steps.filter((s) => s.layer === layer);
    const rows = inLane.reduce((m, s) => Math.max(m, (row.get(s.id) ?? 0) + 1), 0);
    const rowHeights: number[] = Array.from({ length: rows }, () => 0);
    for (const s of inLane) {
      const r = row.get(s.id) ?? 0;
      rowHeights[r] = Math.max(rowHeights[r] ?? 0, measured.get(s.id)?.height ?? 0);
    }
    const rowTops: number[] = [];
    let ry = y + LAYOUT.lanePadTop;
    for (const h of rowHeights) {
      rowTops.push(ry);
      ry += h + LAYOUT.rowGap;
    }
    const height =
      rows === 0 ? LAYOUT.emptyLaneHeight : ry - LAYOUT.rowGap + LAYOUT.lanePadBottom - y;
    const titleLines = wrapText(blueprintWords(bp.lang).layerTitle[layer], LAYOUT.headerWidth - 24, 13, 3, true);
    lanes.push({ layer, index: LANE_INDEX.get(layer) ?? 0, x: 0, y, width: 0, height, titleLines, rows, rowTops, rowHeights });
    y += height;
  }
  return { lanes, bottom: y };
}

/** Each step's box: its column's x, its row's top, centred vertically in the row. */
function placeBoxes(
  bp: ResolvedBlueprint,
  lanes: readonly LaneBox[],
  row: ReadonlyMap<string, number>,
  column: ReadonlyMap<string, number>,
  measured: ReadonlyMap<string, Measured>,
): StepBox[] {
  return bp.steps.map((s) => {
    const lane = lanes[LANE_INDEX.get(s.layer) ?? 0];
    const r = row.get(s.id) ?? 0;
    const m = measured.get(s.id) ?? measureBox(s.name, s.owner, []);
    const top = lane?.rowTops[r] ?? 0;
    const rh = lane?.rowHeights[r] ?? m.height;
    const c = column.get(s.id) ?? 0;
    return {
      id: s.id,
      layer: s.layer,
      column: c,
      row: r,
      x: colX(c),
      y: top + Math.round((rh - m.height) / 2),
      width: LAYOUT.boxWidth,
      height: m.height,
      name: s.name,
      owner: s.owner,
      nameLines: m.nameLines,
      ownerLines: m.ownerLines,
      marks: bp.marks.get(s.id) ?? [],
      markLines: m.markLines,
      hiddenMarkLabels: m.hiddenMarkLabels,
      contentHeight: m.contentHeight,
    };
  });
}

/** The three lines at the top of the lane below each, with where their names are written. */
function placeLines(lang: Lang, lanes: readonly LaneBox[], columns: number, width: number): LinePlacement[] {
  return BLUEPRINT_LINES.map((line) => {
    const below = lanes[LANE_INDEX.get(line.below) ?? 0];
    const name = blueprintWords(lang).lineName[line.id];
    const labelW = textWidth(name, 11) + 8;
    const labelXs: number[] = [];
    // Name the line at the first column and again every few columns, so a wide picture is labelled wherever
    // one looks; labels sit over columns, never in the gaps where hand-offs cross the line.
    const every = Math.max(1, Math.ceil(1800 / (LAYOUT.boxWidth + LAYOUT.columnGap)));
    for (let c = 0; c < columns; c += every) {
      if (labelW <= LAYOUT.boxWidth) labelXs.push(colX(c) + 4);
    }
    if (labelXs.length === 0) labelXs.push(LAYOUT.margin + LAYOUT.headerWidth + 6);
    return {
      id: line.id,
      name,
      dash: line.dash,
      y: below?.y ?? 0,
      x1: LAYOUT.margin,
      x2: width - LAYOUT.margin,
      labelXs,
    };
  });
}

/** Flow the legend's items left to right, wrapping to new rows within the picture's width. */
function layoutLegend(lang: Lang, top: number, width: number): LegendPlacement {
  const words = blueprintWords(lang);
  const specs: { swatch: LegendItem["swatch"]; text: string }[] = [
    ...MARK_TAGS.map((tag) => ({ swatch: { kind: "mark", tag } as const, text: words.tagName[tag] })),
    { swatch: { kind: "marked-box" }, text: words.marked },
    { swatch: { kind: "box" }, text: words.owner },
    { swatch: { kind: "edge", style: "serial" }, text: words.handoff },
    { swatch: { kind: "edge", style: "parallel" }, text: words.parallel },
    { swatch: { kind: "edge", style: "rework" }, text: words.rework },
    { swatch: { kind: "edge", style: "loop" }, text: words.loop },
    ...BLUEPRINT_LINES.map((l) => ({ swatch: { kind: "line", dash: l.dash } as const, text: words.lineName[l.id] })),
  ];
  const title = words.legend;
  const left = LAYOUT.margin + 12;
  const startX = left + textWidth(title, 12, true) + 16;
  const right = width - LAYOUT.margin - 12;
  const items: LegendItem[] = [];
  let x = startX;
  let rowIdx = 0;
  for (const s of specs) {
    const w = LAYOUT.legendSwatch + 6 + Math.ceil(textWidth(s.text, 11)) + 18;
    if (x + w > right && x > startX) {
      rowIdx += 1;
      x = startX;
    }
    items.push({ swatch: s.swatch, text: s.text, x, y: top + 10 + rowIdx * LAYOUT.legendRow, width: w });
    x += w;
  }
  return {
    x: LAYOUT.margin,
    y: top,
    width: width - 2 * LAYOUT.margin,
    height: 20 + (rowIdx + 1) * LAYOUT.legendRow - 4,
    title,
    items,
  };
}
