/**
 * The questionnaire of a study (评价内容设计, step 4 of the method, as the survey tool needs it): every question
 * placed in its section — external satisfaction (外部满意度评价, asked of customers), service-layer satisfaction
 * (服务层满意度评价, front-line posts rating the support they receive) and support-layer satisfaction
 * (支撑层满意度评价, back-office posts rating their own upstream) — with its theme, evaluation point, step, rater
 * post, scale and bilingual answer options, in blueprint order; one questionnaire per rater post for the internal
 * surveys; and the counts per section and theme. Runtime-neutral.
 * @module
 */
import * as z from "zod/mini";
import { ValidationError } from "../core/errors.js";
import type { Problem } from "../core/problem.js";
import { buildStudyGraph, type StudyGraph } from "../graph/build.js";
import { stepKey } from "../graph/ids.js";
import { downstreamOf } from "../graph/traverse.js";
import { parseOptionsAt } from "../stats/_usage.js";
import { LAYERS, type EvaluationPoint, type Layer, type Measure, type Post, type Question, type Scale, type Step, type Study, type Unit } from "../model/study.js";
import {
  anchorSetFor,
  answerOptions,
  bilingual,
  unitName,
  type AnchorChoice,
  type AnchorSet,
  type AnswerOption,
  type BilingualText,
} from "./questionnaire-scales.js";
import { requireStudy } from "../model/arguments.js";
import { problemFrom } from "../core/problem-from.js";
import { DESIGN_EN } from "../core/messages/problems-en-design.js";

/**
 * The three sections of the questionnaire, in the order they are listed, with their names and who answers them.
 *
 * @example
 * ```ts
 * QUESTIONNAIRE_SECTIONS.map((s) => s.name.zh); // ["外部满意度评价", "服务层满意度评价", "支撑层满意度评价"]
 * ```
 */
export const QUESTIONNAIRE_SECTIONS = [
  {
    id: "external",
    name: { en: "External satisfaction", zh: "外部满意度评价" },
    respondents: { en: "customers", zh: "外部客户" },
  },
  {
    id: "service-layer",
    name: { en: "Service-layer satisfaction", zh: "服务层满意度评价" },
    respondents: { en: "front-line staff rating the support they receive", zh: "一线人员评价所获支撑" },
  },
  {
    id: "support-layer",
    name: { en: "Support-layer satisfaction", zh: "支撑层满意度评价" },
    respondents: { en: "back-office staff rating their own upstream", zh: "后台人员评价其上道工序" },
  },
] as const satisfies readonly { id: string; name: BilingualText; respondents: BilingualText }[];

/** A section of the questionnaire: `external`, `service-layer` or `support-layer`. */
export type QuestionnaireSection = (typeof QUESTIONNAIRE_SECTIONS)[number]["id"];

/** The two internal sections. */
export type InternalSection = Exclude<QuestionnaireSection, "external">;

/**
 * Why an item is in its section: `external` (asked of customers); `receiving-step` (the layer of the rater's
 * nearest step downstream of the rated step, where the rater receives the work); `post-steps` (the rater has no
 * step downstream, so the layer where the post has most steps decides); `override` (set by
 * {@link QuestionnaireOptions.raterSections}).
 */
export type SectionBasis = "external" | "receiving-step" | "post-steps" | "override";

/** An item's scale, flattened for survey tools. */
export interface ItemScale {
  readonly type: Scale["type"];
  /** Lowest answer (1 on Likert, 0 on score and yes/no, the numeric minimum when given), or `null`. */
  readonly min: number | null;
  /** Highest answer, or `null` for a numeric scale without a maximum. */
  readonly max: number | null;
  /** Likert points (5 or 7), else `null`. */
  readonly points: number | null;
  /** Unit of a numeric answer, else `null`. */
  readonly unit: Unit | null;
  /** The unit's name in both languages, else `null`. */
  readonly unitName: BilingualText | null;
  /** The anchor wording family, or `null` for yes/no and numeric scales. */
  readonly anchors: AnchorSet | null;
  /** The answers a respondent can give (empty for numeric answers). */
  readonly options: readonly AnswerOption[];
}

