/**
 * Process-walkthrough results (流程穿越) in the report document: the section with the counts the sources give
 * (people, tasks, problems found, solved), the findings the open problems corroborate, the traced links they
 * support and the steps they point at that no survey or case data confirm; and each responsibility list's own
 * problems, open first, then solved. Sentences come from the words tables; no share is ever stated for them.
 * @module
 */
import type { Attribution } from "../attribution/attribute.js";
import type { WalkthroughEvidence } from "../attribution/shared/walkthrough.js";
import { labelText, type Lang } from "../core/label.js";
import type { WalkthroughObservation } from "../data/walkthroughs.js";
import type { Study } from "../model/study.js";
import type { StudyLabels } from "./labels.js";
import { gradeName, testText } from "./link-text.js";
import type { ListWalkthrough } from "./responsibility.js";
import type { ReportWalkthroughProblem, ReportWalkthroughs } from "./schema.js";
import { wordsFor } from "./words/index.js";
import { quoted } from "./words/quote.js";

/** What the walkthrough documents read: the study's names in the report's language, and each finding's name. */
export interface WalkthroughDocContext {
  readonly study: Study;
  readonly lang: Lang;
  readonly l: StudyLabels;
  readonly findingName: (id: string) => string;
}

const ref = (c: WalkthroughDocContext, kind: "post" | "step" | "standard" | "department", id: string): { id: string; name: string } => ({ id, name: c.l.name(kind, id) });

/**
 * One walkthrough problem as the report shows it, with its sentence.
 *
 * @param c - the names and language.
 * @param o - the problem.
 * @returns its document.
 * @example
 * ```ts
 * walkthroughProblemDoc(ctx, result.walkthroughs!.observations[0]!).text;
 * ```
 */
export function walkthroughProblemDoc(c: WalkthroughDocContext, o: WalkthroughObservation): ReportWalkthroughProblem {
  const w = wordsFor(c.lang).walkthrough;
  const problem = labelText(o.problem, c.lang);
  const measure = o.measure === undefined ? null : labelText(o.measure, c.lang);
  return {
    id: o.id,
    run: o.run,
    task: o.task,
    step: ref(c, "step", o.step),
    post: o.owner === undefined ? null : ref(c, "post", o.owner),
    recordedBy: o.recordedBy === undefined ? null : ref(c, "post", o.recordedBy),
    kind: o.kind,
    kindName: w.kinds[o.kind],
    problem,
    severity: o.severity ?? null,
    solved: o.solved,
    solvedName: w.solved[o.solved],
    solvedOn: o.solvedOn ?? null,
    measure,
    standard: o.standard === undefined ? null : ref(c, "standard", o.standard),
    text: w.problem({ text: quoted(problem), step: quoted(c.l.name("step", o.step)), kind: w.kinds[o.kind], state: w.solved[o.solved], solvedOn: o.solvedOn ?? null, measure }),
  };
}

/**
 * A responsibility list's walkthrough problems as the report shows them.
 *
 * @param c - the names and language.
 * @param list - the list's problems (open, then solved).
 * @returns `{ walkthrough }`, or nothing when the list has none.
 * @example
 * ```ts
 * listWalkthroughDoc(ctx, lists.posts[0]?.walkthrough).walkthrough?.text;
 * ```
 */
export function listWalkthroughDoc(c: WalkthroughDocContext, list: ListWalkthrough | undefined): { walkthrough?: { open: ReportWalkthroughProblem[]; solved: ReportWalkthroughProblem[]; text: string } } {
  if (list === undefined) return {};
  return {
    walkthrough: {
      open: list.open.map((o) => walkthroughProblemDoc(c, o)),
      solved: list.solved.map((o) => walkthroughProblemDoc(c, o)),
      text: wordsFor(c.lang).walkthrough.listLine(list.open.length, list.solved.length),
    },
  };
}

/**
 * The report's walkthrough section.
 *
 * @param c - the names and language.
 * @param result - the attribution (its `walkthroughs`).
 * @returns the section, or undefined when the attribution read no walkthrough records.
 * @example
 * ```ts
 * walkthroughsDoc(ctx, result)?.text; // "583 people took part in …"
 * ```
 */
export function walkthroughsDoc(c: WalkthroughDocContext, result: Attribution): ReportWalkthroughs | undefined {
  const e: WalkthroughEvidence | undefined = result.walkthroughs;
  if (e === undefined) return undefined;
  const w = wordsFor(c.lang).walkthrough;
  const t = e.totals;
  const other = e.otherWaves.runs > 0 ? `${w.between}${w.otherWaves(e.otherWaves.runs, e.otherWaves.problems)}` : "";
  const ledger = e.ledger === undefined ? null : { ...e.ledger };
  return {
    totals: { ...t, runsByKind: { ...t.runsByKind } },
    otherWaves: { ...e.otherWaves },
    ledger,
    text: `${w.totals(t)}${other}${ledger === null ? "" : `${w.between}${w.ledger(ledger)}`}`,
    note: w.note,
    runs: e.runs.map((r) => ({
      id: r.id, kind: r.kind, kindName: w.runKinds[r.kind], date: r.date ?? null, wave: r.wave ?? null, participants: r.participants,
      organiser: r.organiser === undefined ? null : { id: r.organiser, name: c.l.name(c.study.organisation.posts.some((p) => p.id === r.organiser) ? "post" : "department", r.organiser) },
      tasks: r.tasks ?? null,
    })),
    problems: e.observations.map((o) => walkthroughProblemDoc(c, o)),
    corroborations: e.corroborations.map((x) => ({ finding: { id: x.finding, name: c.findingName(x.finding) }, problems: [...x.observations], text: w.corroborates(quoted(c.findingName(x.finding)), x.observations.length) })),
    supports: e.supports.map((x) => ({
      gap: { id: x.gap, name: c.findingName(x.gap) },
      step: ref(c, "step", x.step),
      post: x.post === undefined ? null : ref(c, "post", x.post),
      grade: x.grade,
      problems: [...x.observations],
      text: w.supports({ step: quoted(c.l.name("step", x.step)), gap: quoted(c.findingName(x.gap)), grade: gradeName(x.grade, c.lang), n: x.observations.length, measured: x.share !== undefined }),
    })),
    unconfirmed: e.unconfirmed.map((x) => {
      const tests = x.test.map((d) => testText(c.study, d, c.lang));
      return {
        step: ref(c, "step", x.step),
        posts: x.posts.map((p) => ref(c, "post", p)),
        problems: [...x.observations],
        tests,
        ...(x.customerStep === undefined ? {} : { customerStep: { points: x.customerStep.points.map((p) => ({ id: p, name: c.l.name("point", p) })) } }),
        text: w.unconfirmed({ step: quoted(c.l.name("step", x.step)), n: x.observations.length, tests: tests.length === 0 ? w.customerStep({ points: (x.customerStep?.points ?? []).map((p) => quoted(c.l.name("point", p))) }) : tests.join(wordsFor(c.lang).punct.semicolon) }),
      };
    }),
  };
}
