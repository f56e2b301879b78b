/**
 * The case summary in process: attribution from `caseSummary(study, records)` equals attribution from the records
 * on everything the standards' tests decide (findings against standards and steps, their tests, what stayed
 * undecided), for each wave; the summary survives JSON; summaries of parts holding whole cases merge into the whole;
 * and a summary that cannot be used is refused with a worded error.
 */
import { describe, expect, it } from "vitest";
import { attribute, caseSummary, groupFigures, viewFigures, whatIf, type Attribution } from "../../src/attribution/index.js";
import { freshBins } from "../../src/attribution/evidence/figures.js";
import { caseView } from "../../src/attribution/shared/inputs.js";
import { workCalendar } from "../../src/data/calendar.js";
import { caseGroupOf, caseSummaryFromJSON, caseSummaryToJSON, mergeCaseSummaries, mergeCaseGroups, valueBins, binsMoments, binsHistogram } from "../../src/data/case-summary.js";
import { histogramFromValues } from "../../src/stats/histogram-from-values.js";
import { momentsFromValues } from "../../src/stats/moments-from-values.js";
import { bundled, simulated } from "./helpers.js";

const workdays = workCalendar({ utcOffset: "+08:00" });
const { data, table } = simulated({ seed: 9, waves: ["2025", "2026"], externalRespondents: 1200, internalRespondents: 300, casesPerTheme: 200, plant: [{ tag: "non-compliant-execution", step: "or_bo_dispatch" }, { tag: "unreasonable-standard", standard: "std_reconnect_24h", via: "clock" }] });

function standardsSide(a: Attribution): unknown {
  const families = new Set(["compliance-below-standard", "clock-mismatch", "expectation-vs-standard"]);
  const ids = new Set(bundled.standards.map((s) => s.id));
  return {
    wave: a.wave,
    findings: a.findings.filter((f) => f.tag !== "customer-dissatisfaction").map(({ explains: _e, ...f }) => f),
    tests: a.tests.filter((t) => families.has(t.family)),
    undecided: a.undecided.filter((u) => ids.has(u.subject)),
  };
}

