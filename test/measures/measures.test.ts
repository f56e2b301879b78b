import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TAGS } from "../../src/attribution/shared/findings.js";
import { formatWhere } from "../../src/core/problem.js";
import { UsageError, ValidationError } from "../../src/core/errors.js";
import { labelText } from "../../src/core/label.js";
import {
  attachMeasures,
  defaultMeasures,
  INDUSTRY_MEASURES_INPUT,
  loadMeasuresText,
  measuresFor,
  readMeasuresText,
  SHARED_MEASURES_INPUT,
  serviceAreaCoverage,
  validateMeasures,
  type MeasureCatalogueInput,
} from "../../src/measures/index.js";
import type { Study } from "../../src/model/study.js";
import { utilityRun } from "../reports/fixture.js";

const { study, result } = utilityRun();

const INDUSTRY_LIST = ["power-utility", "water-gas", "telecom", "contact-centre", "transport"] as const;

describe("the bundled catalogues", () => {
  it("are valid, every category used, both languages given, every tag covered, for each industry and for none", () => {
    for (const industry of [undefined, ...INDUSTRY_LIST]) {
      const cat = defaultMeasures(industry);
      expect(validateMeasures(cat).ok, String(industry)).toBe(true);
      for (const c of cat.categories) expect(cat.measures.some((m) => m.category === c.id), `${industry}: ${c.id}`).toBe(true);
      for (const m of cat.measures) {
        expect(typeof m.title === "object" && m.title.en !== undefined && m.title.zh !== undefined, m.id).toBe(true);
        expect(typeof m.description === "object" && m.description.en !== undefined && m.description.zh !== undefined, m.id).toBe(true);
      }
      for (const t of TAGS) expect(cat.measures.some((m) => m.tags.includes(t)), `${industry}: ${t}`).toBe(true);
    }
  });

  it("give each industry its own measures, first, and never another industry's; without an industry only the shared ones", () => {
    const shared = new Set(SHARED_MEASURES_INPUT.measures.map((m) => m.id));
    expect(defaultMeasures().measures.map((m) => m.id)).toEqual([...shared]);
    const seen = new Set(shared);
    for (const industry of INDUSTRY_LIST) {
      const own = INDUSTRY_MEASURES_INPUT.get(industry)!.measures.map((m) => m.id);
      expect(own.length, industry).toBeGreaterThanOrEqual(8);
      // A measure id means one measure across all the bundled catalogues.
      for (const id of own) expect(seen.has(id), id).toBe(false);
      own.forEach((id) => seen.add(id));
      expect(defaultMeasures(industry).measures.map((m) => m.id)).toEqual([...own, ...shared]);
    }
    // The 0.1 bundle (DEFAULT_MEASURES_INPUT until 0.3) is the power utility's.
    expect(defaultMeasures("power-utility").measures).toHaveLength(33);
    expect(() => defaultMeasures("aviation" as never)).toThrow(UsageError);
  });

  it("keep power-utility wording out of the shared measures", () => {
    for (const m of defaultMeasures().measures) {
      const en = `${labelText(m.title, "en")} ${labelText(m.description, "en")}`;
      const zh = `${labelText(m.title, "zh")} ${labelText(m.description, "zh")}`;
      expect(en, m.id).not.toMatch(/power|outage|electric|tariff|depot|crew|95598/i);
      expect(zh, m.id).not.toMatch(/电费|电价|停电|供电|抢修班|95598/);
    }
  });

  it("write transport measures about the gate, baggage, delay information and crew scheduling", () => {
    const ids = defaultMeasures("transport").measures.map((m) => m.id);
    for (const id of ["tr-gate-readiness", "tr-bag-delivery", "tr-delay-information", "tr-crew-reserve"]) expect(ids).toContain(id);
    expect(ids).not.toContain("staff-standby-crews");
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
    // The study declares industry: power-utility, so its own measures come before the shared ones.
    expect(attached.get("us:std_reconnect_24h:clock")?.map((m) => m.measure.id).slice(0, 2)).toEqual(["clock-realtime-posting", "clock-customer-event"]);
    expect(attached.get("nce:or_bo_dispatch")?.[0]?.measure.id).toBe("dispatch-auto-nearest");
  });

  it("puts a measure written for a step, standard or post first, and never on other findings", () => {
    const input: MeasureCatalogueInput = {
      ...(structuredClone(defaultMeasures("power-utility")) as MeasureCatalogueInput),
      measures: [
        ...defaultMeasures("power-utility").measures,
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

describe("the 0.1 argument order (the study second), removed in 0.3", () => {
  it("is refused with a UsageError naming the function and its first argument", () => {
    const loose = (f: unknown): ((...args: unknown[]) => unknown) => f as (...args: unknown[]) => unknown;
    const bad = { ...(structuredClone(defaultMeasures("power-utility")) as MeasureCatalogueInput), measures: [{ id: "x", category: "dispatch-process", title: "X", tags: ["non-compliant-execution"], steps: ["no_such_step"] }] };
    const now = validateMeasures(study, bad);
    expect(now.problems.length).toBeGreaterThan(0);
    expect(validateMeasures(bad).problems.length).toBeLessThan(now.problems.length);
    expect(() => loose(validateMeasures)(bad, study)).toThrow(UsageError);
    expect(() => loose(validateMeasures)(bad, study)).toThrow(/^gaptrace\/validateMeasures: the first argument must be a study \(a validated Study object\); got /);
    // Without a study: the catalogue is checked on its own, never taken for the study.
    expect(validateMeasures(undefined as never, bad)).toEqual(validateMeasures(bad));
    expect(validateMeasures(undefined as never, defaultMeasures()).ok).toBe(true);
    expect(() => loose(attachMeasures)(result, study, defaultMeasures(), { max: 2 })).toThrow(/^gaptrace\/attachMeasures: the first argument must be a study \(a validated Study object\); got /);
    expect(() => loose(attachMeasures)(study, study)).toThrow(/^gaptrace\/attachMeasures: the second argument must be an attribution/);
    const current = attachMeasures(study, result, defaultMeasures(), { max: 2 });
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

describe("the catalogue a study uses", () => {
  const without = { ...study, industry: undefined } as Study;
  const airline = { ...study, industry: "transport" } as Study;

  it("is the bundled one of the declared industry, else the shared measures alone, and says which", () => {
    expect(measuresFor(study).source).toMatchObject({ kind: "bundled", industry: "power-utility" });
    expect(measuresFor(without).source).toMatchObject({ kind: "bundled", industry: undefined });
    expect(measuresFor(without).catalogue).toBe(defaultMeasures());
    const shared = new Set(defaultMeasures().measures.map((m) => m.id));
    for (const list of attachMeasures(without, result).values()) for (const m of list) expect(shared.has(m.measure.id), m.measure.id).toBe(true);
  });

  it("never suggests a power-utility measure on a transport study", () => {
    const power = new Set(INDUSTRY_MEASURES_INPUT.get("power-utility")!.measures.map((m) => m.id));
    const attached = attachMeasures(airline, result);
    expect([...attached.values()].flat().length).toBeGreaterThan(0);
    for (const list of attached.values()) for (const m of list) expect(power.has(m.measure.id), m.measure.id).toBe(false);
  });

  it("suggests a service-area measure only in themes that name its category", () => {
    const telecom = { ...study, industry: "telecom" } as Study;
    const areaIds = (st: Study): Set<string> => {
      const cat = measuresFor(st).catalogue;
      const areas = new Set(cat.categories.filter((c) => c.serviceArea).map((c) => c.id));
      return new Set(cat.measures.filter((m) => areas.has(m.category)).map((m) => m.id));
    };
    const area = areaIds(telecom);
    expect(area.size).toBeGreaterThan(0);
    // No theme names a category: repair findings get no installation or billing measure, only measures of work.
    const none = [...attachMeasures(telecom, result).values()].flat();
    expect(none.length).toBeGreaterThan(0);
    for (const m of none) expect(area.has(m.measure.id), m.measure.id).toBe(false);
    expect(serviceAreaCoverage(telecom, measuresFor(telecom).catalogue).unnamed.map((c) => c.id)).toEqual(["installation", "fault-repair", "network-information", "billing"]);
    // The outage theme names fault repair: its findings may get fault-repair measures, never billing ones.
    const named = {
      ...telecom,
      themeMap: { ...telecom.themeMap, themes: telecom.themeMap.themes.map((t) => (t.id === "theme_outage_repair" ? { ...t, measureCategories: ["fault-repair", "fault_repair"] } : t)) },
    } as Study;
    const cat = measuresFor(named).catalogue;
    const categoryOf = new Map(cat.measures.map((m) => [m.id, m.category] as const));
    const outageSteps = new Set(named.blueprints.filter((bp) => bp.theme === "theme_outage_repair").flatMap((bp) => bp.steps.map((x) => x.id)));
    const attached = attachMeasures(named, result);
    let repair = 0;
    for (const f of result.findings)
      for (const m of attached.get(f.id) ?? []) {
        if (!area.has(m.measure.id)) continue;
        expect(categoryOf.get(m.measure.id)).toBe("fault-repair");
        expect("step" in f && outageSteps.has(f.step), f.id).toBe(true);
        repair++;
      }
    expect(repair).toBeGreaterThan(0);
    const coverage = serviceAreaCoverage(named, cat);
    expect(coverage.unnamed.map((c) => c.id)).toEqual(["installation", "network-information", "billing"]);
    expect(coverage.unknown).toEqual([{ theme: "theme_outage_repair", category: "fault_repair" }]);
  });

  it("gives no suggestion where no entry fits", () => {
    const only = readMeasuresText(`format: gaptrace/measures@1
categories: [{ id: std, name: Standards }]
measures:
  - { id: revise, category: std, title: Revise, tags: [unreasonable-standard] }
`);
    const attached = attachMeasures(study, result, only);
    for (const f of result.findings) expect(attached.get(f.id)?.length, f.id).toBe(f.tag === "unreasonable-standard" ? 1 : 0);
    expect(measuresFor(study, only).source.kind).toBe("file");
  });

  it("extends the bundled catalogue when the file says so: its own measures first, a bundled id replaced, bundled categories usable", () => {
    const text = `format: gaptrace/measures@1
name: { en: Our measures, zh: 本单位措施 }
extends: industry
categories: []
measures:
  - id: gis-dispatch
    category: dispatch-process
    title: GIS dispatch
    tags: [non-compliant-execution]
    steps: [or_bo_dispatch]
  - id: dispatch-auto-nearest
    category: dispatch-process
    title: Our own automatic dispatch
    tags: [non-compliant-execution]
    evidence: [compliance-below-standard]
`;
    const r = loadMeasuresText(text, { file: "ours.yaml", study });
    expect(r.problems).toEqual([]);
    const resolved = measuresFor(study, r.catalogue);
    expect(resolved.source).toMatchObject({ kind: "file-and-bundled", industry: "power-utility" });
    const ids = resolved.catalogue.measures.map((m) => m.id);
    expect(ids.slice(0, 2)).toEqual(["gis-dispatch", "dispatch-auto-nearest"]);
    expect(ids.filter((id) => id === "dispatch-auto-nearest")).toHaveLength(1);
    expect(resolved.catalogue.measures[1]?.title).toBe("Our own automatic dispatch");
    expect(ids).toContain("walk-customer");
    expect(attachMeasures(study, result, r.catalogue).get("nce:or_bo_dispatch")?.[0]?.measure.id).toBe("gis-dispatch");
    // Extending the shared measures only: the power-utility category is unknown, and located.
    const shared = loadMeasuresText(text.replace("extends: industry", "extends: shared"), { file: "ours.yaml", study });
    expect(shared.ok).toBe(false);
    expect(shared.problems.filter((p) => p.code === "ref/unknown-category").map((p) => formatWhere(p))).toEqual([expect.stringMatching(/^ours\.yaml:7:/), expect.stringMatching(/^ours\.yaml:12:/)]);
    // A bad value of extends is located too.
    const bad = loadMeasuresText(text.replace("extends: industry", "extends: aviation"), { file: "ours.yaml" });
    expect(bad.problems.some((p) => p.path[0] === "extends" && p.location?.line === 3)).toBe(true);
  });
});