/** One question of the questionnaire, with everything a survey tool and an analyst need to place it. */
export interface QuestionnaireItem {
  readonly section: QuestionnaireSection;
  /** Why the item is in its section. */
  readonly sectionBasis: SectionBasis;
  readonly theme: string;
  readonly themeName: BilingualText;
  /** The evaluation point (评价点). */
  readonly point: string;
  readonly pointName: BilingualText;
  /** The step the evaluation point is at (the step being rated, for internal items). */
  readonly step: string;
  readonly stepName: BilingualText;
  readonly stepLayer: Layer;
  readonly questionId: string;
  readonly audience: "external" | "internal";
  /** The post that answers an internal item; `null` for external items. */
  readonly raterPost: string | null;
  readonly raterPostName: BilingualText | null;
  /** The rater's step that receives the rated work (decides the section); `null` when there is none. */
  readonly raterStep: string | null;
  readonly measures: Measure;
  readonly scale: ItemScale;
  /** Negatively worded: scores are flipped before analysis. */
  readonly reverse: boolean;
  /** The theme's overall-satisfaction question. */
  readonly overall: boolean;
  /** The perception question this expectation question is paired with (SERVQUAL), else `null`. */
  readonly pairs: string | null;
  /** The operational metric a numeric question speaks about, else `null`. */
  readonly metric: string | null;
  readonly text: BilingualText;
}

/** A rater post of the internal surveys. */
export interface QuestionnairePost {
  readonly id: string;
  readonly name: BilingualText;
  readonly department: string;
  /** People in the post (the population of its survey), or `null` when the study does not say. */
  readonly headcount: number | null;
}

/** A generated questionnaire: plain, serialisable data. */
export interface Questionnaire {
  readonly study: { readonly id: string; readonly name: BilingualText };
  /** The one rater post this questionnaire is for, or `null` for the whole questionnaire. */
  readonly rater: string | null;
  /** The themes covered, in the study's theme order. */
  readonly themes: readonly { readonly id: string; readonly name: BilingualText }[];
  /** The rater posts that answer at least one item, in the study's post order. */
  readonly posts: readonly QuestionnairePost[];
  /** The items: by section, then theme order, then blueprint order of steps, then question order. */
  readonly items: readonly QuestionnaireItem[];
}

/** Options of {@link questionnaire}. */
export interface QuestionnaireOptions {
  /** Only these themes (ids), in the study's theme order; default all. */
  readonly themes?: readonly string[];
  /** Only these sections; default all three. */
  readonly sections?: readonly QuestionnaireSection[];
  /** Only the internal items this post answers: its own questionnaire. */
  readonly rater?: string;
  /** Anchor wording: `by-measure` (default), or `satisfaction`, `agreement` or `importance` for every bounded scale. */
  readonly anchors?: AnchorChoice;
  /**
   * Put every internal item of a post in the given section, whatever its steps say (e.g. a post the study models
   * only in the back office but that the survey firm treats as front line). Pairs of post id and section.
   */
  readonly raterSections?: Iterable<readonly [string, InternalSection]>;
}

/** Counts of one slice of a questionnaire. */
export interface QuestionnaireCount {
  /** Items (questions). */
  readonly questions: number;
  /** Distinct evaluation points with at least one item. */
  readonly evaluationPoints: number;
}

/** Counts of a questionnaire by section, by theme (and section), by rater post, and in total. */
export interface QuestionnaireCounts {
  readonly total: QuestionnaireCount & { readonly external: number; readonly internal: number };
  /** Every section, in section order (zeros included). A point asked in two sections counts in both. */
  readonly bySection: readonly (QuestionnaireCount & { readonly section: QuestionnaireSection })[];
  /** Every theme of the questionnaire, in theme order, with its sections. */
  readonly byTheme: readonly (QuestionnaireCount & {
    readonly theme: string;
    readonly bySection: readonly (QuestionnaireCount & { readonly section: QuestionnaireSection })[];
  })[];
  /** Every rater post, in post order. */
  readonly byRaterPost: readonly (QuestionnaireCount & { readonly post: string })[];
}

const SECTION_IDS: readonly QuestionnaireSection[] = QUESTIONNAIRE_SECTIONS.map((s) => s.id);
const ANCHOR_CHOICES: readonly AnchorChoice[] = ["by-measure", "satisfaction", "agreement", "importance"];

