/**
 * The post walkthrough (岗位穿越): a Markdown script for walking the process as another post. It lists the steps
 * the post owns or contributes to, theme by theme and in process order, with what the post receives and from whom
 * (its internal suppliers), what it hands on and to whom (its internal customers), the standards that govern each
 * step and who set them, the questions asked about the step, the internal questions the post itself answers as
 * an internal customer, and a check-list per step.
 * @module
 */
import { NotFoundError, UsageError } from "../core/errors.js";
import { labelText } from "../core/label.js";
import { internalCustomerPairs } from "../graph/internal-customers.js";
import type { Question, Study } from "../model/study.js";
import { Lookup, type Link, type WalkthroughOptions } from "./context.js";
import { mdCode, mdText } from "./markdown.js";
import {
  bullets,
  checklist,
  document,
  eventsFact,
  handoffFacts,
  headedList,
  opening,
  parallelTo,
  questionsAbout,
  quotedQuestion,
  standardsBlock,
  standardsSet,
  stepCaption,
  stepsOfPosts,
  type WalkStep,
} from "./sections.js";

/** Internal questions a post answers about one rated step. */
interface Answer {
  readonly point: string;
  readonly questions: Question[];
  readonly rated: string;
}

/**
 * Check-list items for the hand-offs of a step that cross a boundary (from or to posts outside `inside`): what
 * arrives, what leaves, and what the customer hands over or gets.
 */
function handoffChecks(L: Lookup, step: string, ins: readonly Link[], outs: readonly Link[], inside: ReadonlySet<string>): string[] {
  const w = L.w;
  const checks: string[] = [];
  const labelOf = (l: Link): string => labelText(l.handoff.label, L.lang);
  for (const l of ins) {
    const owner = who(L, l.other);
    if (owner !== undefined && inside.has(owner)) continue;
    if (owner === undefined) checks.push(labelOf(l) === "" ? w.checkHandOverTo(L.stepName(step)) : w.checkHandOver(L.what(l.handoff)));
    else checks.push(w.checkReceiveFrom(L.what(l.handoff), L.stepName(l.other), L.whoAt(l.other)));
  }
  for (const l of outs) {
    const owner = who(L, l.other);
    if (owner !== undefined && inside.has(owner)) continue;
    if (owner === undefined) checks.push(labelOf(l) === "" ? w.checkReceiveAt(L.stepName(step)) : w.checkReceive(L.what(l.handoff)));
    else checks.push(w.checkHandTo(L.what(l.handoff), L.stepName(l.other), L.whoAt(l.other)));
  }
  return checks;
}

function who(L: Lookup, step: string): string | undefined {
  return L.steps.get(step)?.step.owner;
}

function ordinalList<T>(items: readonly T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const x of items) {
    const k = key(x);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(x);
  }
  return out;
}

/**
 * Writes the post walkthrough (岗位穿越) of a post: the steps it owns or contributes to, across themes in process
 * order (rework hand-offs not followed; steps in parallel marked), what it receives from whom (its internal
 * suppliers) and hands to whom (its internal customers), the standards governing its steps and who set them,
 * the questions asked about its steps, the internal questions it answers, and check-list items (`- [ ]`).
 *
 * @param study - A validated study.
 * @param post - The post id.
 * @param options - `lang`: `en` (default) or `zh`.
 * @returns The script, in Markdown; the same study and options always give the same text.
 * @throws {@link core!NotFoundError} when the study has no such post; {@link core!UsageError} for a bad `lang`.
 * @example
 * ```ts
 * const md = postWalkthrough(study, "materials_clerk");
 * md.includes("Emergency spare parts issued within 30 minutes"); // true
 * ```
 */
export function postWalkthrough(study: Study, post: string, options: WalkthroughOptions = {}): string {
  const L = new Lookup(study, options, "postWalkthrough");
  if (typeof post !== "string") throw new UsageError("postWalkthrough", `expecting a post id (a string), got ${typeof post}.`, "Pass the id of a post in the study.");
  if (!L.posts.has(post)) throw new NotFoundError("postWalkthrough", "post", post);
  const w = L.w;
  const walk = stepsOfPosts(L, new Set([post]));
  const { answers, unplaced } = answersOf(L, post, new Set(walk.map((s) => s.id)));

  const out = opening(L, w.postTitle(L.postName(post)), w.postIntro, post);
  out.push(...atAGlance(L, post, walk));
  for (const theme of [...new Set(walk.map((s) => s.theme))]) {
    const o = L.order(theme);
    out.push(`## ${w.theme(L.themeName(theme))}`, "");
    if (o.cyclic) out.push(`> ${w.cyclicNote}`, "");
    walk.filter((s) => s.theme === theme).forEach((ws, i) => out.push(...postStep(L, post, ws, i, answers.get(ws.id) ?? [])));
  }
  for (const a of unplaced) {
    out.push(`## ${w.youAnswer(L.stepName(a.rated), L.whoAt(a.rated))}`, "");
    for (const q of a.questions) out.push(`- [ ] ${w.checkAnswer(`${L.questionText(q)}`)}`);
    out.push("");
  }
  out.push(...standardsSet(L, w.standardsYouSet, study.standards.filter((s) => "post" in s.owner && s.owner.post === post)));
  return document(out);
}

