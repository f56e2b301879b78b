/**
 * BPMN 2.0 out: a study as a BPMN file that BPMN tools open as drawn (pools, lanes, tasks, flows and their diagram
 * interchange), with an attribution's findings as text annotations attached to the steps they land on; and the
 * mapping that brings the file back as the same study (`importBpmn(renderBpmn(study), { mapping: bpmnMapping(study) })`).
 * @module
 */
import * as z from "zod/mini";
import { escapeXml } from "../core/escape.js";
import { labelText, type Label, type Lang } from "../core/label.js";
import type { Study } from "../model/study.js";
import { isStudy } from "../model/study-first.js";
import { UsageError } from "../core/errors.js";
import type { Attribution } from "../attribution/attribute.js";
import type { Finding } from "../attribution/shared/findings.js";
import { findingText } from "../reports/text.js";
import { blueprintWords } from "../reports/blueprint/words/index.js";
import { parseOptionsAt } from "../stats/_usage.js";
import { layoutBpmn, route, SIZE, type Box, type PoolLayout } from "./layout.js";
import { BPMN_MAPPING_VERSION, type BpmnFlowEntry, type BpmnMapping, type BpmnStepEntry } from "./mapping.js";
import { planBpmn, type BpmnPlan, type PlannedPool } from "./plan.js";

/** Options of {@link renderBpmn}. */
export interface RenderBpmnOptions {
  /** The language of names, lanes and annotations (default English; the other language of bilingual labels goes in the mapping). */
  readonly lang?: Lang;
}

const RenderBpmnOptionsSchema = z.strictObject({ lang: z.optional(z.enum(["en", "zh"], { error: 'must be "en" or "zh".' })) });
const HINTS: Readonly<Record<string, string>> = { lang: 'Pass lang: "en" (English) or "zh" (简体中文).', "": "Pass an options object, or nothing." };

const NS = [
  'xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"',
  'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"',
  'xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"',
  'xmlns:di="http://www.omg.org/spec/DD/20100524/DI"',
].join(" ");

const attr = (s: string): string => escapeXml(s).replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
const nameAttr = (label: Label | undefined, lang: Lang): string => (label === undefined ? "" : ` name="${attr(labelText(label, lang))}"`);
const num = (n: number): string => String(Math.round(n * 100) / 100);
const bounds = (b: Box): string => `<dc:Bounds x="${num(b.x)}" y="${num(b.y)}" width="${num(b.width)}" height="${num(b.height)}" />`;

/** One annotation: the finding's text and the steps (element ids) it is attached to, in one pool. */
interface Note {
  readonly id: string;
  readonly pool: number;
  readonly text: string;
  readonly steps: readonly string[];
}

/** The steps a finding lands on: the point's step, the standard's steps, or the step executed out of standard. */
function stepsOf(study: Study, f: Finding): readonly string[] {
  switch (f.tag) {
    case "customer-dissatisfaction": {
      const step = study.evaluationPoints.find((p) => p.id === f.point)?.step;
      return step === undefined ? [] : [step];
    }
    case "unreasonable-standard":
      return study.standards.find((s) => s.id === f.standard)?.steps ?? [];
    case "non-compliant-execution":
      return [f.step];
  }
}

function notesOf(study: Study, plan: BpmnPlan, result: Attribution | undefined, lang: Lang): Note[] {
  const poolOf = new Map<string, number>();
  plan.pools.forEach((p, i) => p.blueprint.steps.forEach((s) => poolOf.set(s.id, i)));
  const notes: Note[] = [];
  for (const f of result?.findings ?? []) {
    const steps = stepsOf(study, f);
    const pools = [...new Set(steps.map((s) => poolOf.get(s)).filter((p): p is number => p !== undefined))];
    for (const pool of pools)
      notes.push({ id: `gt_note_${notes.length + 1}`, pool, text: findingText(study, f, lang), steps: steps.filter((s) => poolOf.get(s) === pool).map((s) => plan.elementOf.get(s) ?? s) });
  }
  return notes;
}