function scaleOf(scale: Scale, anchors: AnchorSet | null): ItemScale {
  const options = answerOptions(scale, anchors);
  switch (scale.type) {
    case "likert":
      return { type: "likert", min: 1, max: scale.points, points: scale.points, unit: null, unitName: null, anchors, options };
    case "score":
      return { type: "score", min: 0, max: scale.max, points: null, unit: null, unitName: null, anchors, options };
    case "yesno":
      return { type: "yesno", min: 0, max: 1, points: null, unit: null, unitName: null, anchors: null, options };
    case "numeric":
      return {
        type: "numeric",
        min: scale.min ?? null,
        max: scale.max ?? null,
        points: null,
        unit: scale.unit,
        unitName: unitName(scale.unit),
        anchors: null,
        options,
      };
  }
}

/**
 * Rank of every step in its blueprint: a topological order of the non-rework hand-offs (Kahn's algorithm), ties
 * and steps caught in a non-rework cycle broken by the order the blueprint declares them.
 */
function blueprintRanks(study: Study): Map<string, number> {
  const ranks = new Map<string, number>();
  for (const blueprint of study.blueprints) {
    const ids = blueprint.steps.map((s) => s.id).filter((id) => !ranks.has(id));
    const inBlueprint = new Set(ids);
    const next = new Map<string, string[]>(ids.map((id) => [id, []]));
    const indegree = new Map<string, number>(ids.map((id) => [id, 0]));
    const seen = new Set<string>();
    for (const h of blueprint.handoffs) {
      const key = JSON.stringify([h.from, h.to]);
      if (h.rework || h.from === h.to || !inBlueprint.has(h.from) || !inBlueprint.has(h.to) || seen.has(key)) continue;
      seen.add(key);
      next.get(h.from)!.push(h.to);
      indegree.set(h.to, indegree.get(h.to)! + 1);
    }
    const done = new Set<string>();
    let rank = 0;
    while (done.size < ids.length) {
      // The first declared step with nothing left upstream; in a cycle, the first declared step left.
      const pick = ids.find((id) => !done.has(id) && indegree.get(id) === 0) ?? ids.find((id) => !done.has(id))!;
      done.add(pick);
      ranks.set(pick, rank++);
      for (const to of next.get(pick)!) indegree.set(to, indegree.get(to)! - 1);
    }
  }
  return ranks;
}

function postLayerSection(study: Study, post: string): InternalSection {
  const counts = new Map<Layer, number>();
  const contributed: Layer[] = [];
  for (const b of study.blueprints) {
    for (const s of b.steps) {
      if (s.owner === post) counts.set(s.layer, (counts.get(s.layer) ?? 0) + 1);
      else if (s.contributors.includes(post)) contributed.push(s.layer);
    }
  }
  // A post that owns nothing is placed by the steps it contributes to.
  if (counts.size === 0) for (const l of contributed) counts.set(l, (counts.get(l) ?? 0) + 1);
  let best: Layer | undefined;
  for (const layer of LAYERS) {
    const c = counts.get(layer) ?? 0;
    if (c > 0 && (best === undefined || c > (counts.get(best) ?? 0))) best = layer;
  }
  return best === "frontline" ? "service-layer" : "support-layer";
}

/** The rater's receiving step: nearest downstream step it owns (else contributes to); ties in traversal order. */
function receivingStep(graph: StudyGraph, cache: Map<string, { step: string; depth: number }[]>, rated: string, rater: string): string | null {
  let downstream = cache.get(rated);
  if (downstream === undefined) {
    downstream = graph.hasNode(stepKey(rated)) ? downstreamOf(graph, rated) : [];
    cache.set(rated, downstream);
  }
  let best: { step: string; depth: number; owned: boolean } | undefined;
  for (const r of downstream) {
    const step = graph.getNodeAttribute(stepKey(r.step), "step");
    const owned = step.owner === rater;
    if (!owned && !step.contributors.includes(rater)) continue;
    if (best === undefined || r.depth < best.depth || (r.depth === best.depth && owned && !best.owned)) {
      best = { step: r.step, depth: r.depth, owned };
    }
  }
  return best?.step ?? null;
}

