import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { drawSegment, ratingDropOf, segmentWeight, slowdownOf } from "../../src/simulate/segments.js";
import { draws } from "../../src/simulate/random.js";
import type { SimSegment } from "../../src/simulate/types.js";

const segments: SimSegment[] = [
  { dimension: "area", values: ["urban", "rural", "remote"], sampleShares: [0.6, 0.2, 0.2], populationShares: [0.5, 0.25, 0.25] },
  { dimension: "channel", values: ["app", "phone"] },
];

describe("simulated segments", () => {
  it("a drawn segment's weight is the weight segmentWeight gives it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), (seed) => {
        const { segment, weight } = drawSegment(segments, draws(seed));
        expect(segment.map(([k]) => k)).toEqual(["area", "channel"]);
        expect(weight).toBe(segmentWeight(segments, segment));
      }),
      { numRuns: 50 },
    );
  });

  it("weights correct the sample to the population", () => {
    expect(segmentWeight(segments, [["area", "urban"], ["channel", "app"]])).toBe(0.833333);
    expect(segmentWeight(segments, [["area", "remote"]])).toBe(1.25);
  });

  it("confounders multiply slowdowns and add rating drops for the segments they name", () => {
    const cs = [
      { dimension: "area", value: "remote", slowdown: 1.5, ratingDrop: 8 },
      { dimension: "channel", value: "phone", slowdown: 2, ratingDrop: 3 },
    ];
    expect(slowdownOf(cs, [["area", "remote"], ["channel", "phone"]])).toBe(3);
    expect(ratingDropOf(cs, [["area", "remote"], ["channel", "app"]])).toBe(8);
    expect(slowdownOf(cs, [["area", "urban"]])).toBe(1);
    expect(ratingDropOf([], [["area", "remote"]])).toBe(0);
  });
});
