import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NotFoundError, UsageError } from "../../../src/core/errors.js";
import { LAYERS, StudySchema, type Study } from "../../../src/model/study.js";
import { LAYOUT, layoutBlueprint, type BlueprintLayout, type Rect } from "../../../src/reports/blueprint/layout.js";
import { textWidth } from "../../../src/reports/blueprint/text.js";
import { bigStudy, outageMarks, outageStudy, rng } from "./fixtures.js";

function overlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The layout invariants every picture must satisfy. */
function checkInvariants(layout: BlueprintLayout, study: Study): void {
  const bp = study.blueprints[0];
  if (bp === undefined) throw new Error("no blueprint");
  expect(layout.boxes).toHaveLength(bp.steps.length);
  expect(layout.lanes.map((l) => l.layer)).toEqual([...LAYERS]);
  // Lanes stack top to bottom without gaps.
  layout.lanes.forEach((l, i) => {
    const prev = layout.lanes[i - 1];
    if (prev !== undefined) expect(l.y).toBe(prev.y + prev.height);
  });
  const byId = new Map(layout.boxes.map((b) => [b.id, b]));
  for (const s of bp.steps) {
    const b = byId.get(s.id);
    expect(b, s.id).toBeDefined();
    if (b === undefined) continue;
    const lane = layout.lanes.find((l) => l.layer === s.layer);
    if (lane === undefined) throw new Error("lane missing");
    // In its own layer's lane, inside the picture.
    expect(b.layer).toBe(s.layer);
    expect(b.y).toBeGreaterThanOrEqual(lane.y);
    expect(b.y + b.height).toBeLessThanOrEqual(lane.y + lane.height);
    expect(b.x).toBeGreaterThanOrEqual(lane.x + LAYOUT.headerWidth);
    expect(b.x + b.width).toBeLessThanOrEqual(layout.width);
    expect(b.x).toBe(layout.columnX[b.column]);
  }
  // No two boxes overlap.
  const boxes = [...layout.boxes].sort((a, b) => a.x - b.x);
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const c = boxes[j];
      if (a === undefined || c === undefined) continue;
      if (c.x >= a.x + a.width) break;
      expect(overlap(a, c), `${a.id} overlaps ${c.id}`).toBe(false);
    }
  }
  // Forward hand-offs go left to right; the rest are drawn as curves.
  for (const e of layout.edges) {
    const from = byId.get(e.from);
    const to = byId.get(e.to);
    if (from === undefined || to === undefined) throw new Error("edge end missing");
    if (e.style === "rework" || e.style === "loop") {
      expect(e.shape).toBe("curve");
      continue;
    }
    expect(to.column).toBeGreaterThan(from.column);
    expect(to.x).toBeGreaterThan(from.x + from.width);
    // Orthogonal routes: axis-aligned segments, vertical runs only in the gaps between columns.
    const pts = e.points;
    for (let k = 1; k < pts.length; k++) {
      const p = pts[k - 1];
      const q = pts[k];
      if (p === undefined || q === undefined) continue;
      expect(p.x === q.x || p.y === q.y).toBe(true);
      if (p.x === q.x && p.y !== q.y) {
        for (const x of layout.columnX) expect(p.x <= x || p.x >= x + LAYOUT.boxWidth).toBe(true);
      }
    }
  }
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const r = rng(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe("layoutBlueprint", () => {
  it("lays out the outage blueprint with every invariant", () => {
    const study = outageStudy();
    const layout = layoutBlueprint(study, "outage", { lang: "zh", marks: outageMarks });
    checkInvariants(layout, study);
    const col = (id: string): number => layout.boxes.find((b) => b.id === id)?.column ?? -1;
    expect(col("c-notice")).toBe(0);
    expect(col("c-call")).toBeLessThan(col("f-accept"));
    expect(col("f-accept")).toBeLessThan(col("b-dispatch"));
    // s-info has no predecessor: it is pulled next to the step it feeds, not left in column 0.
    expect(col("s-info")).toBe(col("f-reply") - 1);
    expect(layout.lines.map((l) => l.id)).toEqual(["interaction", "visibility", "internal"]);
    expect(layout.lines.map((l) => l.name)).toEqual(["交互线", "可视线", "内部交互线"]);
  });

  it("puts the three lines between the right lanes", () => {
    const layout = layoutBlueprint(outageStudy(), "outage");
    const laneTop = (layer: string): number => layout.lanes.find((l) => l.layer === layer)?.y ?? -1;
    expect(layout.lines.map((l) => l.y)).toEqual([laneTop("frontline"), laneTop("backoffice"), laneTop("support")]);
  });

  it("stacks steps that share a lane and a column", () => {
    const layout = layoutBlueprint(outageStudy(), "outage");
    const stores = layout.boxes.find((b) => b.id === "s-stores");
    const fleet = layout.boxes.find((b) => b.id === "s-fleet");
    expect(stores?.column).toBe(fleet?.column);
    expect(new Set([stores?.row, fleet?.row])).toEqual(new Set([0, 1]));
  });

  it("places every edge label, without overlapping boxes or each other", () => {
    const study = outageStudy();
    const layout = layoutBlueprint(study, "outage", { lang: "zh", marks: outageMarks });
    const labelled = layout.edges.filter((e) => e.labelAt !== undefined);
    expect(labelled).toHaveLength(study.blueprints[0]?.handoffs.filter((h) => h.label !== undefined).length ?? -1);
    const rects = labelled.map((e) => {
      const w = textWidth(e.labelText ?? "", 10);
      return { id: `${e.from}->${e.to}`, x: (e.labelAt?.x ?? 0) - w / 2, y: (e.labelAt?.y ?? 0) - 9, width: w, height: 11 };
    });
    for (const r of rects) {
      for (const b of layout.boxes) expect(overlap(r, b), `${r.id} label on ${b.id}`).toBe(false);
      for (const o of rects) if (o !== r) expect(overlap(r, o), `${r.id} label on ${o.id} label`).toBe(false);
    }
    // In this picture every label fits whole.
    expect(labelled.every((e) => e.labelText === e.label)).toBe(true);
  });

  it("keeps a generated 100-step theme readable: no overlaps, width grows with columns", () => {
    const s100 = bigStudy(100, 7);
    const l100 = layoutBlueprint(s100, "big");
    checkInvariants(l100, s100);
    const s40 = bigStudy(40, 7);
    const l40 = layoutBlueprint(s40, "big");
    expect(l100.columns).toBeGreaterThan(l40.columns);
    expect(l100.width).toBeGreaterThan(l40.width);
    expect(l100.width).toBe(
      LAYOUT.margin * 2 + LAYOUT.headerWidth + LAYOUT.columnLead + LAYOUT.columnTrail +
        l100.columns * LAYOUT.boxWidth + (l100.columns - 1) * LAYOUT.columnGap,
    );
  });

  it("breaks cycles that are not marked as rework and still satisfies the invariants", () => {
    const study = bigStudy(60, 3, 6);
    const layout = layoutBlueprint(study, "big");
    checkInvariants(layout, study);
    expect(layout.edges.some((e) => e.style === "loop")).toBe(true);
  });

  it("does not depend on the order of steps, hand-offs or marks", () => {
    const study = outageStudy();
    const a = layoutBlueprint(study, "outage", { marks: outageMarks });
    const bp = study.blueprints[0];
    if (bp === undefined) throw new Error("no blueprint");
    for (const seed of [1, 2, 3]) {
      const other = { ...study, blueprints: [{ ...bp, steps: shuffled(bp.steps, seed), handoffs: shuffled(bp.handoffs, seed + 10) }] };
      expect(layoutBlueprint(other, "outage", { marks: shuffled(outageMarks, seed) })).toEqual(a);
    }
  });

  it("satisfies the invariants on random blueprints", () => {
    const layers = ["customer", "frontline", "backoffice", "support"] as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }).chain((n) =>
          fc.tuple(
            fc.array(fc.constantFrom(...layers), { minLength: n, maxLength: n }),
            fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.boolean(), fc.boolean()), { maxLength: 50 }),
            fc.array(fc.tuple(fc.nat(n - 1), fc.constantFrom("customer-dissatisfaction", "unreasonable-standard", "non-compliant-execution" as const), fc.option(fc.string({ maxLength: 30 }), { nil: undefined })), { maxLength: 8 }),
          ),
        ),
        ([stepLayers, edges, marks]) => {
          const study = StudySchema.parse({
            gaptrace: 1,
            id: "r",
            name: "R",
            organisation: { departments: [{ id: "d", name: "D" }], posts: [{ id: "p", name: "P", department: "d" }] },
            themeMap: { needs: [{ id: "n", name: "N" }], items: [{ id: "i", name: "I", needs: ["n"] }], themes: [{ id: "t", name: "T", items: ["i"] }] },
            blueprints: [
              {
                theme: "t",
                steps: stepLayers.map((layer, i) => ({ id: `s${i}`, layer, name: i % 2 === 0 ? `步骤${i}处理客户诉求` : `Step ${i} handle the request`, ...(layer === "customer" ? {} : { owner: "p" }) })),
                handoffs: edges.map(([a, b, rework, parallel]) => ({ from: `s${a}`, to: `s${b}`, rework, kind: parallel ? "parallel" : "serial" })),
              },
            ],
          });
          const layout = layoutBlueprint(study, "t", { marks: marks.map(([i, tag, label]) => ({ step: `s${i}`, tag, ...(label === undefined ? {} : { label }) })) });
          checkInvariants(layout, study);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("reports an unknown theme and a mark on an unknown step", () => {
    expect(() => layoutBlueprint(outageStudy(), "nope")).toThrow(NotFoundError);
    expect(() => layoutBlueprint(outageStudy(), "outage", { marks: [{ step: "ghost", tag: "unreasonable-standard" }] })).toThrow(UsageError);
  });
});
