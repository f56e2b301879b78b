/**
 * The driver regressions' two rounds over parts (test of src/attribution/shared/linked-slopes.ts): parts holding
 * whole cases with their respondents, summarised apart, give their round 1; `linkedSlopes` merges and solves it;
 * every part's round 2 at those slopes merges with `mergeLinkedSummaries` into the summary of one run over the whole
 * (counts exactly, numbers to 1e-10), and the attribution from it is the whole's. Round-2 parts made at different
 * slopes are refused by name, with English and Chinese text.
 */
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { attribute } from "../../../src/attribution/attribute.js";
import { summariseLinked } from "../../../src/attribution/linked.js";
import { linkedSlopes } from "../../../src/attribution/shared/linked-slopes.js";
import { mergeLinkedSummaries, type LinkedSummary } from "../../../src/attribution/shared/linked-summary.js";
import { caseSummary } from "../../../src/attribution/evidence/figures.js";
import { summariseSurvey } from "../../../src/attribution/summary/summarise.js";
import { UsageError, ValidationError } from "../../../src/core/errors.js";
import { problemText } from "../../../src/core/problem.js";
import { collectResponses } from "../../../src/data/dataset.js";
import type { Study } from "../../../src/model/study.js";
import { loadStudyFileSync } from "../../../src/node/study-file.js";
import { responseRows } from "../../../src/simulate/rows.js";
import { simulateStudy } from "../../../src/simulate/simulate.js";
import { expectClose } from "../summary-compare.js";
import { expectLinkedClose, traced } from "../linked-compare.js";

const study = loadStudyFileSync(fileURLToPath(new URL("../../../examples/studies/power-utility.study.yaml", import.meta.url))).study as Study;
const plant = [
  { tag: "non-compliant-execution", step: "or_bo_dispatch" },
  { tag: "customer-dissatisfaction", point: "ep_or_arrival" },
] as const;
const data = simulateStudy(study, { seed: 29, plant, waves: ["2026H1", "2026H2"], externalRespondents: 2400, internalRespondents: 300, casesPerTheme: 500, link: { share: 0.8 } });
const rows = [...responseRows(data)];
const table = collectResponses(study, rows);
const WAVES = ["2026H1", "2026H2"];

// Three parts, by case (every case with the respondents naming it; the others by respondent).
const caseIds = [...new Set(data.cases.map((c) => c.id))].sort();
const partOfCase = new Map(caseIds.map((id, i) => [id, i % 3] as const));
const respondents = [...new Set(rows.map((r) => String(r.respondent)))].sort();
const partOfRow = (r: (typeof rows)[number]): number => (r.case === undefined || r.case === "" ? respondents.indexOf(String(r.respondent)) % 3 : (partOfCase.get(String(r.case)) ?? 0));
const parts = [0, 1, 2].map((k) => ({ responses: collectResponses(study, rows.filter((r) => partOfRow(r) === k)), cases: data.cases.filter((c) => partOfCase.get(c.id) === k) }));

let whole: LinkedSummary;
let first: LinkedSummary[];
let second: LinkedSummary[];
beforeAll(async () => {
  whole = await summariseLinked(study, { responses: table, cases: data.cases });
  const findings = new Map(WAVES.map((wave) => [wave, attribute(study, { responses: table, cases: data.cases }, { wave }).findings] as const));
  first = [];
  for (const p of parts) first.push(await summariseLinked(study, p, { findings }));
  const slopes = linkedSlopes(first);
  expect(slopes.ready).toBe(true);
  second = [];
  for (const p of parts) second.push(await summariseLinked(study, p, { findings, slopes }));
});


/** The problem a merge of two round-2 parts is refused with (it must be refused, as drivers/round-two-slopes). */
function mergeRefusal(a: LinkedSummary, b: LinkedSummary): ValidationError["problems"][number] | undefined {
  let error: unknown;
  try {
    mergeLinkedSummaries(a, b);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ValidationError);
  const [p] = (error as ValidationError).problems;
  expect(p?.code).toBe("drivers/round-two-slopes");
  return p;
}

