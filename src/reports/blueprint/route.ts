/**
 * Routing of hand-offs on the blueprint picture. Forward hand-offs are orthogonal: they leave a box on its right,
 * turn only in the gaps between columns (where there are no boxes) and enter the target on its left; a route that
 * would run through a box is moved to another gap or along a free corridor above a row. Vertical runs in one gap
 * get their own tracks, except that hand-offs leaving the same step share one (a "bus"). Rework hand-offs and
 * hand-offs that close a loop are curves from the top or bottom of one box to the other, so they never read as
 * forward flow.
 * @module
 */
import type { LaneBox, StepBox } from "./boxes.js";
import { pairKey } from "./columns.js";
import type { ResolvedHandoff } from "./source.js";
import { textWidth, wrapText } from "./text.js";

/** A point in SVG user units. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A routed hand-off. */
export interface EdgeRoute {
  readonly from: string;
  readonly to: string;
  readonly kind: "serial" | "parallel";
  readonly rework: boolean;
  /** How it is drawn: rework wins over loop, loop over parallel. */
  readonly style: "serial" | "parallel" | "rework" | "loop";
  /** `orthogonal`: `points` is a polyline. `curve`: `points` is one cubic Bézier `[start, c1, c2, end]`. */
  readonly shape: "orthogonal" | "curve";
  readonly points: readonly Point[];
  /** The hand-off's label in full (for a tooltip) and as fitted on the drawing. */
  readonly label: string | undefined;
  readonly labelText: string | undefined;
  /** Centre of the label's baseline. */
  readonly labelAt: Point | undefined;
  /** Where to draw the "∥" badge of a parallel hand-off. */
  readonly parallelAt: Point | undefined;
}

/** Geometry the router needs from the layout. */
export interface RouteGeometry {
  readonly boxWidth: number;
  readonly columnGap: number;
  readonly columnX: readonly number[];
  readonly badgeSize: number;
  /** The three lines: their y, and where their names are written (left x, width). */
  readonly lines: readonly { readonly y: number; readonly labels: readonly { readonly x: number; readonly width: number }[] }[];
}

interface Vertical {
  readonly edge: number;
  readonly gap: number;
  readonly ya: number;
  readonly yb: number;
  /** Verticals with the same key share a track. */
  readonly key: string;
}

interface Plan {
  readonly edge: number;
  readonly sx: number;
  readonly y1: number;
  readonly tx: number;
  readonly y2: number;
  /** Horizontal levels between verticals: y1, then any corridor, then y2. */
  readonly verticals: readonly Vertical[];
}

const LABEL_SIZE = 10;

/**
 * Route every hand-off.
 *
 * @param boxes - Placed steps.
 * @param lanes - Placed lanes (for the corridors above their rows).
 * @param handoffs - Hand-offs in canonical order.
 * @param loops - Non-rework hand-offs cut to break cycles (`pairKey(from, to)`).
 * @param geom - Column geometry.
 * @returns One route per hand-off, in the same order.
 * @example
 * ```ts
 * const routes = routeEdges(layout.boxes, layout.lanes, handoffs, new Set(), geom);
 * ```
 */
export function routeEdges(
  boxes: readonly StepBox[],
  lanes: readonly LaneBox[],
  handoffs: readonly ResolvedHandoff[],
  loops: ReadonlySet<string>,
  geom: RouteGeometry,
): EdgeRoute[] {
  const gapLeft = (g: number): number => (geom.columnX[g] ?? 0) + geom.boxWidth;
  const gapMid = (g: number): number => gapLeft(g) + geom.columnGap / 2;
  const pad = geom.badgeSize / 2 + 3;
  const { plans, curves } = planRoutes(boxes, lanes, handoffs, loops, { gapMid, pad });
  const trackX = assignTracks(plans.flatMap((p) => p.verticals), gapLeft, geom.columnGap);

  const forwardOut = new Map<string, number>();
  for (const p of plans) {
    const from = handoffs[p.edge]?.from ?? "";
    forwardOut.set(from, (forwardOut.get(from) ?? 0) + 1);
  }
  const labels = labelSpace(boxes, geom, pad);
  const routes: EdgeRoute[] = [];
  const planByEdge = new Map(plans.map((p) => [p.edge, p]));
  handoffs.forEach((h, i) => {
    const style = h.rework ? "rework" : h.from === h.to || loops.has(pairKey(h.from, h.to)) ? "loop" : h.kind;
    const base = { from: h.from, to: h.to, kind: h.kind, rework: h.rework, style, label: h.label } as const;
    const c = curves.get(i);
    if (c !== undefined) {
      const { labelText, labelAt } = curveLabel(h.label, c, labels);
      routes.push({ ...base, shape: "curve", points: c, labelText, labelAt, parallelAt: h.kind === "parallel" ? bezierAt(c, 0.3) : undefined });
      return;
    }
    const p = planByEdge.get(i);
    if (p === undefined) return;
    const points: Point[] = [{ x: p.sx, y: p.y1 }];
    for (const v of p.verticals) {
      const x = trackX.get(v) ?? gapMid(v.gap);
      points.push({ x, y: v.ya }, { x, y: v.yb });
    }
    points.push({ x: p.tx, y: p.y2 });
    routes.push({ ...base, shape: "orthogonal", points, ...orthogonalLabel(h, p, points, forwardOut.get(h.from) ?? 0, labels) });
  });
  return routes;
}

