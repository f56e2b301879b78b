/**
 * One response table from several: a customer survey and a staff survey exported by different tools, each read
 * with its own column mapping, become the one table the attribution reads. Each table keeps its respondents: the
 * same id in two tables is two respondents (sources are separate populations, such as customers numbered 1…900
 * and staff numbered 1…130), and the combined ledger says how many ids met that way.
 * @module
 */
import { UsageError } from "../core/errors.js";
import { intern } from "../core/intern.js";
import { requireStudy } from "../model/arguments.js";
import type { Study } from "../model/study.js";
import type { ResponseTable } from "./dataset.js";
import { Ledger } from "./ledger.js";
import type { Segment } from "./segment.js";
import { problemFrom } from "../core/problem-from.js";
import { DATA_COMBINED_EN } from "../core/messages/problems-en-data-combined.js";

const isTable = (t: unknown): t is ResponseTable =>
  typeof t === "object" && t !== null && typeof (t as ResponseTable).respondents === "object" && typeof (t as ResponseTable).answers === "object" && Array.isArray((t as ResponseTable).waves);

/** The interned indexes of `names` in `pool`, as a lookup from a table's own index. */
const remap = (names: readonly string[], pool: Map<string, number>): Int32Array => Int32Array.from(names, (n) => intern(pool, n));

/**
 * Combine response tables read from different sources (different files, layouts or tools) into one table:
 * respondents and answers concatenated in source order, waves, posts and segments merged, and the ledgers added
 * (rows read = accepted + rejected still holds for the whole). A respondent id found in two sources in the same
 * wave stays two respondents, and the ledger notes it (`data/respondent-in-two-sources`): read one population
 * split across files of one layout as one source with `files` instead.
 *
 * @param study - the study every table was read for.
 * @param tables - the tables, each from {@link collectResponses}; at least one.
 * @param options - `names`: each source's name (its file), to locate the note on shared ids at the later source.
 * @returns one table; its ledger is the sum of the tables' ledgers, plus the note on shared ids.
 * @throws UsageError when a table was read for another study or no table is given.
 * @example
 * ```ts
 * const customers = await collectResponses(study, readResponsesCsv(study, "customers.csv", { form: "wide", … }));
 * const staff = await collectResponses(study, readResponsesCsv(study, "staff.csv", { form: "wide", … }));
 * const table = combineResponses(study, [customers, staff]);
 * table.ledger.rowsRead === customers.ledger.rowsRead + staff.ledger.rowsRead; // true
 * ```
 */
export function combineResponses(study: Study, tables: readonly ResponseTable[], options: { readonly names?: readonly string[] } = {}): ResponseTable {
  requireStudy("combineResponses", study);
  if (!Array.isArray(tables) || tables.length === 0 || !tables.every(isTable))
    throw new UsageError("combineResponses", "expected a list of one or more response tables.", "Pass the tables collectResponses returned for each source: combineResponses(study, [customers, staff]).");
  tables.forEach((t, i) => {
    if (t.study !== study.id) throw new UsageError("combineResponses", `table ${i + 1} was read for study "${t.study}", not "${study.id}".`, "Read every source with the same study.");
  });
  if (tables.length === 1) return tables[0] as ResponseTable;
  const waves = new Map<string, number>();
  const posts = new Map<string, number>();
  const segments = new Map<string, number>();
  const segmentList: Segment[] = [];
  let rCount = 0;
  let aCount = 0;
  for (const t of tables) {
    rCount += t.respondents.count;
    aCount += t.answers.count;
  }
  const r = { id: new Array<string>(rCount), wave: new Uint32Array(rCount), internal: new Uint8Array(rCount), post: new Int32Array(rCount), segment: new Uint32Array(rCount), weight: new Float64Array(rCount), case: new Array<string>(rCount) };
  const a = { respondent: new Uint32Array(aCount), question: new Uint32Array(aCount), value: new Float64Array(aCount), status: new Uint8Array(aCount), line: new Uint32Array(aCount) };
  // Where each id × wave was first met, to note ids two sources share.
  const firstSource = new Map<string, number>();
  let shared = 0;
  let sharedFirst: { respondent: string; wave: string; first: number; second: number } | undefined;
  let ledger = Ledger.fromSummary(tables[0]?.ledger as (typeof tables)[number]["ledger"]);
  let rBase = 0;
  let aBase = 0;
  tables.forEach((t, ti) => {
    if (ti > 0) ledger = Ledger.merge(ledger, t.ledger);
    const waveOf = remap(t.waves, waves);
    const postOf = remap(t.posts, posts);
    const segmentOf = Int32Array.from(t.segments, (s) => {
      const key = JSON.stringify(s);
      let k = segments.get(key);
      if (k === undefined) {
        segments.set(key, (k = segmentList.length));
        segmentList.push(s);
      }
      return k;
    });
    // Question indexes are the study's order in every table of the study: they carry over as they are.
    const src = t.respondents;
    const seenHere = new Set<string>();
    for (let i = 0; i < src.count; i++) {
      const j = rBase + i;
      const id = src.id[i] ?? "";
      const wave = t.waves[src.wave[i] ?? 0] ?? "";
      r.id[j] = id;
      r.wave[j] = waveOf[src.wave[i] ?? 0] ?? 0;
      r.internal[j] = src.internal[i] ?? 0;
      const p = src.post[i] ?? -1;
      r.post[j] = p < 0 ? -1 : (postOf[p] ?? -1);
      r.segment[j] = segmentOf[src.segment[i] ?? 0] ?? 0;
      r.weight[j] = src.weight[i] ?? 1;
      r.case[j] = src.case[i] ?? "";
      const key = `${wave}\u0000${id}`;
      if (seenHere.has(key)) continue;
      seenHere.add(key);
      const before = firstSource.get(key);
      if (before === undefined) firstSource.set(key, ti);
      else {
        shared++;
        sharedFirst ??= { respondent: id, wave, first: before + 1, second: ti + 1 };
      }
    }
    const ans = t.answers;
    for (let i = 0; i < ans.count; i++) {
      const j = aBase + i;
      a.respondent[j] = rBase + (ans.respondent[i] ?? 0);
      a.question[j] = ans.question[i] ?? 0;
      a.value[j] = ans.value[i] ?? Number.NaN;
      a.status[j] = ans.status[i] ?? 0;
      a.line[j] = ans.line[i] ?? 0;
    }
    rBase += src.count;
    aBase += ans.count;
  });
  if (sharedFirst !== undefined) {
    const note = problemFrom(DATA_COMBINED_EN, "data/respondent-in-two-sources", "warning", [], { count: shared, ...sharedFirst });
    const file = options.names?.[sharedFirst.second - 1];
    ledger.note(file === undefined ? note : { ...note, location: { file } });
  }
  return {
    study: study.id,
    questions: tables[0]?.questions ?? [],
    waves: [...waves.keys()],
    posts: [...posts.keys()],
    segments: segmentList,
    respondents: { count: rCount, ...r },
    answers: { count: aCount, ...a },
    ledger: ledger.summary(),
  };
}
