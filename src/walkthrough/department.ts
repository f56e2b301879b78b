/**
 * The department walkthrough (部门穿越): a Markdown script for walking the process as another department. Its
 * posts' steps, theme by theme in process order; the hand-offs that cross into and out of the department (where
 * work waits and blame is passed, 推诿扯皮); the standards the department owns and who executes them, and those
 * set elsewhere that bind its steps; and the internal questions asked across its boundary.
 * @module
 */
import { NotFoundError, UsageError } from "../core/errors.js";
import { labelText } from "../core/label.js";
import type { Standard, Study } from "../model/study.js";
import { Lookup, type Link, type WalkthroughOptions } from "./context.js";
import { mdTable, mdText } from "./markdown.js";
import {
  bullets,
  checklist,
  document,
  handoffFacts,
  headedList,
  opening,
  parallelTo,
  questionsAbout,
  standardsBlock,
  standardsSet,
  stepCaption,
  stepsOfPosts,
  type WalkStep,
} from "./sections.js";

/** A hand-off crossing the department's boundary, with the department's own step at its end. */
interface Crossing {
  readonly link: Link;
  /** The department's step: where the hand-off arrives (in) or leaves from (out). */
  readonly here: string;
}

/** What every part of one department's script needs. */
interface DepartmentWalk {
  readonly L: Lookup;
  readonly department: string;
  readonly walk: readonly WalkStep[];
  readonly crossingsIn: readonly Crossing[];
  readonly crossingsOut: readonly Crossing[];
  /** The department of the post accountable for a step. */
  readonly deptOfStep: (step: string) => string | undefined;
  /** Is the step owned by one of the department's posts? */
  readonly ownedHere: (step: string) => boolean;
  /** The department at the other end of a hand-off (or the customer), escaped. */
  readonly otherSide: (step: string) => string;
}

/**
 * Writes the department walkthrough (部门穿越) of a department: the steps its posts own or contribute to, across
 * themes in process order (rework hand-offs not followed; steps in parallel marked); the hand-offs crossing into
 * and out of the department; the standards it owns, with the posts that execute them, and the standards set
 * elsewhere that govern its steps; the internal questions across its boundary; and check-list items (`- [ ]`).
 *
 * @param study - A validated study.
 * @param department - The department id.
 * @param options - `lang`: `en` (default) or `zh`.
 * @returns The script, in Markdown; the same study and options always give the same text.
 * @throws {@link core!NotFoundError} when the study has no such department; {@link core!UsageError} for a bad `lang`.
 * @example
 * ```ts
 * const md = departmentWalkthrough(study, "materials_dept", { lang: "zh" });
 * md.startsWith("# 部门穿越：物资部"); // true
 * ```
 */
export function departmentWalkthrough(study: Study, department: string, options: WalkthroughOptions = {}): string {
  const L = new Lookup(study, options, "departmentWalkthrough");
  if (typeof department !== "string")
    throw new UsageError("departmentWalkthrough", `expecting a department id (a string), got ${typeof department}.`, "Pass the id of a department in the study.");
  if (!L.departments.has(department)) throw new NotFoundError("departmentWalkthrough", "department", department);
  const w = L.w;
  const d = departmentWalk(L, department);
  const owns = study.standards.filter((s) => L.standardDepartment(s) === department);

  const out = opening(L, w.departmentTitle(L.departmentName(department)), w.departmentIntro, department);
  out.push(...atAGlance(d, owns.length));
  for (const theme of [...new Set(d.walk.map((s) => s.theme))]) out.push(...themeSection(d, theme));
  out.push(...standardsSet(L, w.standardsDeptOwns, owns, (s) => executedBy(L, s, department)));
  const walkIds = new Set(d.walk.filter((s) => s.role === "owner").map((s) => s.id));
  const elsewhere = study.standards.filter((s) => L.standardDepartment(s) !== department && s.steps.some((id) => walkIds.has(id)));
  if (elsewhere.length > 0) {
    out.push(`## ${w.standardsSetElsewhere}`, "");
    for (const s of elsewhere) out.push(...L.standardLines(s, ""));
    out.push("");
  }
  out.push(...questionsAcross(d));
  return document(out);
}

