/**
 * whatIf's projections and compareWaves' predicted changes from summaries: a survey summary with its linked
 * summary (and, for a what-if, the linked summary of the changed data) projects every gap as the respondent-level
 * route does (every number and interval to 1e-10); a survey summary without linked data projects nothing and its
 * coverage names the linked responses that would.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { attribute } from "../../src/attribution/attribute.js";
import { summariseLinked } from "../../src/attribution/linked.js";
import type { LinkedSummary } from "../../src/attribution/shared/linked-summary.js";
import { summariseSurvey } from "../../src/attribution/summary/summarise.js";
import { compareWaves } from "../../src/attribution/waves.js";
import { whatIf, whatIfChanged, type WhatIfChange } from "../../src/attribution/what-if.js";
import { UsageError, ValidationError } from "../../src/core/errors.js";
import { collectResponses } from "../../src/data/dataset.js";
import type { Study } from "../../src/model/study.js";
import { responseRows } from "../../src/simulate/rows.js";
import { simulateStudy } from "../../src/simulate/simulate.js";
import { expectClose } from "./summary-compare.js";
import { traced } from "./linked-compare.js";
import { bundled, THREE_PLANTS } from "./helpers.js";

const study: Study = bundled;
const plant = THREE_PLANTS;
const data = simulateStudy(study, { seed: 13, plant, waves: ["2026H1", "2026H2"], externalRespondents: 3000, internalRespondents: 600, casesPerTheme: 600, link: { share: 0.8 } });
const table = collectResponses(study, [...responseRows(data)]);
const survey = summariseSurvey(study, table);
const CHANGES: WhatIfChange[] = [{ kind: "performance", step: "or_bo_dispatch", factor: 0.6 }];

let linked: LinkedSummary;
let linkedAfter: LinkedSummary;
let linkedAtBefore: LinkedSummary;
beforeAll(async () => {
  const findings = attribute(study, { responses: table, cases: data.cases }, { wave: "2026H1" }).findings;
  linkedAtBefore = await summariseLinked(study, { responses: table, cases: data.cases }, { findings: new Map([["2026H2", findings]]) });
  linked = await summariseLinked(study, { responses: table, cases: data.cases });
  const changed = whatIfChanged(study, data.cases, CHANGES);
  linkedAfter = await summariseLinked(changed.study, { responses: table, cases: changed.cases });
});

/** The first line of a UsageError's message (its hint follows after an arrow) and its hint; fails if f does not throw one. */
function refusal(f: () => unknown): { message: string; hint: string } {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    const x = e as UsageError;
    return { message: x.message.split("\n")[0] ?? "", hint: x.problems[0]?.hint ?? "" };
  }
  throw new Error("not refused");
}

