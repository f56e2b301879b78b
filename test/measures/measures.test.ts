import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TAGS } from "../../src/attribution/shared/findings.js";
import { formatWhere } from "../../src/core/problem.js";
import { ValidationError } from "../../src/core/errors.js";
import { attachMeasures, defaultMeasures, loadMeasuresText, readMeasuresText, validateMeasures, type MeasureCatalogueInput } from "../../src/measures/index.js";
import { utilityRun } from "../reports/fixture.js";

const { study, result } = utilityRun();

describe("the bundled catalogue", () => {
  it("is valid, with 13 categories and about 30 measures, every category used, both languages given", () => {
    const cat = defaultMeasures();
    expect(validateMeasures(cat).ok).toBe(true);
    expect(cat.categories).toHaveLength(13);
    expect(cat.measures.length).toBeGreaterThanOrEqual(28);
    expect(cat.measures.length).toBeLessThanOrEqual(36);
    for (const c of cat.categories) expect(cat.measures.some((m) => m.category === c.id), c.id).toBe(true);
    for (const m of cat.measures) {
      expect(typeof m.title === "object" && m.title.en !== undefined && m.title.zh !== undefined, m.id).toBe(true);
      expect(typeof m.description === "object" && m.description.en !== undefined && m.description.zh !== undefined, m.id).toBe(true);
    }
    // Every tag has measures.
    for (const t of TAGS) expect(cat.measures.some((m) => m.tags.includes(t)), t).toBe(true);
  });
});

describe("attachMeasures", () => {
  it("gives every finding measures that address its tag and one of its evidence kinds", () => {
    const attached = attachMeasures(study, result);
    expect([...attached.keys()]).toEqual(result.findings.map((f) => f.id));
    for (const f of result.findings) {
      const list = attached.get(f.id) ?? [];
      expect(list.length, f.id).toBeGreaterThan(0);
      expect(list.length).toBeLessThanOrEqual(4);
      const kinds = new Set(f.evidence.map((e) => e.kind));
      for (const m of list) {
        expect(m.measure.tags).toContain(f.tag);
        if (m.measure.evidence.length > 0) expect(m.measure.evidence.some((k) => kinds.has(k))).toBe(true);
      }
    }
    expect(attached.get("us:std_reconnect_24h:clock")?.[0]?.measure.id).toBe("clock-customer-event");
    expect(attached.get("nce:or_bo_dispatch")?.[0]?.measure.id).toBe("dispatch-auto-nearest");
  });

  it("puts a measure written for a step, standard or post first, and never on other findings", () => {
    const input: MeasureCatalogueInput = {
      ...(structuredClone(defaultMeasures()) as MeasureCatalogueInput),
      measures: [
        ...defaultMeasures().measures,
        { id: "gis-dispatch", category: "dispatch-process", title: { en: "GIS dispatch for the repair command", zh: "抢修指挥GIS派单" }, tags: ["non-compliant-execution"], steps: ["or_bo_dispatch"] },
        { id: "sqo-review", category: "standard-revision", title: "Quarterly review of commitments", tags: ["unreasonable-standard"], posts: ["service_quality_officer"], standards: ["std_reconnect_24h"] },
      ],
    };
    const report = validateMeasures(study, input);
    expect(report.ok).toBe(true);
    const attached = attachMeasures(study, result, report.catalogue);
    expect(attached.get("nce:or_bo_dispatch")?.[0]?.measure.id).toBe("gis-dispatch");
    expect(attached.get("nce:or_bo_dispatch")?.[0]?.specific).toBe(true);
    expect(attached.get("us:std_reconnect_24h:clock")?.[0]?.measure.id).toBe("sqo-review");
    // The standard scope excludes the other standard set by the same post.
    expect(attached.get("us:std_arrival_urban_45min:threshold")?.map((m) => m.measure.id)).not.toContain("sqo-review");
    for (const [id, list] of attached) if (id !== "nce:or_bo_dispatch") expect(list.map((m) => m.measure.id)).not.toContain("gis-dispatch");
  });

  it("is deterministic: the same lists whatever the order of the findings", () => {
    const base = attachMeasures(study, result);
    fc.assert(
      fc.property(fc.shuffledSubarray([...result.findings], { minLength: result.findings.length }), (findings) => {
        const again = attachMeasures(study, { ...result, findings });
        for (const f of findings) expect(again.get(f.id)?.map((m) => m.measure.id)).toEqual(base.get(f.id)?.map((m) => m.measure.id));
      }),
      { numRuns: 20 },
    );
  });
});

