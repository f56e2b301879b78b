import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { loadStudyFileSync } from "../../src/node/study-file.js";
import { simulateStudy, responsesCsv, plantableCauses, choosePlants, exposureRule, type PlantedCause } from "../../src/simulate/index.js";
import { UsageError } from "../../src/core/errors.js";
import { parseStudy } from "../../src/study/validate/index.js";

const study = loadStudyFileSync(fileURLToPath(new URL("../../examples/studies/power-utility.study.yaml", import.meta.url))).study!;
const small = { externalRespondents: 400, internalRespondents: 100, casesPerTheme: 50 };

describe("simulateStudy", () => {
  it("is deterministic for a seed", () => {
    const a = simulateStudy(study, { seed: 4, ...small });
    const b = simulateStudy(study, { seed: 4, ...small });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(simulateStudy(study, { seed: 5, ...small }).answers)).not.toBe(JSON.stringify(a.answers));
  });

  it("makes the requested numbers of respondents and cases, answers on each question's scale", () => {
    const d = simulateStudy(study, { seed: 1, ...small, dontKnowRate: 0.05 });
    expect(d.respondents.filter((r) => r.audience === "external")).toHaveLength(400);
    expect(d.respondents.filter((r) => r.audience === "internal").length).toBeGreaterThan(90);
    expect(d.cases).toHaveLength(50 * 4);
    const qs = new Map(study.evaluationPoints.flatMap((p) => p.questions.map((q) => [q.id, q] as const)));
    let dk = 0;
    for (const a of d.answers) {
      if (a.value === "DK") { dk++; continue; }
      const q = qs.get(a.question)!;
      const v = a.value as number;
      if (q.scale.type === "likert") expect(v >= 1 && v <= q.scale.points && Number.isInteger(v)).toBe(true);
      if (q.scale.type === "numeric" && q.scale.max !== undefined) expect(v).toBeLessThanOrEqual(q.scale.max);
    }
    expect(dk / d.answers.length).toBeGreaterThan(0.03);
    expect(dk / d.answers.length).toBeLessThan(0.07);
  });

  it("internal respondents answer only their post's questions", () => {
    const d = simulateStudy(study, { seed: 2, ...small });
    const rater = new Map(study.evaluationPoints.flatMap((p) => p.questions.flatMap((q) => (q.audience.kind === "internal" ? [[q.id, q.audience.rater] as const] : []))));
    const post = new Map(d.respondents.map((r) => [r.id, r.post] as const));
    for (const a of d.answers) if (rater.has(a.question)) expect(post.get(a.respondent)).toBe(rater.get(a.question));
  });

  it("case events follow the clocks: every standard's clock runs forward", () => {
    const d = simulateStudy(study, { seed: 3, ...small });
    const c = d.cases.find((x) => x.theme === "theme_payment_reconnection")!;
    const t = new Map(c.events);
    expect(t.get("arrears_paid")!).toBeLessThanOrEqual(t.get("arrears_settled")!);
    expect(t.get("arrears_settled")!).toBeLessThanOrEqual(t.get("supply_reconnected")!);
  });

  it("resolves planted causes to their posts and records what they affect", () => {
    const d = simulateStudy(study, { seed: 1, ...small, plant: [{ tag: "non-compliant-execution", step: "or_bo_dispatch" }, { tag: "unreasonable-standard", standard: "std_reconnect_24h", via: "clock" }] });
    expect(d.truth.planted.map((p) => [p.post, p.department])).toEqual([["repair_dispatcher", "dispatch_control_centre"], ["service_quality_officer", "marketing_dept"]]);
    expect(d.truth.affectedPoints.map((p) => p.point)).toContain("ep_or_arrival");
    expect(d.truth.affectedPoints.map((p) => p.point)).not.toContain("ep_or_report"); // upstream of dispatch
  });

  it("rejects impossible plants and sizes with usage errors", () => {
    expect(() => simulateStudy(study, { plant: [{ tag: "non-compliant-execution", step: "or_cust_report_fault" }] })).toThrow(UsageError);
    expect(() => simulateStudy(study, { plant: [{ tag: "unreasonable-standard", standard: "nope" }] })).toThrow(/no standard "nope"/);
    expect(() => simulateStudy(study, { externalRespondents: -1 })).toThrow(/externalRespondents/);
  });

  it("writes a CSV the loaders read back", () => {
    const csv = responsesCsv(simulateStudy(study, { seed: 1, externalRespondents: 20, internalRespondents: 10, casesPerTheme: 0 }));
    expect(csv.split("\n")[0]).toBe("respondent,question,value,audience,post,weight,wave,area,fault_class");
  });
});

