/**
 * The graph view of a study: steps and hand-offs as a graphology directed graph, and the plain functions that
 * read it (tracing, blueprint lines, interaction points, internal customers, post profiles, cycles, declared
 * reach).
 * @module
 */
export * from "./ids.js";
// By name: build.ts also holds studyGraphShared, the shared graph itself (users get sharedStudyGraph's read-only view
// of it). The step network the library's own runs read (step-network.ts, walk.ts, graph-adjacency.ts) is internal,
// and so is every type of it: a network one study's runs share is never handed to a caller.
export {
  buildStudyGraph,
  buildStudyGraphLenient,
  graphBuildProblems,
  handoffKey,
  requireStepKey,
  sharedStudyGraph,
  type DanglingHandoff,
  type DuplicateHandoff,
  type DuplicateStep,
  type HandoffEdgeAttributes,
  type LenientStudyGraph,
  type StepNodeAttributes,
  type StudyGraph,
} from "./build.js";
export * from "./traverse.js";
export * from "./lines.js";
export * from "./interaction-points.js";
// By name: internal-customers.ts and cycles.ts also hold the step network's versions (internalCustomerPairsIn,
// cyclesOf, connectivityOf), internal like the network they read.
export {
  internalCustomerPairs,
  structuralInternalCustomerPairs,
  type InternalCustomerPair,
  type StructuralInternalCustomerPair,
} from "./internal-customers.js";
export * from "./posts.js";
export { components, disconnectedSteps, findCycles, type BlueprintConnectivity, type Cycle } from "./cycles.js";
export * from "./summary.js";
export * from "./reach.js";