describe("attribution from a case summary", () => {
  const summary = caseSummary(bundled, data.cases);

  it("gives the standards' findings the records give, wave by wave, with and without responses", () => {
    for (const wave of ["2025", "2026"]) {
      const a = attribute(bundled, { cases: summary }, { wave });
      const b = attribute(bundled, { cases: data.cases }, { wave });
      expect(standardsSide(a)).toEqual(standardsSide(b));
    }
    const a = attribute(bundled, { responses: table, cases: summary });
    const b = attribute(bundled, { responses: table, cases: data.cases });
    expect(standardsSide(a)).toEqual(standardsSide(b));
    expect(a.findings.some((f) => f.tag === "non-compliant-execution")).toBe(true);
    expect(a.findings.some((f) => f.tag === "unreasonable-standard" && f.via === "clock")).toBe(true);
    // The latest wave is chosen as from the records.
    expect(attribute(bundled, { cases: summary }).wave).toBe(attribute(bundled, { cases: data.cases }).wave);
  });

  it("says which figures make fresh value bins on each read: a view's (kept packed), not a summary's", () => {
    const s = bundled.standards.find((x) => x.id === "std_reconnect_24h");
    const clock = s?.clock ?? bundled.metrics.find((m) => m.id === s?.metric)?.clock;
    if (s === undefined || clock === undefined) throw new Error("the bundled study has std_reconnect_24h on a clock");
    const view = viewFigures(bundled, caseView(data.cases, "2026"));
    const group = groupFigures(caseGroupOf(summary, "2026"));
    expect(freshBins(view)).toBe(true);
    expect(freshBins(group)).toBe(false);
    expect(view.standard(s, clock).values).not.toBe(view.standard(s, clock).values);
    expect(view.standard(s, clock).values).toEqual(view.standard(s, clock).values);
    expect(group.standard(s, clock).values).toBe(group.standard(s, clock).values);
    expect(group.standard(s, clock)).toEqual(view.standard(s, clock));
  });

  it("survives JSON, and parts holding whole cases merge into the whole", () => {
    const back = caseSummaryFromJSON(JSON.parse(JSON.stringify(caseSummaryToJSON(summary))));
    expect(back).toEqual(summary);
    const parts = ["2025", "2026"].map((w) => caseSummary(bundled, data.cases.filter((c) => c.wave === w)));
    const merged = mergeCaseSummaries(parts[0] ?? summary, parts[1] ?? summary);
    expect(merged.groups.map(({ standards, ...g }) => ({ ...g, standards: standards.map(({ moments: _m, ...s }) => s) }))).toEqual(
      summary.groups.map(({ standards, ...g }) => ({ ...g, standards: standards.map(({ moments: _m, ...s }) => s) })),
    );
    expect(() => caseSummaryFromJSON({ format: "something-else" })).toThrow(/case summary/);
  });

  it("cases that name no wave belong to every wave, as in a case view", () => {
    const unwaved = data.cases.filter((c) => c.wave === "2025").map(({ wave: _w, ...c }) => c);
    const s = caseSummary(bundled, [...data.cases.filter((c) => c.wave === "2026"), ...unwaved]);
    expect(s.groups.map((g) => g.wave)).toEqual(["", "2026"]);
    const g = caseGroupOf(s, "2026");
    expect(g.cases).toBe(data.cases.length);
    expect(g).toEqual(mergeCaseGroups(s.groups[1] ?? g, s.groups[0] ?? g, "2026"));
    expect(standardsSide(attribute(bundled, { cases: s }, { wave: "2026" }))).toEqual(standardsSide(attribute(bundled, { cases: [...data.cases.filter((c) => c.wave === "2026"), ...unwaved] }, { wave: "2026" })));
  });

  it("refuses a summary of another study, and a wave it does not have", () => {
    expect(() => attribute(bundled, { cases: { ...summary, study: "other" } })).toThrow(/study "other"/);
    expect(() => attribute(bundled, { cases: summary }, { wave: "1999" })).toThrow(/no wave "1999"/);
    expect(() => mergeCaseSummaries(summary, { ...summary, calendar: true })).toThrow(/calendar/);
    // Figures computed for other standards are refused, not read: a moved threshold or clock (a what-if) needs new ones.
    const stricter = { ...bundled, standards: bundled.standards.map((x) => (x.id === "std_dispatch_5min" ? { ...x, threshold: x.threshold / 2 } : x)) };
    expect(() => attribute(stricter, { cases: summary })).toThrow(/other standards/);
    expect(() => whatIf(bundled, { cases: summary }, [{ kind: "standard", standard: "std_reconnect_24h", clockStart: "arrears_paid" }])).toThrow(/other standards/);
    expect(() => whatIf(bundled, { cases: summary }, [{ kind: "performance", step: "or_bo_dispatch", factor: 0.5 }])).toThrow(/not a case summary/);
    expect(() => mergeCaseSummaries(summary, caseSummary(stricter, data.cases))).toThrow(/different standards/);
    expect(() => attribute(bundled, { cases: summary }, { calendar: workdays })).toThrow(/without one/);
  });

  it("bins are what histogramFromValues tabulates, and their moments those of the values", () => {
    const xs = [3, 1.5, 3, -0, 0, 7.25, 1.5, 3];
    const h = histogramFromValues(xs);
    expect(binsHistogram(valueBins(xs))).toEqual(h);
    expect(binsHistogram(valueBins(xs), [Number.MAX_VALUE, 2])).toEqual(histogramFromValues([...xs, Number.MAX_VALUE, Number.MAX_VALUE]));
    const m = binsMoments(valueBins(xs));
    const e = momentsFromValues(xs);
    expect(m.n).toBe(e.n);
    expect(m.mean).toBeCloseTo(e.mean, 12);
    expect(m.m2).toBeCloseTo(e.m2, 12);
  });
});
