import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { whatIf } from "../../src/attribution/what-if.js";
import { collectResponses } from "../../src/data/dataset.js";
import { parseStudy } from "../../src/study/validate/index.js";
import { NotFoundError, UsageError, ValidationError } from "../../src/core/errors.js";
import type { CaseRecord } from "../../src/attribution/shared/inputs.js";
import { bundled, simulated } from "./helpers.js";

const mini = parseStudy(parse(readFileSync(new URL("../fixtures/studies/mini.study.yaml", import.meta.url), "utf8")));
const h = 3_600_000;
const cases: CaseRecord[] = Array.from({ length: 400 }, (_, i) => {
  const late = i % 5 === 0; // 20% reconnected after 30 h, the rest after 10 h
  return { id: `k${i}`, events: [["paid", i * h], ["settled", i * h + 2 * h], ["reconnected", i * h + 2 * h + (late ? 30 : 10) * h]] };
});
const rows = Array.from({ length: 200 }, (_, i) => [
  { respondent: `c${i}`, question: "q_recon_sat", value: [4, 5, 4, 5, 5][i % 5], audience: "external" },
  { respondent: `c${i}`, question: "q_recon_exp", value: [36, 48, 30, 72][i % 4], audience: "external" },
]).flat();
const data = { responses: collectResponses(mini, rows), cases };

describe("whatIf", () => {
  it("faster work at the step resolves its non-compliance", () => {
    const r = whatIf(mini, data, [{ kind: "performance", step: "reconnect", factor: 0.7 }]);
    expect(r.before.findings.map((f) => f.id)).toEqual(["nce:reconnect"]);
    expect(r.findings).toEqual([expect.objectContaining({ id: "nce:reconnect", status: "resolved" })]);
  });

  it("a looser threshold resolves it too, a stricter one makes it worse", () => {
    expect(whatIf(mini, data, [{ kind: "standard", standard: "recon_24h", threshold: 36 }]).findings[0]?.status).toBe("resolved");
    const stricter = whatIf(mini, data, [{ kind: "standard", standard: "recon_24h", threshold: 8 }]);
    expect(stricter.findings[0]?.status).toBe("changed");
    expect(stricter.after.findings[0]!.severity).toBeGreaterThan(stricter.before.findings[0]!.severity);
  });

  it("moving a clock to the customers' start event resolves the clock finding (结清 → 缴清)", () => {
    const { data: sim, table } = simulated({ seed: 5, externalRespondents: 4000, internalRespondents: 800, casesPerTheme: 600, plant: [{ tag: "unreasonable-standard", standard: "std_reconnect_24h", via: "clock" }] });
    const r = whatIf(bundled, { responses: table, cases: sim.cases }, [{ kind: "standard", standard: "std_reconnect_24h", clockStart: "arrears_paid" }]);
    expect(r.findings.find((f) => f.id === "us:std_reconnect_24h:clock")?.status).toBe("resolved");
  });

  it("rejects changes it cannot make, with the function's name", () => {
    expect(() => whatIf(mini, data, [])).toThrow(UsageError);
    // The malformed change is named by its place in the list, with what to write.
    expect(() => whatIf(mini, data, [{ kind: "standard", standard: "recon_24h", threshold: 1 }, { kind: "performance", step: "pays", factor: -1 }])).toThrow(/gaptrace\/whatIf: changes\[1\]\.factor must be a number ≥ 0/);
    // A misspelt field is refused, not ignored.
    expect(() => whatIf(mini, data, [{ kind: "standard", standard: "recon_24h", treshold: 1 } as never])).toThrow(/treshold/);
    expect(() => whatIf(mini, data, [{ kind: "standard", standard: "nope", threshold: 1 }])).toThrow(NotFoundError);
    expect(() => whatIf(mini, data, [{ kind: "standard", standard: "recon_24h", clockStart: "nowhere" }])).toThrow(ValidationError);
    expect(() => whatIf(mini, data, [{ kind: "performance", step: "pays", factor: 0.5 }])).toThrow(/no standard measures/);
    expect(() => whatIf(mini, data, [{ kind: "magic" } as never])).toThrow(/gaptrace\/whatIf: .*kind "standard"/);
  });
});

describe("whatIf with loaded work orders", () => {
  it("takes the case records readCasesCsv returns", async () => {
    const { casesFrom } = await import("../../src/data/cases.js");
    const loaded = casesFrom(mini, cases.flatMap((c) => (c.events as readonly (readonly [string, number])[]).map(([event, t]) => ({ case: c.id, event, time: new Date(t).toISOString() }))));
    const r = whatIf(mini, { responses: data.responses, cases: loaded }, [{ kind: "performance", step: "reconnect", factor: 0.7 }]);
    expect(r.findings).toEqual([expect.objectContaining({ id: "nce:reconnect", status: "resolved" })]);
  });
});
