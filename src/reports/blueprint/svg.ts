/**
 * The blueprint picture as SVG: swimlanes, the three named lines, step boxes with owner posts, routed hand-offs,
 * the findings overlay and a legend. Pure string building on top of {@link layoutResolved}; every user text goes
 * through {@link escapeXml}. Presentation attributes only (no CSS), so the file looks the same in browsers,
 * Inkscape, Word and PDF converters.
 * @module
 */
import { UsageError } from "../../core/errors.js";
import type { Study } from "../../model/study.js";
import { escapeXml } from "../../core/escape.js";
import { LAYOUT, layoutResolved, type BlueprintLayout, type EdgeRoute, type LegendItem, type Point, type StepBox } from "./layout.js";
import { resolveBlueprint, type BlueprintOptions } from "./source.js";
import { markStyle, type MarkTag } from "./vocabulary.js";
import { blueprintWords } from "./words/index.js";

/** Options of {@link renderBlueprintSvg}. */
export interface BlueprintSvgOptions extends BlueprintOptions {
  /**
   * Prefix of the ids inside the SVG (markers, title), so several pictures can be inlined in one HTML page;
   * default `"gt-bp-"`. Letters, digits, `_`, `-` and `.`, starting with a letter or `_`.
   */
  readonly idPrefix?: string | undefined;
}

/** Font stack covering Latin and Simplified Chinese on Linux, macOS and Windows. */
export const BLUEPRINT_FONT_FAMILY =
  "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans', sans-serif";

const INK = "#1A202C";
const MUTED = "#4A5568";
const LANE_FILL = { customer: "#EEF4FB", frontline: "#F1F7EE", backoffice: "#FBF6EC", support: "#F4F2FA" } as const;
const LANE_HEAD = { customer: "#D9E6F4", frontline: "#DCEBD3", backoffice: "#F1E5CD", support: "#E3DEF1" } as const;
const EDGE_COLOR = { serial: "#4A5568", parallel: "#2B6CB0", rework: "#C05621", loop: "#718096" } as const;
const EDGE_DASH = { serial: undefined, parallel: undefined, rework: "6 4", loop: undefined } as const;
const EDGE_WIDTH = { serial: 1.4, parallel: 1.8, rework: 1.5, loop: 1.4 } as const;

/** Number formatting: at most one decimal, no `-0`, so output is byte-stable. */
function n(v: number): string {
  const r = Math.round(v * 10) / 10;
  return Object.is(r, -0) ? "0" : String(r);
}

/** An element with attributes; attribute values are escaped, `undefined` ones left out. */
function el(name: string, attrs: Record<string, string | number | undefined>, body?: string): string {
  let s = `<${name}`;
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined) continue;
    s += ` ${k}="${typeof v === "number" ? n(v) : escapeXml(v)}"`;
  }
  return body === undefined ? `${s}/>` : `${s}>${body}</${name}>`;
}

/** Multi-line text: one <tspan> per line, `lineHeight` apart, first baseline at y. */
function textLines(
  lines: readonly string[],
  x: number,
  y: number,
  lineHeight: number,
  attrs: Record<string, string | number | undefined>,
): string {
  const spans = lines.map((l, i) => el("tspan", { x, y: y + i * lineHeight }, escapeXml(l))).join("");
  return el("text", attrs, spans);
}

