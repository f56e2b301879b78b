/**
 * Names of the things a report talks about (posts, departments, steps, standards, points, events, metrics,
 * questions, themes, persons), looked up in the study by id and resolved in one language with `labelText`. An id
 * the study does not know prints as itself, so a report never shows an empty name. Ids are untrusted and indexed
 * with `Map`.
 * @module
 */
import { labelText, type Label, type Lang } from "../core/label.js";
import type { Layer, Standard, Step, Study } from "../model/study.js";

/** The kinds of thing a report names. */
export type NamedKind =
  | "post"
  | "department"
  | "step"
  | "standard"
  | "point"
  | "event"
  | "metric"
  | "question"
  | "theme"
  | "person";

/** Names of a study's things in one language. */
export interface StudyLabels {
  readonly lang: Lang;
  /** The study's own name. */
  readonly study: string;
  /** The name of a thing by kind and id; the id itself when unknown. */
  name(kind: NamedKind, id: string | undefined): string;
  /** A step, when the study has it. */
  step(id: string): Step | undefined;
  /** A standard, when the study has it. */
  standard(id: string): Standard | undefined;
  /** The department a post belongs to. */
  departmentOf(post: string): string | undefined;
  /** The step an evaluation point sits at. */
  pointStep(point: string): string | undefined;
  /** The layer of a step. */
  layer(step: string): Layer | undefined;
  /** The unit and direction of a metric. */
  metric(id: string): { readonly name: string; readonly unit: string } | undefined;
  /** Every id the study defines, with its name, for replacing ids in free text. */
  readonly allNames: ReadonlyMap<string, string>;
}

/**
 * Build the name lookups of a study in one language.
 *
 * @param study - The study.
 * @param lang - The report language.
 * @returns Lookups by kind and id.
 * @example
 * ```ts
 * const names = studyLabels(study, "zh");
 * names.name("post", "repair_dispatcher"); // "配网抢修指挥员"
 * names.name("post", "nobody"); // "nobody"
 * ```
 */
export function studyLabels(study: Study, lang: Lang): StudyLabels {
  const maps = new Map<NamedKind, Map<string, string>>();
  const put = (kind: NamedKind, id: string, label: Label | undefined): void => {
    let m = maps.get(kind);
    if (m === undefined) maps.set(kind, (m = new Map()));
    // The first definition wins, as in the study index.
    if (!m.has(id)) m.set(id, labelText(label, lang) || id);
  };
  const org = study.organisation;
  for (const d of org.departments) put("department", d.id, d.name);
  for (const p of org.posts) put("post", p.id, p.name);
  for (const p of org.persons) put("person", p.id, p.name);
  for (const t of study.themeMap.themes) put("theme", t.id, t.name);
  const steps = new Map<string, Step>();
  for (const bp of study.blueprints)
    for (const s of bp.steps) {
      put("step", s.id, s.name);
      if (!steps.has(s.id)) steps.set(s.id, s);
    }
  for (const e of study.events) put("event", e.id, e.name);
  const metrics = new Map<string, { name: string; unit: string }>();
  for (const m of study.metrics) {
    put("metric", m.id, m.name);
    if (!metrics.has(m.id)) metrics.set(m.id, { name: labelText(m.name, lang) || m.id, unit: m.unit });
  }
  const standards = new Map<string, Standard>();
  for (const s of study.standards) {
    put("standard", s.id, s.text);
    if (!standards.has(s.id)) standards.set(s.id, s);
  }
  const pointStep = new Map<string, string>();
  for (const p of study.evaluationPoints) {
    put("point", p.id, p.name);
    if (!pointStep.has(p.id)) pointStep.set(p.id, p.step);
    for (const q of p.questions) put("question", q.id, q.text);
  }
  const postDept = new Map(org.posts.map((p) => [p.id, p.department] as const));
  const allNames = new Map<string, string>();
  for (const m of maps.values()) for (const [id, name] of m) if (!allNames.has(id)) allNames.set(id, name);
  return {
    lang,
    study: labelText(study.name, lang) || study.id,
    name: (kind, id) => (id === undefined ? "" : (maps.get(kind)?.get(id) ?? id)),
    step: (id) => steps.get(id),
    standard: (id) => standards.get(id),
    departmentOf: (post) => postDept.get(post),
    pointStep: (point) => pointStep.get(point),
    layer: (step) => steps.get(step)?.layer,
    metric: (id) => metrics.get(id),
    allNames,
  };
}

/**
 * Replace the study ids inside a machine-written sentence (e.g. an undecided reason) by their names in quotes,
 * so "cases with both events nc_contract_signed and nc_power_connected" names the events as the study does.
 *
 * @param text - The sentence.
 * @param labels - The study's names.
 * @returns The sentence with every known id replaced by “name”. Only tokens with a `_`, `-`, `.`, `:` or digit
 *   in them are taken for ids, so an id that is also an everyday word ("cases") does not rewrite the prose.
 * @example
 * ```ts
 * relabelIds("at least 30 cases with both events arrears_paid and supply_reconnected", studyLabels(study, "en"));
 * // "at least 30 cases with both events “Arrears paid (缴清)” and “Supply reconnected”"
 * ```
 */
export function relabelIds(text: string, labels: StudyLabels): string {
  return text.replace(/[\p{L}\p{N}_][\p{L}\p{N}_.:\-]*[\p{L}\p{N}_]/gu, (token) => {
    if (!/[_.:\-\p{N}]/u.test(token)) return token;
    const name = labels.allNames.get(token);
    return name === undefined || name === token ? token : `“${name}”`;
  });
}

const LABEL_CACHE = new WeakMap<Study, Map<Lang, StudyLabels>>();

/**
 * The study's names in one language, built once per study and language and then shared.
 *
 * @param study - The study.
 * @param lang - The report language.
 * @returns The name lookups.
 * @example
 * ```ts
 * labelsOf(study, "zh").name("post", "repair_dispatcher"); // "配网抢修指挥员"
 * ```
 */
export function labelsOf(study: Study, lang: Lang): StudyLabels {
  let byLang = LABEL_CACHE.get(study);
  if (byLang === undefined) LABEL_CACHE.set(study, (byLang = new Map()));
  let labels = byLang.get(lang);
  if (labels === undefined) byLang.set(lang, (labels = studyLabels(study, lang)));
  return labels;
}
