/**
 * What the read-only shared graph costs at 20,000 steps (docs/performance.md, "The shared graph, read-only to
 * users"): building the graph, freezing its attribute objects (once per shared graph), the first public
 * `sharedStudyGraph` call of a graph (the blueprints' check and making the view), a repeat public call against the
 * library's own `studyGraphShared` (the same check, which every read paid before), and a walk over every node
 * through the view against the graph itself. Medians of 7 (walks and repeat calls: means, alternated).
 * Usage: npx tsx --conditions=source bench/shared-graph.ts [steps]
 */
import { buildStudyGraph, freezeAttributes, sharedStudyGraph, studyGraphShared } from "../src/graph/build.js";
import type { Study } from "../src/model/study.js";
import { generateStudy } from "../src/simulate/index.js";
import { parseStudy } from "../src/study/validate/index.js";

const steps = Number(process.argv[2] ?? "20000");
const study = parseStudy(generateStudy({ steps }));
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const time = (f: () => unknown): number => {
  const t = performance.now();
  f();
  return performance.now() - t;
};

const build: number[] = [];
const freeze: number[] = [];
const firstPublic: number[] = [];
for (let k = 0; k < 7; k++) {
  let g = buildStudyGraph(study);
  build.push(time(() => (g = buildStudyGraph(study))));
  freeze.push(time(() => freezeAttributes(g)));
  // A study of its own (same blueprints, new objects): its shared graph built untimed, then the first public call.
  const copy = structuredClone(study) as Study;
  studyGraphShared(copy);
  firstPublic.push(time(() => sharedStudyGraph(copy)));
}

const reps = 200;
let publicMs = 0;
let internalMs = 0;
let viewWalk = 0;
let graphWalk = 0;
const view = sharedStudyGraph(study);
const inner = studyGraphShared(study);
let sink = 0;
for (let k = 0; k < reps; k++) {
  publicMs += time(() => sharedStudyGraph(study));
  internalMs += time(() => studyGraphShared(study));
  viewWalk += time(() => view.forEachNode((_, a) => (sink += a.step.id.length)));
  graphWalk += time(() => inner.forEachNode((_, a) => (sink += a.step.id.length)));
}

const ms = (x: number): string => `${x.toFixed(1)} ms`;
console.log(`${steps} steps (${inner.order} nodes, ${inner.size} edges)`);
console.log(`buildStudyGraph: median ${ms(median(build))}`);
console.log(`freezeAttributes: median ${ms(median(freeze))}`);
console.log(`first sharedStudyGraph of a graph (check + view): median ${ms(median(firstPublic))}`);
console.log(`repeat call, mean of ${reps}: sharedStudyGraph ${ms(publicMs / reps)}, studyGraphShared ${ms(internalMs / reps)}`);
console.log(`forEachNode over every node, mean of ${reps}: through the view ${ms(viewWalk / reps)}, the graph itself ${ms(graphWalk / reps)}`);
if (sink < 0) console.log(sink);