/** The internal questions a post answers, with its step nearest downstream of the step it rates (if any). */
function answersOf(L: Lookup, post: string, mine: ReadonlySet<string>): { answers: Map<string, Answer[]>; unplaced: Answer[] } {
  const answers = new Map<string, Answer[]>();
  const unplaced: Answer[] = [];
  const pointQuestions = new Map(L.study.evaluationPoints.map((p) => [p.id, p.questions] as const));
  for (const pair of internalCustomerPairs(L.study, L.graph)) {
    if (pair.rater !== post) continue;
    const qs = (pointQuestions.get(pair.point) ?? []).filter((q) => pair.questions.includes(q.id));
    const entry = { point: pair.point, questions: qs, rated: pair.ratedStep };
    const at = pair.raterDownstreamSteps.find((s) => mine.has(s));
    if (at === undefined) unplaced.push(entry);
    else {
      const list = answers.get(at);
      if (list === undefined) answers.set(at, [entry]);
      else list.push(entry);
    }
  }
  return { answers, unplaced };
}

/** The post at a glance: department, headcount, themes, steps, internal suppliers and customers. */
function atAGlance(L: Lookup, post: string, walk: readonly WalkStep[]): string[] {
  const w = L.w;
  const me = L.posts.get(post);
  // Early termination: the caller checked the post exists.
  if (me === undefined) return [];
  const out = [`## ${w.atAGlance}`, ""];
  out.push(`- ${w.department}${w.colon}${L.departmentName(me.department)} ${mdCode(me.department)}`);
  if (me.headcount !== undefined) out.push(`- ${w.headcount}${w.colon}${me.headcount}`);
  if (me.description !== undefined) out.push(`- ${mdText(labelText(me.description, L.lang))}`);
  const themes = [...new Set(walk.map((s) => s.theme))];
  out.push(`- ${w.themes}${w.colon}${themes.length === 0 ? w.none : w.list(themes.map((t) => L.themeName(t)))}`);
  const owned = walk.filter((s) => s.role === "owner").length;
  out.push(`- ${w.ownsCount(owned)}${w.comma}${w.contributesCount(walk.length - owned)}`);
  const others = (links: readonly Link[]): string[] =>
    ordinalList(
      links.map((l) => who(L, l.other)).filter((p): p is string => p !== undefined && p !== post),
      (p) => p,
    );
  const suppliers = others(walk.flatMap((s) => L.inLinks(s.id, false)));
  const customers = others(walk.flatMap((s) => L.outLinks(s.id, false)));
  out.push(`- ${w.internalSuppliers}${w.colon}${suppliers.length === 0 ? w.none : w.list(suppliers.map((p) => L.postWithDepartment(p)))}`);
  out.push(`- ${w.internalCustomers}${w.colon}${customers.length === 0 ? w.none : w.list(customers.map((p) => L.postWithDepartment(p)))}`);
  out.push("");
  if (walk.length === 0) out.push(w.notInProcess, "");
  return out;
}

/** One step of the post's walk: caption, facts, standards, questions about it, questions it answers, checks. */
function postStep(L: Lookup, post: string, ws: WalkStep, i: number, answers: readonly Answer[]): string[] {
  const w = L.w;
  const step = L.steps.get(ws.id)?.step;
  // Early termination: every walk step is a step of the study.
  if (step === undefined) return [];
  const o = L.order(ws.theme);
  const ownerName = step.owner === undefined ? w.theCustomer : L.postName(step.owner);
  const out = [`### ${i + 1}. ${L.stepRef(ws.id)}`, ""];
  const role = ws.role === "owner" ? w.roleOwner : w.roleContributor(ownerName);
  out.push(stepCaption(L, step.layer, `${w.role}${w.colon}${role}`, o, ws.id), "");
  const facts: string[] = [];
  const together = parallelTo(o, ws.id);
  if (together.length > 0) facts.push(`${w.inParallelWith}${w.colon}${w.list(together.map((x) => L.stepWho(x)))}`);
  const others = step.contributors.filter((c) => c !== post);
  if (others.length > 0) facts.push(`${w.contributors}${w.colon}${w.list(others.map((c) => L.postName(c)))}`);
  facts.push(...handoffFacts(L, ws.id), ...eventsFact(L, ws.id));
  out.push(...bullets(facts));

  const checks: string[] = [ws.role === "owner" ? w.checkOwn(L.stepName(ws.id)) : w.checkContribute(L.stepName(ws.id), ownerName)];
  checks.push(...handoffChecks(L, ws.id, L.inLinks(ws.id, false), L.outLinks(ws.id, false), new Set([post])));
  for (const l of L.inLinks(ws.id, true)) checks.push(w.checkRework(L.stepName(l.other)));
  out.push(...standardsBlock(L, `#### ${w.standardsGoverning}`, L.standardsOfStep.get(ws.id) ?? [], checks));
  out.push(...headedList(`#### ${w.questionsAboutStep}`, questionsAbout(L, ws.id)));
  for (const a of answers) {
    out.push(`#### ${w.youAnswer(L.stepName(a.rated), L.whoAt(a.rated))}`, "");
    for (const q of a.questions) {
      out.push(`- ${L.questionText(q)}`);
      checks.push(w.checkAnswer(quotedQuestion(L, q)));
    }
    out.push("");
  }
  out.push(...checklist(L, "####", checks));
  return out;
}