/** A polyline as a path with rounded corners. */
function roundedPath(points: readonly Point[], radius: number): string {
  const pts: Point[] = [];
  for (const p of points) {
    const prev = pts[pts.length - 1];
    if (prev !== undefined && Math.abs(prev.x - p.x) < 0.05 && Math.abs(prev.y - p.y) < 0.05) continue;
    pts.push(p);
  }
  const first = pts[0];
  if (first === undefined) return "";
  let d = `M${n(first.x)},${n(first.y)}`;
  for (let i = 1; i < pts.length; i++) {
    const p = pts[i] as Point;
    const prev = pts[i - 1] as Point;
    const next = pts[i + 1];
    if (next === undefined) {
      d += ` L${n(p.x)},${n(p.y)}`;
      break;
    }
    const inLen = Math.hypot(p.x - prev.x, p.y - prev.y);
    const outLen = Math.hypot(next.x - p.x, next.y - p.y);
    const r = Math.min(radius, inLen / 2, outLen / 2);
    const ax = p.x - ((p.x - prev.x) / inLen) * r;
    const ay = p.y - ((p.y - prev.y) / inLen) * r;
    const bx = p.x + ((next.x - p.x) / outLen) * r;
    const by = p.y + ((next.y - p.y) / outLen) * r;
    d += ` L${n(ax)},${n(ay)} Q${n(p.x)},${n(p.y)} ${n(bx)},${n(by)}`;
  }
  return d;
}

/** A tag's badge: its shape in its colour with its letter, centred on (cx, cy). */
function badge(tag: MarkTag, cx: number, cy: number, size: number, withLetter = true): string {
  const st = markStyle(tag);
  const h = size / 2;
  let shape: string;
  let letterY = cy + size * 0.19;
  if (st.shape === "circle") {
    shape = el("circle", { cx, cy, r: h, fill: st.color, stroke: "#FFFFFF", "stroke-width": 1.2 });
  } else if (st.shape === "square") {
    const s = size * 0.88;
    shape = el("rect", { x: cx - s / 2, y: cy - s / 2, width: s, height: s, rx: 1.5, fill: st.color, stroke: "#FFFFFF", "stroke-width": 1.2 });
  } else {
    const r = size * 0.62;
    const pts = [
      [cx, cy - r],
      [cx + r * 0.94, cy + r * 0.62],
      [cx - r * 0.94, cy + r * 0.62],
    ]
      .map(([x, y]) => `${n(x ?? 0)},${n(y ?? 0)}`)
      .join(" ");
    shape = el("polygon", { points: pts, fill: st.color, stroke: "#FFFFFF", "stroke-width": 1.2, "stroke-linejoin": "round" });
    letterY = cy + size * 0.3;
  }
  if (!withLetter) return shape;
  const letter = el(
    "text",
    { x: cx, y: letterY, "text-anchor": "middle", "font-size": size * 0.56, "font-weight": 700, fill: "#FFFFFF" },
    st.letter,
  );
  return shape + letter;
}

