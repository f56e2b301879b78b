import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { casesFromCsv } from "../../src/data/cases.js";
import { complianceFor } from "../../src/data/durations.js";
import { loadStudyFileSync } from "../../src/node/study-file.js";
import { casesCsv, simulateStudy } from "../../src/simulate/index.js";
import { caseView } from "../../src/attribution/shared/inputs.js";

const study = loadStudyFileSync(fileURLToPath(new URL("../../examples/studies/power-utility.study.yaml", import.meta.url))).study!;

describe("scoped standards", () => {
  it("complianceFor counts only the cases in the standard's scope, as the attribution does", () => {
    const data = simulateStudy(study, { seed: 3, externalRespondents: 0, internalRespondents: 0, casesPerTheme: 400 });
    const records = casesFromCsv(study, casesCsv(data), { segments: ["area", "fault_class"] });
    const urban = study.standards.find((s) => s.id === "std_arrival_urban_45min")!;
    const c = complianceFor(study, records, urban);
    const inScope = data.cases.filter((k) => k.theme === "theme_outage_repair" && k.segment.some(([d, v]) => d === "area" && v === "urban")).length;
    // Only outage work orders have the clock's events; of those, only urban ones are in scope.
    expect(c.measured).toBe(inScope);
    expect(c.measured).toBeLessThan(400);
    const view = caseView(records);
    expect(view.durations(urban.clock ?? study.metrics.find((m) => m.id === urban.metric)!.clock!, "min", urban.scope).values.length).toBe(c.measured);
  });
});
