/**
 * A study at a glance: themes, steps per layer, posts and departments, standards, interaction points of each
 * kind, evaluation points and questions by audience. What `npm run demo` and the CLI's `validate` print, and
 * what the report's summary shows. The real study had 53 process charts, 100 key interaction points,
 * 126 evaluation points, 186 external and 280 internal questions.
 * @module
 */
import { labelText, type Lang } from "../core/label.js";
import { LAYERS, type Layer, type Study } from "../model/study.js";
import type { StudyGraph } from "./build.js";
import { interactionPoints } from "./interaction-points.js";

/** Counts for one theme. */
export interface ThemeSummary {
  readonly theme: string;
  readonly name: string;
  readonly steps: number;
  readonly stepsPerLayer: Readonly<Record<Layer, number>>;
  readonly handoffs: number;
  readonly posts: number;
  readonly standards: number;
  readonly customerExperiencePoints: number;
  readonly internalSupportPoints: number;
  readonly evaluationPoints: number;
  readonly externalQuestions: number;
  readonly internalQuestions: number;
}

/** Counts for a whole study, and per theme. */
export interface StudySummary {
  readonly study: string;
  readonly name: string;
  readonly departments: number;
  readonly posts: number;
  readonly persons: number;
  readonly needs: number;
  readonly serviceItems: number;
  readonly standards: number;
  readonly metrics: number;
  readonly themes: readonly ThemeSummary[];
  readonly totals: Omit<ThemeSummary, "theme" | "name">;
}

function zeroLayers(): Record<Layer, number> {
  return { customer: 0, frontline: 0, backoffice: 0, support: 0 };
}

/**
 * Count what a study holds, per theme and in total.
 *
 * @param study - a validated study.
 * @param graph - its graph ({@link buildStudyGraph}).
 * @param lang - the language of the names.
 * @returns the counts.
 * @example
 * ```ts
 * const s = summarizeStudy(study, buildStudyGraph(study));
 * s.totals.stepsPerLayer.backoffice; // e.g. 21
 * ```
 */
export function summarizeStudy(study: Study, graph: StudyGraph, lang: Lang = "en"): StudySummary {
  const ips = interactionPoints(graph);
  const stepTheme = new Map<string, string>();
  for (const bp of study.blueprints) for (const s of bp.steps) if (!stepTheme.has(s.id)) stepTheme.set(s.id, bp.theme);
  const themeNames = new Map(study.themeMap.themes.map((t) => [t.id, labelText(t.name, lang)] as const));
  const themes: ThemeSummary[] = study.blueprints.map((bp) => {
    const stepsPerLayer = zeroLayers();
    const posts = new Set<string>();
    for (const s of bp.steps) {
      stepsPerLayer[s.layer] += 1;
      if (s.owner !== undefined) posts.add(s.owner);
      for (const c of s.contributors) posts.add(c);
    }
    const inTheme = new Set(bp.steps.map((s) => s.id));
    const points = study.evaluationPoints.filter((p) => inTheme.has(p.step));
    const qs = points.flatMap((p) => p.questions);
    return {
      theme: bp.theme,
      name: themeNames.get(bp.theme) ?? bp.theme,
      steps: bp.steps.length,
      stepsPerLayer,
      handoffs: bp.handoffs.length,
      posts: posts.size,
      standards: study.standards.filter((s) => s.steps.some((x) => inTheme.has(x))).length,
      customerExperiencePoints: ips.filter((ip) => ip.kind === "customer-experience" && ip.theme === bp.theme).length,
      internalSupportPoints: ips.filter((ip) => ip.kind === "internal-support" && ip.theme === bp.theme).length,
      evaluationPoints: points.length,
      externalQuestions: qs.filter((q) => q.audience.kind === "external").length,
      internalQuestions: qs.filter((q) => q.audience.kind === "internal").length,
    };
  });
  const totalLayers = zeroLayers();
  for (const t of themes) for (const l of LAYERS) totalLayers[l] += t.stepsPerLayer[l];
  const sum = (k: keyof Omit<ThemeSummary, "theme" | "name" | "stepsPerLayer" | "posts" | "standards">): number => themes.reduce((a, t) => a + t[k], 0);
  const allPosts = new Set<string>();
  for (const bp of study.blueprints) for (const s of bp.steps) for (const p of [s.owner, ...s.contributors]) if (p !== undefined) allPosts.add(p);
  return {
    study: study.id,
    name: labelText(study.name, lang),
    departments: study.organisation.departments.length,
    posts: study.organisation.posts.length,
    persons: study.organisation.persons.length,
    needs: study.themeMap.needs.length,
    serviceItems: study.themeMap.items.length,
    standards: study.standards.length,
    metrics: study.metrics.length,
    themes,
    totals: {
      steps: sum("steps"),
      stepsPerLayer: totalLayers,
      handoffs: sum("handoffs"),
      posts: allPosts.size,
      standards: study.standards.length,
      customerExperiencePoints: sum("customerExperiencePoints"),
      internalSupportPoints: sum("internalSupportPoints"),
      evaluationPoints: sum("evaluationPoints"),
      externalQuestions: sum("externalQuestions"),
      internalQuestions: sum("internalQuestions"),
    },
  };
}