/** One step box with its texts, badges and mark rows. */
function stepBox(b: StepBox, lang: "en" | "zh"): string {
  const tags = [...new Set(b.marks.map((m) => m.tag))];
  const marked = tags.length > 0;
  const stroke = !marked ? "#8A9BB0" : tags.length === 1 ? markStyle(tags[0] as MarkTag).color : INK;
  const parts: string[] = [];
  const tip = [b.name, b.owner, ...b.marks.map((m) => `[${markStyle(m.tag).letter}] ${blueprintWords(lang).tagName[m.tag]}${m.label === undefined ? "" : `: ${m.label}`}`)]
    .filter((s): s is string => s !== undefined)
    .join("\n");
  parts.push(el("title", {}, escapeXml(tip)));
  parts.push(
    el("rect", {
      x: b.x,
      y: b.y,
      width: b.width,
      height: b.height,
      rx: 6,
      fill: "#FFFFFF",
      stroke,
      "stroke-width": marked ? 3 : 1.2,
    }),
  );
  const left = b.x + LAYOUT.boxPadX;
  let y = b.y + Math.floor((b.height - b.contentHeight) / 2) + LAYOUT.boxPadY + LAYOUT.nameSize;
  parts.push(
    textLines(b.nameLines, left, y, LAYOUT.nameLine, { "font-size": LAYOUT.nameSize, "font-weight": 700, fill: INK }),
  );
  y += (Math.max(1, b.nameLines.length) - 1) * LAYOUT.nameLine;
  if (b.ownerLines.length > 0) {
    const divY = y + 6;
    parts.push(el("line", { x1: left, y1: divY, x2: b.x + b.width - LAYOUT.boxPadX, y2: divY, stroke: "#E2E8F0", "stroke-width": 1 }));
    y = divY + 2 + LAYOUT.ownerSize;
    parts.push(textLines(b.ownerLines, left, y, LAYOUT.ownerLine, { "font-size": LAYOUT.ownerSize, fill: MUTED }));
    y += (b.ownerLines.length - 1) * LAYOUT.ownerLine;
  }
  if (b.markLines.length > 0 || b.hiddenMarkLabels > 0) {
    y += 8;
    for (const m of b.markLines) {
      const st = markStyle(m.tag);
      const first = y + LAYOUT.markSize - 1;
      parts.push(badge(m.tag, left + 5, first - 3.5, 10, false));
      parts.push(textLines(m.lines, left + 14, first, LAYOUT.markLine, { "font-size": LAYOUT.markSize, fill: st.color === "#0072B2" ? "#005A8C" : st.color }));
      y += m.lines.length * LAYOUT.markLine + 3;
    }
    if (b.hiddenMarkLabels > 0) {
      parts.push(el("text", { x: left + 14, y: y + LAYOUT.markSize - 1, "font-size": LAYOUT.markSize, fill: MUTED }, `+${b.hiddenMarkLabels} …`));
    }
  }
  // Badges on the top edge, right to left, so the mark shows even when the picture is zoomed out.
  const maxBadges = Math.floor((b.width - 16) / LAYOUT.badgeStep);
  const shown = b.marks.length > maxBadges ? b.marks.slice(0, maxBadges - 1) : b.marks;
  let bx = b.x + b.width - 14;
  for (const m of shown) {
    parts.push(badge(m.tag, bx, b.y, LAYOUT.badgeSize));
    bx -= LAYOUT.badgeStep;
  }
  if (shown.length < b.marks.length) {
    parts.push(el("rect", { x: bx - 11, y: b.y - 8, width: 22, height: 16, rx: 8, fill: MUTED }));
    parts.push(el("text", { x: bx, y: b.y + 3.5, "text-anchor": "middle", "font-size": 9.5, "font-weight": 700, fill: "#FFFFFF" }, `+${b.marks.length - shown.length}`));
  }
  return el("g", { "data-step": b.id }, parts.join(""));
}

/** The sample drawn in a legend entry. */
function legendSwatch(item: LegendItem, prefix: string): string {
  const x = item.x;
  const y = item.y + 8;
  const w = LAYOUT.legendSwatch;
  const sw = item.swatch;
  switch (sw.kind) {
    case "mark":
      return badge(sw.tag, x + w / 2, y, 16);
    case "marked-box":
      return el("rect", { x: x + 3, y: y - 8, width: w - 6, height: 16, rx: 4, fill: "#FFFFFF", stroke: INK, "stroke-width": 3 });
    case "box":
      return (
        el("rect", { x: x + 3, y: y - 8, width: w - 6, height: 16, rx: 4, fill: "#FFFFFF", stroke: "#8A9BB0", "stroke-width": 1.2 }) +
        el("line", { x1: x + 7, y1: y - 3, x2: x + w - 9, y2: y - 3, stroke: INK, "stroke-width": 2 }) +
        el("line", { x1: x + 7, y1: y + 3, x2: x + w - 14, y2: y + 3, stroke: MUTED, "stroke-width": 1 })
      );
    case "line":
      return el("line", { x1: x, y1: y, x2: x + w, y2: y, stroke: "#2D3748", "stroke-width": 1.4, "stroke-dasharray": sw.dash });
    case "edge": {
      const style = sw.style;
      const common = {
        fill: "none",
        stroke: EDGE_COLOR[style],
        "stroke-width": EDGE_WIDTH[style],
        "stroke-dasharray": EDGE_DASH[style],
        "marker-end": `url(#${prefix}arrow-${style})`,
      };
      if (style === "rework" || style === "loop") {
        return el("path", { d: `M${n(x + w - 2)},${n(y + 5)} C${n(x + w - 6)},${n(y - 9)} ${n(x + 6)},${n(y - 9)} ${n(x + 3)},${n(y + 5)}`, ...common });
      }
      const line = el("path", { d: `M${n(x)},${n(y)} L${n(x + w - 1)},${n(y)}`, ...common });
      return style === "parallel" ? line + parallelBadge(x + w / 2 - 2, y) : line;
    }
  }
}