/** What the forward planner needs of the column geometry. */
interface PlanGeometry {
  /** The x of the middle of the gap right of column `g`. */
  readonly gapMid: (g: number) => number;
  /** Room kept free above a marked box for its badges. */
  readonly pad: number;
}

/** Sort hand-offs into curves (rework, loops, backward) and plans of orthogonal forward routes. */
function planRoutes(
  boxes: readonly StepBox[],
  lanes: readonly LaneBox[],
  handoffs: readonly ResolvedHandoff[],
  loops: ReadonlySet<string>,
  geom: PlanGeometry,
): { plans: Plan[]; curves: Map<number, Point[]> } {
  const byId = new Map(boxes.map((b) => [b.id, b]));
  const free = freeRun(boxes, geom.pad);
  const corridors = corridorsOf(lanes, geom.pad);
  const corridorUse = new Map<number, number>();
  const plans: Plan[] = [];
  const curves = new Map<number, Point[]>();
  handoffs.forEach((h, i) => {
    const u = byId.get(h.from);
    const v = byId.get(h.to);
    // Early termination: resolveBlueprint guarantees both ends exist.
    if (u === undefined || v === undefined) return;
    if (h.rework || h.from === h.to || loops.has(pairKey(h.from, h.to)) || v.column <= u.column) {
      curves.set(i, curve(u, v));
      return;
    }
    plans.push(planForward(i, h, u, v, { free, gapMid: geom.gapMid, corridors, corridorUse }));
  });
  return { plans, curves };
}

/** Does a horizontal run at y from xa to xb clear every box (badges included) except those in `skip`? */
type FreeRun = (y: number, xa: number, xb: number, skip: readonly string[]) => boolean;

function freeRun(boxes: readonly StepBox[], pad: number): FreeRun {
  return (y, xa, xb, skip) => {
    const lo = Math.min(xa, xb);
    const hi = Math.max(xa, xb);
    for (const b of boxes) {
      if (skip.includes(b.id)) continue;
      if (hi <= b.x - 2 || lo >= b.x + b.width + 2) continue;
      const top = b.y - (b.marks.length > 0 ? pad : 4);
      if (y >= top && y <= b.y + b.height + 4) return false;
    }
    return true;
  };
}

/** Corridors: the free band above each row of boxes (the top one just under the lane's upper line), top down. */
function corridorsOf(lanes: readonly LaneBox[], pad: number): number[] {
  const corridors: number[] = [];
  for (const lane of lanes) {
    lane.rowTops.forEach((top, r) => {
      corridors.push(r === 0 ? Math.round(lane.y + (top - lane.y - pad) / 2) : Math.round(top - pad - 6));
    });
  }
  return corridors.sort((a, b) => a - b);
}

