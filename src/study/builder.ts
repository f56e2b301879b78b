/**
 * A typed builder for authoring a study in code. Each definition adds its id to the builder's type, so later
 * references (a post's department, a step's owner, a standard's metric, an internal question's rater) are
 * checked by TypeScript and offered by autocompletion, as in XState's typed machine configs. The builder
 * produces the same plain data as a study file; `build()` validates it with the same rules.
 * @module
 */
import { UsageError } from "../core/errors.js";
import type { Label } from "../core/label.js";
import type { Problem } from "../core/problem.js";
import type { StudyInput, Study, Layer, Unit } from "../model/study.js";
import { STUDY_FORMAT_VERSION } from "../model/study.js";
import { parseStudy, validateStudy, type StudyReport } from "./validate/index.js";

/** The ids defined so far, by kind (type-level only). */
export interface BuilderIds {
  department: string;
  post: string;
  need: string;
  item: string;
  theme: string;
  step: string;
  event: string;
  metric: string;
  standard: string;
  point: string;
  question: string;
}

/** No ids defined yet. */
export interface NoIds extends BuilderIds {
  department: never;
  post: never;
  need: never;
  item: never;
  theme: never;
  step: never;
  event: never;
  metric: never;
  standard: never;
  point: never;
  question: never;
}

type Add<B extends BuilderIds, K extends keyof BuilderIds, I extends string> = Omit<B, K> & Record<K, B[K] | I> extends infer R extends BuilderIds ? R : never;

type Draft = Omit<StudyInput, "events" | "metrics" | "standards" | "evaluationPoints"> & {
  events: NonNullable<StudyInput["events"]>[number][];
  metrics: NonNullable<StudyInput["metrics"]>[number][];
  standards: NonNullable<StudyInput["standards"]>[number][];
  evaluationPoints: NonNullable<StudyInput["evaluationPoints"]>[number][];
};
type Organisation = StudyInput["organisation"];
type ThemeMap = StudyInput["themeMap"];
type BlueprintIn = StudyInput["blueprints"][number];
type StepIn = BlueprintIn["steps"][number];
type QuestionIn = NonNullable<StudyInput["evaluationPoints"]>[number]["questions"][number];
type StandardIn = NonNullable<StudyInput["standards"]>[number];
type MetricIn = NonNullable<StudyInput["metrics"]>[number];

/** A clock between two defined events. */
export interface ClockSpec<E extends string> {
  start: E;
  stop: E;
}

/** A question as given to {@link StudyBuilder.point}. */
export type QuestionSpec<B extends BuilderIds> = Omit<QuestionIn, "audience" | "metric" | "clock" | "pairs"> & {
  audience: { kind: "external" } | { kind: "internal"; rater: B["post"] };
  metric?: B["metric"];
  clock?: ClockSpec<B["event"]>;
  pairs?: B["question"] | string;
};

/**
 * Immutable, typed study builder. Start with {@link studyBuilder}.
 *
 * @example
 * ```ts
 * const study = studyBuilder("demo", { en: "Reconnection", zh: "欠费复电" })
 *   .department("mkt", { en: "Marketing", zh: "营销部" })
 *   .post("clerk", { name: "Billing clerk", department: "mkt" })
 *   .need("pay", "Easy payment").item("recon", { name: "Reconnection", needs: ["pay"] })
 *   .theme("payment", { name: "Payment", items: ["recon"] })
 *   .step("pays", { theme: "payment", layer: "customer", name: "Customer pays" })
 *   .step("settle", { theme: "payment", layer: "backoffice", name: "Settle arrears", owner: "clerk" })
 *   .handoff("pays", "settle")
 *   .build();
 * ```
 */
export class StudyBuilder<B extends BuilderIds = NoIds> {
  readonly #draft: Draft;

  /** @internal Use {@link studyBuilder}. */
  constructor(draft: Draft) {
    this.#draft = draft;
  }

