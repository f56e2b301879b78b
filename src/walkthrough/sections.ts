/**
 * The parts the three walkthrough scripts share, so each script only says what is its own: the opening, the
 * steps a set of posts takes part in, a step's hand-off facts and caption, the questions asked about a step, the
 * standards blocks and the check-list. Every function returns Markdown lines; a block with nothing to say returns
 * no lines.
 * @module
 */
import { labelText } from "../core/label.js";
import type { Layer, Question, Standard } from "../model/study.js";
import type { Link, Lookup } from "./context.js";
import { mdCode, mdText } from "./markdown.js";
import type { ProcessOrder } from "./order.js";

/** One step of a walk: a step a post (or a department's posts) owns or contributes to. */
export interface WalkStep {
  readonly id: string;
  readonly theme: string;
  readonly role: "owner" | "contributor";
}

/**
 * The steps the given posts own or contribute to, theme by theme in process order.
 *
 * @param L - The script's lookups.
 * @param posts - The post ids.
 * @returns One entry per step, with the posts' role at it.
 * @example
 * ```ts
 * stepsOfPosts(new Lookup(study, {}, "postWalkthrough"), new Set(["materials_clerk"]))[0]?.role; // "owner"
 * ```
 */
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

/**
 * The opening of a script: its title, the study with the subject's id, the introduction and how to use it.
 *
 * @param L - The script's lookups.
 * @param title - The title, already escaped.
 * @param intro - The introduction paragraph.
 * @param subject - The id of the theme, post or department walked.
 * @returns The opening lines.
 * @example
 * ```ts
 * opening(L, L.w.postTitle(L.postName("clerk")), L.w.postIntro, "clerk")[0]; // "# Post walkthrough: Clerk"
 * ```
 */
export function opening(L: Lookup, title: string, intro: string, subject: string): string[] {
  const w = L.w;
  return [
    `# ${title}`,
    "",
    `${w.study}${w.colon}${mdText(labelText(L.study.name, L.lang))} ${mdCode(L.study.id)} · ${mdCode(subject)}`,
    "",
    `> ${intro}`,
    ">",
    `> ${w.howTo}`,
    "",
  ];
}

/**
 * The italic caption under a step's heading: its layer, who is at it, and its stage of the process.
 *
 * @param L - The script's lookups.
 * @param layer - The step's layer.
 * @param who - The middle part (the owner, or a role), already escaped.
 * @param o - The theme's process order.
 * @param step - The step id.
 * @returns The caption line.
 * @example
 * ```ts
 * stepCaption(L, "backoffice", "Dispatcher", order, "dispatch"); // "*Back office · Dispatcher · stage 3 of 7*"
 * ```
 */
export function stepCaption(L: Lookup, layer: Layer, who: string, o: ProcessOrder, step: string): string {
  return `*${L.w.layerTitle[layer]} · ${who} · ${L.w.stage(stageOf(o, step), o.stages.length)}*`;
}

/**
 * The stage of a step in a process order (1 when the step is not in it).
 *
 * @param o - The process order.
 * @param step - The step id.
 * @returns The 1-based stage number.
 * @example
 * ```ts
 * stageOf(processOrder(study, "theme_outage_repair"), "or_bo_dispatch"); // 3
 * ```
 */
export function stageOf(o: ProcessOrder, step: string): number {
  return o.stageOf.get(step) ?? 1;
}

/**
 * The other steps of a step's stage: those that run in parallel with it.
 *
 * @param o - The process order.
 * @param step - The step id.
 * @returns Their ids, in stage order.
 * @example
 * ```ts
 * parallelTo(order, "or_bo_parts_issue"); // ["or_bo_crew_travel"]
 * ```
 */
export function parallelTo(o: ProcessOrder, step: string): string[] {
  return (o.stages[stageOf(o, step) - 1]?.steps ?? []).filter((x) => x !== step);
}

/**
 * Facts about a step's hand-offs: what it receives and from whom, what it hands on and to whom, and the rework
 * loops into and out of it (not followed).
 *
 * @param L - The script's lookups.
 * @param step - The step id.
 * @param show - How a forward hand-off is written, given its direction; default {@link Lookup.linkText}.
 * @returns The fact lines, without the list marker.
 * @example
 * ```ts
 * handoffFacts(L, "or_bo_dispatch")[0]; // "Receives from: “Take the call” (Hotline agent)"
 * ```
 */
export function handoffFacts(L: Lookup, step: string, show: (l: Link, dir: "in" | "out") => string = (l) => L.linkText(l)): string[] {
  const w = L.w;
  const facts: string[] = [];
  const ins = L.inLinks(step, false);
  const outs = L.outLinks(step, false);
  if (ins.length > 0) facts.push(`${w.receivesFrom}${w.colon}${w.list(ins.map((l) => show(l, "in")))}`);
  if (outs.length > 0) facts.push(`${w.handsTo}${w.colon}${w.list(outs.map((l) => show(l, "out")))}`);
  for (const l of L.inLinks(step, true)) facts.push(`${w.reworkFrom}${w.colon}${L.linkText(l)} ${w.paren(w.notFollowed)}`);
  for (const l of L.outLinks(step, true)) facts.push(`${w.reworkTo}${w.colon}${L.linkText(l)} ${w.paren(w.notFollowed)}`);
  return facts;
}

/**
 * The fact naming the events recorded at a step, if any.
 *
 * @param L - The script's lookups.
 * @param step - The step id.
 * @returns Zero or one fact line.
 * @example
 * ```ts
 * eventsFact(L, "or_bo_dispatch"); // ["Events recorded here: “Order dispatched” `dispatched`"]
 * ```
 */
