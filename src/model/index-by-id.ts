/**
 * Id indexes over a study. User ids are untrusted (`__proto__`, `constructor` are legal ids), so every lookup
 * goes through a `Map`, never a plain object.
 * @module
 */
import type {
  Department, EvaluationPoint, Metric, Need, Person, Post, Question, ServiceItem, Standard, Step, Study, StudyEvent, Theme,
} from "./study.js";
import type { DocPath } from "../core/problem.js";

/** Where an indexed item sits in the study document. */
export interface Located<T> {
  readonly item: T;
  readonly path: DocPath;
}

/** A step with its blueprint. */
export interface LocatedStep extends Located<Step> {
  readonly theme: string;
  readonly blueprint: number;
}

/** A question with its evaluation point. */
export interface LocatedQuestion extends Located<Question> {
  readonly point: EvaluationPoint;
}

/** Every id in a study, by kind. The first definition of an id wins; later ones are listed in `duplicates`. */
export interface StudyIndex {
  readonly departments: ReadonlyMap<string, Located<Department>>;
  readonly posts: ReadonlyMap<string, Located<Post>>;
  readonly persons: ReadonlyMap<string, Located<Person>>;
  readonly needs: ReadonlyMap<string, Located<Need>>;
  readonly items: ReadonlyMap<string, Located<ServiceItem>>;
  readonly themes: ReadonlyMap<string, Located<Theme>>;
  readonly steps: ReadonlyMap<string, LocatedStep>;
  readonly events: ReadonlyMap<string, Located<StudyEvent>>;
  readonly metrics: ReadonlyMap<string, Located<Metric>>;
  readonly standards: ReadonlyMap<string, Located<Standard>>;
  readonly points: ReadonlyMap<string, Located<EvaluationPoint>>;
  readonly questions: ReadonlyMap<string, LocatedQuestion>;
  /** Later definitions of an id already defined: kind, id, path of the duplicate, path of the first. */
  readonly duplicates: readonly { kind: string; id: string; path: DocPath; first: DocPath }[];
}

/**
 * Index a (structurally valid) study by id.
 *
 * @param study - the study to index.
 * @returns maps from id to item and location, plus the duplicate ids found.
 * @example
 * ```ts
 * const idx = indexStudy(study);
 * idx.posts.get("repair_dispatcher")?.item.department; // "dispatch_centre"
 * ```
 */
export function indexStudy(study: Study): StudyIndex {
  const duplicates: { kind: string; id: string; path: DocPath; first: DocPath }[] = [];
  function put<T extends { id: string }, L extends Located<T>>(kind: string, map: Map<string, L>, located: L): void {
    const prev = map.get(located.item.id);
    if (prev !== undefined) duplicates.push({ kind, id: located.item.id, path: located.path, first: prev.path });
    else map.set(located.item.id, located);
  }
  const departments = new Map<string, Located<Department>>();
  study.organisation.departments.forEach((item, i) =>
    put("department", departments, { item, path: ["organisation", "departments", i] }),
  );
  const posts = new Map<string, Located<Post>>();
  study.organisation.posts.forEach((item, i) => put("post", posts, { item, path: ["organisation", "posts", i] }));
  const persons = new Map<string, Located<Person>>();
  study.organisation.persons.forEach((item, i) => put("person", persons, { item, path: ["organisation", "persons", i] }));
  const needs = new Map<string, Located<Need>>();
  study.themeMap.needs.forEach((item, i) => put("need", needs, { item, path: ["themeMap", "needs", i] }));
  const items = new Map<string, Located<ServiceItem>>();
  study.themeMap.items.forEach((item, i) => put("service item", items, { item, path: ["themeMap", "items", i] }));
  const themes = new Map<string, Located<Theme>>();
  study.themeMap.themes.forEach((item, i) => put("theme", themes, { item, path: ["themeMap", "themes", i] }));
  const steps = new Map<string, LocatedStep>();
  study.blueprints.forEach((bp, b) =>
    bp.steps.forEach((item, i) =>
      put("step", steps, { item, path: ["blueprints", b, "steps", i], theme: bp.theme, blueprint: b }),
    ),
  );
  const events = new Map<string, Located<StudyEvent>>();
  study.events.forEach((item, i) => put("event", events, { item, path: ["events", i] }));
  const metrics = new Map<string, Located<Metric>>();
  study.metrics.forEach((item, i) => put("metric", metrics, { item, path: ["metrics", i] }));
  const standards = new Map<string, Located<Standard>>();
  study.standards.forEach((item, i) => put("standard", standards, { item, path: ["standards", i] }));
  const points = new Map<string, Located<EvaluationPoint>>();
  const questions = new Map<string, LocatedQuestion>();
  study.evaluationPoints.forEach((point, p) => {
    put("evaluation point", points, { item: point, path: ["evaluationPoints", p] });
    point.questions.forEach((item, q) =>
      put("question", questions, { item, point, path: ["evaluationPoints", p, "questions", q] }),
    );
  });
  return { departments, posts, persons, needs, items, themes, steps, events, metrics, standards, points, questions, duplicates };
}