  #with(change: (d: Draft) => void): never {
    const copy: Draft = {
      ...this.#draft,
      organisation: { ...this.#draft.organisation, departments: [...this.#draft.organisation.departments], posts: [...this.#draft.organisation.posts], persons: [...(this.#draft.organisation.persons ?? [])] },
      themeMap: { needs: [...this.#draft.themeMap.needs], items: [...this.#draft.themeMap.items], themes: [...this.#draft.themeMap.themes] },
      blueprints: this.#draft.blueprints.map((b) => ({ ...b, steps: [...b.steps], handoffs: [...b.handoffs] })),
      events: [...this.#draft.events],
      metrics: [...this.#draft.metrics],
      standards: [...this.#draft.standards],
      evaluationPoints: [...this.#draft.evaluationPoints],
    };
    change(copy);
    return new StudyBuilder(copy) as never;
  }

  #blueprint(d: Draft, theme: string): BlueprintIn & { steps: StepIn[]; handoffs: BlueprintIn["handoffs"][number][] } {
    let bp = d.blueprints.find((b) => b.theme === theme);
    if (bp === undefined) d.blueprints.push((bp = { theme, steps: [], handoffs: [] }));
    return bp as never;
  }

  /** Add a department (部门). */
  department<const I extends string>(id: I, name: Label, description?: Label): StudyBuilder<Add<B, "department", I>> {
    return this.#with((d) => (d.organisation.departments as Organisation["departments"][number][]).push({ id, name, ...(description !== undefined ? { description } : {}) }));
  }

  /** Add a post (岗位) in a department defined earlier. */
  post<const I extends string>(id: I, spec: { name: Label; department: B["department"]; headcount?: number; description?: Label }): StudyBuilder<Add<B, "post", I>> {
    return this.#with((d) => (d.organisation.posts as Organisation["posts"][number][]).push({ id, ...spec }));
  }

  /** Add a named person in a post. */
  person(id: string, spec: { name: Label; post: B["post"] }): StudyBuilder<B> {
    return this.#with((d) => (d.organisation.persons as NonNullable<Organisation["persons"]>[number][]).push({ id, ...spec }));
  }

  /** Add a customer need (客户需求). */
  need<const I extends string>(id: I, name: Label): StudyBuilder<Add<B, "need", I>> {
    return this.#with((d) => (d.themeMap.needs as ThemeMap["needs"][number][]).push({ id, name }));
  }

  /** Add a service item (服务项目) serving needs defined earlier. */
  item<const I extends string>(id: I, spec: { name: Label; needs: B["need"][] }): StudyBuilder<Add<B, "item", I>> {
    return this.#with((d) => (d.themeMap.items as ThemeMap["items"][number][]).push({ id, ...spec }));
  }

  /** Add a service theme (服务主题) grouping service items; its blueprint is made of the steps given with `theme: id`. */
  theme<const I extends string>(id: I, spec: { name: Label; items: B["item"][]; description?: Label }): StudyBuilder<Add<B, "theme", I>> {
    return this.#with((d) => (d.themeMap.themes as ThemeMap["themes"][number][]).push({ id, ...spec }));
  }

  /** Add a step to a theme's blueprint. Non-customer steps need an owner post. */
  step<const I extends string>(
    id: I,
    spec: { theme: B["theme"]; layer: Layer; name: Label; owner?: B["post"]; contributors?: B["post"][]; description?: Label },
  ): StudyBuilder<Add<B, "step", I>> {
    const { theme, ...step } = spec;
    return this.#with((d) => this.#blueprint(d, theme).steps.push({ id, ...step }));
  }

  /** Add a hand-off from an upstream step to a downstream step (same theme). */
  handoff(from: B["step"], to: B["step"], spec: { kind?: "serial" | "parallel"; label?: Label; rework?: boolean } = {}): StudyBuilder<B> {
    return this.#with((d) => {
      const theme = d.blueprints.find((b) => b.steps.some((s) => s.id === from))?.theme;
      const bp = theme === undefined ? d.blueprints[0] : this.#blueprint(d, theme);
      if (bp === undefined) throw new TypeError(`gaptrace/StudyBuilder.handoff: define steps before hand-offs (no step ${JSON.stringify(from)}).`);
      (bp.handoffs as BlueprintIn["handoffs"][number][]).push({ from, to, ...spec });
    });
  }

  /** Add a named event of a case's life (the start or stop of clocks). */
  event<const I extends string>(id: I, spec: { name: Label; step?: B["step"] }): StudyBuilder<Add<B, "event", I>> {
    return this.#with((d) => d.events.push({ id, ...spec }));
  }

  /** Add an operational metric measured per case at a step. */
  metric<const I extends string>(
    id: I,
    spec: Omit<MetricIn, "id" | "step" | "clock"> & { step: B["step"]; clock?: ClockSpec<B["event"]> },
  ): StudyBuilder<Add<B, "metric", I>> {
    return this.#with((d) => d.metrics.push({ id, ...spec }));
  }

  /** Add a service standard on a metric, owned by the post or department that sets it. Declare its reach with {@link StudyBuilder.reach}. */
  standard<const I extends string>(
    id: I,
    spec: Omit<StandardIn, "id" | "metric" | "clock" | "owner" | "steps" | "reach"> & {
      metric: B["metric"];
      clock?: ClockSpec<B["event"]>;
      owner: { post: B["post"] } | { department: B["department"] };
      steps: B["step"][];
    },
  ): StudyBuilder<Add<B, "standard", I>> {
    return this.#with((d) => d.standards.push({ id, ...spec }));
  }

  /** Add an evaluation point (评价点) at a step, with its questions. */
  point<const I extends string, const Q extends string>(
    id: I,
    spec: { step: B["step"]; name: Label; questions: (QuestionSpec<B> & { id: Q })[] },
  ): StudyBuilder<Add<Add<B, "question", Q>, "point", I>> {
    return this.#with((d) => d.evaluationPoints.push({ id, ...spec }));
  }

  /**
   * Declare the reach (影响范围) of a step or a standard: the evaluation points it can affect, replacing any
   * earlier declaration. Points are defined after the steps they sit at, so the reach is declared here rather than
   * in {@link StudyBuilder.step}, once the points exist and their ids can be checked.
   *
   * @param subject - `{ step: id }` or `{ standard: id }`, defined earlier.
   * @param points - evaluation point ids defined earlier; `[]` means it affects no customer point.
   * @returns a new builder.
   * @throws {@link core!UsageError} when the step or standard has not been added (only untyped callers can get there).
   * @example
   * ```ts
   * builder.reach({ step: "depart" }, ["ep_arrival", "ep_connection"]).reach({ standard: "std_on_time" }, ["ep_arrival"]);
   * ```
   */
  reach(subject: { step: B["step"] } | { standard: B["standard"] }, points: B["point"][]): StudyBuilder<B> {
    return this.#with((d) => {
      const reach: string[] = [...points];
      if ("step" in subject) {
        const bp = d.blueprints.find((b) => b.steps.some((s) => s.id === subject.step));
        const i = bp?.steps.findIndex((s) => s.id === subject.step) ?? -1;
        const step = bp?.steps[i];
        if (bp === undefined || step === undefined)
          throw new UsageError("StudyBuilder.reach", `no step ${JSON.stringify(subject.step)} has been added.`, "Add the step with .step() before declaring its reach.");
        (bp.steps as StepIn[])[i] = { ...step, reach };
      } else {
        const i = d.standards.findIndex((s) => s.id === subject.standard);
        const standard = d.standards[i];
        if (standard === undefined)
          throw new UsageError("StudyBuilder.reach", `no standard ${JSON.stringify(subject.standard)} has been added.`, "Add the standard with .standard() before declaring its reach.");
        d.standards[i] = { ...standard, reach };
      }
    });
  }

  /** The study as plain data (what a study file contains), not yet validated. */
  toJSON(): StudyInput {
    return structuredClone(this.#draft) as StudyInput;
  }

  /** Validate without throwing. */
  validate(): StudyReport {
    return validateStudy(this.toJSON());
  }

  /**
   * Validate and return the study.
   * @throws {@link core!ValidationError} listing every error.
   */
  build(): Study {
    return parseStudy(this.toJSON());
  }

  /** Problems found so far (errors, warnings, information). */
  problems(): readonly Problem[] {
    return this.validate().problems;
  }
}

/**
 * Start a typed study builder.
 *
 * @param id - the study's id.
 * @param name - its name (string or `{ en, zh }`).
 * @returns an empty builder.
 * @example
 * ```ts
 * const b = studyBuilder("outage-2026", { en: "Outage study", zh: "停电抢修评价" });
 * ```
 */
export function studyBuilder(id: string, name: Label): StudyBuilder<NoIds> {
  return new StudyBuilder<NoIds>({
    gaptrace: STUDY_FORMAT_VERSION,
    id,
    name,
    organisation: { departments: [], posts: [], persons: [] },
    themeMap: { needs: [], items: [], themes: [] },
    blueprints: [],
    events: [],
    metrics: [],
    standards: [],
    evaluationPoints: [],
  });
}

export type { Unit };