/** How a message shows what the caller passed. */
const got = (iss: { readonly input?: unknown }): string => (typeof iss.input === "string" ? JSON.stringify(iss.input) : String(iss.input));
const quotedList = (xs: readonly string[]): string => xs.map((x) => JSON.stringify(x)).join(", ");

/**
 * The zod schema of {@link QuestionnaireOptions} for a study: `themes` only theme ids of the study, `sections` only
 * section ids, `rater` a post of the study, `anchors` one of the anchor choices, and `raterSections` pairs of a post
 * of the study and an internal section. A key no option has is refused (a misspelt `ratter` would otherwise give the
 * whole questionnaire instead of one post's). Each check words what is wrong after the option's path, as
 * `parseOptionsAt` (src/stats/_usage.ts) writes it. `raterSections` must be given as an array here (the function spreads an
 * iterable into one first, so a one-pass iterator is read once).
 *
 * @param study - the study (its themes and posts).
 * @returns the schema.
 * @example
 * ```ts
 * questionnaireOptionsSchema(study).safeParse({ anchors: "smiley" }).success; // false
 * ```
 */
export function questionnaireOptionsSchema(study: Study): z.ZodMiniType<QuestionnaireOptions> {
  const themeIds = new Set(study.themeMap.themes.map((t) => t.id));
  for (const b of study.blueprints) themeIds.add(b.theme);
  const postIds = new Set(study.organisation.posts.map((p) => p.id));
  const post = (what: string) =>
    z.string({ error: (iss) => `must be a post id (a string), got ${got(iss)}.` }).check(z.refine((p) => postIds.has(p), { error: (iss) => `names ${what} ${got(iss)}, which is not a post under organisation.posts.` }));
  const pair = z.tuple([post("post"), z.enum(["service-layer", "support-layer"], { error: (iss) => `gives the section ${got(iss)}, not "service-layer" or "support-layer".` })], {
    error: (iss) => `must be a pair [post, section], got ${got(iss)}.`,
  });
  const keys = ["themes", "sections", "rater", "anchors", "raterSections"];
  return z.strictObject(
    {
      themes: z.optional(z.array(z.string({ error: (iss) => `must be a theme id (a string), got ${got(iss)}.` }).check(z.refine((t) => themeIds.has(t), { error: (iss) => `names unknown theme ${got(iss)}.` })), {
          error: (iss) => `must be a list of theme ids, got ${got(iss)}.`,
        })),
      sections: z.optional(z.array(z.enum(SECTION_IDS as [QuestionnaireSection, ...QuestionnaireSection[]], { error: (iss) => `names unknown section ${got(iss)}.` }), { error: (iss) => `must be a list of sections, got ${got(iss)}.` })),
      rater: z.optional(post("post")),
      anchors: z.optional(z.enum(ANCHOR_CHOICES as [AnchorChoice, ...AnchorChoice[]], { error: (iss) => `names unknown anchors ${got(iss)}.` })),
      raterSections: z.optional(z.array(pair, { error: (iss) => `must be pairs [post, section] (an array or other iterable), got ${got(iss)}.` })),
    },
    { error: (iss) => (iss.code === "unrecognized_keys" ? `have no option ${quotedList(iss.keys)}; the options are ${keys.join(", ")}.` : `must be an object, got ${got(iss)}.`) },
  ) as unknown as z.ZodMiniType<QuestionnaireOptions>;
}

/** Check the options of {@link questionnaire} (a one-pass `raterSections` iterable is read once, into an array). */
function checkOptions(study: Study, options: QuestionnaireOptions): QuestionnaireOptions {
  const rs: unknown = options !== null && typeof options === "object" ? options.raterSections : undefined;
  const listed = rs !== undefined && rs !== null && typeof rs === "object" && !Array.isArray(rs) && Symbol.iterator in rs ? { ...options, raterSections: [...(rs as Iterable<readonly [string, InternalSection]>)] } : options;
  const themes = [...new Set([...study.themeMap.themes.map((t) => t.id), ...study.blueprints.map((b) => b.theme)])];
  parseOptionsAt("questionnaire", questionnaireOptionsSchema(study), listed, {
    themes: `Use theme ids of the study: ${quotedList(themes)}.`,
    sections: `Use ${quotedList(SECTION_IDS)}.`,
    rater: "Pass the id of a post under organisation.posts.",
    anchors: `Use ${quotedList(ANCHOR_CHOICES)}.`,
    raterSections: 'Pass pairs of a post id of the study and "service-layer" or "support-layer", e.g. [["crew", "support-layer"]].',
    "": "Pass { themes, sections, rater, anchors, raterSections } or nothing.",
  });
  return listed;
}

