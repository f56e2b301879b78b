import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NotFoundError } from "../../src/core/errors.js";
import { StudySchema, type Study } from "../../src/model/study.js";
import { processOrder } from "../../src/walkthrough/order.js";
import { copy, training, utility } from "./fixture.js";

describe("processOrder", () => {
  it("orders the training blueprint, the feeding system beside the step it runs with", () => {
    const o = processOrder(training, "reconnect");
    expect(o.stages.map((s) => s.steps)).toEqual([["pay"], ["take_payment", "billing_system"], ["settle"], ["reconnect_supply"], ["confirm_supply"], ["power_back"]]);
    expect(o.stages[1]?.parallel).toBe(true);
    expect(o.stages[0]?.parallel).toBe(false);
    expect(o.cyclic).toBe(false);
  });

  it("does not follow rework hand-offs and keeps parallel branches together", () => {
    const o = processOrder(utility, "theme_outage_repair");
    const pos = (id: string): number => o.order.indexOf(id);
    // or_bo_repair → or_bo_dispatch is rework: dispatch still comes first.
    expect(pos("or_bo_dispatch")).toBeLessThan(pos("or_bo_repair"));
    // or_fl_callback → or_fl_create_order is rework too.
    expect(pos("or_fl_create_order")).toBeLessThan(pos("or_fl_callback"));
    const stage = o.stageOf.get("or_fl_create_order");
    expect(stage).toBe(o.stageOf.get("or_fl_inform_outage"));
    expect(o.stages[(stage ?? 1) - 1]?.parallel).toBe(true);
    // Dispatch starts the crew and the isolation in parallel.
    expect(o.stageOf.get("or_bo_crew_travel")).toBe(o.stageOf.get("or_bo_isolate"));
    expect(o.order[0]).toBe("or_cust_notice_outage");
    expect(o.order[o.order.length - 1]).toBe("or_cust_rate");
  });

  it("puts every step once and every forward hand-off forward, in every theme", () => {
    for (const bp of utility.blueprints) {
      const o = processOrder(utility, bp.theme);
      expect([...o.order].sort()).toEqual(bp.steps.map((s) => s.id).sort());
      for (const h of bp.handoffs) {
        if (h.rework) continue;
        expect(o.stageOf.get(h.from)!, `${h.from} → ${h.to}`).toBeLessThan(o.stageOf.get(h.to)!);
      }
    }
  });

  it("cuts a loop not marked rework at the step declared first, and says so", () => {
    const s = copy(training);
    s.blueprints[0]!.handoffs.push({ from: "power_back", to: "pay", kind: "serial", rework: false });
    const o = processOrder(s, "reconnect");
    expect(o.cyclic).toBe(true);
    expect(o.order[0]).toBe("pay");
    expect(o.order).toHaveLength(7);
  });

  it("throws NotFoundError for a theme without a blueprint", () => {
    expect(() => processOrder(training, "nope")).toThrow(NotFoundError);
    expect(() => processOrder(training, "__proto__")).toThrow(/no theme with id "__proto__"/);
  });

  it("gives the same order whatever order the hand-offs are declared in, and respects every hand-off (property)", () => {
    const dag = fc
      .integer({ min: 2, max: 12 })
      .chain((n) =>
        fc.tuple(
          fc.constant(n),
          fc.uniqueArray(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)).filter(([a, b]) => a < b), { selector: ([a, b]) => `${a}-${b}`, maxLength: 30 }),
          fc.array(fc.constantFrom("customer", "frontline", "backoffice", "support"), { minLength: n, maxLength: n }),
        ),
      );
    fc.assert(
      fc.property(dag, fc.integer(), ([n, edges, layers], seed) => {
        const make = (es: readonly (readonly [number, number])[]): Study =>
          StudySchema.parse({
            gaptrace: 1,
            id: "p",
            name: "p",
            organisation: { departments: [{ id: "d", name: "d" }], posts: [{ id: "x", name: "x", department: "d" }] },
            themeMap: { needs: [{ id: "n", name: "n" }], items: [{ id: "i", name: "i", needs: ["n"] }], themes: [{ id: "t", name: "t", items: ["i"] }] },
            blueprints: [
              {
                theme: "t",
                steps: Array.from({ length: n }, (_, i) => ({ id: `s${i}`, name: `s${i}`, layer: layers[i], ...(layers[i] === "customer" ? {} : { owner: "x" }) })),
                handoffs: es.map(([a, b]) => ({ from: `s${a}`, to: `s${b}` })),
              },
            ],
          });
        const shuffled = [...edges].sort((a, b) => ((a[0] * 31 + a[1] + seed) % 7) - ((b[0] * 31 + b[1] + seed) % 7));
        const a = processOrder(make(edges), "t");
        const b = processOrder(make(shuffled), "t");
        expect(b.stages).toEqual(a.stages);
        expect(new Set(a.order).size).toBe(n);
        for (const [x, y] of edges) expect(a.stageOf.get(`s${x}`)!).toBeLessThan(a.stageOf.get(`s${y}`)!);
        for (const st of a.stages) expect(st.parallel).toBe(st.steps.length > 1);
      }),
      { numRuns: 200 },
    );
  });
});
