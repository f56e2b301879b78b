/** Tests of importance–performance analysis (quadrants, cut lines, priority = importance × gap). */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { UsageError } from "../../../src/core/errors.js";
import { labelText } from "../../../src/core/label.js";
import { importancePerformance, QUADRANTS, type Quadrant } from "../../../src/stats/drivers/importance-performance.js";

const EXAMPLE = [
  { id: "repair-speed", importance: 0.4, performance: 60 },
  { id: "staff-attitude", importance: 0.3, performance: 90 },
  { id: "notice", importance: 0.2, performance: 70 },
  { id: "hall-comfort", importance: 0.1, performance: 95 },
];

describe("importancePerformance", () => {
  it("places the doc example in all four quadrants, cut at the means", () => {
    const grid = importancePerformance(EXAMPLE);
    expect(grid.importanceCut).toBeCloseTo(0.25, 15);
    expect(grid.performanceCut).toBe(78.75);
    expect(grid.points.map((p) => [p.id, p.quadrant, p.rank])).toEqual([
      ["repair-speed", "concentrate-here", 1],
      ["staff-attitude", "keep-up-the-good-work", 3],
      ["notice", "low-priority", 2],
      ["hall-comfort", "possible-overkill", 4],
    ]);
    expect(grid.points.map((p) => p.gap)).toEqual([40, 10, 30, 5]);
    grid.points.forEach((p, i) => expect(p.priority).toBeCloseTo([16, 3, 6, 0.5][i]!, 12));
  });

  it("uses given cut lines and target, and given gaps before the target", () => {
    const grid = importancePerformance(
      [
        { id: "a", importance: 0.5, performance: 80, gap: 12 },
        { id: "b", importance: 0.5, performance: 70 },
        { id: "c", importance: 0.1, performance: 95, gap: -3 },
      ],
      { importanceCut: 0.5, performanceCut: 75, target: 85 },
    );
    expect(grid.importanceCut).toBe(0.5);
    expect(grid.performanceCut).toBe(75);
    expect(grid.points.map((p) => [p.quadrant, p.gap, p.priority, p.rank])).toEqual([
      ["keep-up-the-good-work", 12, 6, 2], // importance at the cut counts as high; the given gap wins
      ["concentrate-here", 15, 7.5, 1], // gap to the target 85
      ["possible-overkill", -3, 0, 3], // better than needed: priority 0
    ]);
  });

  it("ranks by priority with ties sharing a rank", () => {
    const grid = importancePerformance([
      { id: "a", importance: 0.2, performance: 50 },
      { id: "b", importance: 0.1, performance: 0 },
      { id: "c", importance: 0.3, performance: 100 },
    ]);
    expect(grid.points.map((p) => p.priority)).toEqual([10, 10, 0]);
    expect(grid.points.map((p) => p.rank)).toEqual([1, 1, 3]);
  });

  it("names every quadrant in English and Chinese", () => {
    const all: Quadrant[] = ["concentrate-here", "keep-up-the-good-work", "low-priority", "possible-overkill"];
    expect([...QUADRANTS.keys()]).toEqual(all);
    expect(labelText(QUADRANTS.get("concentrate-here")!.label, "en")).toBe("Concentrate here");
    expect(labelText(QUADRANTS.get("concentrate-here")!.label, "zh")).toBe("重点改进");
    for (const q of all) expect(labelText(QUADRANTS.get(q)!.meaning, "zh")).not.toBe("");
  });

  it("classifies consistently with the cut lines and never gives a negative priority (property)", () => {
    const point = fc.record({ importance: fc.double({ min: 0, max: 1, noNaN: true }), performance: fc.double({ min: 0, max: 100, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 30 }), (pts) => {
        const grid = importancePerformance(pts.map((p, i) => ({ id: `p${i}`, ...p })));
        for (const p of grid.points) {
          const high = p.importance >= grid.importanceCut;
          const good = p.performance >= grid.performanceCut;
          const expected: Quadrant = high ? (good ? "keep-up-the-good-work" : "concentrate-here") : good ? "possible-overkill" : "low-priority";
          expect(p.quadrant).toBe(expected);
          expect(p.priority).toBeGreaterThanOrEqual(0);
          expect(p.priority).toBeCloseTo(p.importance * (100 - p.performance), 9);
        }
        // Someone is at or above each mean, so "high" quadrants are never empty.
        expect(grid.points.some((p) => p.importance >= grid.importanceCut - 1e-12)).toBe(true);
      }),
    );
  });

  it("does not depend on the order of the points (property)", () => {
    const pts = fc.uniqueArray(fc.record({ id: fc.string(), importance: fc.double({ min: 0, max: 1, noNaN: true }), performance: fc.integer({ min: 0, max: 100 }) }), { selector: (p) => p.id, minLength: 1, maxLength: 15 });
    fc.assert(
      fc.property(pts.chain((p) => fc.shuffledSubarray(p, { minLength: p.length }).map((q) => [p, q] as const)), ([a, b]) => {
        const ga = importancePerformance(a, { importanceCut: 0.3 });
        const gb = importancePerformance(b, { importanceCut: 0.3 });
        const byId = new Map(gb.points.map((p) => [p.id, p]));
        for (const p of ga.points) expect(byId.get(p.id)).toEqual(p);
      }),
    );
  });

  it("splits each point with a target at its target, by its test's verdict, and says which reference it used", () => {
    // The airline case: the top-priority point is significantly below target; one just below target is not. Cut at
    // the mean (62.5) "boarding" would be good and "food" poor for the wrong reason; here the target test decides.
    const grid = importancePerformance([
      { id: "wifi", importance: 0.4, performance: 55, target: 66.7, belowTarget: true },
      { id: "boarding", importance: 0.3, performance: 65, target: 66.7, belowTarget: false },
      { id: "food", importance: 0.1, performance: 50, target: 66.7, belowTarget: true },
      { id: "checkin", importance: 0.2, performance: 80, target: 66.7, belowTarget: false },
    ]);
    expect(grid.performanceReference).toBe("target");
    expect(grid.points.map((p) => [p.id, p.quadrant, p.good, p.crosshair, p.reference])).toEqual([
      ["wifi", "concentrate-here", false, 66.7, "target"],
      ["boarding", "keep-up-the-good-work", true, 66.7, "target"], // below 66.7 but not significantly
      ["food", "low-priority", false, 66.7, "target"],
      ["checkin", "possible-overkill", true, 66.7, "target"],
    ]);
    expect(grid.points[0]!.gap).toBeCloseTo(11.7, 12);
    // Without a verdict, a target is still the crosshair: the estimate against it.
    const plain = importancePerformance([
      { id: "a", importance: 0.5, performance: 70, target: 80 },
      { id: "b", importance: 0.5, performance: 60 },
      { id: "c", importance: 0.1, performance: 90 },
    ]);
    expect(plain.performanceReference).toBe("mixed");
    expect(plain.points.map((p) => [p.quadrant, p.reference, p.crosshair])).toEqual([
      ["concentrate-here", "target", 80],
      ["concentrate-here", "mean", 220 / 3],
      ["possible-overkill", "mean", 220 / 3],
    ]);
    expect(importancePerformance(EXAMPLE).performanceReference).toBe("mean");
    expect(importancePerformance(EXAMPLE, { performanceCut: 70 }).performanceReference).toBe("given");
    expect(() => importancePerformance([{ id: "a", importance: 0.1, performance: 50, belowTarget: true }])).toThrow(/needs a target/);
    expect(() => importancePerformance([{ id: "a", importance: 0.1, performance: 50, target: 120 }])).toThrow(/target on the 0–100 index/);
  });

  it("never puts a point significantly below target in a good quadrant, nor one not significantly below in a poor one (property)", () => {
    const point = fc.record({
      importance: fc.double({ min: 0, max: 1, noNaN: true }),
      performance: fc.double({ min: 0, max: 100, noNaN: true }),
      target: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined }),
      belowTarget: fc.option(fc.boolean(), { nil: undefined }),
    });
    const GOOD = new Set<Quadrant>(["keep-up-the-good-work", "possible-overkill"]);
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 30 }), fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined }), (pts, performanceCut) => {
        const input = pts.map((p, i) => ({ id: `p${i}`, importance: p.importance, performance: p.performance, target: p.target, belowTarget: p.target === undefined ? undefined : p.belowTarget }));
        const grid = importancePerformance(input, { performanceCut });
        grid.points.forEach((p, i) => {
          const x = input[i]!;
          expect(GOOD.has(p.quadrant)).toBe(p.good);
          if (x.belowTarget === true) expect(p.good).toBe(false);
          if (x.belowTarget === false) expect(p.good).toBe(true);
          if (x.target !== undefined && x.belowTarget === undefined) expect(p.good).toBe(x.performance >= x.target);
          if (x.target === undefined) expect(p.good).toBe(x.performance >= grid.performanceCut);
          expect(p.reference).toBe(x.target !== undefined ? "target" : performanceCut === undefined ? "mean" : "given");
          expect(p.priority).toBeGreaterThanOrEqual(0);
        });
      }),
    );
  });

  it("rejects bad input with a UsageError naming the function", () => {
    expect(() => importancePerformance([])).toThrow(/gaptrace\/importancePerformance: expecting a non-empty array/);
    expect(() => importancePerformance([EXAMPLE[0]!, EXAMPLE[0]!])).toThrow(/appears twice/);
    expect(() => importancePerformance([{ id: "a", importance: -0.1, performance: 50 }])).toThrow(/importance/);
    expect(() => importancePerformance([{ id: "a", importance: 0.1, performance: 7.5e2 }])).toThrow(/0–100/);
    expect(() => importancePerformance([{ id: "a", importance: 0.1, performance: NaN }])).toThrow(UsageError);
    expect(() => importancePerformance([{ id: "a", importance: 0.1, performance: 50, gap: Infinity }])).toThrow(/gap/);
    expect(() => importancePerformance(EXAMPLE, { performanceCut: NaN })).toThrow(/performanceCut/);
    expect(() => importancePerformance([{ id: "__proto__", importance: 0.1, performance: 50 }])).not.toThrow();
  });
});
