/**
 * Process-walkthrough results (流程穿越) as evidence on steps, graded honestly: an open problem a participant
 * recorded corroborates a finding at the same step (or standard, or post and kind), supports a traced link whose
 * step it names, and, where no finding is, is listed as observed but not confirmed, with the data that would test
 * it. It is qualitative, so it changes no share, no grade and no reason: those come only from the data's tests.
 * @module
 */
import { UsageError } from "../../core/errors.js";
import { nearMiss } from "../../core/near.js";
import { OBSERVATION_TAG, WALKTHROUGH_KINDS, type WalkthroughLedger, type WalkthroughObservation, type WalkthroughRun, type WalkthroughSet } from "../../data/walkthroughs.js";
import type { Study } from "../../model/study.js";
import { GRADES, type CauseLink, type CustomerDissatisfaction, type Finding, type TestData } from "../shared/findings.js";
import type { WalkthroughCorroboration, WalkthroughEvidence, WalkthroughSupport, WalkthroughTotals, WalkthroughUnconfirmed } from "../shared/walkthrough.js";
import { clockOf } from "./standards.js";
import { studyNetworkShared } from "../../graph/step-network.js";
import { downstreamIn } from "../../graph/walk.js";

/** Whether a problem is still open: not solved, or solved only in part. */
export function isOpen(o: WalkthroughObservation): boolean {
  return o.solved !== "yes";
}

/** Where walkthrough records were given, as a message names it: the function, the argument and how to pass them. */
export interface WalkthroughsGiven {
  readonly fn: string;
  readonly name: string;
  readonly pass: string;
}

/** Records given to {@link withWalkthroughs} itself. */
export const TO_WITH_WALKTHROUGHS: WalkthroughsGiven = { fn: "withWalkthroughs", name: "the walkthroughs", pass: "withWalkthroughs(study, result, records)" };

/**
 * Check walkthrough records given to {@link withWalkthroughs}, or as `data.walkthroughs` to `whatIf` and
 * `compareWaves` (made by `readWalkthroughs`, or built by hand): their shape and that every step, post and run they
 * name exists, so a typo is a usage error, not a silent miss. The error names the function the records were given to.
 */
export function checkWalkthroughSet(study: Study, set: unknown, given: WalkthroughsGiven = TO_WITH_WALKTHROUGHS): WalkthroughSet {
  const bad = (what: string, hint: string): never => {
    throw new UsageError(given.fn, `${given.name} ${what}.`, hint);
  };
  const read = `Read the records with readWalkthroughs(study, text) and pass the result: ${given.pass}.`;
  if (set === null || typeof set !== "object") return bad("is not walkthrough records", read);
  const { runs, observations } = set as Partial<WalkthroughSet>;
  if (!Array.isArray(runs) || !Array.isArray(observations)) return bad("needs runs and observations (arrays)", read);
  const steps = new Set(study.blueprints.flatMap((b) => b.steps.map((s) => s.id)));
  const posts = new Set(study.organisation.posts.map((p) => p.id));
  const runIds = new Set<string>();
  for (const r of runs as readonly WalkthroughRun[]) {
    if (r === null || typeof r !== "object" || typeof r.id !== "string" || !WALKTHROUGH_KINDS.includes(r.kind) || !(Number.isInteger(r.participants) && r.participants >= 0))
      return bad(`has a run that is not { id, kind, participants } (${JSON.stringify(r)?.slice(0, 80)})`, read);
    runIds.add(r.id);
  }
  for (const o of observations as readonly WalkthroughObservation[]) {
    if (o === null || typeof o !== "object" || typeof o.step !== "string" || typeof o.run !== "string" || !(o.solved in OPEN_WORDS) || !(o.kind in OBSERVATION_TAG))
      return bad(`has a problem that is not { id, run, task, step, problem, kind, solved } (${JSON.stringify(o)?.slice(0, 80)})`, read);
    if (!steps.has(o.step)) return bad(`names step ${JSON.stringify(o.step)}, which the study does not have${near(o.step, steps)}`, read);
    if (o.owner !== undefined && !posts.has(o.owner)) return bad(`names post ${JSON.stringify(o.owner)}, which the study does not have${near(o.owner, posts)}`, read);
    if (!runIds.has(o.run)) return bad(`names run ${JSON.stringify(o.run)}, which its runs do not declare${near(o.run, runIds)}`, read);
  }
  const ledger = (set as { ledger?: unknown }).ledger;
  const counted = (x: unknown): x is WalkthroughLedger => {
    const l = x as Partial<WalkthroughLedger> | null;
    return typeof l === "object" && l !== null && [l.rowsRead, l.accepted, l.rejected, l.blankLines].every((n) => Number.isInteger(n)) && l.rowsRead === (l.accepted ?? 0) + (l.rejected ?? 0);
  };
  if (ledger !== undefined && !counted(ledger)) return bad("has a ledger that does not reconcile (rowsRead = accepted + rejected)", read);
  return { runs: runs as readonly WalkthroughRun[], observations: observations as readonly WalkthroughObservation[], ...(ledger === undefined ? {} : { ledger }) };
}