/** What placing the questions of a study needs, worked out once per questionnaire. */
interface Placing {
  readonly study: Study;
  readonly graph: StudyGraph;
  readonly options: QuestionnaireOptions;
  readonly choice: AnchorChoice;
  readonly overrides: ReadonlyMap<string, InternalSection>;
  readonly themeNames: ReadonlyMap<string, BilingualText>;
  readonly posts: ReadonlyMap<string, Post>;
  /** Questions in a SERVQUAL pair (either side), whose anchors say so. */
  readonly pairedIds: ReadonlySet<string>;
  readonly wantedSections: ReadonlySet<QuestionnaireSection>;
  readonly downstreamCache: Map<string, { step: string; depth: number }[]>;
  readonly postSectionCache: Map<string, InternalSection>;
}

/** The section overrides of the options (checked by the options schema: only the two internal sections). */
function sectionOverrides(options: QuestionnaireOptions): Map<string, InternalSection> {
  // The options schema has checked every pair.
  return new Map([...(options.raterSections ?? [])]);
}

/** Theme order: the theme map's order, then themes that only a blueprint names; with each theme's name. */
function themeOrdering(study: Study): { order: Map<string, number>; names: Map<string, BilingualText> } {
  const order = new Map<string, number>();
  const names = new Map<string, BilingualText>();
  for (const t of study.themeMap.themes) {
    if (order.has(t.id)) continue;
    order.set(t.id, order.size);
    names.set(t.id, bilingual(t.name, t.id));
  }
  for (const b of study.blueprints) {
    if (order.has(b.theme)) continue;
    order.set(b.theme, order.size);
    names.set(b.theme, { en: b.theme, zh: b.theme });
  }
  return { order, names };
}

/** The context of {@link questionnaire}'s placing: options read once, pairs found, caches empty. */
function placing(study: Study, graph: StudyGraph, options: QuestionnaireOptions, themeNames: ReadonlyMap<string, BilingualText>): Placing {
  const pairedIds = new Set<string>();
  for (const p of study.evaluationPoints) {
    for (const q of p.questions) {
      if (q.pairs !== undefined) {
        pairedIds.add(q.id);
        pairedIds.add(q.pairs);
      }
    }
  }
  return {
    study,
    graph,
    options,
    choice: options.anchors ?? "by-measure",
    overrides: sectionOverrides(options),
    themeNames,
    posts: new Map<string, Post>(study.organisation.posts.map((p) => [p.id, p])),
    pairedIds,
    wantedSections: new Set(options.sections ?? SECTION_IDS),
    downstreamCache: new Map(),
    postSectionCache: new Map(),
  };
}

/** The section of an internal question rated by `raterId` at `ratedStep`, and why. */
function internalSection(ctx: Placing, ratedStep: string, raterId: string): { section: QuestionnaireSection; sectionBasis: SectionBasis; raterStep: string | null } {
  const raterStep = receivingStep(ctx.graph, ctx.downstreamCache, ratedStep, raterId);
  const override = ctx.overrides.get(raterId);
  if (override !== undefined) return { section: override, sectionBasis: "override", raterStep };
  if (raterStep !== null) {
    const section = ctx.graph.getNodeAttribute(stepKey(raterStep), "layer") === "frontline" ? "service-layer" : "support-layer";
    return { section, sectionBasis: "receiving-step", raterStep };
  }
  let s = ctx.postSectionCache.get(raterId);
  if (s === undefined) {
    s = postLayerSection(ctx.study, raterId);
    ctx.postSectionCache.set(raterId, s);
  }
  return { section: s, sectionBasis: "post-steps", raterStep };
}