/** The department's walk and its boundary: crossings are hand-offs (not rework) between a step it owns and one it does not. */
function departmentWalk(L: Lookup, department: string): DepartmentWalk {
  const inside = new Set(L.study.organisation.posts.filter((p) => p.department === department).map((p) => p.id));
  const walk = stepsOfPosts(L, inside);
  const deptOfStep = (step: string): string | undefined => L.departmentOf(L.steps.get(step)?.step.owner);
  const ownedHere = (step: string): boolean => deptOfStep(step) === department;
  const otherSide = (step: string): string => {
    const d = deptOfStep(step);
    return d === undefined ? L.w.theCustomer : L.departmentName(d);
  };
  const crossingsIn: Crossing[] = [];
  const crossingsOut: Crossing[] = [];
  for (const s of walk) {
    if (!ownedHere(s.id)) continue;
    for (const l of L.inLinks(s.id, false)) if (!ownedHere(l.other)) crossingsIn.push({ link: l, here: s.id });
    for (const l of L.outLinks(s.id, false)) if (!ownedHere(l.other)) crossingsOut.push({ link: l, here: s.id });
  }
  return { L, department, walk, crossingsIn, crossingsOut, deptOfStep, ownedHere, otherSide };
}

/** The department at a glance: description, posts, themes, steps, crossings and standards owned. */
function atAGlance(d: DepartmentWalk, owns: number): string[] {
  const { L, walk } = d;
  const w = L.w;
  const dept = L.departments.get(d.department);
  const posts = L.study.organisation.posts.filter((p) => p.department === d.department);
  const themes = [...new Set(walk.map((s) => s.theme))];
  const out = [`## ${w.atAGlance}`, ""];
  if (dept?.description !== undefined) out.push(`- ${mdText(labelText(dept.description, L.lang))}`);
  out.push(`- ${w.posts}${w.colon}${posts.length === 0 ? w.none : w.list(posts.map((p) => (p.headcount === undefined ? L.postName(p.id) : `${L.postName(p.id)} ×${p.headcount}`)))}`);
  out.push(`- ${w.themes}${w.colon}${themes.length === 0 ? w.none : w.list(themes.map((t) => L.themeName(t)))}`);
  const owned = walk.filter((s) => s.role === "owner").length;
  out.push(`- ${w.ownsCount(owned)}${w.comma}${w.contributesCount(walk.length - owned)}`);
  out.push(`- ${w.handoffsInto}${w.colon}${d.crossingsIn.length}`);
  out.push(`- ${w.handoffsOutOf}${w.colon}${d.crossingsOut.length}`);
  out.push(`- ${w.standardsDeptOwns}${w.colon}${owns}`, "");
  if (walk.length === 0) out.push(w.noSteps, "");
  return out;
}

/** One theme: the crossings into and out of the department as tables, then the department's steps. */
function themeSection(d: DepartmentWalk, theme: string): string[] {
  const { L } = d;
  const w = L.w;
  const o = L.order(theme);
  const out = [`## ${w.theme(L.themeName(theme))}`, ""];
  if (o.cyclic) out.push(`> ${w.cyclicNote}`, "");
  const inTheme = (c: Crossing): boolean => L.steps.get(c.here)?.theme === theme && (L.steps.get(c.link.other)?.theme === theme || c.link.theme === theme);
  const cin = d.crossingsIn.filter(inTheme);
  const cout = d.crossingsOut.filter(inTheme);
  if (cin.length > 0) {
    const rows = cin.map((c) => [L.stepWho(c.link.other), d.otherSide(c.link.other), L.what(c.link.handoff), L.stepWho(c.here)]);
    out.push(`### ${w.handoffsInto}`, "", ...mdTable([w.from, w.department, w.what, w.to], rows), "");
  }
  if (cout.length > 0) {
    const rows = cout.map((c) => [L.stepWho(c.here), L.what(c.link.handoff), L.stepWho(c.link.other), d.otherSide(c.link.other)]);
    out.push(`### ${w.handoffsOutOf}`, "", ...mdTable([w.from, w.what, w.to, w.department], rows), "");
  }
  out.push(`### ${w.stepsOfDept}`, "");
  d.walk.filter((s) => s.theme === theme).forEach((ws, i) => out.push(...departmentStep(d, ws, i)));
  return out;
}

