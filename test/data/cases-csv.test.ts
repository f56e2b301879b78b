/**
 * Case records written back as long-form CSV (test of src/data/cases-csv.ts): read back with the case reader they
 * are the same records (events to the millisecond, waves, segments, unknown events, durations given as numbers,
 * ids needing quotes), a what-if's changed cases included; the ledger counts the unknown events' rows as refused.
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { caseRecordList, type CaseRecord } from "../../src/attribution/shared/inputs.js";
import { whatIfChanged } from "../../src/attribution/what-if.js";
import { UsageError } from "../../src/core/errors.js";
import { casesFromCsv } from "../../src/data/cases.js";
import { casesToCsv } from "../../src/data/cases-csv.js";
import type { Study } from "../../src/model/study.js";
import { loadStudyFileSync } from "../../src/node/study-file.js";
import { simulateStudy } from "../../src/simulate/simulate.js";

const study = loadStudyFileSync(fileURLToPath(new URL("../../examples/studies/power-utility.study.yaml", import.meta.url))).study as Study;

/** Records in one canonical form: by id and wave, events sorted and rounded to the millisecond. */
function canonical(records: readonly CaseRecord[]): unknown[] {
  const events = (e: CaseRecord["events"]): [string, number][] =>
    [...(e instanceof Map || Array.isArray(e) ? (e as Iterable<readonly [string, number]>) : Object.entries(e))].map(([k, v]): [string, number] => [k, Math.round(v)]).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return records
    .map((r) => ({
      id: r.id,
      wave: r.wave ?? "",
      segment: [...(r.segment ?? [])].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
      events: events(r.events),
      unknown: [...(r.unknownEvents ?? [])].sort(),
      given: [...(r.given ?? new Map())].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
    }))
    .sort((a, b) => (a.id + "\u0000" + a.wave < b.id + "\u0000" + b.wave ? -1 : 1));
}

describe("casesToCsv", () => {
  it("reads back as the same records: a what-if's changed cases, with their waves and segments", () => {
    const data = simulateStudy(study, { seed: 5, waves: ["2026H1", "2026H2"], externalRespondents: 200, internalRespondents: 20, casesPerTheme: 120 });
    const changed = whatIfChanged(study, data.cases, [{ kind: "performance", step: "or_bo_dispatch", factor: 0.63 }]).cases as CaseRecord[];
    // A performance change moves events by fractions of a millisecond: written (and compared) to the millisecond.
    expect(changed.some((c) => [...(c.events as Map<string, number>).values()].some((t) => !Number.isInteger(t)))).toBe(true);
    const text = casesToCsv(changed);
    const dims = text.split("\n")[0]?.split(",").slice(4) ?? [];
    expect(dims.length).toBeGreaterThan(0);
    const back = casesFromCsv(study, text, { segments: dims });
    expect(back.ledger.summary().rejected).toBe(0);
    expect(canonical(caseRecordList(back))).toEqual(canonical(changed));
  });

  it("keeps unknown events unknown, durations given as numbers, and ids that need quotes", () => {
    const records: CaseRecord[] = [
      { id: 'WO-1, "north"', wave: "2026H1", segment: [["area", "urban"]], events: [["fault_reported", Date.UTC(2026, 0, 5, 8)], ["order_dispatched", Date.UTC(2026, 0, 5, 8, 7)]], unknownEvents: ["crew_on_site"] },
      { id: "WO-2", events: new Map([["fault_reported", Date.UTC(2026, 0, 6, 9, 0, 0, 250)]]), given: new Map([["m_dispatch_time", { value: 12.5, unit: "min" as const }]]) },
    ];
    const text = casesToCsv(records);
    expect(text.split("\n")[0]).toBe("case,event,time,wave,value,area");
    const back = casesFromCsv(study, text, { segments: ["area"] });
    expect(canonical(caseRecordList(back))).toEqual(canonical(records));
    // The unknown event's row is refused again on reading, as it was when first loaded.
    expect(back.ledger.summary().rejected).toBe(1);
  });

  it("refuses what is not a list of case records, by name", () => {
    expect(() => casesToCsv(42 as unknown as CaseRecord[])).toThrow(UsageError);
    expect(() => casesToCsv([{ id: "a", events: [] }, "b"] as unknown as CaseRecord[])).toThrow(/^gaptrace\/casesToCsv: case 1 is not a case record/);
    expect(() => casesToCsv([{ id: "a", events: [], given: { m: { value: 1, unit: "min" } } }] as unknown as CaseRecord[])).toThrow(/^gaptrace\/casesToCsv: case 0 is not a case record .*given a Map/);
  });
});