/** The item of one question, or undefined when the options leave it out (another rater, another section). */
function questionItem(ctx: Placing, point: EvaluationPoint, step: Step, theme: string, q: Question): QuestionnaireItem | undefined {
  const raterId = q.audience.kind === "internal" ? q.audience.rater : null;
  // Early exit: one post's questionnaire has only that post's internal items.
  if (ctx.options.rater !== undefined && raterId !== ctx.options.rater) return undefined;
  const placed = raterId === null ? { section: "external" as const, sectionBasis: "external" as const, raterStep: null } : internalSection(ctx, point.step, raterId);
  if (!ctx.wantedSections.has(placed.section)) return undefined;
  const text = bilingual(q.text, q.id);
  const anchors = anchorSetFor(q.measures, q.scale, { reverse: q.reverse, paired: ctx.pairedIds.has(q.id), text: `${text.en} ${text.zh}`, choice: ctx.choice });
  return {
    section: placed.section,
    sectionBasis: placed.sectionBasis,
    theme,
    themeName: ctx.themeNames.get(theme) ?? { en: theme, zh: theme },
    point: point.id,
    pointName: bilingual(point.name, point.id),
    step: point.step,
    stepName: bilingual(step.name, step.id),
    stepLayer: step.layer,
    questionId: q.id,
    audience: q.audience.kind,
    raterPost: raterId,
    raterPostName: raterId === null ? null : bilingual(ctx.posts.get(raterId)?.name, raterId),
    raterStep: placed.raterStep,
    measures: q.measures,
    scale: scaleOf(q.scale, anchors),
    reverse: q.reverse,
    overall: q.overall,
    pairs: q.pairs ?? null,
    metric: q.metric ?? null,
    text,
  };
}

/** Items sorted by their keys, compared in order (section, theme, step rank, point, question). */
function sortedByKeys(sortable: { item: QuestionnaireItem; keys: number[] }[]): QuestionnaireItem[] {
  sortable.sort((a, b) => {
    for (let i = 0; i < a.keys.length; i++) {
      const d = a.keys[i]! - b.keys[i]!;
      if (d !== 0) return d;
    }
    return 0;
  });
  return sortable.map((s) => s.item);
}

/**
 * Generates the questionnaire of a study: every question with its section, theme, evaluation point, step, rater
 * post, scale and bilingual answer options. External questions form the external section (asked of customers).
 * An internal question goes to the service layer when the rater receives the rated work at a front-line step (its
 * nearest own step downstream of the rated step, rework not followed), and to the support layer when it receives
 * it in the back office or support layer. Items are ordered by section, then the study's theme order, then the
 * blueprint order of steps (topological over the hand-offs, rework ignored, ties in declaration order), then
 * evaluation point and question order.
 *
 * @param study - A validated study.
 * @param given - Themes, sections, one rater post, anchor wording, section overrides (see {@link questionnaireOptionsSchema}).
 * @returns The questionnaire (plain data; see {@link questionnaireToJson} and {@link questionnaireToCsv}).
 * @throws {@link core!UsageError} for an unknown theme, section, anchor choice or post in the options.
 * @throws {@link core!ValidationError} when the blueprints do not form a graph or an evaluation point is at an unknown step.
 * @example
 * ```ts
 * const q = questionnaire(study);
 * q.items[0]; // { section: "external", theme: "theme_outage_repair", point: "ep_or_report", questionId: "q_or_report_ease_p", ... }
 * questionnaire(study, { rater: "repair_dispatcher" }).items.length; // 3
 * ```
 */
