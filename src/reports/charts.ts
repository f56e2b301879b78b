/**
 * The report's two charts as standalone SVG strings, drawn by hand so the HTML report needs no library and no
 * script: gap bars (each evaluation point's satisfaction index with its confidence interval against its target)
 * and the importance–performance grid (Martilla & James 1977) of a theme's points. Each chart carries a
 * `<title>` and `<desc>` for screen readers; every label goes through {@link escapeXml}; output is deterministic.
 * @module
 */
import type { Lang } from "../core/label.js";
import type { Quadrant } from "../stats/drivers/importance-performance.js";
import { BLUEPRINT_FONT_FAMILY, MARK_STYLES, textWidth, wrapText } from "./blueprint/index.js";
import { escapeXml } from "../core/escape.js";
import { formatIndex, formatPercent } from "./numbers.js";
import { wordsFor } from "./words/index.js";
import type { ChartWords } from "./words/types.js";

/** One bar of {@link gapBarsSvg}. */
export interface GapBar {
  /** The point's name. */
  readonly label: string;
  /** Satisfaction index, 0–100. */
  readonly value: number;
  readonly ci: readonly [number, number];
  readonly target: number;
  /** Significantly below target (drawn in the customer-dissatisfaction colour). */
  readonly significant: boolean;
}

/** Common chart options. */
export interface ChartOptions {
  readonly lang: Lang;
  /** The chart's accessible title. */
  readonly title: string;
  /** Prefix of ids inside the SVG, so several charts can sit in one page; letters, digits, `-`, `_`. */
  readonly idPrefix: string;
  /** Width in px; default 560. */
  readonly width?: number;
}

const INK = "#1A202C";
const MUTED = "#4A5568";
const GRID = "#E2E8F0";
const NEUTRAL = "#9AAFC3";
const FONT = 12;

function n(v: number): string {
  const r = Math.round(v * 10) / 10;
  return Object.is(r, -0) ? "0" : String(r);
}

function attrs(a: Record<string, string | number | undefined>): string {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === "number" ? n(v) : escapeXml(v as string)}"`)
    .join("");
}

function el(name: string, a: Record<string, string | number | undefined>, body?: string): string {
  return body === undefined ? `<${name}${attrs(a)}/>` : `<${name}${attrs(a)}>${body}</${name}>`;
}

function safePrefix(p: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(p) ? p : "chart-";
}

function open(width: number, height: number, prefix: string, title: string, desc: string, lang: Lang): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" role="img" aria-labelledby="${prefix}title ${prefix}desc" font-family="${escapeXml(BLUEPRINT_FONT_FAMILY)}" font-size="${FONT}" lang="${wordsFor(lang).page.htmlLang}">` +
    el("title", { id: `${prefix}title` }, escapeXml(title)) +
    el("desc", { id: `${prefix}desc` }, escapeXml(desc))
  );
}

const CLAMP = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, Number.isFinite(v) ? v : lo));

/**
 * Gap bars: one row per evaluation point, a bar to its satisfaction index (0–100), the confidence interval as a
 * whisker, the target as a tick; significantly-below-target bars in the customer-dissatisfaction colour.
 *
 * @param bars - The points, in the order to draw them.
 * @param options - Language, accessible title, id prefix, width.
 * @returns A standalone SVG document.
 * @example
 * ```ts
 * gapBarsSvg([{ label: "Crew arrival", value: 55, ci: [54.3, 55.7], target: 85, significant: true }],
 *   { lang: "en", title: "Outage repair", idPrefix: "gap-outage-" });
 * ```
 */