/** The "∥" badge on a parallel hand-off. */
function parallelBadge(cx: number, cy: number): string {
  return (
    el("circle", { cx, cy, r: 6.5, fill: "#FFFFFF", stroke: EDGE_COLOR.parallel, "stroke-width": 1.2 }) +
    el("path", { d: `M${n(cx - 1.8)},${n(cy - 3.6)} L${n(cx - 1.8)},${n(cy + 3.6)} M${n(cx + 1.8)},${n(cy - 3.6)} L${n(cx + 1.8)},${n(cy + 3.6)}`, stroke: EDGE_COLOR.parallel, "stroke-width": 1.3, fill: "none" })
  );
}

/** A plain-words description of the picture for screen readers (<desc>). */
function description(layout: BlueprintLayout): string {
  const words = blueprintWords(layout.lang);
  return words.description({
    theme: layout.themeName,
    steps: layout.boxes.length,
    lanes: layout.lanes.map((l) => ({ title: words.layerTitle[l.layer], steps: layout.boxes.filter((b) => b.layer === l.layer).length })),
    handoffs: layout.edges.length,
    rework: layout.edges.filter((e) => e.rework).length,
    parallel: layout.edges.filter((e) => e.kind === "parallel").length,
    marked: layout.boxes
      .filter((b) => b.marks.length > 0)
      .map((b) => `${b.name} (${b.marks.map((m) => markStyle(m.tag).letter).join("")})`),
  });
}

/**
 * Draw a theme's service blueprint as an SVG swimlane diagram: one lane per layer (customer, front line, back
 * office, support), the line of interaction, the line of visibility and the line of internal interaction drawn
 * dashed and named, steps as boxes with their owner post, hand-offs as arrows (rework dashed and curved back,
 * parallel with a "∥" badge), findings as coloured shapes with letters (C, S, E) and a legend.
 *
 * @param study - The study.
 * @param themeId - The theme whose blueprint to draw.
 * @param options - `lang` ("en" default, or "zh"), `marks` (findings overlay), `idPrefix`.
 * @returns A standalone SVG document (no XML declaration), deterministic for a given input.
 * @throws NotFoundError when the theme has no blueprint; UsageError when a mark names an unknown step.
 * @example
 * ```ts
 * const svg = renderBlueprintSvg(study, "outage", {
 *   lang: "zh",
 *   marks: [{ step: "dispatch", tag: "non-compliant-execution", label: "派工超时" }],
 * });
 * svg.startsWith("<svg"); // true
 * ```
 */
export function renderBlueprintSvg(study: Study, themeId: string, options?: BlueprintSvgOptions): string {
  const fn = "renderBlueprintSvg";
  const prefix = checkPrefix(options?.idPrefix ?? "gt-bp-", fn);
  return svgFromLayout(layoutResolved(resolveBlueprint(study, themeId, options, fn)), prefix);
}

/** The id prefix goes into attributes unescaped (ids and url(#…) references), so it must be a plain XML name. */
function checkPrefix(prefix: unknown, fn: string): string {
  if (typeof prefix !== "string" || !/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(prefix)) {
    throw new UsageError(fn, `idPrefix ${JSON.stringify(prefix)} is not usable in an XML id.`, "Use letters, digits, _, - and ., starting with a letter or _.");
  }
  return prefix;
}

