/**
 * Synthetic studies of any size, for benchmarks and property tests: themes whose blueprints run from the customer
 * through the front line into a back-office spine fed by support steps and back, with posts shared across
 * themes, events and duration standards on the back-office work, customer points at the front line, internal
 * points rated by the next post downstream, an overall question per theme, and one rework loop per theme. Every
 * generated study is valid (a test checks it over many seeds and sizes).
 * @module
 */
import { UsageError } from "../core/errors.js";
import type { StudyInput } from "../model/study.js";
import { draws } from "./random.js";

/** Options of {@link generateStudy}. */
export interface GenerateOptions {
  /** Total number of steps (at least 8 per theme). */
  readonly steps: number;
  /** Steps per theme (default 50). */
  readonly stepsPerTheme?: number;
  /** Seed (default 1). */
  readonly seed?: number;
  /**
   * The satisfaction target (0–100 index) every generated evaluation point declares, as a real study declares its
   * own (default 75, the level the simulator puts an untouched point about 9–13 points above). The attribution
   * has no default target: without one, a point can only be compared with customers' expectations.
   */
  readonly target?: number;
}

/**
 * Generate a valid study of a given size.
 *
 * @param options - steps, steps per theme, seed.
 * @returns a study document (validate it with {@link study!parseStudy} to get a `Study`).
 * @example
 * ```ts
 * const study = parseStudy(generateStudy({ steps: 1000 }));
 * study.blueprints.length; // 20
 * ```
 */
