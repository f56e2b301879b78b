/**
 * The target cascade in a report document: per theme the predictions in words and the points' moves, the
 * indicators with their owners and acceptance, the targets' problems, and each post's targets for its
 * responsibility list ("your target: raise X from 71.2 to 75.0; accepted by 王芳 on 2014-07-07"). Words come from
 * the report language's table; the writers render the document alone.
 * @module
 */
import type { TargetCascade, ThemeCascade } from "../attribution/targets.js";
import { labelText, type Lang } from "../core/label.js";
import { problemText } from "../core/problem.js";
import type { Study } from "../model/study.js";
import type { IndicatorOwner } from "../model/targets.js";
import { acceptedByOwner, ownerId } from "../study/validate/targets.js";
import type { StudyLabels } from "./labels.js";
import { formatCi, formatCount, formatIndex } from "./numbers.js";
import type { ReportTargets } from "./schema.js";
import { wordsFor } from "./words/index.js";

const fmt = (x: number): string => formatIndex(x);

function themeLines(t: ThemeCascade, lang: Lang, l: StudyLabels, level: number): string[] {
  const w = wordsFor(lang).targets;
  const theme = l.name("theme", t.theme);
  if (t.fit !== "ok" || t.current === undefined) return [w.noFit[t.fit === "ok" ? "too-few" : t.fit](theme)];
  const ci = (c: readonly [number, number]): string => formatCi(c, level, lang);
  const lines = [
    w.current({ theme, value: fmt(t.current.value), ci: ci(t.current.ci), n: formatCount(t.current.n), target: fmt(t.top.target), wave: t.top.wave, baseline: t.top.baseline === undefined ? null : fmt(t.top.baseline) }),
  ];
  if (t.declared !== undefined) lines.push(w.declared({ value: fmt(t.declared.prediction.value), ci: ci(t.declared.prediction.ci), verdict: t.declared.verdict, target: fmt(t.top.target) }));
  if (t.consistency !== undefined) {
    const verdict = t.consistency.verdict === "consistent" ? "reaches" : t.consistency.verdict === "inconsistent" ? "falls-short" : "cannot-tell";
    lines.push(w.consistency({ value: fmt(t.consistency.prediction.value), ci: ci(t.consistency.prediction.ci), verdict, target: fmt(t.top.target) }));
  }
  if (t.proposal !== undefined)
    lines.push(w.proposal({ value: fmt(t.proposal.prediction.value), ci: ci(t.proposal.prediction.ci), verdict: t.proposal.verdict, shortfall: t.proposal.reachable ? null : fmt(t.proposal.shortfall) }));
  return lines;
}

function ownerRef(l: StudyLabels, o: IndicatorOwner): { id: string; name: string } {
  return "post" in o ? { id: o.post, name: l.name("post", o.post) } : { id: o.department, name: l.name("department", o.department) };
}

/** Who accepted an acceptance, by name: a person's or a post's. */
function byName(study: Study, l: StudyLabels, by: string): string {
  return study.organisation.persons.some((p) => p.id === by) ? l.name("person", by) : l.name("post", by);
}

/**
 * The target cascade as the report document carries it.
 *
 * @param study - the study.
 * @param c - the cascade (cascadeTargets).
 * @param lang - the report language.
 * @param l - the study's labels in that language.
 * @returns the document's `targets` section.
 * @example
 * ```ts
 * targetsDoc(study, cascadeTargets(study, data), "zh", labelsOf(study, "zh")).themes[0]?.lines[0];
 * ```
 */
