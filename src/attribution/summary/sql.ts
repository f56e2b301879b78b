/**
 * The survey summary computed where the data are: the study's summary plan as a SQL specification (question
 * indexes and scale ranges), the statements of `data/sql/summary` run on the first pass's verdicts table through
 * any {@link SqlRunner}, and the rows read back as the {@link SurveySummary} the in-process summariser gives for the
 * same rows (counts exactly, sums to rounding). The engines (DuckDB, PostgreSQL) are in `gaptrace/sql`.
 * @module
 */
import { UsageError } from "../../core/errors.js";
import { num, type SqlRow, type SqlRunner } from "../../data/sql/run.js";
import { dimensionsPresent, driverQuery, INDEX_TABLE, placesQuery, summarySql, type IndexedColumn, type SummarySqlSpec } from "../../data/sql/summary.js";
import { dataIndex, scaleRange } from "../../data/study-index.js";
import type { Question, Study } from "../../model/study.js";
import type { DriverCrossProducts } from "../../stats/drivers/cross-products.js";
import { estimateMean } from "../../stats/estimate-mean.js";
import { emptyHistogram, type Histogram } from "../../stats/histogram.js";
import { emptyPairedGap } from "../../stats/paired-gap.js";
import { emptyMoments, type WeightedMoments } from "../../stats/weighted-moments.js";
import { sortWaves } from "../shared/inputs.js";
import { resolveAttributionOptions, type AttributionOptions } from "../shared/options.js";
import type { DriverSummary, PlaceSummary, SurveySummary, SurveyWaveSummary } from "../shared/survey-summary.js";
import { summaryPlan, type SummaryPlan } from "./plan.js";

/** A question as the SQL reads it: its index in the study and its scale's range. */
function columnOf(study: Study): (q: Question) => IndexedColumn {
  const ix = dataIndex(study);
  return (q) => {
    const i = ix.questions.get(q.id)?.index;
    const r = scaleRange(q.scale);
    if (i === undefined || r.min === undefined || r.max === undefined) throw new UsageError("summariseSql", `question ${JSON.stringify(q.id)} has no index or no scale range.`, "Report this as a bug.");
    return { question: i, min: r.min, span: r.max - r.min };
  };
}

/** The sets the SQL summarises: the plan's indexes, then each theme's overall question on its own. */
function sqlSets(plan: SummaryPlan): Question[][] {
  const sets = plan.indexes.map((qs) => [...qs]);
  const key = (qs: readonly Question[]): string => qs.map((q) => q.id).join("\u0000");
  const known = new Set(sets.map(key));
  for (const d of plan.drivers)
    if (d.overall !== undefined && !known.has(d.overall.id)) {
      sets.push([d.overall]);
      known.add(d.overall.id);
    }
  return sets;
}

/** Moments from the first pass's centred sums (means and the sums of deviations from them). */
function momentsOf(row: SqlRow | undefined): WeightedMoments {
  if (row === undefined) return emptyMoments();
  const n = num(row["n"]);
  const sw = num(row["sw"]);
  const sw2 = num(row["sw2"]);
  const d1 = num(row["d1"]);
  const e1 = num(row["e1"]);
  const mu = num(row["mu"]);
  const mu2 = num(row["mu2"]);
  return { n, nZeroWeight: 0, sumW: sw, mean: mu + d1 / sw, m2: Math.max(0, num(row["d2"]) - (d1 * d1) / sw), sumW2: sw2, meanW2: mu2 + e1 / sw2, m2W2: Math.max(0, num(row["e2"]) - (e1 * e1) / sw2) };
}

/** Rows keyed by wave and key. */
function byWaveKey(rows: readonly SqlRow[]): Map<string, SqlRow> {
  return new Map(rows.map((r) => [`${String(r["wave_e"])}\u0000${num(r["k"])}`, r] as const));
}

