import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { generateStudy } from "../../src/simulate/generate.js";
import { validateStudy } from "../../src/study/validate/index.js";
import { formatProblems } from "../../src/core/problem.js";
import { UsageError } from "../../src/core/errors.js";

describe("generateStudy", () => {
  it("generates valid studies of any size (no errors, no warnings)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 8, max: 400 }), fc.integer({ min: 8, max: 80 }), fc.integer({ min: 0, max: 1000 }), (steps, per, seed) => {
        const r = validateStudy(generateStudy({ steps: Math.max(steps, per), stepsPerTheme: per, seed }));
        expect(formatProblems(r.problems.filter((p) => p.severity !== "info"))).toBe("");
      }),
      { numRuns: 40 },
    );
  });

  it("has the requested number of steps, split into themes", () => {
    const s = generateStudy({ steps: 1000 });
    expect(s.blueprints.reduce((a, b) => a + b.steps.length, 0)).toBe(1000);
    expect(s.blueprints).toHaveLength(20);
    expect(s.standards?.length).toBeGreaterThan(0);
    expect(s.evaluationPoints?.some((p) => p.questions.some((q) => q.audience.kind === "internal"))).toBe(true);
  });

  it("is deterministic for a seed", () => {
    expect(JSON.stringify(generateStudy({ steps: 120, seed: 5 }))).toBe(JSON.stringify(generateStudy({ steps: 120, seed: 5 })));
    expect(JSON.stringify(generateStudy({ steps: 120, seed: 5 }))).not.toBe(JSON.stringify(generateStudy({ steps: 120, seed: 6 })));
  });

  it("rejects sizes it cannot honour", () => {
    expect(() => generateStudy({ steps: 3 })).toThrow(UsageError);
    expect(() => generateStudy({ steps: 100, stepsPerTheme: 2 })).toThrow(/stepsPerTheme/);
  });
});
