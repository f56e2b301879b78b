/**
 * BPMN out: the exported file is BPMN 2.0 that bpmn-moddle reads without a warning, every element has its diagram
 * shape, findings are annotations attached to the steps they land on, and study → BPMN → study gives the study
 * back (the order of themes and hand-offs aside: BPMN has none).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { BpmnModdle } from "bpmn-moddle";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bpmnMapping, importBpmn, renderBpmn } from "../../src/bpmn/index.js";
import { UsageError } from "../../src/core/errors.js";
import { readStudyText } from "../../src/study/load.js";
import { parseStudy } from "../../src/study/validate/index.js";
import type { Study } from "../../src/model/study.js";
import { utilityRun, utilityStudy } from "../reports/fixture.js";
import { INVOICE_MAPPING } from "./invoice-mapping.js";

const TRAINING = fileURLToPath(new URL("../../examples/studies/training.study.yaml", import.meta.url));

/** A study with its order-free parts sorted, for comparing structure. */
function structure(study: Study | undefined): unknown {
  if (study === undefined) return undefined;
  const key = (h: { from: string; to: string }): string => `${h.from}\u0000${h.to}`;
  return {
    ...study,
    themeMap: { ...study.themeMap, themes: [...study.themeMap.themes].sort((a, b) => a.id.localeCompare(b.id)) },
    blueprints: study.blueprints.map((b) => ({ ...b, handoffs: [...b.handoffs].sort((x, y) => key(x).localeCompare(key(y))) })),
  };
}

async function roundTrip(study: Study, lang: "en" | "zh" = "en"): Promise<Study | undefined> {
  const back = await importBpmn(renderBpmn(study, undefined, { lang }), { mapping: JSON.parse(JSON.stringify(bpmnMapping(study, { lang }))) });
  expect(back.problems.filter((p) => p.severity !== "info")).toEqual([]);
  expect(back.ok).toBe(true);
  return back.report?.study;
}