function processXml(study: Study, pool: PlannedPool, plan: BpmnPlan, notes: readonly Note[], lang: Lang): string[] {
  const el = (step: string): string => plan.elementOf.get(step) ?? step;
  const layers = blueprintWords(lang).layerTitle;
  const postName = (post: string): string => labelText(study.organisation.posts.find((p) => p.id === post)?.name ?? post, lang);
  const out = [`  <bpmn:process id="${pool.process}" isExecutable="false">`, `    <bpmn:laneSet id="${pool.process}_lanes">`];
  for (const lane of pool.lanes) {
    out.push(`      <bpmn:lane id="${lane.id}" name="${attr(lane.post === undefined ? layers[lane.layer] : `${postName(lane.post)} · ${layers[lane.layer]}`)}">`);
    for (const s of lane.steps) {
      out.push(`        <bpmn:flowNodeRef>${el(s.id)}</bpmn:flowNodeRef>`);
      const gw = pool.gateways.get(s.id);
      if (gw !== undefined) out.push(`        <bpmn:flowNodeRef>${gw.id}</bpmn:flowNodeRef>`);
    }
    out.push("      </bpmn:lane>");
  }
  out.push("    </bpmn:laneSet>");
  for (const s of pool.blueprint.steps) {
    const doc = s.description === undefined ? "" : `<bpmn:documentation>${escapeXml(labelText(s.description, lang))}</bpmn:documentation>`;
    out.push(`    <bpmn:task id="${el(s.id)}"${nameAttr(s.name, lang)}>${doc}</bpmn:task>`);
  }
  for (const [from, gw] of pool.gateways) {
    out.push(`    <bpmn:parallelGateway id="${gw.id}" />`);
    out.push(`    <bpmn:sequenceFlow id="${gw.flow}" sourceRef="${el(from)}" targetRef="${gw.id}" />`);
  }
  for (const f of pool.flows)
    out.push(`    <bpmn:sequenceFlow id="${f.id}"${nameAttr(f.handoff.label, lang)} sourceRef="${f.gateway ?? el(f.handoff.from)}" targetRef="${el(f.handoff.to)}" />`);
  for (const n of notes) {
    out.push(`    <bpmn:textAnnotation id="${n.id}"><bpmn:text>${escapeXml(n.text)}</bpmn:text></bpmn:textAnnotation>`);
    n.steps.forEach((s, k) => out.push(`    <bpmn:association id="${n.id}_${k + 1}" sourceRef="${n.id}" targetRef="${s}" />`));
  }
  out.push("  </bpmn:process>");
  return out;
}

function diagramXml(plan: BpmnPlan, layouts: readonly PoolLayout[], notes: readonly Note[]): string[] {
  const out = ['  <bpmndi:BPMNDiagram id="gt_diagram">', '    <bpmndi:BPMNPlane id="gt_plane" bpmnElement="gt_collaboration">'];
  const shape = (id: string, b: Box, extra = ""): string => `      <bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}"${extra}>${bounds(b)}</bpmndi:BPMNShape>`;
  const edge = (id: string, pts: readonly { x: number; y: number }[]): string =>
    `      <bpmndi:BPMNEdge id="${id}_di" bpmnElement="${id}">${pts.map((p) => `<di:waypoint x="${num(p.x)}" y="${num(p.y)}" />`).join("")}</bpmndi:BPMNEdge>`;
  plan.pools.forEach((pool, i) => {
    const layout = layouts[i];
    if (layout === undefined) return;
    const box = (step: string): Box | undefined => layout.shapes.get(step);
    out.push(shape(pool.participant, layout.pool, ' isHorizontal="true"'));
    for (const lane of pool.lanes) {
      const b = layout.lanes.get(lane.id);
      if (b !== undefined) out.push(shape(lane.id, b, ' isHorizontal="true"'));
    }
    for (const s of pool.blueprint.steps) {
      const b = box(s.id);
      if (b !== undefined) out.push(shape(plan.elementOf.get(s.id) ?? s.id, b));
    }
    for (const [from, gw] of pool.gateways) {
      const [a, b] = [box(from), box(gw.id)];
      if (a === undefined || b === undefined) continue;
      out.push(shape(gw.id, b), edge(gw.flow, route(a, b)));
    }
    for (const f of pool.flows) {
      const [a, b] = [box(f.gateway ?? f.handoff.from), box(f.handoff.to)];
      if (a !== undefined && b !== undefined) out.push(edge(f.id, route(a, b)));
    }
    notes.filter((n) => n.pool === i).forEach((n, k) => out.push(...noteXml(n, k, layout, plan, pool, shape, edge)));
  });
  out.push("    </bpmndi:BPMNPlane>", "  </bpmndi:BPMNDiagram>");
  return out;
}