/** A forward hand-off's plan, trying in turn: straight across, one turn in a gap, a corridor, or crossing a box. */
function planForward(
  edge: number,
  h: ResolvedHandoff,
  u: StepBox,
  v: StepBox,
  ctx: { readonly free: FreeRun; readonly gapMid: (g: number) => number; readonly corridors: readonly number[]; readonly corridorUse: Map<number, number> },
): Plan {
  const { free, gapMid } = ctx;
  const sx = u.x + u.width;
  const tx = v.x;
  const y1 = u.y + u.height / 2;
  const y2 = v.y + v.height / 2;
  const c1 = u.column;
  const c2 = v.column;
  const outKey = `out:${h.from}`;
  const ends = { edge, sx, y1, tx, y2 };
  if (Math.abs(y1 - y2) < 0.5 && free(y1, sx, tx, [u.id, v.id])) return { ...ends, verticals: [] };
  if (c2 === c1 + 1 || free(y1, sx, gapMid(c2 - 1), [u.id])) {
    const key = c2 === c1 + 1 ? outKey : `in:${h.to}`;
    return { ...ends, verticals: [{ edge, gap: c2 - 1, ya: y1, yb: y2, key }] };
  }
  if (free(y2, gapMid(c1), tx, [v.id])) return { ...ends, verticals: [{ edge, gap: c1, ya: y1, yb: y2, key: outKey }] };
  let best: number | undefined;
  for (const cy of ctx.corridors) {
    if (!free(cy, gapMid(c1) - 8, gapMid(c2 - 1) + 8, [])) continue;
    if (best === undefined || Math.abs(y1 - cy) + Math.abs(cy - y2) < Math.abs(y1 - best) + Math.abs(best - y2)) best = cy;
  }
  if (best !== undefined) {
    // Spread hand-offs sharing a corridor a few px apart so they stay distinguishable.
    const used = ctx.corridorUse.get(best) ?? 0;
    ctx.corridorUse.set(best, used + 1);
    const cy = best + (used % 3 === 0 ? 0 : used % 3 === 1 ? -3 : 3);
    return {
      ...ends,
      verticals: [
        { edge, gap: c1, ya: y1, yb: cy, key: outKey },
        { edge, gap: c2 - 1, ya: cy, yb: y2, key: `in:${h.to}` },
      ],
    };
  }
  // Nothing free: accept crossing a box on the source's row rather than failing to draw.
  return { ...ends, verticals: [{ edge, gap: c2 - 1, ya: y1, yb: y2, key: `in:${h.to}` }] };
}

/** Where hand-off labels may go: tests for a free spot, and taking one. */
interface LabelSpace {
  /** Is a label of width `w` centred at `cx` on `baseline` clear (and, if `strict`, off the three lines)? */
  readonly clear: (cx: number, baseline: number, w: number, strict: boolean) => boolean;
  /** Take the spot, so later labels avoid it; returns the label's anchor. */
  readonly take: (cx: number, baseline: number, w: number) => Point;
}

function labelSpace(boxes: readonly StepBox[], geom: RouteGeometry, pad: number): LabelSpace {
  const placed: Box[] = [];
  const obstacles: Box[] = boxes.map((b) => ({
    x1: b.x - 2,
    y1: b.y - (b.marks.length > 0 ? pad : 2),
    x2: b.x + b.width + 2,
    y2: b.y + b.height + 2,
  }));
  for (const line of geom.lines) {
    for (const l of line.labels) obstacles.push({ x1: l.x - 2, y1: line.y - 17, x2: l.x + l.width + 2, y2: line.y });
  }
  // Labels would rather not sit on one of the three lines; a second pass allows it.
  const lineBands: Box[] = geom.lines.map((l) => ({ x1: -Infinity, y1: l.y - 2, x2: Infinity, y2: l.y + 2 }));
  // A label position is taken if its text would touch a box, a badge, a line's name or another label.
  return {
    clear: (cx, baseline, w, strict) => {
      const r = { x1: cx - w / 2 - 2, y1: baseline - LABEL_SIZE, x2: cx + w / 2 + 2, y2: baseline + 3 };
      if (strict && lineBands.some((o) => overlaps(o, r))) return false;
      return !obstacles.some((o) => overlaps(o, r)) && !placed.some((o) => overlaps(o, r));
    },
    take: (cx, baseline, w) => {
      placed.push({ x1: cx - w / 2 - 2, y1: baseline - LABEL_SIZE, x2: cx + w / 2 + 2, y2: baseline + 3 });
      return { x: Math.round(cx * 10) / 10, y: Math.round(baseline * 10) / 10 };
    },
  };
}

/** A label and where it is written; both `undefined` when it is not drawn. */
interface PlacedLabel {
  readonly labelText: string | undefined;
  readonly labelAt: Point | undefined;
}

