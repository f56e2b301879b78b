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
import { mdCode, mdTable, mdText } from "./markdown.js";
import { questionsAbout, stepsOfPosts } from "./post.js";

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
 * @throws {@link NotFoundError} when the study has no such department; {@link UsageError} for a bad `lang`.
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
  const dept = L.departments.get(department);
  if (dept === undefined) throw new NotFoundError("departmentWalkthrough", "department", department);
  const w = L.w;
  const posts = study.organisation.posts.filter((p) => p.department === department);
  const inside = new Set(posts.map((p) => p.id));
  const walk = stepsOfPosts(L, inside);
  const deptOfStep = (step: string): string | undefined => L.departmentOf(L.steps.get(step)?.step.owner);
  const ownedHere = (step: string): boolean => deptOfStep(step) === department;
  const otherSide = (step: string): string => {
    const d = deptOfStep(step);
    return d === undefined ? w.theCustomer : L.departmentName(d);
  };

  const out: string[] = [];
  out.push(`# ${w.departmentTitle(L.departmentName(department))}`, "");
  out.push(`${w.study}${w.colon}${mdText(labelText(study.name, L.lang))} ${mdCode(study.id)} · ${mdCode(department)}`, "");
  out.push(`> ${w.departmentIntro}`, ">", `> ${w.howTo}`, "");

  // Crossings are hand-offs (not rework) between a step the department owns and one it does not.
  const crossingsIn: { link: Link; to: string }[] = [];
  const crossingsOut: { link: Link; from: string }[] = [];
  for (const s of walk) {
    if (!ownedHere(s.id)) continue;
    for (const l of L.inLinks(s.id, false)) if (!ownedHere(l.other)) crossingsIn.push({ link: l, to: s.id });
    for (const l of L.outLinks(s.id, false)) if (!ownedHere(l.other)) crossingsOut.push({ link: l, from: s.id });
  }
  const owns = study.standards.filter((s) => L.standardDepartment(s) === department);
  const themes = [...new Set(walk.map((s) => s.theme))];

  out.push(`## ${w.atAGlance}`, "");
  if (dept.description !== undefined) out.push(`- ${mdText(labelText(dept.description, L.lang))}`);
  out.push(`- ${w.posts}${w.colon}${posts.length === 0 ? w.none : w.list(posts.map((p) => (p.headcount === undefined ? L.postName(p.id) : `${L.postName(p.id)} ×${p.headcount}`)))}`);
  out.push(`- ${w.themes}${w.colon}${themes.length === 0 ? w.none : w.list(themes.map((t) => L.themeName(t)))}`);
  const owned = walk.filter((s) => s.role === "owner").length;
  out.push(`- ${w.ownsCount(owned)}${L.lang === "zh" ? "，" : ", "}${w.contributesCount(walk.length - owned)}`);
  out.push(`- ${w.handoffsInto}${w.colon}${crossingsIn.length}`);
  out.push(`- ${w.handoffsOutOf}${w.colon}${crossingsOut.length}`);
  out.push(`- ${w.standardsDeptOwns}${w.colon}${owns.length}`, "");
  if (walk.length === 0) out.push(w.noSteps, "");

  for (const theme of themes) {
    const o = L.order(theme);
    out.push(`## ${w.theme(L.themeName(theme))}`, "");
    if (o.cyclic) out.push(`> ${w.cyclicNote}`, "");
    const inTheme = (x: { link: Link }): boolean => L.steps.get(x.link.other)?.theme === theme || x.link.theme === theme;
    const cin = crossingsIn.filter((c) => L.steps.get(c.to)?.theme === theme && inTheme(c));
    const cout = crossingsOut.filter((c) => L.steps.get(c.from)?.theme === theme && inTheme(c));
    if (cin.length > 0) {
      out.push(`### ${w.handoffsInto}`, "");
      out.push(
        ...mdTable(
          [w.from, w.department, w.what, w.to],
          cin.map((c) => [L.stepWho(c.link.other), otherSide(c.link.other), L.what(c.link.handoff), L.stepWho(c.to)]),
        ),
        "",
      );
    }
    if (cout.length > 0) {
      out.push(`### ${w.handoffsOutOf}`, "");
      out.push(
        ...mdTable(
          [w.from, w.what, w.to, w.department],
          cout.map((c) => [L.stepWho(c.from), L.what(c.link.handoff), L.stepWho(c.link.other), otherSide(c.link.other)]),
        ),
        "",
      );
    }

    out.push(`### ${w.stepsOfDept}`, "");
    walk
      .filter((s) => s.theme === theme)
      .forEach((ws, i) => {
        const step = L.steps.get(ws.id)?.step;
        if (step === undefined) return;
        const stage = o.stageOf.get(ws.id) ?? 1;
        out.push(`#### ${i + 1}. ${L.stepRef(ws.id)}`, "");
        const ownerText = step.owner === undefined ? w.theCustomer : L.postWithDepartment(step.owner);
        out.push(`*${w.layerTitle[step.layer]} · ${w.accountable}${w.colon}${ownerText} · ${w.stage(stage, o.stages.length)}*`, "");
        const facts: string[] = [];
        const together = (o.stages[stage - 1]?.steps ?? []).filter((x) => x !== ws.id);
        if (together.length > 0) facts.push(`${w.inParallelWith}${w.colon}${w.list(together.map((x) => L.stepWho(x)))}`);
        if (step.contributors.length > 0) facts.push(`${w.contributors}${w.colon}${w.list(step.contributors.map((c) => L.postWithDepartment(c)))}`);
        const mark = (l: Link, dir: "in" | "out"): string => {
          if (!ownedHere(ws.id) || ownedHere(l.other)) return L.linkText(l);
          return `${L.linkText(l)} **${(dir === "in" ? w.crossesIn : w.crossesOut)(otherSide(l.other))}**`;
        };
        const ins = L.inLinks(ws.id, false);
        const outs = L.outLinks(ws.id, false);
        if (ins.length > 0) facts.push(`${w.receivesFrom}${w.colon}${w.list(ins.map((l) => mark(l, "in")))}`);
        if (outs.length > 0) facts.push(`${w.handsTo}${w.colon}${w.list(outs.map((l) => mark(l, "out")))}`);
        const reworkIn = L.inLinks(ws.id, true);
        for (const l of reworkIn) facts.push(`${w.reworkFrom}${w.colon}${L.linkText(l)} ${w.paren(w.notFollowed)}`);
        for (const l of L.outLinks(ws.id, true)) facts.push(`${w.reworkTo}${w.colon}${L.linkText(l)} ${w.paren(w.notFollowed)}`);
        for (const f of facts) out.push(`- ${f}`);
        if (facts.length > 0) out.push("");

        const checks: string[] = [ws.role === "owner" ? w.checkOwn(L.stepName(ws.id)) : w.checkContribute(L.stepName(ws.id), L.whoAt(ws.id))];
        if (ownedHere(ws.id)) {
          for (const l of ins) if (!ownedHere(l.other)) checks.push(w.checkCrossing(L.what(l.handoff), L.stepWho(l.other), L.stepWho(ws.id)));
          for (const l of outs) if (!ownedHere(l.other)) checks.push(w.checkCrossing(L.what(l.handoff), L.stepWho(ws.id), L.stepWho(l.other)));
        }
        for (const l of reworkIn) checks.push(w.checkRework(L.stepName(l.other)));
        const standards = L.standardsOfStep.get(ws.id) ?? [];
        if (standards.length > 0) {
          out.push(`##### ${w.standardsGoverning}`, "");
          for (const s of standards) {
            out.push(...L.standardLines(s, ""));
            checks.push(...L.standardChecks(s));
          }
          out.push("");
        }
        const about = questionsAbout(L, ws.id);
        if (about.lines.length > 0) {
          out.push(`##### ${w.questionsAboutStep}`, "");
          for (const line of about.lines) out.push(`- ${line}`);
          out.push("");
        }
        out.push(`##### ${w.whatToCheck}`, "");
        for (const c of checks) out.push(`- [ ] ${c}`);
        out.push("");
      });
  }

  if (owns.length > 0) {
    out.push(`## ${w.standardsDeptOwns}`, "");
    for (const s of owns) out.push(...L.standardLines(s, "", executedBy(L, s, department)));
    out.push("", `### ${w.whatToCheck}`, "");
    for (const s of owns) out.push(`- [ ] ${w.checkStandardSet(L.standardRef(s))}`);
    out.push("");
  }
  const walkIds = new Set(walk.filter((s) => s.role === "owner").map((s) => s.id));
  const elsewhere = study.standards.filter((s) => L.standardDepartment(s) !== department && s.steps.some((id) => walkIds.has(id)));
  if (elsewhere.length > 0) {
    out.push(`## ${w.standardsSetElsewhere}`, "");
    for (const s of elsewhere) out.push(...L.standardLines(s, ""));
    out.push("");
  }

  // Internal questions across the boundary: asked of this department about others, and of others about it.
  const answered: string[][] = [];
  const askedAbout: string[][] = [];
  for (const p of study.evaluationPoints) {
    const rated = deptOfStep(p.step);
    for (const q of p.questions) {
      if (q.audience.kind !== "internal") continue;
      const raterDept = L.departmentOf(q.audience.rater);
      if (raterDept === department && rated !== department)
        answered.push([L.postName(q.audience.rater), `${L.stepWho(p.step)}${rated === undefined ? "" : ` · ${L.departmentName(rated)}`}`, L.questionText(q)]);
      if (rated === department && raterDept !== department)
        askedAbout.push([`${L.postName(q.audience.rater)}${raterDept === undefined ? "" : ` · ${L.departmentName(raterDept)}`}`, L.stepWho(p.step), L.questionText(q)]);
    }
  }
  if (answered.length > 0) out.push(`## ${w.questionsDeptAnswers}`, "", ...mdTable([w.askedOfCol, w.about, w.question], answered), "");
  if (askedAbout.length > 0) out.push(`## ${w.questionsAboutDept}`, "", ...mdTable([w.askedOfCol, w.about, w.question], askedAbout), "");
  return `${out.join("\n").replace(/\n+$/, "")}\n`;
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
