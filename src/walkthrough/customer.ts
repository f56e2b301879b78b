/**
 * The customer walkthrough (客户穿越): a Markdown script that walks one theme's process as the customer. The stops
 * are the customer's steps and the front-line steps the customer meets, in process order; under each stop, the
 * work that happens out of sight behind the line of visibility, the standards the customer should experience
 * (with their clocks, and the customers' own clock where it starts or stops elsewhere), the external questions to
 * ask, and a check-list.
 * @module
 */
import { labelText } from "../core/label.js";
import type { Layer, Standard, Step, Study } from "../model/study.js";
import { Lookup, type Link, type WalkthroughOptions } from "./context.js";
import { mdCode, mdText } from "./markdown.js";
import { blueprintOf, type ProcessOrder } from "./order.js";
import { bullets, checklist, document, eventsFact, handoffFacts, headedList, opening, parallelTo, quotedQuestion, stageOf, standardsBlock, stepCaption } from "./sections.js";

const VISIBLE: ReadonlySet<Layer> = new Set<Layer>(["customer", "frontline"]);

/** Where each step of a theme is shown in the customer walk: at a stop of its own, or behind one. */
interface Placement {
  /** Visible steps, in process order. */
  readonly stops: readonly string[];
  /** Stop label of each visible step: `3`, or `4a`, `4b` for stops in parallel. */
  readonly label: ReadonlyMap<string, string>;
  /** The stop each hidden step is shown behind. */
  readonly behind: ReadonlyMap<string, string>;
}

function place(L: Lookup, o: ProcessOrder): Placement {
  const visible = (id: string): boolean => VISIBLE.has(L.steps.get(id)?.step.layer ?? "support");
  const stops = o.order.filter(visible);
  const byStage = new Map<number, string[]>();
  for (const id of stops) {
    const stage = o.stageOf.get(id) ?? 0;
    const list = byStage.get(stage);
    if (list === undefined) byStage.set(stage, [id]);
    else list.push(id);
  }
  const label = new Map<string, string>();
  [...byStage.entries()]
    .sort((a, b) => a[0] - b[0])
    .forEach(([, ids], i) => ids.forEach((id, k) => label.set(id, ids.length === 1 ? String(i + 1) : `${i + 1}${String.fromCharCode(97 + (k % 26))}`)));

  const pos = (id: string): number => o.position.get(id) ?? 0;
  // The latest visible step upstream of each hidden step: the stop whose work it continues.
  const lastVisible = new Map<string, string | undefined>();
  for (const id of o.order) {
    let best: string | undefined;
    for (const p of o.predecessors.get(id) ?? []) {
      const cand = visible(p) ? p : lastVisible.get(p);
      if (cand !== undefined && (best === undefined || pos(cand) > pos(best))) best = cand;
    }
    lastVisible.set(id, best);
  }
  // A hidden step with nothing visible upstream (a feeding system) sits with the first step it feeds.
  const behind = new Map<string, string>();
  for (const id of [...o.order].reverse()) {
    if (visible(id)) continue;
    const up = lastVisible.get(id);
    if (up !== undefined) {
      behind.set(id, up);
      continue;
    }
    const first = (o.successors.get(id) ?? [])[0];
    const at = first === undefined ? undefined : visible(first) ? first : behind.get(first);
    const fallback = stops[0];
    if (at !== undefined) behind.set(id, at);
    else if (fallback !== undefined) behind.set(id, fallback);
  }
  return { stops, label, behind };
}

/** The stop where the customer feels a step's result: the step itself, its first visible step downstream, or its stop. */
function stopOfStep(L: Lookup, o: ProcessOrder, p: Placement, step: string): string | undefined {
  if (p.label.has(step)) return step;
  const seen = new Set<string>([step]);
  const queue = [step];
  let best: string | undefined;
  while (queue.length > 0) {
    const id = queue.shift() as string;
    for (const t of o.successors.get(id) ?? []) {
      if (seen.has(t)) continue;
      seen.add(t);
      if (p.label.has(t)) {
        if (best === undefined || (o.position.get(t) ?? 0) < (o.position.get(best) ?? 0)) best = t;
      } else queue.push(t);
    }
  }
  return best ?? p.behind.get(step);
}