describe("the 0.1 argument order (the study second)", () => {
  it("is still accepted, deprecated until 0.3, with the same results", () => {
    const bad = { ...(structuredClone(defaultMeasures()) as MeasureCatalogueInput), measures: [{ id: "x", category: "dispatch-process", title: "X", tags: ["non-compliant-execution"], steps: ["no_such_step"] }] };
    const now = validateMeasures(study, bad);
    expect(now.problems.length).toBeGreaterThan(0);
    expect(validateMeasures(bad, study)).toEqual(now);
    expect(validateMeasures(bad).problems.length).toBeLessThan(now.problems.length);
    // Without a study, either order: the catalogue is checked on its own, never taken for the study.
    expect(validateMeasures(undefined as never, bad)).toEqual(validateMeasures(bad));
    expect(validateMeasures(bad, undefined)).toEqual(validateMeasures(bad));
    expect(validateMeasures(undefined as never, defaultMeasures()).ok).toBe(true);
    const old = attachMeasures(result, study, defaultMeasures(), { max: 2 });
    const current = attachMeasures(study, result, defaultMeasures(), { max: 2 });
    expect([...old.entries()].map(([id, l]) => [id, l.map((m) => m.measure.id)])).toEqual([...current.entries()].map(([id, l]) => [id, l.map((m) => m.measure.id)]));
    expect(Math.max(...[...current.values()].map((l) => l.length))).toBe(2);
  });
});

describe("loading a catalogue", () => {
  const yaml = `format: gaptrace/measures@1
categories:
  - { id: dispatch, name: { en: Dispatch, zh: 派工 } }
measures:
  - id: m1
    category: dispatch
    title: { en: Auto dispatch, zh: 自动派单 }
    tags: [non-compliant-execution]
    evidence: [compliance-below-standard]
    steps: [or_bo_dispatch, no_such_step]
`;

  it("reads YAML and JSON, and warns about scoped ids the study does not know", () => {
    const r = loadMeasuresText(yaml, { file: "m.yaml", study });
    expect(r.ok).toBe(true);
    expect(r.catalogue?.measures[0]?.evidence).toEqual(["compliance-below-standard"]);
    const warn = r.problems.find((p) => p.code === "ref/unknown-step");
    expect(warn?.severity).toBe("warning");
    expect(warn?.location?.line).toBe(10);
    const json = loadMeasuresText(JSON.stringify(r.catalogue), { file: "m.json" });
    expect(json.ok).toBe(true);
  });

  it("reports every problem with its file, line and column", () => {
    const bad = yaml.replace("category: dispatch", "category: nowhere").replace("tags: [non-compliant-execution]", "tags: [late]");
    const r = loadMeasuresText(bad, { file: "m.yaml" });
    expect(r.ok).toBe(false);
    expect(r.problems.some((p) => p.code === "schema/invalid_value" && p.location?.line === 8)).toBe(true);
    const r2 = loadMeasuresText(yaml.replace("category: dispatch", "category: nowhere"), { file: "m.yaml" });
    const p = r2.problems.find((x) => x.code === "ref/unknown-category");
    expect(p !== undefined && formatWhere(p).startsWith("m.yaml:6:")).toBe(true);
    expect(loadMeasuresText("format: [", { file: "x.yaml" }).problems[0]?.code).toBe("parse/yaml");
    expect(() => readMeasuresText("format: gaptrace/measures@2\ncategories: []\nmeasures: []")).toThrow(ValidationError);
  });

  it("rejects duplicate ids", () => {
    const dup = `${yaml}  - { id: m1, category: dispatch, title: again, tags: [customer-dissatisfaction] }\n`;
    expect(loadMeasuresText(dup).problems.map((p) => p.code)).toContain("ref/duplicate-measure");
  });
});
