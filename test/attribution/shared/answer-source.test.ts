/**
 * A survey view's answers read through their source (the table's values in the view's answer order) give the
 * one-question index the answers' own columns give, bit for bit, over several waves, weights, reverse-coded
 * questions, don't-knows, not-applicables and missing answers; and the answers stay a plain-looking object (own
 * keys in their documented order, readable through a Proxy or a derived object).
 */
import { describe, expect, it } from "vitest";
import { surveyView, type QuestionAnswers } from "../../../src/attribution/shared/inputs.js";
import { answerSource } from "../../../src/attribution/shared/answer-source.js";
import { respondentIndex, toIndex } from "../../../src/attribution/evidence/measure.js";
import { ANSWER_STATUS, collectResponses, type ResponseTable } from "../../../src/data/dataset.js";
import type { Question, Study } from "../../../src/model/study.js";
import { airlineData, airlineStudy } from "../../../bench/airline.js";

const same = (x: ArrayLike<number>, y: ArrayLike<number>): boolean => x.length === y.length && Array.from(x).every((v, i) => Object.is(v, y[i]));

/** Two waves (some passengers in both), weights, reverse-coded questions, DK / NA / missing cells, rows scrambled. */
function mixedTable(): { study: Study; table: ResponseTable } {
  const study = structuredClone(airlineStudy());
  for (const p of study.evaluationPoints) for (const q of p.questions) if (q.id === "q_wifi" || q.id === "q_overall") (q as { reverse: boolean }).reverse = true;
  const rows: Record<string, unknown>[] = [];
  let k = 0;
  for (const wave of ["2025", "2026"])
    for (const r of airlineData(120, wave === "2025" ? 3 : 5).rows) {
      const id = Number(r.respondent.replace(/\D/g, "")) || 0;
      if (wave === "2025" && id % 3 === 0) continue;
      const cell = k % 17 === 0 ? "DK" : k % 23 === 0 ? "" : k % 29 === 0 ? "NA" : r.value;
      rows.push({ ...r, value: cell, wave, weight: 0.5 + ((id * 7) % 5) / 4 });
      k++;
    }
  const scrambled = rows.map((_, i) => rows[(i * 7919) % rows.length]!);
  return { study, table: collectResponses(study, scrambled as never, { notApplicable: ["NA"] }) };
}

/** The old path's index, from first principles: answered answers of the wave, in (id, wave) rank order. */
function reference(table: ResponseTable, wave: string, q: Question): { respondent: number[]; value: number[]; weight: number[] } {
  const a = table.answers;
  const r = table.respondents;
  const wi = table.waves.indexOf(wave);
  const qi = table.questions.indexOf(q.id);
  const byRank = Array.from({ length: r.count }, (_, i) => i).sort((x, y) => (r.id[x]! < r.id[y]! ? -1 : r.id[x]! > r.id[y]! ? 1 : r.wave[x]! - r.wave[y]!));
  const rank = new Map(byRank.map((resp, i) => [resp, i] as const));
  const rows = Array.from({ length: a.count }, (_, i) => i)
    .filter((i) => a.status[i] === ANSWER_STATUS.answered && a.question[i] === qi && r.wave[a.respondent[i]!] === wi)
    .sort((x, y) => rank.get(a.respondent[x]!)! - rank.get(a.respondent[y]!)! || x - y)
    .filter((i) => Number.isFinite(toIndex(q, a.value[i]!)));
  return {
    respondent: rows.map((i) => rank.get(a.respondent[i]!)!),
    value: rows.map((i) => toIndex(q, a.value[i]!)),
    weight: rows.map((i) => r.weight[a.respondent[i]!]!),
  };
}

describe("answers read through their source", () => {
  it("give each wave's one-question index the old path gives, bit for bit (weights, reverse coding, DK, NA, missing)", () => {
    const { study, table } = mixedTable();
    expect(table.waves.length).toBe(2);
    const a = table.answers;
    expect(a.status.some((s) => s === ANSWER_STATUS.dontKnow)).toBe(true);
    expect(a.status.some((s) => s === ANSWER_STATUS.missing)).toBe(true);
    expect(a.status.some((s) => s === ANSWER_STATUS.notApplicable)).toBe(true);
    expect(new Set(table.respondents.weight).size).toBeGreaterThan(1);
    const questions = study.evaluationPoints.flatMap((p) => p.questions);
    for (const [w, wave] of table.waves.entries()) {
      const view = surveyView(table, wave);
      for (const q of questions) {
        // One wave reads the values before the index, the other after: the order of first reads does not matter.
        if (w === 0) void view.answers(q.id).value;
        const idx = respondentIndex([q], (x) => view.answers(x.id));
        const ans = view.answers(q.id);
        expect(answerSource(ans)).toBeDefined();
        const old = respondentIndex([q], () => ({ respondent: ans.respondent, value: Float64Array.from(ans.value), weight: ans.weight }));
        const ref = reference(table, wave, q);
        expect(ref.value.length).toBeGreaterThan(0);
        for (const col of ["respondent", "value", "weight"] as const) {
          expect(same(idx[col], ref[col])).toBe(true);
          expect(same(idx[col], old[col])).toBe(true);
        }
        // Another scale of the same question (0–10 score): its own column, the first index untouched.
        const before = Float64Array.from(idx.value);
        const rescaled: Question = { ...q, scale: { type: "score", max: 10 } };
        const other = respondentIndex([rescaled], (x) => view.answers(x.id));
        expect(same(other.value, reference(table, wave, rescaled).value)).toBe(true);
        expect(same(idx.value, before)).toBe(true);
      }
      // A multi-question index (the old path, reading each answers' `value`) equals one over plain copies.
      const pair = [questions[0]!, questions.at(-1)!];
      const multi = respondentIndex(pair, (x) => view.answers(x.id));
      const plain = (x: Question): QuestionAnswers => ({ respondent: view.answers(x.id).respondent, value: Float64Array.from(view.answers(x.id).value), weight: view.answers(x.id).weight });
      const copies = new Map(pair.map((x) => [x.id, plain(x)] as const));
      const oldMulti = respondentIndex(pair, (x) => copies.get(x.id)!);
      for (const col of ["respondent", "value", "weight"] as const) expect(same(multi[col], oldMulti[col])).toBe(true);
    }
  });

  it("are a plain-looking object: own keys in the old order, JSON as before, readable through a Proxy or a derived object", () => {
    const study = airlineStudy();
    const table = collectResponses(study, airlineData(40).rows);
    const view = surveyView(table);
    const ans = view.answers(table.questions[0]!);
    const plain: QuestionAnswers = { respondent: ans.respondent, value: ans.value, weight: ans.weight };
    expect(Object.keys(ans)).toEqual(["respondent", "value", "weight"]);
    expect(JSON.stringify(ans)).toBe(JSON.stringify(plain));
    const fresh = surveyView(structuredClone(table)).answers(table.questions[1]!);
    // Read first through a Proxy (a reactive store, a logging wrapper) or a derived object: no private-member error.
    expect(same(new Proxy(fresh, {}).value, view.answers(table.questions[1]!).value)).toBe(true);
    const derived = Object.create(surveyView(structuredClone(table)).answers(table.questions[2]!)) as QuestionAnswers;
    expect(same(derived.value, view.answers(table.questions[2]!).value)).toBe(true);
  });
});
