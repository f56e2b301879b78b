/**
 * What the first call shares or reuses to allocate less, and that it changes no number: questions answered by the
 * same respondents share their respondent and weight columns; a case list's [event, time] pairs are read as given
 * (a repeated event still keeps its last time, as a Map made from the list would); the regression's scratch,
 * reused from fit to fit, gives the same fit as a fresh one; each row's case, in a scratch reused from point to
 * point, is read within its point's call and held by no outcome.
 */
import { describe, expect, it } from "vitest";
import { caseView, surveyView, type CaseRecord } from "../../../src/attribution/shared/inputs.js";
import { fitWeightedRegression } from "../../../src/stats/fit-weighted-regression.js";
import { collectResponses, type ResponseTable } from "../../../src/data/dataset.js";
import { alignedIndex, isSharedIndex, respondentIndex, toIndex } from "../../../src/attribution/evidence/measure.js";
import { answerSource } from "../../../src/attribution/shared/answer-source.js";
import type { Question } from "../../../src/model/study.js";
import { linkedCount, linkedEffects, segmentDummies, type PointIndex } from "../../../src/attribution/trace/linked-effects.js";
import type { TraceCandidate } from "../../../src/attribution/trace/candidates.js";
import { columnMoments } from "../../../src/stats/drivers/_moments.js";
import { airlineData, airlineStudy } from "../../../bench/airline.js";