/**
 * Serialise a computed layout as SVG (for callers that adjust a layout before drawing it).
 *
 * @param layout - A layout from {@link layoutBlueprint}.
 * @param idPrefix - Prefix of the ids inside the SVG; default `"gt-bp-"` (letters, digits, `_ - .`).
 * @returns The SVG document.
 * @throws UsageError when the prefix is not a plain XML name.
 * @example
 * ```ts
 * const svg = svgFromLayout(layoutBlueprint(study, "outage"), "fig1-");
 * ```
 */
export function svgFromLayout(layout: BlueprintLayout, idPrefix = "gt-bp-"): string {
  const prefix = checkPrefix(idPrefix, "svgFromLayout");
  const { width, height, lang } = layout;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" role="img" aria-labelledby="${prefix}title ${prefix}desc" font-family="${escapeXml(BLUEPRINT_FONT_FAMILY)}" font-size="12" lang="${blueprintWords(lang).svgLang}">`,
  );
  out.push(el("title", { id: `${prefix}title` }, escapeXml(layout.title)));
  out.push(el("desc", { id: `${prefix}desc` }, escapeXml(description(layout))));
  out.push(el("defs", {}, arrowMarkers(prefix)));
  out.push(el("rect", { x: 0, y: 0, width, height, fill: "#FFFFFF" }));
  out.push(titleGroup(layout));
  out.push(lanesGroup(layout));
  // The three lines; their names are written after the hand-offs (with a white halo), so that no arrow hides them.
  const lines = layout.lines
    .map((l) => el("line", { "data-line": l.id, x1: l.x1, y1: l.y, x2: l.x2, y2: l.y, stroke: "#2D3748", "stroke-width": 1.5, "stroke-dasharray": l.dash }))
    .join("");
  out.push(el("g", { "data-part": "lines" }, lines));
  out.push(el("g", { "data-part": "handoffs" }, layout.edges.map((e) => handoff(e, prefix)).join("")));
  out.push(el("g", { "data-part": "line-names" }, lineNames(layout)));
  // Steps (after hand-offs, so boxes sit on top of any line that has to pass near them)
  out.push(el("g", { "data-part": "steps" }, layout.boxes.map((b) => stepBox(b, lang)).join("")));
  out.push(legendGroup(layout, prefix));
  out.push("</svg>");
  return out.join("\n");
}

/** One arrowhead marker per hand-off style, in the style's colour. */
function arrowMarkers(prefix: string): string {
  return (["serial", "parallel", "rework", "loop"] as const)
    .map((s) =>
      el(
        "marker",
        { id: `${prefix}arrow-${s}`, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: "userSpaceOnUse", orient: "auto" },
        el("path", { d: "M0,1 L9.5,5 L0,9 L2.2,5 z", fill: EDGE_COLOR[s] }),
      ),
    )
    .join("");
}

/** The picture's title and subtitle, top left. */
function titleGroup(layout: BlueprintLayout): string {
  return el(
    "g",
    { "data-part": "title" },
    el("text", { x: LAYOUT.margin + 2, y: LAYOUT.margin + 20, "font-size": 19, "font-weight": 700, fill: INK }, escapeXml(layout.title)) +
      el("text", { x: LAYOUT.margin + 2, y: LAYOUT.margin + 40, "font-size": 12, fill: MUTED }, escapeXml(layout.subtitle)),
  );
}