/** The stop where the customer should experience a standard: where its clock stops (or its last governed step). */
function stopOfStandard(L: Lookup, o: ProcessOrder, p: Placement, s: Standard): string | undefined {
  const stopEvent = L.clockOf(s)?.clock.stop;
  const eventStep = stopEvent === undefined ? undefined : L.events.get(stopEvent)?.step;
  const governed = s.steps.filter((id) => o.position.has(id)).sort((a, b) => (o.position.get(a) ?? 0) - (o.position.get(b) ?? 0));
  const anchor = eventStep !== undefined && o.position.has(eventStep) ? eventStep : governed[governed.length - 1];
  return anchor === undefined ? undefined : stopOfStep(L, o, p, anchor);
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list === undefined) m.set(k, [v]);
  else list.push(v);
}

/** What each stop shows besides the stop itself: hidden steps, standards and external questions. */
interface AtStops {
  readonly hidden: ReadonlyMap<string, string[]>;
  readonly standards: ReadonlyMap<string, Standard[]>;
  readonly questions: ReadonlyMap<string, string[]>;
  readonly questionChecks: ReadonlyMap<string, string[]>;
}

/**
 * Writes the customer walkthrough (客户穿越) of a theme: the customer's steps and the front-line steps they meet,
 * in process order (rework hand-offs not followed; stops in parallel numbered `4a`, `4b`), what happens behind the
 * line of visibility at each stop, the standards the customer should experience with their clocks, the external
 * questions to ask, and check-list items (`- [ ]`) for each stop.
 *
 * @param study - A validated study.
 * @param theme - The id of a theme with a blueprint.
 * @param options - `lang`: `en` (default) or `zh`.
 * @returns The script, in Markdown; the same study and options always give the same text.
 * @throws {@link core!NotFoundError} when the study has no blueprint for the theme; {@link core!UsageError} for a bad `lang`.
 * @example
 * ```ts
 * const md = customerWalkthrough(study, "theme_outage_repair", { lang: "zh" });
 * md.startsWith("# 客户穿越：停电和故障抢修"); // true
 * ```
 */
export function customerWalkthrough(study: Study, theme: string, options: WalkthroughOptions = {}): string {
  const L = new Lookup(study, options, "customerWalkthrough");
  blueprintOf(study, theme, "customerWalkthrough");
  const w = L.w;
  const o = L.order(theme);
  const p = place(L, o);
  const at = whatIsAtStops(L, o, p);

  const out = opening(L, w.customerTitle(L.themeName(theme)), w.customerIntro, theme);
  if (o.cyclic) out.push(`> ${w.cyclicNote}`, "");
  out.push(`## ${w.atAGlance}`, "");
  if (p.stops.length === 0) out.push(w.noVisibleSteps, "");
  for (const id of p.stops) {
    const layer = L.steps.get(id)?.step.layer ?? "customer";
    const parallel = parallelTo(o, id).filter((x) => p.label.has(x)).length > 0;
    const where = layer === "customer" ? w.layer[layer] : w.named(w.layer[layer], L.whoAt(id));
    out.push(`- **${p.label.get(id)}** ${L.stepName(id)} — ${where}${parallel ? ` [${w.inParallel}]` : ""}`);
  }
  if (p.stops.length > 0) out.push("");
  for (const id of p.stops) out.push(...stop(L, o, p, at, id));
  return document(out);
}

/** Sort the theme's hidden steps, standards and external questions to the stops where the customer meets them. */
function whatIsAtStops(L: Lookup, o: ProcessOrder, p: Placement): AtStops {
  const hidden = new Map<string, string[]>();
  for (const id of o.order) {
    const at = p.behind.get(id);
    if (at !== undefined) push(hidden, at, id);
  }
  const standards = new Map<string, Standard[]>();
  const inTheme = (id: string): boolean => o.position.has(id);
  for (const s of L.study.standards) {
    if (!s.steps.some(inTheme)) continue;
    const at = stopOfStandard(L, o, p, s);
    if (at !== undefined) push(standards, at, s);
  }
  const questions = new Map<string, string[]>();
  const questionChecks = new Map<string, string[]>();
  for (const point of L.study.evaluationPoints) {
    if (!inTheme(point.step)) continue;
    const at = p.label.has(point.step) ? point.step : p.behind.get(point.step);
    if (at === undefined) continue;
    for (const q of point.questions) {
      if (q.audience.kind !== "external") continue;
      push(questions, at, `${L.questionText(q)} — ${mdText(labelText(point.name, L.lang))} ${mdCode(point.id)}`);
      push(questionChecks, at, L.w.checkAsk(quotedQuestion(L, q)));
    }
  }
  return { hidden, standards, questions, questionChecks };
}