const OPEN_WORDS = { yes: 0, no: 1, partly: 1 } as const;

function near(id: string, known: Iterable<string>): string {
  const n = nearMiss(id, known);
  return n === undefined ? "" : ` (did you mean ${JSON.stringify(n)}?)`;
}

/** The counts the sources report: runs, people, tasks, problems found and solved. */
function totalsOf(runs: readonly WalkthroughRun[], observations: readonly WalkthroughObservation[]): WalkthroughTotals {
  const tasksOf = new Map<string, Set<string>>();
  for (const o of observations) {
    let set = tasksOf.get(o.run);
    if (set === undefined) tasksOf.set(o.run, (set = new Set()));
    set.add(o.task);
  }
  const runsByKind = { customer: 0, post: 0, department: 0 };
  for (const r of runs) runsByKind[r.kind]++;
  return {
    runs: runs.length,
    runsByKind,
    participants: runs.reduce((a, r) => a + r.participants, 0),
    tasks: runs.reduce((a, r) => a + (r.tasks ?? tasksOf.get(r.id)?.size ?? 0), 0),
    problems: observations.length,
    solved: observations.filter((o) => o.solved === "yes").length,
    partly: observations.filter((o) => o.solved === "partly").length,
    open: observations.filter((o) => o.solved === "no").length,
  };
}

/** The steps a finding is about: its step, or every step a standard governs. */
function stepsOf(study: Study, f: Finding): ReadonlySet<string> {
  if (f.tag === "unreasonable-standard") return new Set(study.standards.find((s) => s.id === f.standard)?.steps ?? [f.step]);
  return new Set([f.step]);
}

/**
 * Whether an open problem corroborates a finding: a problem of the finding's kind (or `other`) found where the
 * finding is: at its step (for a standard, at a step it governs, or naming the standard), or, for execution, on
 * the post that executes it. A dispatch delay does not corroborate an unreasonable arrival standard, even at a
 * step the standard governs.
 */
function corroborates(f: Finding, steps: ReadonlySet<string>, o: WalkthroughObservation): boolean {
  const kind = OBSERVATION_TAG[o.kind];
  if (kind !== undefined && kind !== f.tag) return false;
  if (steps.has(o.step)) return true;
  if (f.tag === "unreasonable-standard" && o.standard === f.standard) return true;
  return f.tag === "non-compliant-execution" && f.post !== undefined && o.owner === f.post;
}

/**
 * The data that would test a step's work against customers' satisfaction: survey responses linked to cases with
 * the events of its standards' clocks, and the ratings of its support by the posts it hands work to (its internal
 * customers), as the trace asks for them; for the customer's own step, also the evaluation points rated at it (what
 * alone can test it when no standard's clock times it).
 */
function testFor(study: Study, step: string): Pick<WalkthroughUnconfirmed, "test" | "customerStep"> {
  const graph = studyNetworkShared(study);
  const s = study.blueprints.flatMap((b) => b.steps).find((x) => x.id === step);
  const out: TestData[] = [];
  const events = new Set<string>();
  for (const st of study.standards.filter((x) => x.steps.includes(step))) {
    const c = clockOf(study, st);
    if (c !== undefined) events.add(c.start).add(c.stop);
  }
  if (events.size > 0) out.push({ kind: "linked-cases", events: [...events].sort() });
  if (s === undefined) return { test: out };
  if (s.layer === "customer") return { test: out, customerStep: { points: study.evaluationPoints.filter((p) => p.step === step).map((p) => p.id) } };
  // The internal customers: the owners of the nearest steps it hands work to (one test per rater post).
  const raters = new Set<string>();
  for (const r of downstreamIn(graph, step, { maxDepth: 1 })) {
    const owner = graph.owner(graph.find(r.step)!);
    if (owner !== undefined && owner !== s.owner) raters.add(owner);
  }
  for (const post of [...raters].sort()) out.push({ kind: "internal-ratings", step, post });
  if (raters.size === 0) out.push({ kind: "internal-ratings", step, post: undefined });
  return { test: out };
}