function noteXml(n: Note, k: number, layout: PoolLayout, plan: BpmnPlan, pool: PlannedPool, shape: (id: string, b: Box) => string, edge: (id: string, pts: readonly { x: number; y: number }[]) => string): string[] {
  const { width, height, gap } = SIZE.note;
  const b: Box = { x: layout.notes.x + (k % layout.notes.perRow) * (width + gap), y: layout.notes.y + Math.floor(k / layout.notes.perRow) * (height + gap), width, height };
  const out = [shape(n.id, b)];
  const stepOfElement = new Map(pool.blueprint.steps.map((s) => [plan.elementOf.get(s.id) ?? s.id, s.id] as const));
  n.steps.forEach((s, j) => {
    const target = layout.shapes.get(stepOfElement.get(s) ?? s);
    if (target !== undefined) out.push(edge(`${n.id}_${j + 1}`, [{ x: b.x + width / 2, y: b.y }, { x: target.x + target.width / 2, y: target.y + target.height }]));
  });
  return out;
}

/**
 * Write a study as BPMN 2.0 XML with its diagram, and an attribution's findings as text annotations on their steps.
 *
 * @param study - the study (validated).
 * @param result - an attribution of the study, whose findings become annotations; leave out for the process alone.
 * @param options - the language of names and annotations.
 * @returns the BPMN file's text.
 * @throws {@link core!UsageError} for malformed options, a first argument that is not a study or a second that is not an attribution.
 * @example
 * ```ts
 * writeFileSync("outage.bpmn", renderBpmn(study, result, { lang: "zh" }));
 * writeFileSync("outage.mapping.yaml", stringify(bpmnMapping(study)));
 * ```
 */
