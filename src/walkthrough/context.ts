/**
 * What every walkthrough script looks up: names of steps, posts, departments and events in the chosen language
 * (escaped for Markdown), the process order of each theme, the hand-offs into and out of a step, the standards
 * that govern a step with their clocks, and the questions at a step. Built once per script; user ids are keys of
 * `Map`s only.
 * @module
 */
import { UsageError } from "../core/errors.js";
import { labelText, type Lang } from "../core/label.js";
import { buildStudyGraph, type StudyGraph } from "../graph/build.js";
import { stepKey } from "../graph/ids.js";
import type { Clock, EvaluationPoint, Handoff, Post, Question, Standard, Step, Study, StudyEvent } from "../model/study.js";
import { mdCode, mdText } from "./markdown.js";
import { processOrder, type ProcessOrder } from "./order.js";
import { isLang } from "../reports/blueprint/words/index.js";
import { wordsFor, type Words } from "./words/index.js";

/** Options of the walkthrough scripts. */
export interface WalkthroughOptions {
  /** The language of the script: `en` (default) or `zh`. Labels fall back to the other language. */
  readonly lang?: Lang;
}

/** A hand-off seen from one of its ends. */
export interface Link {
  readonly handoff: Handoff;
  /** The step at the other end. */
  readonly other: string;
  readonly theme: string;
}

/** A standard's clock, and where the clock came from. */
interface ClockInfo {
  readonly clock: Clock;
}

/** Lookups and formatting shared by the three scripts. */
export class Lookup {
  readonly study: Study;
  readonly lang: Lang;
  readonly w: Words;
  readonly graph: StudyGraph;
  readonly steps = new Map<string, { step: Step; theme: string }>();
  readonly posts = new Map<string, Post>();
  readonly departments = new Map<string, Study["organisation"]["departments"][number]>();
  readonly events = new Map<string, StudyEvent>();
  readonly themes = new Map<string, Study["themeMap"]["themes"][number]>();
  readonly standardsOfStep = new Map<string, Standard[]>();
  readonly pointsOfStep = new Map<string, EvaluationPoint[]>();
  readonly #orders = new Map<string, ProcessOrder>();

  constructor(study: Study, options: WalkthroughOptions | undefined, fn: string) {
    const lang = options?.lang ?? "en";
    if (!isLang(lang)) throw new UsageError(fn, `lang must be "en" or "zh", got ${JSON.stringify(lang)}.`, 'Pass { lang: "en" } or { lang: "zh" }.');
    if (study === null || typeof study !== "object" || !Array.isArray(study.blueprints))
      throw new UsageError(fn, "expecting a validated study.", "Load the study with loadStudyFile or parseStudy first.");
    this.study = study;
    this.lang = lang;
    this.w = wordsFor(lang);
    this.graph = buildStudyGraph(study);
    for (const bp of study.blueprints) for (const step of bp.steps) if (!this.steps.has(step.id)) this.steps.set(step.id, { step, theme: bp.theme });
    for (const p of study.organisation.posts) if (!this.posts.has(p.id)) this.posts.set(p.id, p);
    for (const d of study.organisation.departments) if (!this.departments.has(d.id)) this.departments.set(d.id, d);
    for (const e of study.events) if (!this.events.has(e.id)) this.events.set(e.id, e);
    for (const t of study.themeMap.themes) if (!this.themes.has(t.id)) this.themes.set(t.id, t);
    for (const s of study.standards)
      for (const id of new Set(s.steps)) {
        const list = this.standardsOfStep.get(id);
        if (list === undefined) this.standardsOfStep.set(id, [s]);
        else list.push(s);
      }
    for (const p of study.evaluationPoints) {
      const list = this.pointsOfStep.get(p.step);
      if (list === undefined) this.pointsOfStep.set(p.step, [p]);
      else list.push(p);
    }
  }

  /** The process order of a theme (cached). */
  order(theme: string): ProcessOrder {
    let o = this.#orders.get(theme);
    if (o === undefined) {
      o = processOrder(this.study, theme);
      this.#orders.set(theme, o);
    }
    return o;
  }

  /** The themes that have a blueprint, in theme-map order, then any others in blueprint order. */
  themeIds(): string[] {
    const withBlueprint = new Set(this.study.blueprints.map((b) => b.theme));
    const out = this.study.themeMap.themes.map((t) => t.id).filter((id) => withBlueprint.has(id));
    for (const b of this.study.blueprints) if (!out.includes(b.theme)) out.push(b.theme);
    return out;
  }

  /** A step's name, escaped and quoted. */
  stepName(id: string): string {
    const s = this.steps.get(id);
    return this.w.q(mdText(s === undefined ? id : labelText(s.step.name, this.lang) || id));
  }