describe("projections from a survey summary and its linked summary", () => {
  it("whatIf projects every gap as from respondents (values and intervals to 1e-10)", () => {
    const mine = whatIf(study, { responses: table, cases: data.cases }, CHANGES);
    const theirs = whatIf(study, { responses: survey, cases: data.cases, linked, linkedAfter }, CHANGES);
    expect(mine.projected.flatMap((g) => g.causes).length).toBeGreaterThan(0);
    expect(mine.projected.some((g) => g.causes.some((c) => c.exposedAfter < c.exposedBefore))).toBe(true);
    expectClose(theirs.projected, mine.projected, 1e-10);
    expectClose(traced(theirs.after), traced(mine.after), 1e-10);
    expect(theirs.findings.map((f) => [f.id, f.status])).toEqual(mine.findings.map((f) => [f.id, f.status]));
  });

  it("reads summaries whose exposures come back with their keys in another order (a JSONB column, a key-sorting serializer)", () => {
    const reorder = (x: LinkedSummary): LinkedSummary => {
      const y = JSON.parse(JSON.stringify(x)) as { waves: { points: { exposures: { exposure: Record<string, unknown> }[] }[] }[] };
      for (const w of y.waves) for (const p of w.points) for (const e of p.exposures) e.exposure = Object.fromEntries(Object.entries(e.exposure).reverse());
      return y as unknown as LinkedSummary;
    };
    const [l2, a2] = [reorder(linked), reorder(linkedAfter)];
    expect(JSON.stringify(l2)).not.toBe(JSON.stringify(linked));
    const mine = whatIf(study, { responses: survey, cases: data.cases, linked, linkedAfter }, CHANGES);
    const theirs = whatIf(study, { responses: survey, cases: data.cases, linked: l2, linkedAfter: a2 }, CHANGES);
    expect(theirs.projected.flatMap((g) => g.causes).length).toBe(mine.projected.flatMap((g) => g.causes).length);
    expectClose(theirs.projected, mine.projected, 0);
    const at = (l: LinkedSummary) => traced(attribute(study, { responses: survey, cases: data.cases, linked: l }, { wave: "2026H1" }));
    expectClose(at(l2), at(linked), 0);
  });

  it("compareWaves predicts every point's change as from respondents (values and intervals to 1e-10)", () => {
    const waves = { before: "2026H1", after: "2026H2" };
    const mine = compareWaves(study, { responses: table, cases: data.cases }, waves);
    const theirs = compareWaves(study, { responses: survey, cases: data.cases, linked, linkedAtBefore }, waves);
    const predicted = (c: typeof mine) => c.changes.flatMap((x) => (x.predicted === undefined ? [] : [{ id: x.id, ...x.predicted }]));
    expect(predicted(mine).length).toBeGreaterThan(0);
    // Each wave's customers set the wait they accept: the wave after measures that cause at its own value, so the
    // cause is predicted only from the wave after summarised with the wave before's findings.
    const partly = compareWaves(study, { responses: survey, cases: data.cases, linked }, waves);
    expect(predicted(partly).flatMap((x) => x.causes).length).toBeLessThan(predicted(mine).flatMap((x) => x.causes).length);
    expectClose(predicted(theirs), predicted(mine), 1e-10);
    expectClose(theirs.changes, mine.changes, 1e-10);
    expectClose(traced(theirs.after), traced(mine.after), 1e-10);
  });

  it("whatIf with a standard change from summaries: the changed run measures its links from the changed study's linked summary", async () => {
    const change: WhatIfChange[] = [{ kind: "standard", standard: "std_dispatch_5min", threshold: 8 }];
    const changed = whatIfChanged(study, data.cases, change);
    expect(changed.cases).toBe(data.cases);
    const after = await summariseLinked(changed.study, { responses: table, cases: changed.cases });
    const mine = whatIf(study, { responses: table, cases: data.cases }, change);
    const theirs = whatIf(study, { responses: survey, cases: data.cases, linked, linkedAfter: after }, change);
    expect(theirs.projected).toEqual([]);
    expectClose(traced(theirs.after), traced(mine.after), 1e-10);
    expect(theirs.findings.map((f) => [f.id, f.status])).toEqual(mine.findings.map((f) => [f.id, f.status]));
  });

  it("without linked data projects nothing, and the coverage names the linked responses that would", () => {
    const r = whatIf(study, { responses: survey, cases: data.cases }, CHANGES);
    expect(r.projected.flatMap((g) => g.causes)).toEqual([]);
    expect(r.before.coverage.links.testable).toBe(false);
    expect(r.before.coverage.links.needs.map((n) => n.kind)).toContain("linked-responses");
    const cmp = compareWaves(study, { responses: survey, cases: data.cases }, { before: "2026H1", after: "2026H2" });
    expect(cmp.changes.filter((c) => c.predicted !== undefined)).toEqual([]);
    expect(cmp.before.coverage.links.needs.map((n) => n.kind)).toContain("linked-responses");
  });

  it("refuses a linked summary without the changed data's (the changed run would measure stale links)", () => {
    expect(() => whatIf(study, { responses: survey, cases: data.cases, linked }, CHANGES)).toThrow(UsageError);
    expect(() => whatIf(study, { responses: survey, cases: data.cases, linked }, CHANGES)).toThrow(/linkedAfter/);
    expect(() => whatIf(study, { responses: survey, cases: data.cases, linkedAfter }, CHANGES)).toThrow(/without data.linked/);
  });

  it("refuses a linkedAfter that is linked itself, or has its cells though the change moves linked exposures", () => {
    const given = { responses: survey, cases: data.cases, linked };
    expect(() => whatIf(study, { ...given, linkedAfter: linked }, CHANGES)).toThrow(/data.linkedAfter is data.linked itself/);
    // The same summary read back from JSON: the very cells, though the change moves cases' exposures.
    const copy = JSON.parse(JSON.stringify(linked)) as LinkedSummary;
    expect(() => whatIf(study, { ...given, linkedAfter: copy }, CHANGES)).toThrow(UsageError);
    expect(() => whatIf(study, { ...given, linkedAfter: copy }, CHANGES)).toThrow(/same cells as data.linked in wave "2026H2", though the changes move the exposure of \d+ case/);
    // A change that moves no case (no faster at all) leaves every cell as it was: the same cells are right then.
    const none: WhatIfChange[] = [{ kind: "performance", step: "or_bo_dispatch", factor: 1 }];
    const r = whatIf(study, { ...given, linkedAfter: copy }, none);
    expect(r.projected.flatMap((g) => g.causes).length).toBeGreaterThan(0);
    expect(r.projected.flatMap((g) => g.causes).every((c) => c.exposedAfter === c.exposedBefore && c.closes.value === 0)).toBe(true);
    // A malformed linkedAfter: its problems located under linkedAfter.
    const bad = JSON.parse(JSON.stringify(linkedAfter)) as { waves: { points: { cells: { exposure: number[] }[] }[] }[] };
    (bad.waves[0]?.points[0]?.cells[0] as { exposure: number[] }).exposure = [7];
    expect(() => whatIf(study, { ...given, linkedAfter: bad as unknown as LinkedSummary }, CHANGES)).toThrow(ValidationError);
    expect(() => whatIf(study, { ...given, linkedAfter: bad as unknown as LinkedSummary }, CHANGES)).toThrow(expect.objectContaining({ problems: expect.arrayContaining([expect.objectContaining({ path: expect.arrayContaining(["linkedAfter", "waves", 0, "points", 0, "cells", 0]) })]) }));
  });

  it("says which summary does not fit the run, and how to make the right one", async () => {
    const given = { responses: survey, cases: data.cases, linked };
    // A linkedAfter summarised for other changes (a standard's threshold here; it was made for a faster dispatch).
    const other: WhatIfChange[] = [{ kind: "standard", standard: study.standards[0]!.id, threshold: 10 }];
    const after = refusal(() => whatIf(study, { ...given, linkedAfter }, other));
    expect(after.message).toMatch(/^gaptrace\/whatIf: data\.linkedAfter was made for other exposures at point "ep_or_arrival"/);
    expect(after.hint).toContain("whatIfChanged(study, cases, changes) with the very changes passed to whatIf");
    // A linked summary of the changed data passed as data.linked: the run on the data as they are refuses it.
    const changed = whatIfChanged(study, data.cases, other);
    const stale = await summariseLinked(changed.study, { responses: table, cases: changed.cases });
    const before = refusal(() => whatIf(study, { responses: survey, cases: data.cases, linked: stale, linkedAfter: JSON.parse(JSON.stringify(stale)) as LinkedSummary }, other));
    expect(before.message).toMatch(/^gaptrace\/whatIf: data\.linked was made for other exposures at point "ep_or_arrival"/);
    expect(before.hint).toContain("the data as they are");
    expect(before.hint).not.toBe(after.hint);
    // Of another study: named, each with its own advice.
    const elsewhere = { ...JSON.parse(JSON.stringify(linkedAfter)), study: "another" } as LinkedSummary;
    expect(refusal(() => whatIf(study, { ...given, linkedAfter: elsewhere }, CHANGES)).message).toBe(`gaptrace/whatIf: data.linkedAfter is of study "another", not ${JSON.stringify(study.id)}.`);
    expect(refusal(() => whatIf(study, { ...given, linked: elsewhere, linkedAfter }, CHANGES)).message).toBe(`gaptrace/whatIf: data.linked is of study "another", not ${JSON.stringify(study.id)}.`);
    // linkedAfter alone: the advice is to add linked, not to summarise linkedAfter again.
    expect(refusal(() => whatIf(study, { responses: survey, cases: data.cases, linkedAfter }, CHANGES)).hint).toMatch(/^Pass data\.linked too/);
    // whatIfChanged's result itself, not its summary.
    const raw = refusal(() => whatIf(study, { ...given, linkedAfter: whatIfChanged(study, data.cases, CHANGES) as unknown as LinkedSummary }, CHANGES));
    expect(raw.message).toBe("gaptrace/whatIf: data.linkedAfter is whatIfChanged's result (the changed study and cases), not their linked summary.");
  });

  it("names the summary made with another minExternal or without the wave, and leaves attribute's own refusals as they were", async () => {
    const given = { responses: survey, cases: data.cases, linked };
    const copy = (l: LinkedSummary): LinkedSummary => JSON.parse(JSON.stringify(l)) as LinkedSummary;
    const min = { ...copy(linkedAfter), minExternal: linkedAfter.minExternal + 1 };
    const a = refusal(() => whatIf(study, { ...given, linkedAfter: min }, CHANGES));
    expect(a.message).toBe(`gaptrace/whatIf: data.linkedAfter was made with minExternal ${linkedAfter.minExternal + 1}, the attribution asks for ${linkedAfter.minExternal}.`);
    expect(a.hint).toMatch(/^Summarise data\.linked and data\.linkedAfter with the minExternal whatIf is given/);
    const wave = linked.waves.at(-1)!.wave;
    const noWave = { ...copy(linked), waves: linked.waves.filter((w) => w.wave !== wave) };
    const b = refusal(() => whatIf(study, { ...given, linked: noWave, linkedAfter }, CHANGES));
    expect(b.message).toBe(`gaptrace/whatIf: data.linked has no wave ${JSON.stringify(wave)} (waves: ${noWave.waves.map((w) => w.wave).join(", ")}).`);
    expect(b.hint).toMatch(/^Summarise data\.linked with the wave this what-if attributes/);
    const afterNoWave = { ...copy(linkedAfter), waves: linkedAfter.waves.filter((w) => w.wave !== wave) };
    expect(refusal(() => whatIf(study, { ...given, linkedAfter: afterNoWave }, CHANGES)).message).toMatch(/^gaptrace\/whatIf: data\.linkedAfter has no wave /);
    // attribute, given one summary, says "the linked summary" with its own advice, as before.
    const elsewhere = { ...copy(linked), study: "another" };
    expect(refusal(() => attribute(study, { responses: survey, cases: data.cases, linked: elsewhere }))).toEqual({
      message: `gaptrace/attribute: the linked summary is of study "another", not ${JSON.stringify(study.id)}.`,
      hint: "Summarise the linked responses with the study you attribute.",
    });
    expect(refusal(() => attribute(study, { responses: survey, cases: data.cases, linked: min })).message).toBe(
      `gaptrace/attribute: the linked summary was made with minExternal ${linkedAfter.minExternal + 1}, the attribution asks for ${linkedAfter.minExternal}.`,
    );
    expect(refusal(() => attribute(study, { responses: survey, cases: data.cases, linked: noWave })).message).toBe(
      `gaptrace/attribute: the linked summary has no wave ${JSON.stringify(wave)} (waves: ${noWave.waves.map((w) => w.wave).join(", ")}).`,
    );
    // A summary of the data under another standard threshold: made for other exposures than this study's.
    const changed = whatIfChanged(study, data.cases, [{ kind: "standard", standard: study.standards[0]!.id, threshold: 10 }]);
    const stale = await summariseLinked(changed.study, { responses: table, cases: changed.cases });
    expect(refusal(() => attribute(study, { responses: survey, cases: data.cases, linked: stale })).message).toMatch(
      /^gaptrace\/attribute: the linked summary was made for other exposures at point "[^"]+": it was made for other findings or another version of the study\.$/,
    );
  });

  it("checks linkedAtBefore: shape by path, study, minExternal and the wave after; only beside a survey summary and linked", () => {
    const waves = { before: "2026H1", after: "2026H2" };
    const given = { responses: survey, cases: data.cases, linked };
    const run = (at: unknown, over: object = {}) => () => compareWaves(study, { ...given, ...over, linkedAtBefore: at as LinkedSummary }, waves);
    // Corrupted cells: refused where they are, not a cause silently dropped.
    const bad = JSON.parse(JSON.stringify(linkedAtBefore)) as { waves: { points: { cells: { moments: { sumW: number } }[] }[] }[] };
    const cell = bad.waves.flatMap((w) => w.points.flatMap((p) => p.cells))[0] as { moments: { sumW: number } };
    cell.moments.sumW = -5;
    expect(run(bad)).toThrow(ValidationError);
    try {
      run(bad)();
    } catch (e) {
      expect((e as ValidationError).problems[0]?.path.slice(0, 2)).toEqual(["linkedAtBefore", "waves"]);
      expect((e as ValidationError).problems[0]?.path.at(-1)).toBe("sumW");
    }
    expect(run({ waves: [{ wave: "2026H2", points: [{ point: "ep_or_arrival", exposures: "x" }] }] })).toThrow(/data.linkedAtBefore is not a linked summary/);
    expect(run({ ...linkedAtBefore, study: "another_study" })).toThrow(/data.linkedAtBefore is of study "another_study"/);
    expect(run({ ...linkedAtBefore, minExternal: 99 })).toThrow(/minExternal 99/);
    expect(run({ ...linkedAtBefore, waves: linkedAtBefore.waves.filter((w) => w.wave !== "2026H2") })).toThrow(/no wave "2026H2"/);
    expect(() => compareWaves(study, { responses: survey, cases: data.cases, linkedAtBefore }, waves)).toThrow(/without data.linked/);
    expect(() => compareWaves(study, { responses: table, cases: data.cases, linkedAtBefore }, waves)).toThrow(/respondent-level responses/);
  });

  it("names data.linked when it does not fit a wave's run, with advice for compareWaves", async () => {
    const waves = { before: "2026H1", after: "2026H2" };
    const refusedWith = (linkedGiven: LinkedSummary) => refusal(() => compareWaves(study, { responses: survey, cases: data.cases, linked: linkedGiven }, waves));
    const copy = (l: LinkedSummary): LinkedSummary => JSON.parse(JSON.stringify(l)) as LinkedSummary;
    expect(refusedWith({ ...copy(linked), study: "another" })).toEqual({
      message: `gaptrace/compareWaves: data.linked is of study "another", not ${JSON.stringify(study.id)}.`,
      hint: "data.linked is the linked summary of the survey and cases compared: summarise them with the study passed to compareWaves.",
    });
    const min = refusedWith({ ...copy(linked), minExternal: linked.minExternal + 1 });
    expect(min.message).toBe(`gaptrace/compareWaves: data.linked was made with minExternal ${linked.minExternal + 1}, the attribution asks for ${linked.minExternal}.`);
    expect(min.hint).toContain("options.minExternal");
    // Only the wave after: the run of the wave before finds no cells for it.
    const oneWave = { ...copy(linked), waves: linked.waves.filter((w) => w.wave === waves.after) };
    const w = refusedWith(oneWave);
    expect(w.message).toBe(`gaptrace/compareWaves: data.linked has no wave "2026H1" (waves: 2026H2).`);
    expect(w.hint).toContain("both waves compared");
    // Made for other exposures (a changed standard): the contents refusal, named.
    const changed = whatIfChanged(study, data.cases, [{ kind: "standard", standard: study.standards[0]!.id, threshold: 10 }]);
    const stale = await summariseLinked(changed.study, { responses: table, cases: changed.cases });
    const c = refusedWith(stale);
    expect(c.message).toMatch(/^gaptrace\/compareWaves: data\.linked was made for other exposures at point "[^"]+"/);
    expect(c.hint).toMatch(/^Make data\.linked again/);
  });
});