/**
 * The walkthrough evidence of an attribution, and its findings with each traced link's open walkthrough problems
 * (`observed`) set: nothing else of a finding or a link changes.
 *
 * @param study - the study.
 * @param findings - the findings of the run.
 * @param set - checked walkthrough records.
 * @param wave - the run's wave: runs of other waves are counted apart and left out.
 * @returns the findings (links annotated) and the evidence.
 */
export function walkthroughEvidence(study: Study, findings: readonly Finding[], set: WalkthroughSet, wave: string): { findings: Finding[]; evidence: WalkthroughEvidence } {
  const runs = set.runs.filter((r) => r.wave === undefined || r.wave === wave);
  const used = new Set(runs.map((r) => r.id));
  const observations = set.observations.filter((o) => used.has(o.run));
  const open = observations.filter(isOpen);
  const openAt = new Map<string, string[]>();
  for (const o of open) openAt.set(o.step, [...(openAt.get(o.step) ?? []), o.id]);
  const corroborations: WalkthroughCorroboration[] = [];
  const covered = new Set<string>();
  for (const f of findings) {
    const steps = stepsOf(study, f);
    const ids = open.filter((o) => corroborates(f, steps, o)).map((o) => o.id);
    for (const id of ids) covered.add(id);
    if (ids.length > 0) corroborations.push({ finding: f.id, observations: ids });
  }
  // One support per gap and step: a step can have several links to one gap (its own standard's misses, and a share
  // passed up to it through a chained standard); the support names the strongest, a measured share first.
  const supportAt = new Map<string, WalkthroughSupport>();
  const rank = (x: WalkthroughSupport): number => (x.share !== undefined ? 0 : 1) * 10 + GRADES.indexOf(x.grade);
  const annotate = (gap: CustomerDissatisfaction, l: CauseLink): CauseLink => {
    const ids = openAt.get(l.step);
    if (ids === undefined) return l;
    const support: WalkthroughSupport = { gap: gap.id, step: l.step, post: l.post, grade: l.grade, share: l.share, observations: ids };
    const key = `${gap.id}\u0000${l.step}`;
    const was = supportAt.get(key);
    if (was === undefined || rank(support) < rank(was)) supportAt.set(key, support);
    return { ...l, observed: ids };
  };
  const out = findings.map((f): Finding => {
    if (f.tag !== "customer-dissatisfaction") return f;
    const links = f.links.map((l) => annotate(f, l));
    // A cause is also a link: the same annotation, without listing the support twice.
    const causes = f.causes.map((c) => (openAt.has(c.step) ? { ...c, observed: openAt.get(c.step) ?? [] } : c));
    return { ...f, links, causes };
  });
  const unconfirmedAt = new Map<string, WalkthroughObservation[]>();
  for (const o of open) if (!covered.has(o.id)) unconfirmedAt.set(o.step, [...(unconfirmedAt.get(o.step) ?? []), o]);
  const unconfirmed: WalkthroughUnconfirmed[] = [...unconfirmedAt].map(([step, os]) => ({
    step,
    posts: [...new Set(os.flatMap((o) => (o.owner === undefined ? [] : [o.owner])))].sort(),
    observations: os.map((o) => o.id),
    ...testFor(study, step),
  }));
  const otherRuns = set.runs.length - runs.length;
  return {
    findings: out,
    evidence: {
      runs, observations, totals: totalsOf(runs, observations),
      ...(set.ledger === undefined ? {} : { ledger: set.ledger }),
      otherWaves: { runs: otherRuns, problems: set.observations.length - observations.length },
      corroborations, supports: [...supportAt.values()], unconfirmed,
    },
  };
}
