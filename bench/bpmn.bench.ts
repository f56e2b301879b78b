/**
 * The BPMN bench: the real study's scale, 53 process charts, as one BPMN file (53 pools, four lanes each, 30 tasks
 * and events per pool in a chain with a decision every fifth step and a loop back), imported with a filled mapping,
 * exported back, and imported again; median of five runs each, in this process. No DuckDB figure applies (nothing
 * here is a query). `npm run bench -- bpmn`.
 */
import { bpmnMapping, importBpmn, renderBpmn, type BpmnMappingInput } from "../src/bpmn/index.js";
import type { Study } from "../src/model/study.js";
import type { Bench, BenchRow } from "./types.js";

const CHARTS = 53;
const STEPS = 30;
const LAYERS = ["customer", "frontline", "backoffice", "support"] as const;

/** One pool's process: a chain of tasks over four lanes, an exclusive decision every fifth step, one loop back. */
function processXml(c: number): string {
  const lanes = LAYERS.map((_, l) => {
    const refs = Array.from({ length: STEPS }, (_, s) => s).filter((s) => s % 4 === l).map((s) => `<bpmn:flowNodeRef>t_${c}_${s}</bpmn:flowNodeRef>`);
    return `<bpmn:lane id="lane_${c}_${l}" name="Lane ${l}">${refs.join("")}</bpmn:lane>`;
  });
  const nodes: string[] = [];
  const flows: string[] = [];
  for (let s = 0; s < STEPS; s++) {
    nodes.push(s === 0 ? `<bpmn:startEvent id="t_${c}_0" name="Request ${c}" />` : `<bpmn:userTask id="t_${c}_${s}" name="Step ${s} of chart ${c}" />`);
    if (s + 1 >= STEPS) continue;
    if (s % 5 === 4) {
      nodes.push(`<bpmn:exclusiveGateway id="g_${c}_${s}" />`);
      flows.push(`<bpmn:sequenceFlow id="f_${c}_${s}" sourceRef="t_${c}_${s}" targetRef="g_${c}_${s}" />`);
      flows.push(`<bpmn:sequenceFlow id="y_${c}_${s}" name="yes" sourceRef="g_${c}_${s}" targetRef="t_${c}_${s + 1}" />`);
      flows.push(`<bpmn:sequenceFlow id="n_${c}_${s}" name="no" sourceRef="g_${c}_${s}" targetRef="t_${c}_${Math.min(s + 2, STEPS - 1)}" />`);
    } else flows.push(`<bpmn:sequenceFlow id="f_${c}_${s}" sourceRef="t_${c}_${s}" targetRef="t_${c}_${s + 1}" />`);
  }
  flows.push(`<bpmn:sequenceFlow id="back_${c}" sourceRef="t_${c}_${STEPS - 1}" targetRef="t_${c}_${STEPS - 5}" />`);
  return `<bpmn:process id="p_${c}"><bpmn:laneSet id="ls_${c}">${lanes.join("")}</bpmn:laneSet>${nodes.join("")}${flows.join("")}</bpmn:process>`;
}

function chartsXml(): string {
  const pools = Array.from({ length: CHARTS }, (_, c) => `<bpmn:participant id="pool_${c}" name="Chart ${c}" processRef="p_${c}" />`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="charts" targetNamespace="x">
<bpmn:collaboration id="c">${pools.join("")}</bpmn:collaboration>
${Array.from({ length: CHARTS }, (_, c) => processXml(c)).join("\n")}
</bpmn:definitions>`;
}

function mapping(): BpmnMappingInput {
  const posts = Array.from({ length: CHARTS }, (_, c) => LAYERS.slice(1).map((_, l) => ({ id: `post_${c}_${l + 1}`, name: `Post ${l + 1} of chart ${c}`, department: "dept" }))).flat();
  return {
    gaptraceBpmn: 1,
    study: { id: "charts", name: "53 charts" },
    themes: Array.from({ length: CHARTS }, (_, c) => ({ process: `p_${c}`, theme: `theme_${c}`, items: ["item"] })),
    lanes: Array.from({ length: CHARTS }, (_, c) => LAYERS.map((layer, l) => ({ lane: `lane_${c}_${l}`, layer, ...(l === 0 ? {} : { post: `post_${c}_${l}` }) }))).flat(),
    organisation: { departments: [{ id: "dept", name: "Department" }], posts },
    themeMap: { needs: [{ id: "need", name: "Need" }], items: [{ id: "item", name: "Item", needs: ["need"] }] },
  };
}

async function median5(f: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let k = 0; k < 5; k++) {
    const t = performance.now();
    await f();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[2] as number;
}

const bench: Bench = {
  name: "bpmn",
  async run(): Promise<readonly BenchRow[]> {
    const xml = chartsXml();
    const map = mapping();
    const first = await importBpmn(xml, { mapping: map });
    const study = first.report?.study as Study | undefined;
    if (!first.ok || study === undefined) throw new Error("bpmn bench: the 53 charts do not import as a valid study");
    const steps = study.blueprints.reduce((n, b) => n + b.steps.length, 0);
    const importMs = await median5(() => importBpmn(xml, { mapping: map }));
    const exportMs = await median5(() => renderBpmn(study));
    const out = renderBpmn(study);
    const back = bpmnMapping(study);
    const againMs = await median5(() => importBpmn(out, { mapping: back }));
    const size = `${CHARTS} charts, ${steps.toLocaleString("en-US")} steps`;
    return [
      { measure: "import 53 charts (with mapping)", value: Math.round(importMs), unit: "ms", note: `${size}; ${Math.round(xml.length / 1024)} KB of BPMN, no DI` },
      { measure: "export 53 charts (with DI)", value: Math.round(exportMs), unit: "ms", note: `${Math.round(out.length / 1024)} KB written` },
      { measure: "import the export back", value: Math.round(againMs), unit: "ms", note: "the exported file with its mapping" },
    ];
  },
};

export default bench;