export function gapBarsSvg(bars: readonly GapBar[], options: ChartOptions): string {
  const { lang } = options;
  const words = wordsFor(lang).charts;
  const prefix = safePrefix(options.idPrefix);
  const width = options.width ?? 560;
  const labelW = Math.min(200, Math.max(80, ...bars.map((b) => Math.min(200, textWidth(b.label, FONT) + 8))));
  const left = labelW + 12;
  const right = 44;
  const top = 22;
  const row = 30;
  const plotW = width - left - right;
  const height = top + Math.max(1, bars.length) * row + 70;
  const x = (v: number): number => left + (CLAMP(v, 0, 100) / 100) * plotW;
  const colour = MARK_STYLES.get("customer-dissatisfaction")?.color ?? "#D55E00";
  const below = bars.filter((b) => b.significant).length;
  const desc = words.gapDescription(bars.length, below);
  const out: string[] = [open(width, height, prefix, options.title, desc, lang)];
  // Grid and axis.
  for (const t of [0, 25, 50, 75, 100]) {
    out.push(el("line", { x1: x(t), x2: x(t), y1: top - 6, y2: top + bars.length * row, stroke: GRID, "stroke-width": 1 }));
    out.push(el("text", { x: x(t), y: top + bars.length * row + 16, "text-anchor": "middle", fill: MUTED }, String(t)));
  }
  out.push(el("text", { x: left + plotW / 2, y: top + bars.length * row + 32, "text-anchor": "middle", fill: MUTED }, escapeXml(words.indexAxis)));
  bars.forEach((b, i) => {
    const cy = top + i * row + row / 2;
    const lines = wrapText(b.label, labelW, FONT, 2);
    const ly = cy - ((lines.length - 1) * 14) / 2 + 4;
    out.push(el("text", { x: labelW, y: ly, "text-anchor": "end", fill: INK }, lines.map((l, k) => el("tspan", { x: labelW, y: ly + k * 14 }, escapeXml(l))).join("")));
    const fill = b.significant ? colour : NEUTRAL;
    out.push(el("rect", { x: x(0), y: cy - 7, width: Math.max(0, x(b.value) - x(0)), height: 14, fill, rx: 2 }, el("title", {}, escapeXml(`${b.label}: ${formatIndex(b.value)} (${formatIndex(b.ci[0])}–${formatIndex(b.ci[1])}); ${words.target} ${formatIndex(b.target)}`))));
    const [lo, hi] = [x(b.ci[0]), x(b.ci[1])];
    out.push(el("path", { d: `M${n(lo)},${n(cy - 5)}v10M${n(lo)},${n(cy)}H${n(hi)}M${n(hi)},${n(cy - 5)}v10`, stroke: INK, "stroke-width": 1.2, fill: "none" }));
    out.push(el("path", { d: `M${n(x(b.target))},${n(cy - 11)}v22`, stroke: INK, "stroke-width": 2.5 }));
    out.push(el("text", { x: Math.max(hi, x(b.target)) + 6, y: cy + 4, fill: INK, "font-weight": b.significant ? "bold" : undefined }, formatIndex(b.value)));
  });
  // Legend, from the left edge so it fits beside a narrow label column.
  const ly = height - 12;
  const items: [string, string][] = [
    [colour, words.belowTarget],
    [NEUTRAL, words.atTarget],
  ];
  let lx = 8;
  for (const [c, t] of items) {
    out.push(el("rect", { x: lx, y: ly - 9, width: 12, height: 10, fill: c, rx: 2 }));
    out.push(el("text", { x: lx + 16, y: ly, fill: MUTED }, escapeXml(t)));
    lx += 16 + textWidth(t, FONT) + 18;
  }
  out.push(el("path", { d: `M${n(lx + 5)},${n(ly - 11)}v14`, stroke: INK, "stroke-width": 2.5 }));
  out.push(el("text", { x: lx + 12, y: ly, fill: MUTED }, escapeXml(words.target)));
  out.push("</svg>");
  return out.join("");
}

/** One point of {@link quadrantSvg}. */
export interface QuadrantPoint {
  /** The number drawn in the dot (the key beside the chart names it). */
  readonly key: number;
  readonly label: string;
  /** Importance share, 0–1. */
  readonly importance: number;
  /** Satisfaction index, 0–100. */
  readonly performance: number;
  readonly quadrant: Quadrant;
  /**
   * What performance is judged against: the point's target, or the mean of the points. Left out on every point,
   * the grid is cut at the mean satisfaction of the points drawn.
   */
  readonly reference?: number;
  readonly referenceKind?: "target" | "mean-of-points";
}

/** The performance axis of the grid: what is drawn across, its range and where it is cut. */
interface PerformanceScale {
  readonly value: (p: QuadrantPoint) => number;
  readonly min: number;
  readonly max: number;
  readonly cut: number;
  readonly step: number;
  readonly label: string;
}