export function questionnaire(study: Study, given: QuestionnaireOptions = {}): Questionnaire {
  requireStudy("questionnaire", study);
  const options = checkOptions(study, given);
  const graph = buildStudyGraph(study);
  const { order: themeOrder, names: themeNames } = themeOrdering(study);
  const ctx = placing(study, graph, options, themeNames);
  const wantedThemes = options.themes === undefined ? undefined : new Set(options.themes);
  const stepTheme = new Map<string, string>();
  for (const b of study.blueprints) for (const s of b.steps) if (!stepTheme.has(s.id)) stepTheme.set(s.id, b.theme);
  const ranks = blueprintRanks(study);

  const problems: Problem[] = [];
  const sortable: { item: QuestionnaireItem; keys: number[] }[] = [];
  study.evaluationPoints.forEach((point, pi) => {
    const theme = stepTheme.get(point.step);
    if (theme === undefined) {
      problems.push(problemFrom(DESIGN_EN, "questionnaire/unknown-step", "error", ["evaluationPoints", pi, "step"], { point: point.id, step: point.step }));
      return;
    }
    if (wantedThemes !== undefined && !wantedThemes.has(theme)) return;
    const step = graph.getNodeAttribute(stepKey(point.step), "step");
    point.questions.forEach((q, qi) => {
      const item = questionItem(ctx, point, step, theme, q);
      if (item !== undefined) sortable.push({ item, keys: [SECTION_IDS.indexOf(item.section), themeOrder.get(theme) ?? 0, ranks.get(point.step) ?? 0, pi, qi] });
    });
  });
  if (problems.length > 0) {
    throw new ValidationError("gaptrace/questionnaire: the study's evaluation points cannot all be placed.", problems);
  }
  const items = sortedByKeys(sortable);
  const raterIds = new Set(items.map((i) => i.raterPost).filter((p): p is string => p !== null));
  const themes = [...themeOrder.keys()]
    .filter((t) => (wantedThemes === undefined ? true : wantedThemes.has(t)))
    .filter((t) => options.rater === undefined || items.some((i) => i.theme === t))
    .map((id) => ({ id, name: themeNames.get(id) ?? { en: id, zh: id } }));
  return {
    study: { id: study.id, name: bilingual(study.name, study.id) },
    rater: options.rater ?? null,
    themes,
    posts: study.organisation.posts.filter((p) => raterIds.has(p.id)).map(postOf),
    items,
  };
}

function postOf(p: Post): QuestionnairePost {
  return { id: p.id, name: bilingual(p.name, p.id), department: p.department, headcount: p.headcount ?? null };
}

/**
 * Splits a questionnaire into one questionnaire per rater post for the internal surveys: each post gets only the
 * items it answers (service-layer and support-layer alike), and only the themes they belong to.
 *
 * @param q - A questionnaire from {@link questionnaire}.
 * @returns One questionnaire per rater post, in the study's post order.
 * @example
 * ```ts
 * const byPost = questionnairesByPost(questionnaire(study));
 * byPost.map((p) => `${p.rater}: ${p.items.length}`); // ["hotline_agent: 5", "account_manager: 2", ...]
 * ```
 */
export function questionnairesByPost(q: Questionnaire): Questionnaire[] {
  return q.posts.map((post) => {
    const items = q.items.filter((i) => i.raterPost === post.id);
    const themeIds = new Set(items.map((i) => i.theme));
    return { study: q.study, rater: post.id, themes: q.themes.filter((t) => themeIds.has(t.id)), posts: [post], items };
  });
}

function count(items: readonly QuestionnaireItem[]): QuestionnaireCount {
  return { questions: items.length, evaluationPoints: new Set(items.map((i) => i.point)).size };
}

function bySection(items: readonly QuestionnaireItem[]): (QuestionnaireCount & { section: QuestionnaireSection })[] {
  return SECTION_IDS.map((section) => ({ section, ...count(items.filter((i) => i.section === section)) }));
}

/**
 * Counts the items and evaluation points of a questionnaire per section (layer), per theme and per rater post,
 * and in total. (The source study had 186 external and 280 internal questions over 126 evaluation points.)
 *
 * @param q - A questionnaire.
 * @returns The counts; a point asked in two sections counts once in the total and once in each section.
 * @example
 * ```ts
 * const c = questionnaireCounts(questionnaire(study));
 * c.total; // { questions: 66, evaluationPoints: 33, external: 43, internal: 23 }
 * c.bySection.map((s) => `${s.section} ${s.questions}`); // ["external 43", "service-layer 6", "support-layer 17"]
 * ```
 */
export function questionnaireCounts(q: Questionnaire): QuestionnaireCounts {
  const external = q.items.filter((i) => i.audience === "external").length;
  return {
    total: { ...count(q.items), external, internal: q.items.length - external },
    bySection: bySection(q.items),
    byTheme: q.themes.map((t) => {
      const items = q.items.filter((i) => i.theme === t.id);
      return { theme: t.id, ...count(items), bySection: bySection(items) };
    }),
    byRaterPost: q.posts.map((p) => ({ post: p.id, ...count(q.items.filter((i) => i.raterPost === p.id)) })),
  };
}