export function targetsDoc(study: Study, c: TargetCascade, lang: Lang, l: StudyLabels): ReportTargets {
  const w = wordsFor(lang).targets;
  const indicators = study.targets?.indicators ?? [];
  return {
    wave: c.wave,
    targetWave: c.targetWave,
    themes: c.themes.map((t) => ({
      theme: { id: t.theme, name: l.name("theme", t.theme) },
      target: t.top.target,
      lines: themeLines(t, lang, l, c.level),
      points: t.points.map((p) => ({
        point: { id: p.point, name: l.name("point", p.point) },
        status: p.status,
        effect: p.effect?.value ?? null,
        effectCi: p.effect === undefined ? null : ([p.effect.ci[0], p.effect.ci[1]] as [number, number]),
        current: p.current ?? null,
        target: p.target ?? null,
        move: p.move,
      })),
    })),
    indicators: c.indicators.map((s) => {
      const ind = indicators.find((x) => x.id === s.indicator);
      const first = ind?.accepted.find((a) => acceptedByOwner(study, ind.owners, a.by));
      return {
        indicator: { id: s.indicator, name: ind === undefined ? s.indicator : labelText(ind.name, lang) },
        current: s.current?.value ?? null,
        target: s.target,
        move: s.move ?? null,
        owners: (ind?.owners ?? []).map((o) => ownerRef(l, o)),
        acceptance: first === undefined ? w.notAccepted : w.accepted(byName(study, l, first.by), first.on),
      };
    }),
    problems: c.problems.map((p) => {
      const text = problemText(p, lang);
      return { code: p.code, severity: p.severity, message: text.message, hint: text.hint };
    }),
  };
}

/**
 * Each post's targets from a cascade, one sentence each, for its responsibility list: its part of each point's
 * move, and whether an indicator it owns covering that point was accepted (by whom, when), not accepted, or not
 * declared (a proposal from the measured effects).
 *
 * @param study - the study.
 * @param c - the cascade.
 * @param lang - the report language.
 * @param l - the study's labels.
 * @returns per post id, its sentences.
 * @example
 * ```ts
 * postTargets(study, cascade, "en", labelsOf(study, "en")).get("hall_clerk"); // ["Your target: raise …"]
 * ```
 */
export function postTargets(study: Study, c: TargetCascade, lang: Lang, l: StudyLabels): Map<string, string[]> {
  const deptOf = new Map(study.organisation.posts.map((p) => [p.id, p.department] as const));
  const out = new Map<string, string[]>();
  for (const post of c.posts) if (post.post !== undefined) out.set(post.post, post.items.map((item) => targetLine(study, c, lang, l, item, [post.post as string, deptOf.get(post.post as string)])));
  return out;
}

/**
 * Each department's targets from a cascade: the parts of point moves that land on a whole department (a measured
 * cause that is a standard the department owns), one sentence each, for its responsibility list.
 *
 * @param study - the study.
 * @param c - the cascade.
 * @param lang - the report language.
 * @param l - the study's labels.
 * @returns per department id, its sentences.
 * @example
 * ```ts
 * departmentTargets(study, cascade, "en", labelsOf(study, "en")).get("marketing_dept");
 * ```
 */
export function departmentTargets(study: Study, c: TargetCascade, lang: Lang, l: StudyLabels): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const d of c.posts) if (d.post === undefined && d.department !== undefined) out.set(d.department, d.items.map((item) => targetLine(study, c, lang, l, item, [d.department as string])));
  return out;
}

/** One target sentence: the point, from and to, the unit's part, and the acceptance by the unit (its ids: post and/or department). */
function targetLine(study: Study, c: TargetCascade, lang: Lang, l: StudyLabels, item: TargetCascade["posts"][number]["items"][number], unit: readonly (string | undefined)[]): string {
  const w = wordsFor(lang).targets;
  const owned = (study.targets?.indicators ?? []).filter((ind) => c.indicators.some((s) => s.indicator === ind.id && s.points.includes(item.point)) && ind.owners.some((o) => unit.includes(ownerId(o))));
  const accepted = owned.flatMap((ind) => ind.accepted.filter((a) => acceptedByOwner(study, ind.owners, a.by)))[0];
  const acceptance = accepted !== undefined ? { kind: "accepted" as const, by: byName(study, l, accepted.by), on: accepted.on } : owned.length > 0 ? { kind: "not-accepted" as const } : { kind: "not-declared" as const };
  // The front line's part is said only when it is not the whole move; a cause's part always (it is a measured share).
  const whole = item.via === "front-line" && Math.abs(item.move - (item.to - item.from)) < 1e-9;
  return w.listLine({ point: l.name("point", item.point), from: fmt(item.from), to: fmt(item.to), part: whole ? "" : formatIndex(item.move), via: item.via, acceptance });
}