/**
 * Summarise the survey on an engine, from the first pass's verdicts table (which must exist: run it inside
 * `runFirstPass`'s `then`, as `summariseDuckDB` and `summarisePostgres` do).
 *
 * @param study - the study.
 * @param runner - the engine, in the session holding the verdicts table.
 * @param dims - the first pass's segment dimensions (its plan's `dims`).
 * @param options - the attribution options the summary must agree with (`minExternal`).
 * @returns the summary of every wave.
 * @example
 * ```ts
 * await runFirstPass(study, runner, relation, reading, async (plan) => { summary = await summariseSql(study, runner, plan.dims); });
 * ```
 */
export async function summariseSql(study: Study, runner: SqlRunner, dims: readonly string[], options: AttributionOptions = {}): Promise<SurveySummary> {
  const opts = resolveAttributionOptions(options);
  const plan = summaryPlan(study);
  const column = columnOf(study);
  const sets = sqlSets(plan);
  const spec: SummarySqlSpec = {
    sets: sets.map((qs) => qs.map(column)),
    pairs: plan.pairs.map((p) => ({ perception: column(p.perception), expectation: column(p.expectation) })),
    accepting: plan.accepting.map((a) => ({ question: column(a.question).question, scope: a.scope })),
  };
  const sql = summarySql(spec, runner.dialect, dims);
  await runner.exec(sql.indexTable);
  try {
    const [waves, indexRows, pairRows, acceptRows, audienceRows] = [await runner.query(sql.waves), await runner.query(sql.indexMoments), await runner.query(sql.pairMoments), await runner.query(sql.accepting), await runner.query(sql.audiences)];
    const places = await placeRows(runner, plan, sets, dims);
    const indexes = byWaveKey(indexRows);
    const pairs = byWaveKey(pairRows);
    const setNo = new Map(sets.map((qs, k) => [qs.map((q) => q.id).join("\u0000"), k] as const));
    const out: SurveyWaveSummary[] = [];
    for (const wave of sortWaves(waves.map((r) => String(r["wave_e"])))) {
      const at = (k: number): SqlRow | undefined => indexes.get(`${wave}\u0000${k}`);
      const audience = (a: string): number => num(audienceRows.find((r) => String(r["wave_e"]) === wave && r["aud"] === a)?.["n"] ?? 0);
      const drivers: DriverSummary[] = [];
      for (const d of plan.drivers) {
        if (d.overall === undefined) continue;
        // The points that enter the driver weights: those with enough customers, decided as in process.
        const ids = d.rated.filter((r) => estimateMean(momentsOf(at(setNo.get(r.questions.map((q) => q.id).join("\u0000")) ?? -1)), { minN: opts.minExternal }).kind !== "insufficient");
        if (ids.length < 2) continue;
        const predictors = ids.map((r) => setNo.get(r.questions.map((q) => q.id).join("\u0000")) ?? -1);
        const [row] = await runner.query(driverQuery(wave, setNo.get(d.overall.id) ?? -1, predictors));
        drivers.push({ theme: d.theme, overall: d.overall.id, cross: crossProductsOf(row ?? {}, ids.map((r) => r.point)) });
      }
      out.push({
        wave,
        respondents: { customers: audience("external"), staff: audience("internal") },
        indexes: plan.indexes.map((qs) => ({ questions: qs.map((q) => q.id), moments: momentsOf(at(setNo.get(qs.map((q) => q.id).join("\u0000")) ?? -1)) })),
        pairs: plan.pairs.map((p, k) => {
          const part = (i: number): WeightedMoments => momentsOf(pairs.get(`${wave}\u0000${k * 3 + i}`));
          return { perception: p.perception.id, expectation: p.expectation.id, gap: pairs.has(`${wave}\u0000${k * 3}`) ? { perception: part(0), expectation: part(1), gap: part(2) } : emptyPairedGap() };
        }),
        accepting: plan.accepting.map((a, k) => ({ question: a.question.id, scope: a.scope.map((c) => ({ key: c.key, value: c.value })), histogram: histogramOf(acceptRows, wave, k) })),
        drivers,
        places: placesOf(places, plan, setNo, wave),
      });
    }
    return { kind: "gaptrace/survey-summary", version: 1, study: study.id, minExternal: opts.minExternal, waves: out };
  } finally {
    await runner.exec(`DROP TABLE IF EXISTS ${INDEX_TABLE}`);
  }
}

