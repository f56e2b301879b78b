/**
 * The exported diagram's layout: shapes never overlap, every forward hand-off runs left to right, lanes fill their
 * pool in layer order, and pools (with their annotations) do not overlap; on both bundled studies.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { layoutBpmn, route, type Box } from "../../src/bpmn/layout.js";
import { planBpmn } from "../../src/bpmn/plan.js";
import { LAYERS } from "../../src/model/study.js";
import { readStudyText } from "../../src/study/load.js";
import { utilityStudy } from "../reports/fixture.js";

const overlap = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const STUDIES = [utilityStudy(), readStudyText(readFileSync(fileURLToPath(new URL("../../examples/studies/training.study.yaml", import.meta.url)), "utf8"))];

describe("layoutBpmn", () => {
  for (const study of STUDIES)
    it(`lays out ${study.id} without overlaps, hand-offs left to right, lanes in layer order`, () => {
      const plan = planBpmn(study);
      const layouts = layoutBpmn(plan, plan.pools.map(() => 7));
      plan.pools.forEach((pool, i) => {
        const layout = layouts[i]!;
        const shapes = [...layout.shapes.entries()];
        expect(shapes.length).toBe(pool.blueprint.steps.length + pool.gateways.size);
        for (let a = 0; a < shapes.length; a++) for (let b = a + 1; b < shapes.length; b++) expect(overlap(shapes[a]![1], shapes[b]![1]), `${shapes[a]![0]} / ${shapes[b]![0]}`).toBe(false);
        for (const h of pool.blueprint.handoffs.filter((x) => !x.rework)) expect(layout.shapes.get(h.to)!.x, `${h.from} → ${h.to}`).toBeGreaterThan(layout.shapes.get(h.from)!.x);
        const layerRank = pool.lanes.map((l) => LAYERS.indexOf(l.layer));
        expect(layerRank).toEqual([...layerRank].sort((x, y) => x - y));
        for (const [id, box] of shapes) {
          expect(box.x + box.width, id).toBeLessThanOrEqual(layout.pool.x + layout.pool.width);
          expect(box.y + box.height, id).toBeLessThanOrEqual(layout.pool.y + layout.pool.height);
        }
      });
      for (let i = 1; i < layouts.length; i++) {
        const above = layouts[i - 1]!;
        const notesBottom = above.notes.y + Math.ceil(7 / above.notes.perRow) * 100;
        expect(layouts[i]!.pool.y).toBeGreaterThanOrEqual(notesBottom);
      }
    });
});

describe("route", () => {
  it("runs right side to left side, with a dog-leg between rows, and under the shapes backwards", () => {
    const a = { x: 0, y: 0, width: 100, height: 80 };
    expect(route(a, { x: 180, y: 0, width: 100, height: 80 })).toEqual([{ x: 100, y: 40 }, { x: 180, y: 40 }]);
    expect(route(a, { x: 180, y: 140, width: 100, height: 80 })).toEqual([{ x: 100, y: 40 }, { x: 140, y: 40 }, { x: 140, y: 180 }, { x: 180, y: 180 }]);
    expect(route({ x: 360, y: 0, width: 100, height: 80 }, a)).toEqual([{ x: 410, y: 80 }, { x: 410, y: 95 }, { x: 50, y: 95 }, { x: 50, y: 80 }]);
  });
});