  /** A step's name with its id: “name” `id`. */
  stepRef(id: string): string {
    return `${this.stepName(id)} ${mdCode(id)}`;
  }

  /** A theme's name, escaped. */
  themeName(id: string): string {
    const t = this.themes.get(id);
    return mdText(t === undefined ? id : labelText(t.name, this.lang) || id);
  }

  /** A post's name, escaped. */
  postName(id: string): string {
    const p = this.posts.get(id);
    return mdText(p === undefined ? id : labelText(p.name, this.lang) || id);
  }

  /** A department's name, escaped. */
  departmentName(id: string): string {
    const d = this.departments.get(id);
    return mdText(d === undefined ? id : labelText(d.name, this.lang) || id);
  }

  /** The department of a post. */
  departmentOf(post: string | undefined): string | undefined {
    return post === undefined ? undefined : this.posts.get(post)?.department;
  }

  /** A post with its department: `Repair dispatcher, Dispatch and control centre`. */
  postWithDepartment(post: string): string {
    const d = this.departmentOf(post);
    return d === undefined ? this.postName(post) : this.w.named(this.postName(post), this.departmentName(d));
  }

  /** Who is at a step: its owner post, or "the customer". */
  whoAt(step: string): string {
    const owner = this.steps.get(step)?.step.owner;
    return owner === undefined ? this.w.theCustomer : this.postName(owner);
  }

  /** A step's name and who is at it: “name” (post). */
  stepWho(step: string): string {
    return this.w.named(this.stepName(step), this.whoAt(step));
  }

  /** An event's name, escaped and quoted. */
  eventName(id: string): string {
    const e = this.events.get(id);
    return this.w.q(mdText(e === undefined ? id : labelText(e.name, this.lang) || id));
  }

  /** The events that happen at a step, in study order. */
  eventsAt(step: string): StudyEvent[] {
    return this.study.events.filter((e) => e.step === step);
  }

  /** A clock in words: from “start” to “stop”. */
  clockText(clock: Clock): string {
    return this.w.fromTo(this.eventName(clock.start), this.eventName(clock.stop));
  }

  /** A standard's clock: its own, or its metric's. */
  clockOf(s: Standard): ClockInfo | undefined {
    const clock = s.clock ?? this.study.metrics.find((m) => m.id === s.metric)?.clock;
    return clock === undefined ? undefined : { clock };
  }

  /** The clocks customers count a standard's metric on, where they differ from the standard's. */
  customerClocks(s: Standard): Clock[] {
    const own = this.clockOf(s)?.clock;
    const out: Clock[] = [];
    for (const p of this.study.evaluationPoints)
      for (const q of p.questions) {
        if (q.audience.kind !== "external" || q.metric !== s.metric || q.clock === undefined) continue;
        if (own !== undefined && q.clock.start === own.start && q.clock.stop === own.stop) continue;
        if (out.some((c) => c.start === q.clock?.start && c.stop === q.clock.stop)) continue;
        out.push(q.clock);
      }
    return out;
  }

  /** A metric's name, escaped and quoted. */
  metricName(id: string): string {
    const m = this.study.metrics.find((x) => x.id === id);
    return this.w.q(mdText(m === undefined ? id : labelText(m.name, this.lang) || id));
  }

  /** A value with its unit, e.g. `45 min`, `24 小时`. */
  valueWithUnit(value: number, unit: string): string {
    const u = this.w.units[unit] ?? unit;
    const v = String(value);
    if (u === "" || u === "%") return `${v}${u}`;
    return this.w.valueUnit(v, u);
  }

  /** A standard's limit in words: at most 45 min, in at least 95% of cases. */
  thresholdText(s: Standard): string {
    const limit = (s.better === "lower" ? this.w.atMost : this.w.atLeast)(this.valueWithUnit(s.threshold, s.unit));
    const share = s.compliance >= 1 ? this.w.inEveryCase : this.w.inShare(`${+(s.compliance * 100).toFixed(2)}%`);
    return `${limit}${this.w.comma}${share}`;
  }

  /** Who sets a standard, escaped: a post with its department, or a department. */
  standardOwner(s: Standard): string {
    return "post" in s.owner ? this.postWithDepartment(s.owner.post) : this.departmentName(s.owner.department);
  }

  /** The department that sets a standard. */
  standardDepartment(s: Standard): string | undefined {
    return "post" in s.owner ? this.departmentOf(s.owner.post) : s.owner.department;
  }

  /** A standard's text, escaped and quoted, with its id. */
  standardRef(s: Standard): string {
    return `${this.w.q(mdText(labelText(s.text, this.lang) || s.id))} ${mdCode(s.id)}`;
  }