describe("renderBpmn", () => {
  it("writes BPMN 2.0 that bpmn-moddle reads without a warning, with a diagram shape for every element", async () => {
    const study = utilityStudy();
    const xml = renderBpmn(study);
    const { rootElement, warnings, elementsById } = (await new BpmnModdle().fromXML(xml)) as unknown as {
      rootElement: { rootElements: { $type: string }[]; diagrams: { plane: { planeElement: { bpmnElement: { id: string } }[] } }[] };
      warnings: unknown[];
      elementsById: Record<string, { $type: string }>;
    };
    expect(warnings).toEqual([]);
    expect(rootElement.rootElements.filter((r) => r.$type === "bpmn:Process")).toHaveLength(study.blueprints.length);
    const drawn = new Set(rootElement.diagrams[0]!.plane.planeElement.map((e) => e.bpmnElement.id));
    const needDrawing = Object.entries(elementsById).filter(([, e]) => /Task|Gateway|SequenceFlow|Lane$|Participant/.test(e.$type)).map(([id]) => id);
    expect(needDrawing.length).toBeGreaterThan(100);
    expect(needDrawing.filter((id) => !drawn.has(id))).toEqual([]);
  });

  it("writes the findings as text annotations associated with the steps they land on", async () => {
    const { study, result } = utilityRun();
    expect(result.findings.length).toBeGreaterThan(0);
    const xml = renderBpmn(study, result);
    const notes = [...xml.matchAll(/<bpmn:textAnnotation id="(gt_note_\d+)">/g)].map((m) => m[1]);
    expect(notes.length).toBeGreaterThanOrEqual(result.findings.length);
    const dispatch = result.findings.find((f) => f.tag === "non-compliant-execution" && f.step === "or_bo_dispatch");
    expect(dispatch).toBeDefined();
    const targets = [...xml.matchAll(/<bpmn:association id="[^"]+" sourceRef="([^"]+)" targetRef="([^"]+)" \/>/g)].map((m) => [m[1], m[2]]);
    expect(targets.some(([, step]) => step === "or_bo_dispatch")).toBe(true);
    for (const f of result.findings.filter((x) => x.tag === "unreasonable-standard")) {
      const steps = study.standards.find((s) => s.id === f.standard)?.steps ?? [];
      for (const s of steps) expect(targets.some(([, step]) => step === s)).toBe(true);
    }
    const { warnings } = await new BpmnModdle().fromXML(xml);
    expect(warnings).toEqual([]);
    // The annotations come back as unsupported artifacts, each at its id; the study is unchanged.
    const back = await importBpmn(xml, { mapping: JSON.parse(JSON.stringify(bpmnMapping(study))) });
    expect(back.problems.filter((p) => p.code === "bpmn/unsupported").length).toBe(targets.length + notes.length);
    expect(structure(back.report?.study)).toEqual(structure(study));
  });

  it("writes names and annotations in Chinese on request", () => {
    const { study, result } = utilityRun();
    const xml = renderBpmn(study, result, { lang: "zh" });
    expect(xml).toContain("外部客户");
    expect(xml).toMatch(/<bpmn:text>[^<]*[\u4e00-\u9fff]/);
  });

  it("refuses malformed options with a usage error", () => {
    expect(() => renderBpmn(utilityStudy(), undefined, { lang: "fr" as "en" })).toThrow(UsageError);
    expect(() => bpmnMapping(utilityStudy(), { colour: 1 } as never)).toThrow(/gaptrace\/bpmnMapping/);
  });
});

describe("study → BPMN → study", () => {
  it("gives the power-utility study back, its monitoring and the themes' measure categories included", async () => {
    const study = utilityStudy();
    expect(study.monitoring).toBeDefined();
    expect(structure(await roundTrip(study))).toEqual(structure(study));
    const themed = { ...study, themeMap: { ...study.themeMap, themes: study.themeMap.themes.map((t, i) => (i === 0 ? { ...t, measureCategories: ["dispatch-process"] } : t)) } };
    const back = await roundTrip(themed);
    expect(back?.themeMap.themes.find((t) => t.id === themed.themeMap.themes[0]?.id)?.measureCategories).toEqual(["dispatch-process"]);
    expect(structure(back)).toEqual(structure(themed));
  });

  it("gives the training study back, from the Chinese file as from the English", async () => {
    const study = readStudyText(readFileSync(TRAINING, "utf8"));
    expect(structure(await roundTrip(study))).toEqual(structure(study));
    expect(structure(await roundTrip(study, "zh"))).toEqual(structure(study));
  });

  it("keeps hostile labels, ids that are not XML ids, bilingual names, parallel and rework hand-offs", async () => {
    const base = utilityStudy();
    const bp = base.blueprints[0]!;
    const [s0, s1] = [bp.steps[0]!, bp.steps[1]!];
    const renamed = (id: string): string => (id === s0.id ? "9:start" : id);
    const study = parseStudy({
      ...JSON.parse(JSON.stringify(base)),
      blueprints: base.blueprints.map((b, i) =>
        i !== 0
          ? b
          : {
              ...b,
              steps: b.steps.map((s) => (s.id === s0.id ? { ...s, id: "9:start", name: 'A <b>"bold"</b> & \n two-line name' } : s.id === s1.id ? { ...s, name: { en: "Report", zh: "报修" } } : s)),
              handoffs: b.handoffs.map((h, k) => ({ ...h, from: renamed(h.from), to: renamed(h.to), ...(k < 2 ? { kind: "parallel", label: `<&> ${k}` } : {}) })),
            },
      ),
      evaluationPoints: base.evaluationPoints.map((p) => ({ ...p, step: renamed(p.step) })),
      events: base.events.map((e) => (e.step === undefined ? e : { ...e, step: renamed(e.step) })),
      metrics: base.metrics.map((m) => ({ ...m, step: renamed(m.step) })),
      standards: base.standards.map((s) => ({ ...s, steps: s.steps.map(renamed) })),
    });
    expect(study.blueprints[0]?.handoffs.some((h) => h.rework)).toBe(true);
    const xml = renderBpmn(study);
    expect(xml).toContain("gt_step_1");
    expect(xml).toContain("<bpmn:parallelGateway");
    expect(xml).toContain("&lt;b&gt;&quot;bold&quot;&lt;/b&gt; &amp; &#10; two-line name");
    expect(structure(await roundTrip(study))).toEqual(structure(study));
  });

  it("gives back a study imported from a real BPMN file (Camunda's invoice process, with its loop)", async () => {
    const xml = readFileSync(fileURLToPath(new URL("../fixtures/bpmn/camunda-invoice-v2.bpmn", import.meta.url)), "utf8");
    const imported = (await importBpmn(xml, { mapping: INVOICE_MAPPING })).report?.study;
    expect(imported?.blueprints[0]?.handoffs.filter((h) => h.rework)).toHaveLength(1);
    expect(structure(await roundTrip(imported!))).toEqual(structure(imported));
  });

  it("holds for any choice of serial and parallel hand-offs (property)", async () => {
    const base = utilityStudy();
    const n = base.blueprints[1]!.handoffs.length;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom("serial", "parallel"), { minLength: n, maxLength: n }), async (kinds) => {
        const study = parseStudy({
          ...JSON.parse(JSON.stringify(base)),
          blueprints: base.blueprints.map((b, i) => (i !== 1 ? b : { ...b, handoffs: b.handoffs.map((h, k) => ({ ...h, kind: kinds[k] })) })),
        });
        expect(structure(await roundTrip(study))).toEqual(structure(study));
      }),
      { numRuns: 15, seed: 15 },
    );
  });
});

describe("renderBpmn and bpmnMapping on wrong arguments", () => {
  it("refuse a first argument that is not a study, and a result that is not an attribution", () => {
    expect(() => renderBpmn({} as Study)).toThrow(/gaptrace\/renderBpmn: the first argument is not a study/);
    expect(() => bpmnMapping(null as unknown as Study)).toThrow(UsageError);
    expect(() => renderBpmn(utilityStudy(), { findings: "x" } as never)).toThrow(/not an attribution result/);
    const { result } = utilityRun();
    const other = readStudyText(readFileSync(TRAINING, "utf8"));
    expect(() => renderBpmn(other, result)).toThrow(/gaptrace\/renderBpmn: the result is of study ".+", not ".+"\./);
  });
});
