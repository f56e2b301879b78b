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

/** One step of a post's walk. */
interface WalkStep {
  readonly id: string;
  readonly theme: string;
  readonly role: "owner" | "contributor";
}

/** The steps of the given posts, theme by theme in process order. */
export function stepsOfPosts(L: Lookup, posts: ReadonlySet<string>): WalkStep[] {
  const out: WalkStep[] = [];
  for (const theme of L.themeIds()) {
    for (const id of L.order(theme).order) {
      const s = L.steps.get(id);
      // A step id declared again in a later blueprint belongs to the first one.
      if (s === undefined || s.theme !== theme) continue;
      if (s.step.owner !== undefined && posts.has(s.step.owner)) out.push({ id, theme, role: "owner" });
      else if (s.step.contributors.some((c) => posts.has(c))) out.push({ id, theme, role: "contributor" });
    }
  }
  return out;
}

/** Lines describing the questions asked about a step: by customers and by internal raters. */
export function questionsAbout(L: Lookup, step: string): { lines: string[]; internal: { rater: string; q: Question }[] } {
  const lines: string[] = [];
  const internal: { rater: string; q: Question }[] = [];
  for (const p of L.pointsOfStep.get(step) ?? [])
    for (const q of p.questions) {
      const who = q.audience.kind === "external" ? L.w.askedOfCustomers : L.w.askedOf(L.postName(q.audience.rater));
      lines.push(`${L.questionText(q)} — ${who}`);
      if (q.audience.kind === "internal") internal.push({ rater: q.audience.rater, q });
    }
  return { lines, internal };
}

/**
 * Check-list items for the hand-offs of a step that cross a boundary (from or to posts outside `inside`): what
 * arrives, what leaves, and what the customer hands over or gets.
 */