/** One step of the department's walk: caption, facts (crossings marked), standards, questions and checks. */
function departmentStep(d: DepartmentWalk, ws: WalkStep, i: number): string[] {
  const { L, ownedHere } = d;
  const w = L.w;
  const step = L.steps.get(ws.id)?.step;
  // Early termination: every walk step is a step of the study.
  if (step === undefined) return [];
  const o = L.order(ws.theme);
  const out = [`#### ${i + 1}. ${L.stepRef(ws.id)}`, ""];
  const ownerText = step.owner === undefined ? w.theCustomer : L.postWithDepartment(step.owner);
  out.push(stepCaption(L, step.layer, `${w.accountable}${w.colon}${ownerText}`, o, ws.id), "");
  const facts: string[] = [];
  const together = parallelTo(o, ws.id);
  if (together.length > 0) facts.push(`${w.inParallelWith}${w.colon}${w.list(together.map((x) => L.stepWho(x)))}`);
  if (step.contributors.length > 0) facts.push(`${w.contributors}${w.colon}${w.list(step.contributors.map((c) => L.postWithDepartment(c)))}`);
  const mark = (l: Link, dir: "in" | "out"): string => {
    if (!ownedHere(ws.id) || ownedHere(l.other)) return L.linkText(l);
    return `${L.linkText(l)} **${(dir === "in" ? w.crossesIn : w.crossesOut)(d.otherSide(l.other))}**`;
  };
  facts.push(...handoffFacts(L, ws.id, mark));
  out.push(...bullets(facts));

  const checks: string[] = [ws.role === "owner" ? w.checkOwn(L.stepName(ws.id)) : w.checkContribute(L.stepName(ws.id), L.whoAt(ws.id))];
  if (ownedHere(ws.id)) {
    for (const l of L.inLinks(ws.id, false)) if (!ownedHere(l.other)) checks.push(w.checkCrossing(L.what(l.handoff), L.stepWho(l.other), L.stepWho(ws.id)));
    for (const l of L.outLinks(ws.id, false)) if (!ownedHere(l.other)) checks.push(w.checkCrossing(L.what(l.handoff), L.stepWho(ws.id), L.stepWho(l.other)));
  }
  for (const l of L.inLinks(ws.id, true)) checks.push(w.checkRework(L.stepName(l.other)));
  out.push(...standardsBlock(L, `##### ${w.standardsGoverning}`, L.standardsOfStep.get(ws.id) ?? [], checks));
  out.push(...headedList(`##### ${w.questionsAboutStep}`, questionsAbout(L, ws.id)));
  out.push(...checklist(L, "#####", checks));
  return out;
}

/** Internal questions across the boundary: asked of this department about others, and of others about it. */
function questionsAcross(d: DepartmentWalk): string[] {
  const { L, department } = d;
  const w = L.w;
  const answered: string[][] = [];
  const askedAbout: string[][] = [];
  for (const p of L.study.evaluationPoints) {
    const rated = d.deptOfStep(p.step);
    for (const q of p.questions) {
      if (q.audience.kind !== "internal") continue;
      const raterDept = L.departmentOf(q.audience.rater);
      if (raterDept === department && rated !== department)
        answered.push([L.postName(q.audience.rater), `${L.stepWho(p.step)}${rated === undefined ? "" : ` · ${L.departmentName(rated)}`}`, L.questionText(q)]);
      if (rated === department && raterDept !== department)
        askedAbout.push([`${L.postName(q.audience.rater)}${raterDept === undefined ? "" : ` · ${L.departmentName(raterDept)}`}`, L.stepWho(p.step), L.questionText(q)]);
    }
  }
  const out: string[] = [];
  if (answered.length > 0) out.push(`## ${w.questionsDeptAnswers}`, "", ...mdTable([w.askedOfCol, w.about, w.question], answered), "");
  if (askedAbout.length > 0) out.push(`## ${w.questionsAboutDept}`, "", ...mdTable([w.askedOfCol, w.about, w.question], askedAbout), "");
  return out;
}

/** The posts executing a standard, flagged where they sit in another department than the one that set it. */
function executedBy(L: Lookup, s: Standard, department: string): string[] {
  const w = L.w;
  const posts: string[] = [];
  for (const id of new Set(s.steps)) {
    const owner = L.steps.get(id)?.step.owner;
    if (owner !== undefined && !posts.includes(owner)) posts.push(owner);
  }
  if (posts.length === 0) return [];
  const text = w.list(posts.map((p) => `${L.postWithDepartment(p)}${L.departmentOf(p) === department ? "" : ` **${w.paren(w.otherDepartment)}**`}`));
  return [`${w.executedBy}${w.colon}${text}`];
}