describe("choosePlants", () => {
  it("picks one plantable cause of each tag, separable", () => {
    const all = plantableCauses(study).map((c) => JSON.stringify(c));
    for (let seed = 1; seed <= 20; seed++) {
      const p = choosePlants(study, seed);
      expect(p.map((c) => c.tag)).toEqual(["non-compliant-execution", "unreasonable-standard", "customer-dissatisfaction"]);
      for (const c of p) expect(all).toContain(JSON.stringify(c));
    }
  });

  it("options left out, it chooses as before", () => {
    for (let seed = 1; seed <= 10; seed++) {
      expect(choosePlants(study, seed, 1, {})).toEqual(choosePlants(study, seed));
      expect(choosePlants(study, seed, 1, { linkable: false, decoys: 0 })).toEqual(choosePlants(study, seed));
    }
  });

  it("linkable: every process cause is one a customer's own case can show", () => {
    const kinds = new Set<string>();
    let unlinkable = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const p = choosePlants(study, seed, 1, { linkable: true });
      expect(p.map((c) => c.tag)).toEqual(["non-compliant-execution", "unreasonable-standard", "customer-dissatisfaction"]);
      const resolved = simulateStudy(study, { externalRespondents: 0, internalRespondents: 0, casesPerTheme: 0, plant: p }).truth.planted;
      for (const c of resolved.slice(0, 2)) {
        const kind = exposureRule(study, c).exposure.kind;
        expect(kind, JSON.stringify(c)).not.toBe("everyone");
        kinds.add(kind);
      }
      // The default choice often cannot be read off a case (a step rated by its internal customers only).
      const plain = simulateStudy(study, { externalRespondents: 0, internalRespondents: 0, casesPerTheme: 0, plant: choosePlants(study, seed) }).truth.planted;
      unlinkable += plain.slice(0, 2).filter((c) => exposureRule(study, c).exposure.kind === "everyone").length;
    }
    expect([...kinds].sort()).toEqual(["beyond-acceptable", "customer-clock", "missed-standard"]);
    expect(unlinkable).toBeGreaterThan(5);
  });

  it("decoys: drawn after the real causes, late execution at another step that measures no planted standard", () => {
    const metricStep = new Map(study.metrics.map((m) => [m.id, m.step] as const));
    for (let seed = 1; seed <= 20; seed++) {
      const real = choosePlants(study, seed, 1, { linkable: true });
      const p = choosePlants(study, seed, 1, { linkable: true, decoys: 1 });
      expect(p.slice(0, 3)).toEqual(real);
      const decoy = p[3] as PlantedCause & { tag: "non-compliant-execution" };
      expect(decoy).toMatchObject({ tag: "non-compliant-execution", decoy: true });
      expect(real.some((c) => c.tag === "non-compliant-execution" && c.step === decoy.step)).toBe(false);
      const us = real.find((c) => c.tag === "unreasonable-standard");
      const usStep = us?.tag === "unreasonable-standard" ? metricStep.get(study.standards.find((s) => s.id === us.standard)!.metric) : undefined;
      expect(decoy.step).not.toBe(usStep);
      const [resolved] = simulateStudy(study, { externalRespondents: 0, internalRespondents: 0, casesPerTheme: 0, plant: [decoy] }).truth.planted;
      expect(exposureRule(study, resolved!).exposure.kind).toBe("missed-standard");
    }
    expect(choosePlants(study, 1, 1, { decoys: 2 }).filter((c) => c.tag === "non-compliant-execution" && c.decoy === true)).toHaveLength(2);
  });

  it("works on the training study", () => {
    const t = parseStudy(parse(readFileSync(new URL("../../examples/studies/training.study.yaml", import.meta.url), "utf8")));
    expect(plantableCauses(t).length).toBeGreaterThan(0);
  });
});