export function handoffChecks(L: Lookup, step: string, ins: readonly Link[], outs: readonly Link[], inside: ReadonlySet<string>): string[] {
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
 * @throws {@link NotFoundError} when the study has no such post; {@link UsageError} for a bad `lang`.
 * @example
 * ```ts
 * const md = postWalkthrough(study, "materials_clerk");
 * md.includes("Emergency spare parts issued within 30 minutes"); // true
 * ```
 */
export function postWalkthrough(study: Study, post: string, options: WalkthroughOptions = {}): string {
  const L = new Lookup(study, options, "postWalkthrough");
  if (typeof post !== "string") throw new UsageError("postWalkthrough", `expecting a post id (a string), got ${typeof post}.`, "Pass the id of a post in the study.");
  const me = L.posts.get(post);
  if (me === undefined) throw new NotFoundError("postWalkthrough", "post", post);
  const w = L.w;
  const sep = L.lang === "zh" ? "，" : ", ";
  const walk = stepsOfPosts(L, new Set([post]));
  const mine = new Set(walk.map((s) => s.id));

  // The internal questions this post answers go with its step nearest downstream of the step it rates.
  const answers = new Map<string, { point: string; questions: Question[]; rated: string }[]>();
  const unplaced: { point: string; questions: Question[]; rated: string }[] = [];
  const pointQuestions = new Map(study.evaluationPoints.map((p) => [p.id, p.questions] as const));
  for (const pair of internalCustomerPairs(study, L.graph)) {
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

  const out: string[] = [];
  out.push(`# ${w.postTitle(L.postName(post))}`, "");
  out.push(`${w.study}${w.colon}${mdText(labelText(study.name, L.lang))} ${mdCode(study.id)} · ${mdCode(post)}`, "");
  out.push(`> ${w.postIntro}`, ">", `> ${w.howTo}`, "");

  out.push(`## ${w.atAGlance}`, "");
  out.push(`- ${w.department}${w.colon}${L.departmentName(me.department)} ${mdCode(me.department)}`);
  if (me.headcount !== undefined) out.push(`- ${w.headcount}${w.colon}${me.headcount}`);
  if (me.description !== undefined) out.push(`- ${mdText(labelText(me.description, L.lang))}`);
  const themes = [...new Set(walk.map((s) => s.theme))];
  out.push(`- ${w.themes}${w.colon}${themes.length === 0 ? w.none : w.list(themes.map((t) => L.themeName(t)))}`);
  const owned = walk.filter((s) => s.role === "owner").length;
  out.push(`- ${w.ownsCount(owned)}${sep}${w.contributesCount(walk.length - owned)}`);
  const suppliers = ordinalList(
    walk.flatMap((s) => L.inLinks(s.id, false)).map((l) => who(L, l.other)).filter((p): p is string => p !== undefined && p !== post),
    (p) => p,
  );
  const customers = ordinalList(
    walk.flatMap((s) => L.outLinks(s.id, false)).map((l) => who(L, l.other)).filter((p): p is string => p !== undefined && p !== post),
    (p) => p,
  );
  out.push(`- ${w.internalSuppliers}${w.colon}${suppliers.length === 0 ? w.none : w.list(suppliers.map((p) => L.postWithDepartment(p)))}`);
  out.push(`- ${w.internalCustomers}${w.colon}${customers.length === 0 ? w.none : w.list(customers.map((p) => L.postWithDepartment(p)))}`);
  out.push("");
  if (walk.length === 0) out.push(w.notInProcess, "");

  for (const theme of themes) {
    const o = L.order(theme);
    out.push(`## ${w.theme(L.themeName(theme))}`, "");
    if (o.cyclic) out.push(`> ${w.cyclicNote}`, "");
    walk
      .filter((s) => s.theme === theme)
      .forEach((ws, i) => {
        const step = L.steps.get(ws.id)?.step;
        if (step === undefined) return;
        const stage = o.stageOf.get(ws.id) ?? 1;
        out.push(`### ${i + 1}. ${L.stepRef(ws.id)}`, "");
        const role = ws.role === "owner" ? w.roleOwner : w.roleContributor(step.owner === undefined ? w.theCustomer : L.postName(step.owner));
        out.push(`*${w.layerTitle[step.layer]} · ${w.role}${w.colon}${role} · ${w.stage(stage, o.stages.length)}*`, "");
        const facts: string[] = [];
        const together = (o.stages[stage - 1]?.steps ?? []).filter((x) => x !== ws.id);
        if (together.length > 0) facts.push(`${w.inParallelWith}${w.colon}${w.list(together.map((x) => L.stepWho(x)))}`);
        const others = step.contributors.filter((c) => c !== post);
        if (others.length > 0) facts.push(`${w.contributors}${w.colon}${w.list(others.map((c) => L.postName(c)))}`);
        const ins = L.inLinks(ws.id, false);
        const outs = L.outLinks(ws.id, false);
        if (ins.length > 0) facts.push(`${w.receivesFrom}${w.colon}${w.list(ins.map((l) => L.linkText(l)))}`);
        if (outs.length > 0) facts.push(`${w.handsTo}${w.colon}${w.list(outs.map((l) => L.linkText(l)))}`);
        const reworkIn = L.inLinks(ws.id, true);
        for (const l of reworkIn) facts.push(`${w.reworkFrom}${w.colon}${L.linkText(l)} ${w.paren(w.notFollowed)}`);
        for (const l of L.outLinks(ws.id, true)) facts.push(`${w.reworkTo}${w.colon}${L.linkText(l)} ${w.paren(w.notFollowed)}`);
        const events = L.eventsAt(ws.id);
        if (events.length > 0) facts.push(`${w.events}${w.colon}${w.list(events.map((e) => `${L.eventName(e.id)} ${mdCode(e.id)}`))}`);
        for (const f of facts) out.push(`- ${f}`);
        if (facts.length > 0) out.push("");

        const checks: string[] = [
          ws.role === "owner" ? w.checkOwn(L.stepName(ws.id)) : w.checkContribute(L.stepName(ws.id), step.owner === undefined ? w.theCustomer : L.postName(step.owner)),
        ];
        checks.push(...handoffChecks(L, ws.id, ins, outs, new Set([post])));
        for (const l of reworkIn) checks.push(w.checkRework(L.stepName(l.other)));

        const standards = L.standardsOfStep.get(ws.id) ?? [];
        if (standards.length > 0) {
          out.push(`#### ${w.standardsGoverning}`, "");
          for (const s of standards) {
            out.push(...L.standardLines(s, ""));
            checks.push(...L.standardChecks(s));
          }
          out.push("");
        }
        const about = questionsAbout(L, ws.id);
        if (about.lines.length > 0) {
          out.push(`#### ${w.questionsAboutStep}`, "");
          for (const line of about.lines) out.push(`- ${line}`);
          out.push("");
        }
        for (const a of answers.get(ws.id) ?? []) {
          out.push(`#### ${w.youAnswer(L.stepName(a.rated), L.whoAt(a.rated))}`, "");
          for (const q of a.questions) {
            out.push(`- ${L.questionText(q)}`);
            checks.push(w.checkAnswer(w.q(mdText(labelText(q.text, L.lang)))));
          }
          out.push("");
        }
        out.push(`#### ${w.whatToCheck}`, "");
        for (const c of checks) out.push(`- [ ] ${c}`);
        out.push("");
      });
  }

  if (unplaced.length > 0) {
    for (const a of unplaced) {
      out.push(`## ${w.youAnswer(L.stepName(a.rated), L.whoAt(a.rated))}`, "");
      for (const q of a.questions) out.push(`- [ ] ${w.checkAnswer(`${L.questionText(q)}`)}`);
      out.push("");
    }
  }

  const setHere = study.standards.filter((s) => "post" in s.owner && s.owner.post === post);
  if (setHere.length > 0) {
    out.push(`## ${w.standardsYouSet}`, "");
    for (const s of setHere) out.push(...L.standardLines(s, ""));
    out.push("", `### ${w.whatToCheck}`, "");
    for (const s of setHere) out.push(`- [ ] ${w.checkStandardSet(L.standardRef(s))}`);
    out.push("");
  }
  return `${out.join("\n").replace(/\n+$/, "")}\n`;
}