describe("first call, fewer copies", () => {
  it("shares respondent and weight columns between questions with the same respondents, values apart", () => {
    // The airline bench's passengers answer every question (the simulated studies' respondents differ by question).
    const study = airlineStudy();
    const table = collectResponses(study, airlineData(300).rows);
    const view = surveyView(table);
    const answers = table.questions.map((q) => view.answers(q));
    // The first question with answers is always a candidate: every later one with its respondents shares them.
    const ref = answers.find((a) => a.respondent.length > 0)!;
    const same = answers.filter((b) => b !== ref && b.respondent.length === ref.respondent.length && b.respondent.every((r, k) => r === ref.respondent[k]));
    expect(same.length).toBeGreaterThan(0);
    for (const b of same) {
      expect(b.respondent).toBe(ref.respondent);
      expect(b.weight).toBe(ref.weight);
      expect(b.value).not.toBe(ref.value);
    }
    // Every column still holds its own question's respondents and weights.
    const fresh = surveyView(structuredClone(table));
    table.questions.forEach((q, i) => {
      expect(fresh.answers(q)).toEqual(answers[i]);
      // The values are made when first read, and still an own enumerable property: a spread or a clone has them.
      expect([...fresh.answers(q).value]).toEqual([...answers[i]!.value]);
      expect({ ...fresh.answers(q) }.value).toBe(fresh.answers(q).value);
      expect(Object.keys(fresh.answers(q)).sort()).toEqual(["respondent", "value", "weight"]);
    });
  });

  it("reads a case's pairs as given, and a repeated event as a Map of them would (the last time)", () => {
    const t0 = Date.parse("2026-01-01T00:00:00Z");
    const cases: CaseRecord[] = [
      { id: "a", events: [["start", t0], ["stop", t0 + 3_600_000]] },
      { id: "b", events: [["start", t0], ["stop", t0 + 60_000], ["stop", t0 + 7_200_000]] },
    ];
    const d = caseView(cases).durations({ start: "start", stop: "stop" }, "h");
    expect([...d.values]).toEqual([1, 2]);
    expect(caseView(cases).time?.(1, "stop")).toBe(t0 + 7_200_000);
  });

  it("gives the same fit after a larger and a smaller one (the reused scratch)", () => {
    const rows = (n: number, s: number): { y: number[]; x: number[][]; w: number[] } => {
      const x = [Array.from({ length: n }, (_, i) => ((i * 7 + s) % 11) / 3), Array.from({ length: n }, (_, i) => ((i * 5 + s) % 13) / 2)];
      const y = x[0]!.map((v, i) => 1 + 0.5 * v - 0.25 * x[1]![i]! + ((i * 3) % 7) / 10);
      return { y, x, w: Array.from({ length: n }, (_, i) => 1 + (i % 3)) };
    };
    const small = rows(40, 1);
    const large = rows(400, 2);
    const first = fitWeightedRegression(small.y, small.x, small.w);
    fitWeightedRegression(large.y, large.x, large.w);
    fitWeightedRegression(rows(10, 3).y, [rows(10, 3).x[0]!], undefined);
    expect(fitWeightedRegression(small.y, small.x, small.w)).toEqual(first);
  });

  it("puts each question's answers in rank order, a repeated answer in load order, however the answers arrive", () => {
    const study = airlineStudy();
    const table = collectResponses(study, airlineData(200).rows);
    const a = table.answers;
    // The answers in a scrambled order (a fixed permutation), and one answer repeated with another value at the end.
    const perm = Array.from({ length: a.count }, (_, i) => (i * 7919) % a.count);
    const pick = <T extends Uint32Array | Float64Array | Uint8Array>(col: T, extra: number): T => {
      const out = new (col.constructor as new (n: number) => T)(a.count + 1);
      perm.forEach((i, j) => (out[j] = col[i]!));
      out[a.count] = extra;
      return out;
    };
    const first = perm.findIndex((i) => a.status[i] === 0);
    const scrambled: ResponseTable = {
      ...table,
      answers: {
        count: a.count + 1,
        respondent: pick(a.respondent, a.respondent[perm[first]!]!),
        question: pick(a.question, a.question[perm[first]!]!),
        value: pick(a.value, 99),
        status: pick(a.status, 0),
        line: pick(a.line, 0),
      },
    };
    const view = surveyView(scrambled);
    // Expected from the definition: ranks by id then wave; answered answers of the wave, by rank, then load order.
    const r = table.respondents;
    const order = Array.from({ length: r.count }, (_, i) => i).sort((x, y) => (r.id[x]! < r.id[y]! ? -1 : r.id[x]! > r.id[y]! ? 1 : r.wave[x]! - r.wave[y]!));
    const rank = new Map(order.map((resp, k) => [resp, k] as const));
    const s2 = scrambled.answers;
    table.questions.forEach((q, qi) => {
      const rows = Array.from({ length: s2.count }, (_, i) => i).filter((i) => s2.status[i] === 0 && s2.question[i] === qi);
      rows.sort((x, y) => rank.get(s2.respondent[x]!)! - rank.get(s2.respondent[y]!)! || x - y);
      const got = view.answers(q);
      expect([...got.respondent]).toEqual(rows.map((i) => rank.get(s2.respondent[i]!)!));
      expect([...got.value]).toEqual(rows.map((i) => s2.value[i]!));
    });
    // The repeated answer is there, after the first of its respondent's answers to that question.
    const q = table.questions[s2.question[a.count]!]!;
    const got = view.answers(q);
    const k = got.value.indexOf(99);
    expect(k).toBeGreaterThan(0);
    expect(got.respondent[k]).toBe(got.respondent[k - 1]);
  });

  it("aligns an index answered by the same respondents as its own values, as a merge of the rows would", () => {
    const study = airlineStudy();
    const table = collectResponses(study, airlineData(300).rows);
    const view = surveyView(table);
    const byId = new Map(study.evaluationPoints.flatMap((p) => p.questions).map((q) => [q.id, q] as const));
    const [q1, q2] = table.questions.map((id) => byId.get(id)!).filter((q) => view.answers(q.id).value.length > 0);
    const target = respondentIndex([q1!], (q) => view.answers(q.id));
    const index = respondentIndex([q2!], (q) => view.answers(q.id));
    expect(isSharedIndex(target) && isSharedIndex(index)).toBe(true);
    expect(index.respondent).toBe(target.respondent);
    const column = alignedIndex(target, index);
    expect(column).toBe(index.value);
    expect(alignedIndex(target, index)).toBe(column);
    // What the merge gives over a copy of the respondent column (not shared, so merged row by row).
    const own = { ...index, respondent: Uint32Array.from(index.respondent) };
    const merged = Array.from(target.respondent, (rk) => {
      const j = own.respondent.indexOf(rk);
      return j < 0 ? NaN : own.value[j]!;
    });
    expect([...column!]).toEqual(merged);
  });

  // Used rows at and around the 4,096-row blocks (two rows of each are unused), and more than two blocks.
  it.each([4095, 4096, 4097, 8192, 8193, 9998])("sums listwise cross-products block by block with every digit of whole centred copies (%i used rows)", (usedRows) => {
    // More rows than one block, large means, a missing value and a zero weight: the sums the old code took over
    // whole centred copies, in row order, are the ones expected, to the last bit.
    const n = usedRows + 2;
    const columns = [0, 1, 2].map((j) => Float64Array.from({ length: n }, (_, i) => 1e6 * (j + 1) + Math.sin(i * (j + 1.3)) * 10 + (i % 7) / 3));
    columns[1]![17] = NaN;
    const weights = Float64Array.from({ length: n }, (_, i) => (i === 5 ? 0 : 1 + (i % 5) / 4));
    const m = columnMoments({ columns, weights }, "listwise");
    const used = Array.from({ length: n }, (_, i) => i).filter((i) => weights[i]! > 0 && columns.every((c) => !Number.isNaN(c[i]!)));
    const v1 = used.reduce((s, i) => s + weights[i]!, 0);
    const means = columns.map((c) => used.reduce((s, i) => s + weights[i]! * c[i]!, 0) / v1);
    const centred = columns.map((c, j) => used.map((i) => c[i]! - means[j]!));
    const w = used.map((i) => weights[i]!);
    expect(used.length).toBe(usedRows);
    for (let j = 0; j < 3; j++)
      for (let k = 0; k <= j; k++) {
        let s = 0;
        for (let r = 0; r < used.length; r++) s += w[r]! * centred[j]![r]! * centred[k]![r]!;
        expect(Object.is(m.cross[j]![k], s) && Object.is(m.cross[k]![j], s)).toBe(true);
      }
  });

  it("makes no dummy column, and no code column, without a dimension to adjust for", () => {
    const out = segmentDummies(1000, () => [["region", "north"]], []);
    expect(out).toEqual({ names: [], columns: [], used: [] });
    const two = segmentDummies(4, (i) => [["region", i % 2 === 0 ? "north" : "south"]], ["region"]);
    expect(two.names).toEqual(["region=south"]);
    expect([...two.columns[0]!]).toEqual([0, 1, 0, 1]);
  });

  it("reads a one-question index from the table in the answers' order, as from the answers' own values", () => {
    // Answers scrambled (a fixed permutation), some answers don't-know or missing: the order the view reads the
    // table in is not the load order, and the index is not every answer (its own respondent and weight columns).
    const study = airlineStudy();
    const table = collectResponses(study, airlineData(300).rows);
    const a = table.answers;
    const perm = Array.from({ length: a.count }, (_, i) => (i * 7919) % a.count);
    const pick = <T extends Uint32Array | Float64Array | Uint8Array>(col: T): T => {
      const out = new (col.constructor as new (n: number) => T)(a.count);
      perm.forEach((i, j) => (out[j] = col[i]!));
      return out;
    };
    const status = pick(a.status);
    const value = pick(a.value);
    for (let j = 0; j < a.count; j += 13) [status[j], value[j]] = j % 2 === 0 ? [2, NaN] : [1, NaN];
    const scrambled: ResponseTable = { ...table, answers: { ...a, respondent: pick(a.respondent), question: pick(a.question), value, status, line: pick(a.line) } };
    const tableValues = Float64Array.from(value);
    const view = surveyView(scrambled);
    const byId = new Map(study.evaluationPoints.flatMap((p) => p.questions).map((q) => [q.id, q] as const));
    const questions = scrambled.questions.map((id) => byId.get(id)!);
    const indexes = questions.map((q) => respondentIndex([q], (x) => view.answers(x.id)));
    questions.forEach((q, i) => {
      const ans = view.answers(q.id);
      const s = answerSource(ans)!;
      expect(s.order.length).toBe(ans.respondent.length);
      // The answers' values (made now, from the table) are the source's, and the index is each one on the index.
      expect([...ans.value]).toEqual(Array.from(s.order, (k) => scrambled.answers.value[k]!));
      const keep = [...ans.value].map((v, k) => [toIndex(q, v), k] as const).filter(([x]) => Number.isFinite(x));
      const idx = indexes[i]!;
      expect([...idx.value]).toEqual(keep.map(([x]) => x));
      expect([...idx.respondent]).toEqual(keep.map(([, k]) => ans.respondent[k]!));
      expect([...idx.weight]).toEqual(keep.map(([, k]) => ans.weight[k]!));
    });
    // Reading wrote nothing into the table's values.
    expect(Object.is(value.length, tableValues.length) && value.every((v, j) => Object.is(v, tableValues[j]))).toBe(true);
  });

  it("gives each question's part of the view's per-answer column once: an index of a changed scale cannot overwrite another", () => {
    const study = airlineStudy();
    const table = collectResponses(study, airlineData(300).rows);
    const view = surveyView(table);
    const byId = new Map(study.evaluationPoints.flatMap((p) => p.questions).map((q) => [q.id, q] as const));
    const questions = table.questions.map((id) => byId.get(id)!);
    const indexes = questions.map((q) => respondentIndex([q], (x) => view.answers(x.id)));
    const before = indexes.map((i) => Float64Array.from(i.value));
    // The indexes share one allocation, each its own part (no two overlap).
    const parts = indexes.map((i) => [i.value.byteOffset, i.value.byteOffset + i.value.byteLength] as const).sort((x, y) => x[0] - y[0]);
    expect(new Set(indexes.map((i) => i.value.buffer)).size).toBe(1);
    parts.forEach((p, k) => k > 0 && expect(p[0]).toBeGreaterThanOrEqual(parts[k - 1]![1]));
    // The same question on another scale (a study changed between runs on one view): a new index, in a column of
    // its own; every index made before keeps every value.
    const wider: Question = { ...questions[0]!, scale: { type: "likert", points: 7 } };
    const other = respondentIndex([wider], (x) => view.answers(x.id));
    expect(other).not.toBe(indexes[0]);
    expect(other.value.buffer).not.toBe(indexes[0]!.value.buffer);
    expect([...other.value]).toEqual([...view.answers(wider.id).value].map((v) => toIndex(wider, v)));
    indexes.forEach((i, k) => expect(Object.is(i.value.length, before[k]!.length) && i.value.every((v, j) => Object.is(v, before[k]![j]))).toBe(true));
    expect(answerSource(view.answers(questions[0]!.id))?.column()).toBeUndefined();
  });

  it("reads scoped answers (no source) through their own columns, segment by segment", () => {
    const study = airlineStudy();
    const base = collectResponses(study, airlineData(300).rows);
    const r = base.respondents;
    const segmented: ResponseTable = {
      ...base,
      segments: [[["region", "north"]], [["region", "south"]]],
      respondents: { ...r, segment: Uint32Array.from({ length: r.count }, (_, i) => i % 3 === 0 ? 1 : 0) },
    };
    const view = surveyView(segmented);
    const q = segmented.questions[0]!;
    const all = view.answers(q);
    const south = view.answers(q, [{ key: "region", value: "south" }]);
    expect(answerSource(south)).toBeUndefined();
    expect(answerSource(all)).toBeDefined();
    const order = r.id.map((_, i) => i).sort((x, y) => (r.id[x]! < r.id[y]! ? -1 : r.id[x]! > r.id[y]! ? 1 : r.wave[x]! - r.wave[y]!));
    const respOf = new Map(order.map((resp, k) => [k, resp] as const));
    const keep = [...all.respondent].map((rk, k) => [rk, k] as const).filter(([rk]) => segmented.respondents.segment[respOf.get(rk)!] === 1);
    expect(keep.length).toBeGreaterThan(0);
    expect([...south.respondent]).toEqual(keep.map(([rk]) => rk));
    expect([...south.value]).toEqual(keep.map(([, k]) => all.value[k]!));
    expect([...south.weight]).toEqual(keep.map(([, k]) => all.weight[k]!));
  });

  it("gives each point's linked fits the same after other points' (each row's case in a reused scratch)", () => {
    // 80 cases, case c linked to respondent c; two exposures read off the cases.
    const cases = caseView(Array.from({ length: 80 }, (_, c): CaseRecord => ({ id: `c${c}`, events: [["start", 1_000 * c]] })));
    const caseOf = Int32Array.from({ length: 80 }, (_, r) => (r % 9 === 4 ? -1 : r));
    const exposure = (key: string, at: (c: number) => number): TraceCandidate => ({
      key,
      exposure: { kind: "missed-standard", standard: key },
      step: "s",
      finding: undefined,
      post: undefined,
      department: undefined,
      perCase: (view) => Float64Array.from({ length: view.count }, (_, c) => at(c)),
      events: [],
    });
    const candidates = [exposure("a", (c) => (c % 3 === 0 ? 1 : 0)), exposure("b", (c) => (c % 5 < 2 ? 1 : c % 17 === 3 ? NaN : 0))];
    const point = (n: number, s: number): PointIndex => ({
      respondent: Int32Array.from({ length: n }, (_, k) => (k * 7 + s) % 80),
      value: Float64Array.from({ length: n }, (_, k) => (k % 11 === s ? NaN : 50 + ((k * 13 + s) % 29) - 8 * (((k * 7 + s) % 80) % 3 === 0 ? 1 : 0))),
      weight: Float64Array.from({ length: n }, (_, k) => 1 + ((k + s) % 4) / 2),
    });
    const options = { adjustFor: [], level: 0.95, minExposed: 5, minN: 10 } as const;
    const fit = (index: PointIndex) => linkedEffects(index, candidates, cases, caseOf, [], options);
    const big = point(80, 1);
    const small = point(50, 2);
    const first = fit(big);
    const kept = JSON.stringify([...first]);
    expect([...first.values()].some((o) => o.kind === "effect")).toBe(true);
    const smallFirst = JSON.stringify([...fit(small)]);
    expect(linkedCount(big, caseOf)).toBe(linkedCount(point(80, 1), caseOf));
    // The first outcome is unchanged by the later points, and each point fits as it did the first time.
    expect(JSON.stringify([...first])).toBe(kept);
    expect(JSON.stringify([...fit(big)])).toBe(kept);
    expect(JSON.stringify([...fit(small)])).toBe(smallFirst);
    expect(smallFirst).not.toBe(kept);
  });
});