/** The four lanes with their tinted heads and titles, and a frame round them. */
function lanesGroup(layout: BlueprintLayout): string {
  const lanes = layout.lanes
    .map((l) => {
      const head = LAYOUT.headerWidth;
      const lh = 16;
      const ty = l.y + l.height / 2 - ((l.titleLines.length - 1) * lh) / 2 + 4.5;
      return (
        el("rect", { x: l.x, y: l.y, width: l.width, height: l.height, fill: LANE_FILL[l.layer] }) +
        el("rect", { x: l.x, y: l.y, width: head, height: l.height, fill: LANE_HEAD[l.layer] }) +
        textLines(l.titleLines, l.x + head / 2, ty, lh, { "text-anchor": "middle", "font-size": 13, "font-weight": 700, fill: "#2D3748" })
      );
    })
    .join("");
  const first = layout.lanes[0];
  const last = layout.lanes[layout.lanes.length - 1];
  const frame =
    first === undefined || last === undefined
      ? ""
      : el("rect", { x: first.x, y: first.y, width: first.width, height: last.y + last.height - first.y, fill: "none", stroke: "#A0AEC0", "stroke-width": 1 });
  return el("g", { "data-part": "lanes" }, lanes + frame);
}

/** The names of the three lines, each with a white halo. */
function lineNames(layout: BlueprintLayout): string {
  return layout.lines
    .flatMap((l) =>
      l.labelXs.map((x) =>
        el(
          "text",
          { "data-line": l.id, x, y: l.y - 5, "font-size": 11, "font-style": "italic", "font-weight": 600, fill: "#2D3748", stroke: "#FFFFFF", "stroke-width": 3, "stroke-linejoin": "round", "paint-order": "stroke" },
          escapeXml(l.name),
        ),
      ),
    )
    .join("");
}

/** One routed hand-off: its tooltip, path, parallel badge and label. */
function handoff(e: EdgeRoute, prefix: string): string {
  const d =
    e.shape === "curve"
      ? (() => {
          const [a, b, c, z] = e.points as [Point, Point, Point, Point];
          return `M${n(a.x)},${n(a.y)} C${n(b.x)},${n(b.y)} ${n(c.x)},${n(c.y)} ${n(z.x)},${n(z.y)}`;
        })()
      : roundedPath(e.points, 7);
  const tip = `${e.from} → ${e.to}${e.label === undefined ? "" : `: ${e.label}`}`;
  let body = el("title", {}, escapeXml(tip));
  body += el("path", {
    d,
    fill: "none",
    stroke: EDGE_COLOR[e.style],
    "stroke-width": EDGE_WIDTH[e.style],
    "stroke-dasharray": EDGE_DASH[e.style],
    "stroke-linejoin": "round",
    "marker-end": `url(#${prefix}arrow-${e.style})`,
  });
  if (e.parallelAt !== undefined) body += parallelBadge(e.parallelAt.x, e.parallelAt.y);
  if (e.labelText !== undefined && e.labelAt !== undefined) {
    body += el(
      "text",
      { x: e.labelAt.x, y: e.labelAt.y, "text-anchor": "middle", "font-size": 10, fill: MUTED, stroke: "#FFFFFF", "stroke-width": 3, "stroke-linejoin": "round", "paint-order": "stroke" },
      escapeXml(e.labelText),
    );
  }
  return el("g", { "data-from": e.from, "data-to": e.to, "data-style": e.style }, body);
}

/** The legend box: its title, then each entry's sample and text. */
function legendGroup(layout: BlueprintLayout, prefix: string): string {
  const lg = layout.legend;
  const legendBody =
    el("rect", { x: lg.x, y: lg.y, width: lg.width, height: lg.height, rx: 6, fill: "#F7FAFC", stroke: "#CBD5E0", "stroke-width": 1 }) +
    el("text", { x: lg.x + 12, y: lg.y + 22, "font-size": 12, "font-weight": 700, fill: INK }, escapeXml(lg.title)) +
    lg.items
      .map(
        (it) =>
          legendSwatch(it, prefix) +
          el("text", { x: it.x + LAYOUT.legendSwatch + 6, y: it.y + 12, "font-size": 11, fill: "#2D3748" }, escapeXml(it.text)),
      )
      .join("");
  return el("g", { "data-part": "legend" }, legendBody);
}
