/**
 * Tests of the sampling-plan options: defaults, per-audience values read by their shape, and every mistake reported
 * at once, located, with the code the schema names (the messages come from the problem tables).
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/core/errors.js";
import { loadStudyFileSync } from "../../src/node/study-file.js";
import { resolvePlanOptions, type SamplingPlanOptions } from "../../src/design/plan-options.js";

const here = dirname(fileURLToPath(import.meta.url));
// The training study has one theme, "reconnect".
const report = loadStudyFileSync(join(here, "..", "..", "examples", "studies", "training.study.yaml"));
if (report.study === undefined) throw new Error("the training study does not load");
const study = report.study;

function problems(options: unknown): { code: string; path: readonly (string | number)[]; message: string; hint: string }[] {
  try {
    resolvePlanOptions(study, options as SamplingPlanOptions);
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return [...(e as ValidationError).problems];
  }
  throw new Error(`expected ${JSON.stringify(options)} to be refused`);
}

describe("resolvePlanOptions", () => {
  it("applies the defaults", () => {
    const o = resolvePlanOptions(study, { marginOfError: 5 });
    expect(o).toMatchObject({
      marginOfError: 5,
      proportionMarginOfError: 5,
      confidence: 0.95,
      sdRule: "range/4",
      expectedProportion: 0.5,
      designEffect: { external: 1, internal: 1 },
      designEffectSource: { external: "default", internal: "default" },
      responseRate: { external: 1, internal: 1 },
      segments: [],
      externalRespondents: "theme",
      themes: undefined,
    });
    expect(o.sd.size).toBe(0);
    expect(o.populations.size).toBe(0);
  });

  it("reads an option set to null as not given, its default, as 0.1 did", () => {
    const withNulls = { marginOfError: 5, confidence: null, sdRule: null, designEffect: null, themes: null } as unknown as SamplingPlanOptions;
    expect(resolvePlanOptions(study, withNulls)).toEqual(resolvePlanOptions(study, { marginOfError: 5 }));
    // A required option is still required.
    expect(problems({ marginOfError: null }).map((p) => p.code)).toEqual(["plan-options/missing"]);
  });

  it("keeps σ in the order given, and turns weights into Kish's design effect for their audience only", () => {
    const o = resolvePlanOptions(study, { marginOfError: 5, sd: { "numeric:h": 12, likert5: 0.9 }, weights: { internal: [1, 3] }, designEffect: { external: 1.3 } });
    expect([...o.sd]).toEqual([["numeric:h", 12], ["likert5", 0.9]]);
    // n Σw² / (Σw)² = 2 · 10 / 16
    expect(o.designEffect).toEqual({ external: 1.3, internal: 1.25 });
    expect(o.designEffectSource).toEqual({ external: "given", internal: "weights" });
  });

  it("reads one value as both audiences' and fills segment audiences", () => {
    const o = resolvePlanOptions(study, {
      marginOfError: 5,
      responseRate: 0.5,
      populations: [{ theme: "reconnect", size: 900 }],
      segments: [{ dimension: "city", values: [{ value: "A", share: 0.25 }, { value: "B", share: 0.75 }] }],
    });
    expect(o.responseRate).toEqual({ external: 0.5, internal: 0.5 });
    expect([...o.populations]).toEqual([["reconnect", 900]]);
    expect(o.segments[0]!.audience).toBe("external");
  });
});

describe("resolvePlanOptions refuses", () => {
  it("a per-audience value against the form the caller meant: one value, or one per audience", () => {
    const one = problems({ marginOfError: 5, designEffect: "1.5" });
    expect(one).toHaveLength(1);
    expect(one[0]).toMatchObject({ code: "plan-options/design-effect", path: ["options", "designEffect"] });
    expect(one[0]!.message).toBe('gaptrace/samplingPlan: options.designEffect must be a positive number, got "1.5".');

    const each = problems({ marginOfError: 5, weights: { external: [0, 0] }, responseRate: { internal: 2, staff: 1 } });
    expect(each.map((p) => [p.code, p.path])).toEqual([
      ["plan-options/weights", ["options", "weights", "external"]],
      ["plan-options/response-rate", ["options", "responseRate", "internal"]],
      ["plan-options/audience", ["options", "responseRate", "staff"]],
    ]);
    expect(each[0]!.message).toContain("options.weights.external must be a list of finite weights ≥ 0");
  });

  it("every mistake at once, unknown options first, then in the order of the options", () => {
    const all = problems({ themes: ["nope"], sdRule: "max", bogus: 1, marginOfError: 0.0, expectedProportion: 1 });
    expect(all.map((p) => p.code)).toEqual([
      "plan-options/unknown",
      "plan-options/margin",
      "plan-options/sd-rule",
      "plan-options/proportion",
      "plan-options/unknown-theme",
    ]);
    expect(all[0]!.hint).toContain("Known options: marginOfError, proportionMarginOfError, confidence");
    expect(all[4]).toMatchObject({ path: ["options", "themes", 0] });
    expect(all[4]!.hint).toBe("Use theme ids of the study: reconnect.");
    for (const p of all) expect(p.message).toMatch(/^gaptrace\/samplingPlan: /);
  });

  it("a list item that is not an object, on each of its fields, and a repeated theme", () => {
    const ps = problems({ marginOfError: 5, populations: [7, { theme: "reconnect", size: 10 }, { theme: "reconnect", size: 20 }] });
    expect(ps.map((p) => [p.code, p.path])).toEqual([
      ["plan-options/unknown-theme", ["options", "populations", 0, "theme"]],
      ["plan-options/population-size", ["options", "populations", 0, "size"]],
      ["plan-options/duplicate-theme", ["options", "populations", 2, "theme"]],
    ]);
  });

  it("shares that do not sum to 1 only once the segment is otherwise valid", () => {
    const bad = problems({ marginOfError: 5, segments: [{ dimension: "city", values: [{ value: "A", share: 55 }] }] });
    expect(bad.map((p) => p.code)).toEqual(["plan-options/segment-share"]);
    const sum = problems({ marginOfError: 5, segments: [{ dimension: "city", values: [{ value: "A", share: 0.5 }] }] });
    expect(sum.map((p) => [p.code, p.path])).toEqual([["plan-options/segment-shares-sum", ["options", "segments", 0, "values"]]]);
    expect(sum[0]!.message).toContain('the shares of segment dimension "city" sum to 0.5, not 1');
  });

  it("options that are not an object, with the summary that says so", () => {
    try {
      resolvePlanOptions(study, "5" as unknown as SamplingPlanOptions);
      expect.fail("expected a ValidationError");
    } catch (e) {
      expect((e as Error).message.split("\n")[0]).toBe("gaptrace/samplingPlan: invalid options.");
      expect((e as ValidationError).problems.map((p) => p.code)).toEqual(["plan-options/not-an-object"]);
    }
  });
});
