/**
 * What the graph algorithms read of a study's steps and hand-offs, whatever holds them: the library's compact step
 * network (src/graph/step-network.ts, steps numbered 0..n-1) or a user's graphology `StudyGraph` (through the
 * adapter of src/graph/graph-adjacency.ts, steps by node key). Each walk (upstream, downstream, chains, front-line
 * posts, internal customers) is written once against this interface, so the public functions that take a
 * `StudyGraph` and the library's own runs on the network share one copy of it.
 * @module
 */
import type { Layer, Step } from "../model/study.js";

/**
 * A read-only view of steps and hand-offs, by handle `N` (an index for the step network, a node key for a
 * graphology graph). Neighbours are visited in the order graphology visits them for the same study.
 * @internal
 */
export interface StepAdjacency<N> {
  /** The handle of a step, or undefined when there is no such step. */
  find(stepId: string): N | undefined;
  /** The step id of a handle. */
  id(node: N): string;
  /** The step as written in the study (undefined only on a user's graph without it). */
  step(node: N): Step | undefined;
  /** The theme of the blueprint holding the step. */
  theme(node: N): string;
  layer(node: N): Layer | undefined;
  /** The accountable post; undefined on customer steps. */
  owner(node: N): string | undefined;
  /** Visits the steps a step hands work to, with whether each hand-off is marked rework. */
  forEachOut(node: N, visit: (to: N, rework: boolean) => void): void;
  /** Visits the steps that hand work to a step, with whether each hand-off is marked rework. */
  forEachIn(node: N, visit: (from: N, rework: boolean) => void): void;
}