export function eventsFact(L: Lookup, step: string): string[] {
  const events = L.eventsAt(step);
  return events.length === 0 ? [] : [`${L.w.events}${L.w.colon}${L.w.list(events.map((e) => `${L.eventName(e.id)} ${mdCode(e.id)}`))}`];
}

/**
 * Lines as a Markdown list, followed by a blank line; nothing when there are none.
 *
 * @param items - The items, already Markdown.
 * @returns The list lines.
 * @example
 * ```ts
 * bullets(["a", "b"]); // ["- a", "- b", ""]
 * ```
 */
export function bullets(items: readonly string[]): string[] {
  return items.length === 0 ? [] : [...items.map((f) => `- ${f}`), ""];
}

/**
 * A headed list: the heading, a blank line, the items and a blank line; nothing when there are no items.
 *
 * @param heading - The heading line, with its `#` marks.
 * @param items - The items, already Markdown.
 * @returns The section's lines.
 * @example
 * ```ts
 * headedList("#### Questions", ["q1"]); // ["#### Questions", "", "- q1", ""]
 * ```
 */
export function headedList(heading: string, items: readonly string[]): string[] {
  return items.length === 0 ? [] : [heading, "", ...bullets(items)];
}

/**
 * The questions asked about a step: by customers and by internal raters, each with who is asked.
 *
 * @param L - The script's lookups.
 * @param step - The step id.
 * @returns One line per question.
 * @example
 * ```ts
 * questionsAbout(L, "or_bo_dispatch")[0]; // "“Was the crew sent promptly?” `q_dispatch` (…) — asked of customers"
 * ```
 */
export function questionsAbout(L: Lookup, step: string): string[] {
  const lines: string[] = [];
  for (const p of L.pointsOfStep.get(step) ?? [])
    for (const q of p.questions) {
      const who = q.audience.kind === "external" ? L.w.askedOfCustomers : L.w.askedOf(L.postName(q.audience.rater));
      lines.push(`${L.questionText(q)} — ${who}`);
    }
  return lines;
}

/**
 * The standards governing a step, under a heading, and their timing checks added to the step's check-list.
 *
 * @param L - The script's lookups.
 * @param heading - The heading line, with its `#` marks.
 * @param standards - The standards to describe.
 * @param checks - The step's check-list, extended in place.
 * @returns The section's lines; nothing when there are no standards.
 * @example
 * ```ts
 * standardsBlock(L, "#### Standards governing this step", L.standardsOfStep.get("or_bo_dispatch") ?? [], checks);
 * ```
 */
export function standardsBlock(L: Lookup, heading: string, standards: readonly Standard[], checks: string[]): string[] {
  if (standards.length === 0) return [];
  const out = [heading, ""];
  for (const s of standards) {
    out.push(...L.standardLines(s, ""));
    checks.push(...L.standardChecks(s));
  }
  out.push("");
  return out;
}

/**
 * The standards a post or department sets, each with its description, then a check-list comparing each with what
 * customers expect.
 *
 * @param L - The script's lookups.
 * @param heading - The section's title.
 * @param standards - The standards set.
 * @param extra - Further sub-items of a standard (who executes it).
 * @returns The section's lines; nothing when there are no standards.
 * @example
 * ```ts
 * standardsSet(L, L.w.standardsYouSet, study.standards.filter((s) => "post" in s.owner && s.owner.post === "clerk"));
 * ```
 */
export function standardsSet(L: Lookup, heading: string, standards: readonly Standard[], extra: (s: Standard) => readonly string[] = () => []): string[] {
  if (standards.length === 0) return [];
  const out = [`## ${heading}`, ""];
  for (const s of standards) out.push(...L.standardLines(s, "", extra(s)));
  out.push("", `### ${L.w.whatToCheck}`, "");
  for (const s of standards) out.push(`- [ ] ${L.w.checkStandardSet(L.standardRef(s))}`);
  out.push("");
  return out;
}

/**
 * A step's check-list: the heading, then one tick box per check.
 *
 * @param L - The script's lookups.
 * @param hashes - The heading's `#` marks.
 * @param checks - The checks, already Markdown.
 * @returns The check-list's lines.
 * @example
 * ```ts
 * checklist(L, "####", ["Ask: “…”"]); // ["#### What to check", "", "- [ ] Ask: “…”", ""]
 * ```
 */
export function checklist(L: Lookup, hashes: string, checks: readonly string[]): string[] {
  return [`${hashes} ${L.w.whatToCheck}`, "", ...checks.map((c) => `- [ ] ${c}`), ""];
}

/**
 * A question's text in the language, escaped and quoted: what a check-list asks or answers.
 *
 * @param L - The script's lookups.
 * @param q - The question.
 * @returns The quoted text.
 * @example
 * ```ts
 * quotedQuestion(L, question); // "“Was the crew on time?”"
 * ```
 */
export function quotedQuestion(L: Lookup, q: Question): string {
  return L.w.q(mdText(labelText(q.text, L.lang)));
}

/**
 * The lines of a script as one Markdown document, ending in exactly one newline.
 *
 * @param lines - The script's lines.
 * @returns The document.
 * @example
 * ```ts
 * document(["# Title", "", "text", "", ""]); // "# Title\n\ntext\n"
 * ```
 */
export function document(lines: readonly string[]): string {
  return `${lines.join("\n").replace(/\n+$/, "")}\n`;
}