  /**
   * The lines describing a standard (a list item and its sub-items): the limit, the clock (and the customers'
   * clocks where they differ), who sets it, where it is executed, its scope and source.
   */
  standardLines(s: Standard, indent: string, extra: readonly string[] = []): string[] {
    const w = this.w;
    const lines = [`${indent}- ${this.standardRef(s)}${w.colon}${this.thresholdText(s)}`];
    const sub = `${indent}  - `;
    const clock = this.clockOf(s);
    if (clock !== undefined) lines.push(`${sub}${w.clock}${w.colon}${this.clockText(clock.clock)}`);
    for (const c of this.customerClocks(s)) lines.push(`${sub}${w.customersCount(this.clockText(c))}`);
    lines.push(`${sub}${w.setBy}${w.colon}${this.standardOwner(s)}`);
    lines.push(`${sub}${w.executedAt}${w.colon}${w.list([...new Set(s.steps)].map((id) => this.stepWho(id)))}`);
    if (s.scope.length > 0) lines.push(`${sub}${w.appliesTo}${w.colon}${s.scope.map((c) => `${mdText(c.key)} = ${mdText(c.value)}`).join(", ")}`);
    if (s.source !== undefined) lines.push(`${sub}${w.source}${w.colon}${mdText(s.source)}`);
    for (const e of extra) lines.push(`${sub}${e}`);
    return lines;
  }

  /** Check-list items for timing a standard, on its clock and on the customers' clocks. */
  standardChecks(s: Standard): string[] {
    const clock = this.clockOf(s);
    const out = [
      clock === undefined ? this.w.checkMeasure(this.metricName(s.metric), this.thresholdText(s)) : this.w.checkTime(this.clockText(clock.clock), this.thresholdText(s)),
    ];
    for (const c of this.customerClocks(s)) out.push(this.w.checkCustomerClock(this.clockText(c)));
    return out;
  }

  /** A question's description: “text” `id` (what it measures, its scale). */
  questionText(q: Question): string {
    const w = this.w;
    const s = q.scale;
    const scale =
      s.type === "likert"
        ? w.scaleLikert(s.points)
        : s.type === "score"
          ? w.scaleScore(s.max)
          : s.type === "yesno"
            ? w.scaleYesNo
            : w.scaleNumeric(w.units[s.unit] || s.unit, s.min !== undefined || s.max !== undefined ? `${s.min ?? ""}–${s.max ?? ""}` : "");
    const notes = [w.measures[q.measures], scale];
    if (q.reverse) notes.push(w.reverse);
    if (q.overall) notes.push(w.overall);
    if (q.pairs !== undefined) notes.push(w.pairsWith(mdCode(q.pairs)));
    return `${w.q(mdText(labelText(q.text, this.lang) || q.id))} ${mdCode(q.id)} ${w.paren(notes.join(w.comma))}`;
  }

  /** The hand-offs into a step (excluding rework unless asked), in study order. */
  inLinks(step: string, rework: boolean): Link[] {
    const key = stepKey(step);
    if (!this.graph.hasNode(key)) return [];
    const out: Link[] = [];
    this.graph.forEachInEdge(key, (_e, a) => {
      if (a.rework === rework) out.push({ handoff: a.handoff, other: a.handoff.from, theme: a.theme });
    });
    return out;
  }

  /** The hand-offs out of a step (excluding rework unless asked), in study order. */
  outLinks(step: string, rework: boolean): Link[] {
    const key = stepKey(step);
    if (!this.graph.hasNode(key)) return [];
    const out: Link[] = [];
    this.graph.forEachOutEdge(key, (_e, a) => {
      if (a.rework === rework) out.push({ handoff: a.handoff, other: a.handoff.to, theme: a.theme });
    });
    return out;
  }

  /** What a hand-off carries, escaped and quoted, or the generic word "work". */
  what(h: Handoff): string {
    const l = labelText(h.label, this.lang);
    return l === "" ? this.w.work : this.w.q(mdText(l));
  }

  /** A hand-off in words from one end: “step” (who) — what [in parallel]. */
  linkText(link: Link): string {
    const label = labelText(link.handoff.label, this.lang);
    const parts = [this.stepWho(link.other)];
    if (label !== "") parts.push(`— ${this.w.q(mdText(label))}`);
    if (link.handoff.kind === "parallel") parts.push(`[${this.w.inParallel}]`);
    return parts.join(" ");
  }

  /** Internal questions whose rater is a post, grouped by the evaluation point's step. */
  questionsAnsweredBy(post: string): { point: EvaluationPoint; questions: Question[] }[] {
    const out: { point: EvaluationPoint; questions: Question[] }[] = [];
    for (const p of this.study.evaluationPoints) {
      const qs = p.questions.filter((q) => q.audience.kind === "internal" && q.audience.rater === post);
      if (qs.length > 0) out.push({ point: p, questions: qs });
    }
    return out;
  }
}