/**
 * Satisfaction across, cut at the mean, when no point has a target; else satisfaction minus each point's reference
 * (its target, or the mean of the points), cut at 0, so every point is drawn against its own crosshair.
 */
function performanceScale(points: readonly QuadrantPoint[], words: ChartWords): PerformanceScale {
  const perf = points.map((p) => p.performance);
  const mean = (xs: readonly number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
  if (!points.some((p) => p.referenceKind === "target")) {
    const cut = points.find((p) => p.reference !== undefined)?.reference ?? mean(perf);
    const label = points.some((p) => p.reference !== undefined) ? words.meanAxis(formatIndex(cut)) : words.satisfactionAxis;
    const min = Math.max(0, Math.floor((Math.min(...perf, 100) - 6) / 5) * 5);
    const max = Math.min(100, Math.ceil((Math.max(...perf, 0) + 6) / 5) * 5);
    return { value: (p) => p.performance, min, max, cut, step: 10, label };
  }
  const offsets = points.map((p) => p.performance - (p.reference ?? p.performance));
  const min = Math.floor((Math.min(...offsets, 0) - 3) / 5) * 5;
  const max = Math.ceil((Math.max(...offsets, 0) + 3) / 5) * 5;
  const label = points.every((p) => p.referenceKind === "target") ? words.targetAxis : words.referenceAxis;
  return { value: (p) => p.performance - (p.reference ?? p.performance), min, max, cut: 0, step: max - min > 40 ? 10 : 5, label };
}

/** Quadrant colours (Okabe–Ito): where to act first is the customer-dissatisfaction vermilion. */
export const QUADRANT_COLOURS: Readonly<Record<Quadrant, string>> = {
  "concentrate-here": "#D55E00",
  "keep-up-the-good-work": "#009E73",
  "low-priority": "#B07A00",
  "possible-overkill": "#0072B2",
};

/**
 * The importance–performance grid of one theme: importance up, cut at the mean importance; across, satisfaction
 * cut at the mean of the points when no point has a target, else satisfaction minus each point's reference (its
 * target, or the mean of the points where it has none) cut at 0. Each point is a numbered dot coloured by its
 * quadrant; a hollow dot is below its target but not significantly (its target test), so it is counted on the
 * good side.
 *
 * @param points - The theme's points.
 * @param names - The four quadrants' names in the report language.
 * @param options - Language, accessible title, id prefix, width.
 * @returns A standalone SVG document.
 * @example
 * ```ts
 * quadrantSvg([{ key: 1, label: "Crew conduct", importance: 0.19, performance: 45.5, quadrant: "concentrate-here" }],
 *   { "concentrate-here": "Concentrate here", … }, { lang: "en", title: "Outage repair", idPrefix: "ipa-outage-" });
 * ```
 */
export function quadrantSvg(points: readonly QuadrantPoint[], names: Readonly<Record<Quadrant, string>>, options: ChartOptions): string {
  const { lang } = options;
  const words = wordsFor(lang).charts;
  const prefix = safePrefix(options.idPrefix);
  const width = options.width ?? 560;
  const height = Math.round(width * 0.58);
  const [left, right, top, bottom] = [52, 16, 14, 44];
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const scale = performanceScale(points, words);
  const imp = points.map((p) => p.importance);
  const [pMin, pMax] = [scale.min, scale.max];
  const iMax = Math.max(0.05, Math.ceil((Math.max(...imp, 0) * 1.2) / 0.05) * 0.05);
  const x = (v: number): number => left + ((CLAMP(v, pMin, pMax) - pMin) / Math.max(1e-9, pMax - pMin)) * plotW;
  const y = (v: number): number => top + plotH - (CLAMP(v, 0, iMax) / iMax) * plotH;
  const mean = (xs: readonly number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
  const [cx, cy] = [x(scale.cut), y(mean(imp))];
  const concentrate = points.filter((p) => p.quadrant === "concentrate-here").length;
  const desc = words.quadrantDescription(points.length, concentrate, names["concentrate-here"]);
  const out: string[] = [open(width, height, prefix, options.title, desc, lang)];
  // The quadrant to act on first is tinted.
  out.push(el("rect", { x: left, y: top, width: Math.max(0, cx - left), height: Math.max(0, cy - top), fill: "#FBE3D3", opacity: 0.6 }));
  out.push(el("rect", { x: left, y: top, width: plotW, height: plotH, fill: "none", stroke: "#CBD5E0" }));
  for (let t = Math.ceil(pMin / scale.step) * scale.step; t <= pMax; t += scale.step) {
    out.push(el("line", { x1: x(t), x2: x(t), y1: top, y2: top + plotH, stroke: GRID }));
    out.push(el("text", { x: x(t), y: top + plotH + 15, "text-anchor": "middle", fill: MUTED }, t < 0 ? `−${-t}` : String(t)));
  }
  for (let k = 0; k <= Math.round(iMax / 0.05); k += iMax > 0.3 ? 2 : 1) {
    const t = k * 0.05;
    out.push(el("line", { x1: left, x2: left + plotW, y1: y(t), y2: y(t), stroke: GRID }));
    out.push(el("text", { x: left - 6, y: y(t) + 4, "text-anchor": "end", fill: MUTED }, formatPercent(t)));
  }
  out.push(el("path", { d: `M${n(cx)},${n(top)}V${n(top + plotH)}M${n(left)},${n(cy)}H${n(left + plotW)}`, stroke: MUTED, "stroke-dasharray": "5 4", "stroke-width": 1.2, fill: "none" }));
  out.push(el("text", { x: left + plotW / 2, y: height - 8, "text-anchor": "middle", fill: MUTED }, escapeXml(scale.label)));
  out.push(el("text", { x: 14, y: top + plotH / 2, "text-anchor": "middle", fill: MUTED, transform: `rotate(-90 14 ${n(top + plotH / 2)})` }, escapeXml(words.importanceAxis)));
  const corner = (q: Quadrant, ax: number, ay: number, anchor: string): void => {
    out.push(el("text", { x: ax, y: ay, "text-anchor": anchor, fill: QUADRANT_COLOURS[q], "font-weight": "bold", "font-size": 11 }, escapeXml(names[q])));
  };
  corner("concentrate-here", left + 6, top + 14, "start");
  corner("keep-up-the-good-work", left + plotW - 6, top + 14, "end");
  corner("low-priority", left + 6, top + plotH - 8, "start");
  corner("possible-overkill", left + plotW - 6, top + plotH - 8, "end");
  // Dots: nudge a dot that would sit on an earlier one, so every number stays readable.
  const placed: { x: number; y: number }[] = [];
  for (const p of [...points].sort((a, b) => a.key - b.key)) {
    let px = x(scale.value(p));
    let py = y(p.importance);
    for (let tries = 0; tries < 8 && placed.some((q) => Math.hypot(q.x - px, q.y - py) < 19); tries++) {
      px += tries % 2 === 0 ? 12 : -6;
      py -= 10;
    }
    placed.push({ x: px, y: py });
    // Below its target but not significantly: counted on the good side, drawn hollow so the eye sees both.
    const hollow = p.referenceKind === "target" && (p.quadrant === "keep-up-the-good-work" || p.quadrant === "possible-overkill") && p.performance < (p.reference ?? 0);
    const target = p.referenceKind === "target" && p.reference !== undefined ? `, ${words.target} ${formatIndex(p.reference)}${hollow ? `, ${words.notSignificantlyBelow}` : ""}` : "";
    const tip = `${p.key}. ${p.label}: ${words.satisfaction} ${formatIndex(p.performance)}${target}, ${words.importance} ${formatPercent(p.importance)} (${names[p.quadrant]})`;
    const colour = QUADRANT_COLOURS[p.quadrant];
    out.push(
      el(
        "g",
        {},
        el("title", {}, escapeXml(tip)) +
          el("circle", { cx: px, cy: py, r: 10, fill: hollow ? "#FFFFFF" : colour, stroke: hollow ? colour : "#FFFFFF", "stroke-width": hollow ? 2.5 : 1.5 }) +
          el("text", { x: px, y: py + 4, "text-anchor": "middle", fill: hollow ? colour : "#FFFFFF", "font-weight": "bold", "font-size": 11 }, String(p.key)),
      ),
    );
  }
  out.push("</svg>");
  return out.join("");
}