export function generateStudy(options: GenerateOptions): StudyInput {
  const perTheme = options.stepsPerTheme ?? 50;
  if (!Number.isInteger(options.steps) || options.steps < 8) throw new UsageError("generateStudy", `steps must be a whole number ≥ 8, got ${String(options.steps)}.`, "Pass e.g. { steps: 1000 }.");
  if (!Number.isInteger(perTheme) || perTheme < 8) throw new UsageError("generateStudy", `stepsPerTheme must be a whole number ≥ 8, got ${String(perTheme)}.`, "Pass e.g. { stepsPerTheme: 50 }.");
  const d = draws(options.seed ?? 1);
  const target = options.target ?? 75;
  if (!Number.isFinite(target) || target < 0 || target > 100) throw new UsageError("generateStudy", `target must be an index from 0 to 100, got ${String(options.target)}.`, "Pass e.g. { target: 80 }, or leave it out for 75.");
  const themes = Math.max(1, Math.floor(options.steps / perTheme));
  const nDept = Math.max(4, Math.round(options.steps / 100));
  const departments = Array.from({ length: nDept }, (_, i) => ({ id: `d${i}`, name: { en: `Department ${i}`, zh: `部门${i}` } }));
  const postsPerLayer = Math.max(3, Math.round(options.steps / 30));
  const layerPosts = (layer: string): string[] => Array.from({ length: postsPerLayer }, (_, i) => `${layer}_p${i}`);
  const posts = ["frontline", "backoffice", "support"].flatMap((layer, li) =>
    layerPosts(layer).map((id, i) => ({ id, name: { en: `${layer} post ${i}`, zh: `${["一线", "后台", "支撑"][li]}岗位${i}` }, department: `d${(i + li) % nDept}`, headcount: 5 + (i % 40) })),
  );
  posts.push({ id: "standards_officer", name: { en: "Standards officer", zh: "标准专责" }, department: "d0", headcount: 2 });
  const study: StudyInput = {
    gaptrace: 1,
    id: `generated-${options.steps}`,
    name: { en: `Generated study (${options.steps} steps)`, zh: `生成的研究（${options.steps}个环节）` },
    organisation: { departments, posts, persons: [] },
    themeMap: {
      needs: [{ id: "need", name: { en: "Reliable service", zh: "可靠服务" } }],
      items: Array.from({ length: themes }, (_, t) => ({ id: `item${t}`, name: `Item ${t}`, needs: ["need"] })),
      themes: Array.from({ length: themes }, (_, t) => ({ id: `t${t}`, name: { en: `Theme ${t}`, zh: `主题${t}` }, items: [`item${t}`] })),
    },
    blueprints: [],
    events: [],
    metrics: [],
    standards: [],
    evaluationPoints: [],
  };
  const pick = (xs: readonly string[]): string => xs[d.int(xs.length)] as string;
  for (let t = 0; t < themes; t++) {
    const k = t === themes - 1 ? options.steps - perTheme * (themes - 1) : perTheme;
    const spineLen = Math.max(6, Math.ceil(k * 0.75));
    const support = k - spineLen;
    const id = (i: number): string => `t${t}s${i}`;
    const steps: { id: string; name: { en: string; zh: string }; layer: "customer" | "frontline" | "backoffice" | "support"; owner?: string }[] = [];
    const handoffs: { from: string; to: string; kind?: "serial" | "parallel"; rework?: boolean }[] = [];
    for (let i = 0; i < spineLen; i++) {
      const layer = i === 0 || i === spineLen - 1 ? "customer" : i === 1 || i === spineLen - 2 ? "frontline" : "backoffice";
      steps.push({ id: id(i), name: { en: `Step ${t}.${i}`, zh: `环节${t}.${i}` }, layer, ...(layer === "customer" ? {} : { owner: pick(layerPosts(layer)) }) });
      if (i > 0) handoffs.push({ from: id(i - 1), to: id(i) });
    }
    for (let j = 0; j < support; j++) {
      const sid = id(spineLen + j);
      steps.push({ id: sid, name: { en: `Support ${t}.${j}`, zh: `支撑${t}.${j}` }, layer: "support", owner: pick(layerPosts("support")) });
      handoffs.push({ from: sid, to: id(2 + d.int(spineLen - 4)), kind: "parallel" });
    }
    if (spineLen > 6) handoffs.push({ from: id(spineLen - 3), to: id(2), rework: true });
    study.blueprints.push({ theme: `t${t}`, steps, handoffs });
    // Events at the back-office spine, a duration standard on every fourth back-office step.
    const start = `t${t}e_start`;
    study.events?.push({ id: start, name: "Request received", step: id(1) });
    let prev = start;
    for (let i = 2; i < spineLen - 2; i++) {
      const ev = `t${t}e${i}`;
      study.events?.push({ id: ev, name: `Step ${t}.${i} done`, step: id(i) });
      if (i % 4 === 0) {
        const m = `t${t}m${i}`;
        study.metrics?.push({ id: m, name: `Minutes to finish step ${t}.${i}`, step: id(i), unit: "min", clock: { start: prev, stop: ev } });
        study.standards?.push({ id: `t${t}std${i}`, text: `Step ${t}.${i} within 60 minutes`, metric: m, unit: "min", threshold: 60, better: "lower", compliance: 0.95, owner: { post: "standards_officer" }, steps: [id(i)] });
        prev = ev;
      }
    }
    // Customer points at the two front-line steps; internal points on every third back-office step.
    const ext = (pid: string, step: string, overall: boolean) =>
      study.evaluationPoints?.push({
        id: pid,
        step,
        name: `Point ${pid}`,
        target,
        questions: [
          { id: `${pid}_p`, audience: { kind: "external" }, measures: "perception", scale: { type: "likert", points: 5 }, text: { en: "How satisfied are you?", zh: "您满意吗？" } },
          ...(overall ? [{ id: `${pid}_overall`, audience: { kind: "external" as const }, measures: "perception" as const, overall: true, scale: { type: "likert" as const, points: 5 as const }, text: { en: "Overall, how satisfied are you?", zh: "总体满意吗？" } }] : []),
        ],
      });
    ext(`t${t}ep_in`, id(1), false);
    ext(`t${t}ep_out`, id(spineLen - 2), true);
    for (let i = 3; i < spineLen - 3; i += 3) {
      const owner = steps[i]?.owner;
      const rater = steps[i + 1]?.owner;
      if (owner === undefined || rater === undefined || rater === owner) continue;
      study.evaluationPoints?.push({
        id: `t${t}ip${i}`,
        step: id(i),
        name: `Support of step ${t}.${i}`,
        target,
        questions: [{ id: `t${t}ip${i}_q`, audience: { kind: "internal", rater }, measures: "perception", scale: { type: "likert", points: 5 }, text: { en: "The support I get is timely", zh: "支撑及时" } }],
      });
    }
  }
  return study;
}
