/**
 * Interaction-point analysis (交互点分析), step 3 of the method: which hand-offs are customer-experience
 * interaction points (客户体验交互点, the customer meets the front line) and which are internal-support interaction
 * points (内部支撑交互点, one post serves another, whose owner is then its internal customer, 内部客户); and which
 * kind of point each evaluation point (评价点) evaluates, from the audiences of its questions.
 * @module
 */
import { NotFoundError } from "../core/errors.js";
import type { EvaluationPoint, Handoff, Step, Study } from "../model/study.js";
import type { StepNodeAttributes, StudyGraph } from "./build.js";
import { handoffKey } from "./step-network.js";
import { stepKey } from "./ids.js";

/** The two kinds of interaction point. */
export type InteractionKind = "customer-experience" | "internal-support";

type PointBase = {
  /** The edge key, `${from}->${to}`. */
  key: string;
  handoff: Handoff;
  /** The upstream step. */
  from: Step;
  /** The downstream step. */
  to: Step;
  theme: string;
  rework: boolean;
};

/** A hand-off between a customer step and a front-line step (客户体验交互点), in either direction. */
export type CustomerExperiencePoint = PointBase & {
  kind: "customer-experience";
  /** `inbound` when the customer hands to the front line, `outbound` when the front line hands to the customer. */
  direction: "inbound" | "outbound";
  customerStep: Step;
  frontlineStep: Step;
};

/** A hand-off between two non-customer steps owned by different posts (内部支撑交互点). */
export type InternalSupportPoint = PointBase & {
  kind: "internal-support";
  /** The owner of the upstream step: the post providing the service. */
  provider: string;
  /** The owner of the downstream step: the internal customer (内部客户) of the provider. */
  internalCustomer: string;
};

/** An interaction point: a classified hand-off. Match on `kind`. */
export type InteractionPoint = CustomerExperiencePoint | InternalSupportPoint;

function classify(
  key: string,
  handoff: Handoff,
  theme: string,
  rework: boolean,
  source: StepNodeAttributes,
  target: StepNodeAttributes,
): InteractionPoint | undefined {
  const base: PointBase = { key, handoff, from: source.step, to: target.step, theme, rework };
  if (source.layer === "customer" && target.layer === "frontline") {
    return { ...base, kind: "customer-experience", direction: "inbound", customerStep: source.step, frontlineStep: target.step };
  }
  if (source.layer === "frontline" && target.layer === "customer") {
    return { ...base, kind: "customer-experience", direction: "outbound", customerStep: target.step, frontlineStep: source.step };
  }
  if (
    source.layer !== "customer" &&
    target.layer !== "customer" &&
    source.owner !== undefined &&
    target.owner !== undefined &&
    source.owner !== target.owner
  ) {
    return { ...base, kind: "internal-support", provider: source.owner, internalCustomer: target.owner };
  }
  return undefined;
}

/**
 * Every hand-off that is an interaction point, classified, in the order the study declares them. Hand-offs
 * between steps of the same owner, steps without an owner, or a customer step and a back-office or support step
 * are not interaction points under this definition and are left out.
 *
 * @param graph - The study graph.
 * @returns The interaction points.
 * @example
 * ```ts
 * for (const p of interactionPoints(graph)) {
 *   if (p.kind === "internal-support") console.log(`${p.internalCustomer} is an internal customer of ${p.provider}`);
 * }
 * ```
 */
export function interactionPoints(graph: StudyGraph): InteractionPoint[] {
  const points: InteractionPoint[] = [];
  graph.forEachEdge((key, edge, _source, _target, sourceAttributes, targetAttributes) => {
    const point = classify(key, edge.handoff, edge.theme, edge.rework, sourceAttributes, targetAttributes);
    if (point !== undefined) points.push(point);
  });
  return points;
}

/**
 * Classifies the hand-off between two steps.
 *
 * @param graph - The study graph.
 * @param from - Upstream step id.
 * @param to - Downstream step id.
 * @returns The interaction point, or `undefined` when there is no such hand-off or it is not an interaction point.
 * @example
 * ```ts
 * classifyHandoff(graph, "report", "accept")?.kind; // "customer-experience"
 * classifyHandoff(graph, "accept", "dispatch")?.kind; // "internal-support"
 * ```
 */
export function classifyHandoff(graph: StudyGraph, from: string, to: string): InteractionPoint | undefined {
  const key = handoffKey(from, to);
  if (!graph.hasEdge(key)) return undefined;
  const edge = graph.getEdgeAttributes(key);
  return classify(
    key,
    edge.handoff,
    edge.theme,
    edge.rework,
    graph.getNodeAttributes(graph.source(key)),
    graph.getNodeAttributes(graph.target(key)),
  );
}

/** Which kinds of interaction point an evaluation point evaluates, from the audiences of its questions. */
export type EvaluationPointKind = {
  point: string;
  /** The step the evaluation point is at. */
  stepId: string;
  /** That step, or `undefined` when the graph has no such step. */
  step: Step | undefined;
  /**
   * `customer-experience` when it has external questions, `internal-support` when it has internal ones; both,
   * or none for a point without questions.
   */
  kinds: InteractionKind[];
  /** Ids of the questions asked of customers. */
  externalQuestions: string[];
  /** Ids of the questions asked of internal posts. */
  internalQuestions: string[];
};

function kindOf(graph: StudyGraph, point: EvaluationPoint): EvaluationPointKind {
  const externalQuestions: string[] = [];
  const internalQuestions: string[] = [];
  for (const q of point.questions) {
    (q.audience.kind === "external" ? externalQuestions : internalQuestions).push(q.id);
  }
  const kinds: InteractionKind[] = [];
  if (externalQuestions.length > 0) kinds.push("customer-experience");
  if (internalQuestions.length > 0) kinds.push("internal-support");
  const key = stepKey(point.step);
  const step = graph.hasNode(key) ? graph.getNodeAttribute(key, "step") : undefined;
  return { point: point.id, stepId: point.step, step, kinds, externalQuestions, internalQuestions };
}

/**
 * Classifies one evaluation point: external questions make it evaluate a customer-experience interaction point,
 * internal questions an internal-support one (a point may do both).
 *
 * @param study - The study.
 * @param graph - Its graph.
 * @param pointId - The evaluation point id (the first one, if the id is used twice).
 * @returns The point's kinds and its question ids by audience.
 * @throws {@link core!NotFoundError} when the study has no such evaluation point.
 * @example
 * ```ts
 * evaluationPointKind(study, graph, "ep-dispatch").kinds; // ["internal-support"]
 * ```
 */
export function evaluationPointKind(study: Study, graph: StudyGraph, pointId: string): EvaluationPointKind {
  const point = study.evaluationPoints.find((p) => p.id === pointId);
  if (point === undefined) throw new NotFoundError("evaluationPointKind", "evaluation point", String(pointId));
  return kindOf(graph, point);
}

/**
 * Classifies every evaluation point of the study, in study order.
 *
 * @param study - The study.
 * @param graph - Its graph.
 * @returns One classification per evaluation point.
 * @example
 * ```ts
 * evaluationPointKinds(study, graph).filter((k) => k.kinds.length === 2).map((k) => k.point);
 * // points asked of both customers and staff
 * ```
 */
export function evaluationPointKinds(study: Study, graph: StudyGraph): EvaluationPointKind[] {
  return study.evaluationPoints.map((point) => kindOf(graph, point));
}