describe("the driver regressions' rounds over parts", () => {
  it("round 2 at the merged round 1's slopes merges into one run over the whole (counts exactly, numbers to 1e-10)", () => {
    const merged = second.reduce((a, b) => mergeLinkedSummaries(a, b));
    const drivers = (s: LinkedSummary) => s.waves.flatMap((w) => w.drivers);
    expect(drivers(whole).length).toBeGreaterThan(0);
    expect(drivers(whole).every((d) => d.round2 !== undefined)).toBe(true);
    expect(drivers(merged).map((d) => [d.point, d.rows, d.cross.n, d.kept, d.drivers])).toEqual(drivers(whole).map((d) => [d.point, d.rows, d.cross.n, d.kept, d.drivers]));
    expectLinkedClose(merged, whole, 1e-10);
    const survey = summariseSurvey(study, table);
    const cases = caseSummary(study, data.cases);
    for (const wave of WAVES) {
      const mine = attribute(study, { responses: table, cases: data.cases }, { wave });
      const theirs = attribute(study, { responses: survey, cases, linked: merged }, { wave });
      expect(theirs.findings.flatMap((f) => (f.tag === "customer-dissatisfaction" ? f.links : [])).some((l) => l.effect?.estimator === "driver-regression")).toBe(true);
      expectClose(traced(theirs), traced(mine), 1e-10);
    }
  });

  it("refuses by name to merge round-2 parts made at different slopes, in English and Chinese", () => {
    {
      const p = mergeRefusal(first[0] as LinkedSummary, first[1] as LinkedSummary);
      expect(p?.params).toMatchObject({ reason: "different-slopes" });
      expect(p?.path.slice(0, 1)).toEqual(["waves"]);
      expect(p?.message).toMatch(/different slopes/);
      expect(p?.hint).toMatch(/linkedSlopes/);
      expect(problemText(p as NonNullable<typeof p>, "zh").message).toMatch(/斜率/);
    }
    // A part at the whole's slopes and one at its own: refused too.
    expect(() => mergeLinkedSummaries(second[0] as LinkedSummary, first[1] as LinkedSummary)).toThrow(ValidationError);
  });

  it("checks slopes read back from JSON: malformed fields by path, slopes of another run by name", async () => {
    const slopes = linkedSlopes(first);
    const back = JSON.parse(JSON.stringify(slopes)) as typeof slopes;
    const again = await summariseLinked(study, parts[0] as (typeof parts)[number], { findings: new Map(WAVES.map((w) => [w, attribute(study, { responses: table, cases: data.cases }, { wave: w }).findings] as const)), slopes: back });
    expectLinkedClose(again, second[0] as LinkedSummary, 0);
    const bad = JSON.parse(JSON.stringify(slopes)) as { waves: { drivers: { at?: { beta: unknown[] } }[] }[] };
    bad.waves[0]?.drivers[0]?.at?.beta.pop();
    await expect(summariseLinked(study, parts[0] as (typeof parts)[number], { slopes: bad as unknown as typeof slopes })).rejects.toThrow(ValidationError);
    await expect(summariseLinked(study, parts[0] as (typeof parts)[number], { slopes: bad as unknown as typeof slopes })).rejects.toMatchObject({ problems: [{ path: ["waves", 0, "drivers", 0] }] });
    await expect(summariseLinked(study, parts[0] as (typeof parts)[number], { slopes, minExternal: 40 })).rejects.toThrow(/minExternal 30/);
  });

  it("slopes from parts whose drivers differ say they are not ready, and a run of round 1 on the whole's drivers makes them so", async () => {
    // A part of a few respondents keeps fewer drivers than the whole: its round 1 is not the whole's part.
    const few = { responses: collectResponses(study, rows.filter((r) => partOfRow(r) === 0 && respondents.indexOf(String(r.respondent)) % 40 === 0)), cases: parts[0]?.cases ?? [] };
    const rest = { responses: collectResponses(study, rows.filter((r) => partOfRow(r) !== 0 || respondents.indexOf(String(r.respondent)) % 40 !== 0)), cases: data.cases.filter((c) => partOfCase.get(c.id) !== 0) };
    const findings = new Map(WAVES.map((wave) => [wave, attribute(study, { responses: table, cases: data.cases }, { wave }).findings] as const));
    const own = [await summariseLinked(study, few, { findings }), await summariseLinked(study, rest, { findings })];
    const slopes = linkedSlopes(own);
    expect(slopes.ready).toBe(false);
    const again = [await summariseLinked(study, few, { findings, slopes }), await summariseLinked(study, rest, { findings, slopes })];
    // Summarised with slopes that were not ready, the parts have no round 2: merging them says so, and what to do.
    {
      const p = mergeRefusal(again[0] as LinkedSummary, again[1] as LinkedSummary);
      expect(p?.params).toMatchObject({ reason: "slopes-not-ready" });
      expect(p?.message).toMatch(/slopes that were not ready/);
      expect(p?.message).not.toMatch(/too small/);
      expect(p?.hint).toMatch(/Run linkedSlopes again/);
      expect(problemText(p as NonNullable<typeof p>, "zh").message).toMatch(/尚未就绪/);
    }
    const ready = linkedSlopes(again);
    expect(ready.ready).toBe(true);
    expect(ready.waves.flatMap((w) => w.drivers.map((d) => d.kept))).toEqual(slopes.waves.flatMap((w) => w.drivers.map((d) => d.kept)));
    const done = [await summariseLinked(study, few, { findings, slopes: ready }), await summariseLinked(study, rest, { findings, slopes: ready })];
    const merged = mergeLinkedSummaries(done[0] as LinkedSummary, done[1] as LinkedSummary);
    const reference = await summariseLinked(study, { responses: collectResponses(study, [...rows.filter((r) => partOfRow(r) === 0 && respondents.indexOf(String(r.respondent)) % 40 === 0), ...rows.filter((r) => partOfRow(r) !== 0 || respondents.indexOf(String(r.respondent)) % 40 !== 0)]), cases: [...few.cases, ...rest.cases] }, { findings });
    // Only the drivers are compared: this split sends some respondents away from the cases they name.
    const drivers = (s: LinkedSummary): LinkedSummary => ({ ...s, waves: s.waves.map((w) => ({ ...w, points: [], linkage: reference.waves[0]?.linkage ?? w.linkage })) });
    expectLinkedClose(drivers(merged), drivers(reference), 1e-10);
  });

  it("checks every part: a ValidationError with located problems, not a TypeError, in linkedSlopes and mergeLinkedSummaries", () => {
    expect(() => linkedSlopes(["hello"] as unknown as LinkedSummary[])).toThrow(ValidationError);
    expect(() => linkedSlopes(["hello"] as unknown as LinkedSummary[])).toThrow(expect.objectContaining({ problems: [expect.objectContaining({ code: "schema/invalid-type", path: ["parts", 0] })] }));
    expect(() => linkedSlopes("hello" as unknown as LinkedSummary[])).toThrow(UsageError);
    // Cross-products of the wrong size: refused, not solved into a slope of null with ready: true.
    const short = synthetic(100, [100, 100, 100], ["a"], 100);
    (short.waves[0]?.drivers[0]?.cross as unknown as { sxx: number[] }).sxx = [];
    expect(() => linkedSlopes([first[0] as LinkedSummary, short])).toThrow(expect.objectContaining({ problems: [expect.objectContaining({ path: ["parts", 1, "waves", 0, "drivers", 0] })] }));
    expect(() => mergeLinkedSummaries(first[0] as LinkedSummary, "hello" as unknown as LinkedSummary)).toThrow(expect.objectContaining({ problems: [expect.objectContaining({ path: ["b"] })] }));
    expect(() => mergeLinkedSummaries(short, first[0] as LinkedSummary)).toThrow(expect.objectContaining({ problems: [expect.objectContaining({ path: ["a", "waves", 0, "drivers", 0] })] }));
  });

  it("is not ready when a part without a complete row on its own drivers kept one the whole did not (it may have rows complete on the whole's)", () => {
    // Part A: 60 customers; a answered by 30, c by the other 30, b by all: A keeps a, b, c and no row is complete
    // on all three, yet 30 are on the whole's a and b. Part B: 1000 customers, c rarely answered.
    const a = synthetic(60, [30, 60, 30], ["a", "b", "c"], 0);
    const b = synthetic(1000, [900, 900, 10], ["a", "b"], 800);
    const s = linkedSlopes([a, b]);
    expect(s.waves[0]?.drivers[0]).toMatchObject({ kept: ["a", "b"], ready: false, at: undefined });
    expect(s.ready).toBe(false);
    // A part without a complete row on drivers it kept, all among the whole's, has none on the whole's: excused.
    const c = synthetic(60, [30, 20, 0], ["a"], 0);
    expect(linkedSlopes([c, b]).ready).toBe(true);
  });

  it("refuses slopes listing a wave or an overall point twice, or an overall point the study lacks", async () => {
    const slopes = linkedSlopes(first);
    const twice = { ...slopes, waves: [...slopes.waves, slopes.waves[0]] } as typeof slopes;
    await expect(summariseLinked(study, parts[0] as (typeof parts)[number], { slopes: twice })).rejects.toMatchObject({ problems: [{ path: ["waves", slopes.waves.length, "wave"] }] });
    const w = slopes.waves[0] as (typeof slopes.waves)[number];
    const point = { ...slopes, waves: [{ ...w, drivers: [...w.drivers, w.drivers[0]] }, ...slopes.waves.slice(1)] } as typeof slopes;
    await expect(summariseLinked(study, parts[0] as (typeof parts)[number], { slopes: point })).rejects.toMatchObject({ problems: [{ path: ["waves", 0, "drivers", w.drivers.length, "point"] }] });
    const stray = { ...slopes, waves: [{ ...w, drivers: [...w.drivers, { ...w.drivers[0], point: "ep_or_arrival" }] }] } as typeof slopes;
    await expect(summariseLinked(study, parts[0] as (typeof parts)[number], { slopes: stray })).rejects.toThrow(/overall point "ep_or_arrival" \(wave "2026H1"\), which is not an overall point of the study/);
  });
});

/** A one-wave linked summary of study "s" with one overall point over drivers a, b, c (round 1 only). */
function synthetic(rows: number, answered: readonly number[], kept: readonly string[], n: number): LinkedSummary {
  const k = kept.length;
  const linkage = { respondents: 0, linked: 0, unlinked: 0, unknownCase: 0, duplicate: 0, caseRecords: 0, problems: [] };
  const cross = { n, sumW: n, yBar: 7, xBar: Array<number>(k).fill(7), sxx: Array.from({ length: k * k }, (_, i) => (i % (k + 1) === 0 ? n : 0)), sxy: Array<number>(k).fill(n / 2), scale: Array<number>(k).fill(50 * n) };
  const drivers = [{ point: "overall", rows, drivers: ["a", "b", "c"].map((p, j) => ({ point: p, answered: answered[j] ?? 0 })), kept, cross, round2: undefined }];
  return { kind: "gaptrace/linked-summary", version: 1, study: "s", minExternal: 30, waves: [{ wave: "W", dimensions: [], linkage, points: [], drivers }] };
}