export function renderBpmn(study: Study, result?: Attribution, options: RenderBpmnOptions = {}): string {
  const lang = parseOptionsAt("renderBpmn", RenderBpmnOptionsSchema, options, HINTS).lang ?? "en";
  checkStudy("renderBpmn", study);
  if (result !== undefined && !(typeof result === "object" && result !== null && Array.isArray((result as { findings?: unknown }).findings)))
    throw new UsageError("renderBpmn", "the second argument is not an attribution result.", "Pass the result of attribute(study, data), or undefined for the process alone.");
  if (result !== undefined && result.study !== study.id)
    throw new UsageError("renderBpmn", `the result is of study ${JSON.stringify(result.study)}, not ${JSON.stringify(study.id)}.`, "Pass the study the result was attributed on.");
  const plan = planBpmn(study);
  const notes = notesOf(study, plan, result, lang);
  const layouts = layoutBpmn(plan, plan.pools.map((_, i) => notes.filter((n) => n.pool === i).length));
  const participants = plan.pools.map((p) => {
    const theme = study.themeMap.themes.find((t) => t.id === p.blueprint.theme);
    return `    <bpmn:participant id="${p.participant}"${nameAttr(theme?.name ?? p.blueprint.theme, lang)} processRef="${p.process}" />`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<bpmn:definitions ${NS} id="gt_definitions"${nameAttr(study.name, lang)} targetNamespace="https://gaptrace.dev/bpmn" exporter="gaptrace" exporterVersion="1">`,
    '  <bpmn:collaboration id="gt_collaboration">',
    ...participants,
    "  </bpmn:collaboration>",
    ...plan.pools.flatMap((p, i) => processXml(study, p, plan, notes.filter((n) => n.pool === i), lang)),
    ...diagramXml(plan, layouts, notes),
    "</bpmn:definitions>",
    "",
  ].join("\n");
}

function checkStudy(fn: string, study: unknown): void {
  if (!isStudy(study)) throw new UsageError(fn, "the first argument is not a study.", "Pass a validated study (readStudyText, parseStudy or the builder).");
}

const collapse = (s: string): string => s.replace(/\s+/g, " ").trim();
/** A label the BPMN file carries as it is (one language, no runs of white space): the mapping need not repeat it. */
const carried = (label: Label | undefined, lang: Lang): boolean => label === undefined || (typeof label === "string" && collapse(label) === label && labelText(label, lang) === label);

/**
 * The mapping that brings {@link renderBpmn}'s file back as the same study: themes, lanes (layer and post), step
 * ids and the fields BPMN has no place for, every hand-off's rework flag, and the rest of the study as it is.
 *
 * @param study - the study.
 * @param options - the language the BPMN file was written in (labels in another language are kept here).
 * @returns the mapping (write it as YAML or JSON beside the BPMN file).
 * @throws {@link core!UsageError} for malformed options.
 * @example
 * ```ts
 * const back = await importBpmn(renderBpmn(study), { mapping: bpmnMapping(study) });
 * back.report?.study; // the study again
 * ```
 */
export function bpmnMapping(study: Study, options: RenderBpmnOptions = {}): BpmnMapping {
  const lang = parseOptionsAt("bpmnMapping", RenderBpmnOptionsSchema, options, HINTS).lang ?? "en";
  checkStudy("bpmnMapping", study);
  const plan = planBpmn(study);
  const themes = plan.pools.map((p) => {
    const theme = study.themeMap.themes.find((t) => t.id === p.blueprint.theme);
    return {
      process: p.process,
      theme: p.blueprint.theme,
      name: theme?.name ?? p.blueprint.theme,
      items: theme?.items ?? [],
      ...(theme?.description === undefined ? {} : { description: theme.description }),
      ...(theme?.measureCategories === undefined ? {} : { measureCategories: [...theme.measureCategories] }),
    };
  });
  const lanes = plan.pools.flatMap((p) => p.lanes.map((l) => ({ lane: l.id, layer: l.layer, ...(l.post === undefined ? {} : { post: l.post }) })));
  const steps: BpmnStepEntry[] = plan.pools.flatMap((p) =>
    p.blueprint.steps.map((s) => ({
      element: plan.elementOf.get(s.id) ?? s.id,
      step: s.id,
      ...(carried(s.name, lang) ? {} : { name: s.name }),
      ...(s.contributors.length === 0 ? {} : { contributors: s.contributors }),
      ...(carried(s.description, lang) ? {} : s.description === undefined ? {} : { description: s.description }),
      ...(s.reach === undefined ? {} : { reach: s.reach }),
    })),
  );
  const flows: BpmnFlowEntry[] = plan.pools.flatMap((p) => p.flows.map((f) => ({ flow: f.id, rework: f.handoff.rework, ...(carried(f.handoff.label, lang) || f.handoff.label === undefined ? {} : { label: f.handoff.label }) })));
  const { needs, items } = study.themeMap;
  const drawn = new Set(study.blueprints.map((b) => b.theme));
  const undrawn = study.themeMap.themes.filter((t) => !drawn.has(t.id));
  const head = { id: study.id, name: study.name, ...(study.description === undefined ? {} : { description: study.description }), ...(study.industry === undefined ? {} : { industry: study.industry }) };
  const organisation = { departments: [...study.organisation.departments], posts: [...study.organisation.posts], persons: [...study.organisation.persons] };
  const rest = {
    events: [...study.events],
    metrics: [...study.metrics],
    standards: [...study.standards],
    evaluationPoints: [...study.evaluationPoints],
    ...(study.monitoring === undefined ? {} : { monitoring: study.monitoring }),
  };
  return { gaptraceBpmn: BPMN_MAPPING_VERSION, study: head, themes, lanes, steps, flows, organisation, themeMap: { needs: [...needs], items: [...items], themes: [...undrawn] }, ...rest };
}