/** One entry's histogram in one wave, bins in increasing order of value. */
function histogramOf(rows: readonly SqlRow[], wave: string, k: number): Histogram {
  const h = emptyHistogram();
  for (const r of rows) {
    if (String(r["wave_e"]) !== wave || num(r["k"]) !== k) continue;
    const x = num(r["x"]);
    h.bins.push({ value: x === 0 ? 0 : x, count: num(r["n"]), sumW: num(r["sw"]), sumW2: num(r["sw2"]) });
  }
  h.bins.sort((a, b) => a.value - b.value);
  return h;
}

/** A theme's cross-products from its driver query's one row. */
function crossProductsOf(row: SqlRow, predictors: readonly string[]): DriverCrossProducts {
  const p = predictors.length;
  const n = num(row["n"] ?? 0);
  const v = (c: string): number => (n === 0 || row[c] === null || row[c] === undefined ? 0 : num(row[c]));
  const cross = Array.from({ length: p + 1 }, (_, j) => Array.from({ length: p + 1 }, (_, k) => v(`c${Math.max(j, k)}_${Math.min(j, k)}`)));
  return {
    predictors: [...predictors],
    answered: predictors.map((_, j) => num(row[`a${j}`] ?? 0)),
    rows: num(row["rows"] ?? 0),
    n,
    sumW: v("sw"),
    sumW2: v("sw2"),
    mean: Array.from({ length: p + 1 }, (_, j) => v(`m${j}`)),
    cross,
    min: Array.from({ length: p + 1 }, (_, j) => v(`lo${j}`)),
    max: Array.from({ length: p + 1 }, (_, j) => v(`hi${j}`)),
  };
}

/** The per-place sums of every dimension that has a value, with the dimension's name on each row. */
async function placeRows(runner: SqlRunner, plan: SummaryPlan, sets: readonly Question[][], dims: readonly string[]): Promise<{ dim: string; row: SqlRow }[]> {
  if (dims.length === 0) return [];
  const [present] = await runner.query(dimensionsPresent(dims.length));
  const setNo = new Map(sets.map((qs, k) => [qs.map((q) => q.id).join("\u0000"), k] as const));
  const wanted = plan.places.map((qs) => setNo.get(qs.map((q) => q.id).join("\u0000")) ?? -1);
  const out: { dim: string; row: SqlRow }[] = [];
  for (let i = 0; i < dims.length; i++) {
    if (num(present?.[`d${i}`] ?? 0) !== 1) continue;
    for (const row of await runner.query(placesQuery(i, wanted))) out.push({ dim: dims[i] as string, row });
  }
  return out;
}

/** One wave's places, in the in-process order: per set, dimensions sorted, levels sorted. */
function placesOf(rows: readonly { dim: string; row: SqlRow }[], plan: SummaryPlan, setNo: ReadonlyMap<string, number>, wave: string): PlaceSummary[] {
  const dims = [...new Set(rows.map((r) => r.dim))].sort();
  return plan.places.flatMap((qs) => {
    const k = setNo.get(qs.map((q) => q.id).join("\u0000")) ?? -1;
    return dims.map((dim) => ({
      questions: qs.map((q) => q.id),
      dimension: dim,
      levels: rows
        .filter((r) => r.dim === dim && String(r.row["wave_e"]) === wave && num(r.row["k"]) === k)
        .map((r) => ({ level: String(r.row["level"]), n: num(r.row["n"]), sumW: num(r.row["sw"]), sumWV: num(r.row["swv"]) }))
        .sort((a, b) => (a.level < b.level ? -1 : a.level > b.level ? 1 : 0)),
    }));
  });
}
