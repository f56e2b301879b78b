import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assignColumns, pairKey } from "../../../src/reports/blueprint/columns.js";

const e = (from: string, to: string, rework = false) => ({ from, to, rework });

describe("assignColumns", () => {
  it("layers a chain by longest path", () => {
    const { column } = assignColumns(["a", "b", "c", "d"], [e("a", "b"), e("b", "c"), e("a", "c"), e("c", "d")]);
    expect([...["a", "b", "c", "d"]].map((id) => column.get(id))).toEqual([0, 1, 2, 3]);
  });

  it("ignores rework hand-offs", () => {
    const { column, loops } = assignColumns(["a", "b"], [e("a", "b"), e("b", "a", true)]);
    expect(column.get("b")).toBe(1);
    expect(loops.size).toBe(0);
  });

  it("breaks other cycles deterministically and reports the cut hand-off", () => {
    const edges = [e("a", "b"), e("b", "c"), e("c", "a")];
    const r1 = assignColumns(["a", "b", "c"], edges);
    const r2 = assignColumns(["c", "b", "a"], [...edges].reverse());
    expect([...r1.loops]).toEqual([pairKey("c", "a")]);
    expect([...r2.loops]).toEqual([...r1.loops]);
    expect([...r1.column]).toEqual([...r2.column]);
  });

  it("pulls a source next to its first successor", () => {
    const { column } = assignColumns(["a", "b", "c", "x"], [e("a", "b"), e("b", "c"), e("x", "c")]);
    expect(column.get("x")).toBe(1);
  });

  it("puts every non-cut hand-off left to right", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 25 }).chain((n) =>
          fc.tuple(
            fc.constant(n),
            fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.boolean()), { maxLength: 60 }),
          ),
        ),
        ([n, raw]) => {
          const ids = Array.from({ length: n }, (_, i) => `s${i}`);
          const edges = raw.map(([a, b, rw]) => e(`s${a}`, `s${b}`, rw));
          const { column, loops } = assignColumns(ids, edges);
          for (const id of ids) expect(column.get(id)).toBeGreaterThanOrEqual(0);
          for (const ed of edges) {
            if (ed.rework || loops.has(pairKey(ed.from, ed.to))) continue;
            expect(column.get(ed.to) ?? 0).toBeGreaterThan(column.get(ed.from) ?? 0);
          }
        },
      ),
    );
  });
});