/** One stop: caption, facts, what happens behind the line, the standards to experience, questions and checks. */
function stop(L: Lookup, o: ProcessOrder, p: Placement, at: AtStops, id: string): string[] {
  const w = L.w;
  const step = L.steps.get(id)?.step;
  // Early termination: every stop is a step of the study.
  if (step === undefined) return [];
  const out = [`## ${w.stop(p.label.get(id) ?? "")} · ${L.stepRef(id)}`, ""];
  out.push(stepCaption(L, step.layer, step.owner === undefined ? w.customerStep : L.postWithDepartment(step.owner), o, id), "");
  const facts: string[] = [];
  const together = parallelTo(o, id);
  if (together.length > 0)
    facts.push(`${w.inParallelWith}${w.colon}${w.list(together.map((x) => (p.label.has(x) ? `${w.stop(p.label.get(x) ?? "")} ${L.stepName(x)}` : L.stepWho(x))))}`);
  if (step.contributors.length > 0) facts.push(`${w.contributors}${w.colon}${w.list(step.contributors.map((c) => L.postName(c)))}`);
  facts.push(...handoffFacts(L, id), ...eventsFact(L, id));
  out.push(...bullets(facts));

  const checks = stopChecks(L, id, step);
  out.push(...behindTheLine(L, o, at.hidden.get(id) ?? [], checks));
  out.push(...standardsBlock(L, `### ${w.standardsToExperience}`, at.standards.get(id) ?? [], checks));
  const questions = at.questions.get(id) ?? [];
  out.push(...headedList(`### ${w.questionsToAsk}`, questions));
  if (questions.length > 0) checks.push(...(at.questionChecks.get(id) ?? []));
  out.push(...checklist(L, "###", checks));
  return out;
}

/** The first checks of a stop: do it as the customer (and check what is handed over and received), or watch it. */
function stopChecks(L: Lookup, id: string, step: Step): string[] {
  const w = L.w;
  if (step.layer !== "customer") return [w.checkWatchFrontline(L.stepName(id), step.owner === undefined ? w.theCustomer : L.postName(step.owner))];
  const checks = [w.checkDoAsCustomer(L.stepName(id))];
  const withOthers = (links: readonly Link[]): Link[] => links.filter((l) => L.steps.get(l.other)?.step.layer !== "customer");
  for (const l of withOthers(L.outLinks(id, false))) {
    const label = labelText(l.handoff.label, L.lang);
    checks.push(label === "" ? w.checkHandOverTo(L.stepName(l.other)) : w.checkHandOver(w.q(mdText(label))));
  }
  for (const l of withOthers(L.inLinks(id, false))) {
    const label = labelText(l.handoff.label, L.lang);
    checks.push(label === "" ? w.checkReceiveAt(L.stepName(l.other)) : w.checkReceive(w.q(mdText(label))));
  }
  return checks;
}

/** The steps shown behind a stop (out of the customer's sight), each with its hand-offs; adds a check per step. */
function behindTheLine(L: Lookup, o: ProcessOrder, hidden: readonly string[], checks: string[]): string[] {
  const w = L.w;
  if (hidden.length === 0) return [];
  const out = [`### ${w.behindTheLine}`, "", w.behindTheLineIntro, ""];
  hidden.forEach((h, i) => {
    const hs = L.steps.get(h)?.step;
    if (hs === undefined) return;
    const par = parallelTo(o, h);
    out.push(
      `${i + 1}. ${L.stepRef(h)} — ${w.layer[hs.layer]} · ${hs.owner === undefined ? w.theCustomer : L.postWithDepartment(hs.owner)} · ${w.stage(stageOf(o, h), o.stages.length)}${par.length > 0 ? ` [${w.inParallel}]` : ""}`,
    );
    const hin = L.inLinks(h, false);
    const hout = L.outLinks(h, false);
    if (hin.length > 0) out.push(`   - ${w.receivesFrom}${w.colon}${w.list(hin.map((l) => L.linkText(l)))}`);
    if (hout.length > 0) out.push(`   - ${w.handsTo}${w.colon}${w.list(hout.map((l) => L.linkText(l)))}`);
    for (const l of L.outLinks(h, true)) out.push(`   - ${w.reworkTo}${w.colon}${L.linkText(l)} ${w.paren(w.notFollowed)}`);
    checks.push(w.checkBehind(L.stepName(h), hs.owner === undefined ? w.theCustomer : L.postName(hs.owner)));
  });
  out.push("");
  return out;
}