/** A curve's label: along the curve, above or below it; on one of the three lines only if nothing else is free. */
function curveLabel(label: string | undefined, c: readonly Point[], space: LabelSpace): PlacedLabel {
  if (label === undefined) return { labelText: undefined, labelAt: undefined };
  const textW = textWidth(label, LABEL_SIZE);
  const text = textW <= 120 ? label : (wrapText(label, 120, LABEL_SIZE, 1)[0] ?? "");
  const w = Math.min(textW, 120);
  const tries: { t: number; dy: number; strict: boolean }[] = [];
  for (const strict of [true, false]) {
    for (const t of [0.5, 0.35, 0.65, 0.2, 0.8]) tries.push({ t, dy: -4, strict }, { t, dy: 13, strict });
  }
  for (const { t, dy, strict } of tries) {
    const m = bezierAt(c, t);
    if (space.clear(m.x, m.y + dy, w, strict)) return { labelText: text, labelAt: space.take(m.x, m.y + dy, w) };
  }
  return { labelText: undefined, labelAt: undefined };
}

/** An orthogonal route's label and parallel badge. */
function orthogonalLabel(
  h: ResolvedHandoff,
  p: Plan,
  points: readonly Point[],
  outgoing: number,
  space: LabelSpace,
): PlacedLabel & { readonly parallelAt: Point | undefined } {
  const textW = h.label === undefined ? 0 : textWidth(h.label, LABEL_SIZE);
  const last = points[points.length - 2] ?? points[0] ?? { x: p.sx, y: p.y1 };
  const segLen = p.tx - last.x;
  const badgeRoom = h.kind === "parallel" && segLen >= 26 ? 20 : 0;
  const parallelAt = h.kind !== "parallel" ? undefined : segLen >= 26 ? { x: p.tx - 13, y: p.y2 } : { x: last.x, y: (last.y + p.y2) / 2 };
  // Early termination: nothing to write.
  if (h.label === undefined) return { labelText: undefined, labelAt: undefined, parallelAt };
  const lastRoom = segLen - 8 - badgeRoom;
  const spots = labelSpots(p, points, last, textW, lastRoom, outgoing);
  const spot = spots.find((s) => space.clear(s.cx, s.y, textW, true)) ?? spots.find((s) => space.clear(s.cx, s.y, textW, false));
  if (spot !== undefined) return { labelText: h.label, labelAt: space.take(spot.cx, spot.y, textW), parallelAt };
  if (lastRoom >= 2 * LABEL_SIZE) {
    // Nowhere for the whole text: shorten it over the run into the target (the tooltip keeps it whole).
    return { labelText: wrapText(h.label, lastRoom, LABEL_SIZE, 1)[0], labelAt: space.take(last.x + 4 + lastRoom / 2, p.y2 - 5, lastRoom), parallelAt };
  }
  return { labelText: undefined, labelAt: undefined, parallelAt };
}

/**
 * Candidate label spots, best first: over the run into the target, over a corridor run, over the run out of the
 * source (only when no other hand-off shares it), then beside the last vertical run on either side.
 */
function labelSpots(p: Plan, points: readonly Point[], last: Point, textW: number, lastRoom: number, outgoing: number): { cx: number; y: number }[] {
  const spots: { cx: number; y: number }[] = [];
  if (lastRoom >= textW) spots.push({ cx: last.x + 4 + lastRoom / 2, y: p.y2 - 5 });
  for (let k = 2; k + 1 < points.length - 2; k += 2) {
    const a = points[k];
    const b = points[k + 1];
    if (a !== undefined && b !== undefined && Math.abs(b.x - a.x) - 12 >= textW) spots.push({ cx: (a.x + b.x) / 2, y: a.y - 5 });
  }
  const firstEnd = points[1] ?? { x: p.tx, y: p.y2 };
  if (outgoing === 1 && points.length > 2 && firstEnd.x - p.sx - 12 >= textW) {
    spots.push({ cx: (p.sx + firstEnd.x) / 2, y: p.y1 - 5 });
  }
  if (points.length > 2) {
    const from = points[points.length - 3]?.y ?? last.y;
    for (const f of [0.5, 0.3, 0.7]) {
      const y = from + (last.y - from) * f + 4;
      spots.push({ cx: last.x + 5 + textW / 2, y }, { cx: last.x - 5 - textW / 2, y });
    }
  }
  return spots;
}

interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/** Interval-colour the vertical runs of each gap onto tracks; runs with one key are merged onto one track. */
function assignTracks(
  verticals: readonly Vertical[],
  gapLeft: (g: number) => number,
  gapWidth: number,
): Map<Vertical, number> {
  const byGap = new Map<number, Vertical[]>();
  for (const v of verticals) {
    const list = byGap.get(v.gap) ?? [];
    list.push(v);
    byGap.set(v.gap, list);
  }
  const out = new Map<Vertical, number>();
  for (const [gap, list] of byGap) {
    const groups = new Map<string, { lo: number; hi: number; members: Vertical[] }>();
    for (const v of list) {
      const g = groups.get(v.key) ?? { lo: Infinity, hi: -Infinity, members: [] };
      g.lo = Math.min(g.lo, v.ya, v.yb);
      g.hi = Math.max(g.hi, v.ya, v.yb);
      g.members.push(v);
      groups.set(v.key, g);
    }
    const ordered = [...groups.entries()].sort(
      ([ka, a], [kb, b]) => a.lo - b.lo || a.hi - b.hi || (ka < kb ? -1 : ka > kb ? 1 : 0),
    );
    const trackEnds: number[] = [];
    const trackOf = new Map<string, number>();
    for (const [key, g] of ordered) {
      let t = trackEnds.findIndex((end) => end + 6 < g.lo);
      if (t === -1) {
        t = trackEnds.length;
        trackEnds.push(g.hi);
      } else trackEnds[t] = g.hi;
      trackOf.set(key, t);
    }
    const n = trackEnds.length;
    const spacing = n <= 1 ? 0 : Math.min(10, (gapWidth - 28) / (n - 1));
    const centre = gapLeft(gap) + gapWidth / 2;
    for (const [key, g] of groups) {
      const t = trackOf.get(key) ?? 0;
      const x = Math.round((centre + (t - (n - 1) / 2) * spacing) * 10) / 10;
      for (const v of g.members) out.set(v, x);
    }
  }
  return out;
}

/** A curve from one box to another (or to itself), leaving and entering through the top or bottom. */
function curve(s: StepBox, t: StepBox): Point[] {
  if (s.id === t.id) {
    const x0 = s.x + s.width - 40;
    return [
      { x: x0, y: s.y },
      { x: x0, y: s.y - 34 },
      { x: s.x + s.width + 34, y: s.y + 14 },
      { x: s.x + s.width, y: s.y + 14 },
    ];
  }
  const leftward = t.x < s.x || (t.x === s.x && t.id < s.id);
  const sx = s.x + s.width * (leftward ? 0.34 : 0.66);
  const tx = t.x + t.width * (leftward ? 0.66 : 0.34);
  if (t.y + t.height < s.y) {
    const k = Math.max(28, (s.y - t.y - t.height) * 0.45);
    return [
      { x: sx, y: s.y },
      { x: sx, y: s.y - k },
      { x: tx, y: t.y + t.height + k },
      { x: tx, y: t.y + t.height },
    ];
  }
  if (s.y + s.height < t.y) {
    const k = Math.max(28, (t.y - s.y - s.height) * 0.45);
    return [
      { x: sx, y: s.y + s.height },
      { x: sx, y: s.y + s.height + k },
      { x: tx, y: t.y - k },
      { x: tx, y: t.y },
    ];
  }
  // Side by side: arch over both boxes.
  const top = Math.min(s.y, t.y);
  const lift = 34 + Math.min(26, Math.abs(tx - sx) * 0.03);
  return [
    { x: sx, y: s.y },
    { x: sx, y: top - lift },
    { x: tx, y: top - lift },
    { x: tx, y: t.y },
  ];
}

/** Point of a cubic Bézier at parameter `t`. */
function bezierAt(p: readonly Point[], t: number): Point {
  const [a, b, c, d] = [p[0], p[1], p[2], p[3]].map((q) => q ?? { x: 0, y: 0 }) as [Point, Point, Point, Point];
  const u = 1 - t;
  const x = u * u * u * a.x + 3 * u * u * t * b.x + 3 * u * t * t * c.x + t * t * t * d.x;
  const y = u * u * u * a.y + 3 * u * u * t * b.y + 3 * u * t * t * c.y + t * t * t * d.y;
  return { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
}
