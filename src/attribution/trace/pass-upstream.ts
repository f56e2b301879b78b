/**
 * Shares passed upstream through chained standards. A customer gap's share measured against a downstream
 * standard's misses (the crew late on site) belongs in part to an upstream post when the upstream standard's misses
 * account for part of the downstream ones (late dispatch making the crew late). The part is measured on the cases:
 * of the downstream misses, the fraction in excess where the upstream standard was missed too (Levin's
 * attributable fraction, with its interval). Only a fraction whose interval lies above 0 passes anything; the
 * downstream post keeps the rest. Both steps of the chain are measured, so the passed share is a measured share
 * with an interval, never a guess from the blueprint's shape.
 *
 * Passing assumes a downstream miss harms the customer whatever made it late. The linked customers can contradict
 * that: in the same regression, the upstream standard's own misses are measured beside the downstream ones, and
 * if customers whose upstream standard was missed rate significantly *higher* given the downstream miss, the misses
 * it causes do not carry the harm, and nothing passes. Without that measured direct link nothing passes either.
 * @module
 */
import { attributableFraction, type TwoByTwo } from "../../stats/attributable-fraction.js";
import type { StepAdjacency } from "../../graph/adjacency.js";
import type { CauseLink, Evidence, NonCompliantExecution, PassedThrough } from "../shared/findings.js";
import { evidenceChainIn } from "./chain.js";
import { shareSe } from "./share-interval.js";

/** An upstream non-compliant standard whose clock runs within or before a downstream one, with the cases' cross-tabulation. */
export interface ChainedMiss {
  /** The upstream finding. */
  readonly to: NonCompliantExecution;
  /** The upstream standard. */
  readonly upstream: string;
  /** Cases measured on both clocks: upstream missed or not (exposure) by downstream missed or not (outcome). */
  readonly table: TwoByTwo;
}

/** What passing shares upstream reads. */
export interface PassInputs {
  /** The study's steps and hand-offs (its step network, or a graph's adapter). */
  readonly graph: StepAdjacency<unknown>;
  readonly measuredAt: ReadonlyMap<string, readonly Evidence[]>;
  /** The confidence level of the run. */
  readonly level: number;
  /** The upstream standards chained to a downstream standard of a finding. */
  readonly chained: (standard: string, finding: string) => readonly ChainedMiss[];
}

/**
 * Pass part of each measured share upstream where a chained standard's misses account for part of the measured
 * standard's misses. The downstream link keeps share × (1 − Σ fractions) and lists what it passed; each upstream
 * finding gets a link with share × fraction, `through` naming the chain. Intervals combine the share's and the
 * fraction's errors (independent: survey and cases) by the delta method, bounded to [0, 1]. Where several upstream
 * standards are chained to one measured standard, only the largest fraction passes (their fractions overlap and
 * cannot be separated from pairwise counts).
 *
 * @param links - a gap's links after their shares were set.
 * @param gap - the gap (index points), its standard error and the customer's step.
 * @param inputs - the graph, measurements, level and the chained misses.
 * @returns the links with the passed shares added and the kept shares reduced.
 * @example
 * ```ts
 * passUpstream(links, { gap: 9.1, gapSe: 1.2, step: "fl_onsite" }, { graph, measuredAt, level: 0.95, chained });
 * ```
 */
export function passUpstream(links: readonly CauseLink[], gap: { readonly gap: number; readonly gapSe: number; readonly step: string }, inputs: PassInputs): CauseLink[] {
  const out: CauseLink[] = [];
  for (const link of links) {
    // Nothing to pass from a share of nothing (a gap of 0, a share of 0): its interval would be undefined.
    const passed =
      link.share === undefined || !(link.share > 0) || !(gap.gap > 0) || link.effect === undefined || link.grade !== "measured" || link.finding === undefined || link.exposure.kind !== "missed-standard"
        ? []
        : passedFrom(link, link.exposure.standard, links, inputs);
    if (passed.length === 0 || link.share === undefined || link.effect === undefined) {
      out.push(link);
      continue;
    }
    const total = passed.reduce((a, p) => a + p.fraction, 0);
    const scale = total > 1 ? 1 / total : 1;
    const fractionVar = passed.reduce((a, p) => a + (p.se * scale) ** 2, 0);
    const { se: shareSeRaw, t } = shareSe(link.effect, gap);
    // The link's own share may have been capped with the others: its error scales with it.
    const ratio = link.effect.attributable.value / gap.gap > 0 ? link.share / (link.effect.attributable.value / gap.gap) : 1;
    const se = shareSeRaw * ratio;
    const interval = (v: number, s: number): readonly [number, number] => [Math.max(0, v - t * s), Math.min(1, v + t * s)];
    const keptFraction = 1 - total * scale;
    const kept = link.share * keptFraction;
    const keptSe = Math.sqrt(keptFraction * keptFraction * se * se + link.share * link.share * fractionVar);
    const through = passed.map((p): PassedThrough => ({ ...p.through, fraction: p.fraction * scale, ci: [p.through.ci[0] * scale, p.through.ci[1] * scale] }));
    out.push({ ...link, share: kept, shareCi: interval(kept, keptSe), passedUpstream: through });
    passed.forEach((p, k) => {
      const f = p.fraction * scale;
      const share = link.share === undefined ? 0 : link.share * f;
      const s = Math.sqrt(f * f * se * se + (link.share ?? 0) ** 2 * (p.se * scale) ** 2);
      const to = p.chained.to;
      out.push({
        ...link,
        finding: to.id, step: to.step, post: to.post, department: to.department,
        share, shareCi: interval(share, s), test: [], chain: evidenceChainIn(inputs.graph, to.step, gap.step, inputs.measuredAt),
        through: through[k] as PassedThrough,
      });
    });
  }
  return out;
}

/** The chained misses of one measured link that pass a part: positive fractions whose interval lies above 0, one per upstream finding (the largest). */
function passedFrom(link: CauseLink, standard: string, links: readonly CauseLink[], inputs: PassInputs): { chained: ChainedMiss; fraction: number; se: number; through: PassedThrough }[] {
  const best = new Map<string, { chained: ChainedMiss; fraction: number; se: number; through: PassedThrough }>();
  for (const c of inputs.chained(standard, link.finding ?? "")) {
    if (c.to.id === link.finding) continue;
    // The upstream standard's own misses, measured on the same customers beside the downstream ones: significantly
    // better ratings there would say its misses do not carry the downstream harm.
    const direct = links.find((l) => l.finding === c.to.id && l.grade === "measured" && l.exposure.kind === "missed-standard" && l.exposure.standard === c.upstream);
    if (direct?.effect === undefined || direct.effect.effect.ci[0] > 0) continue;
    const af = attributableFraction(c.table, inputs.level);
    if (!(af.value > 0 && af.ci[0] > 0)) continue;
    const through: PassedThrough = { from: link.finding ?? "", to: c.to.id, post: c.to.post, standard, upstream: c.upstream, fraction: af.value, ci: af.ci, p: af.pValue, cases: af.n };
    const was = best.get(c.to.id);
    if (was === undefined || af.value > was.fraction) best.set(c.to.id, { chained: c, fraction: af.value, se: af.se, through });
  }
  // Fractions of several upstream standards, each measured against the same downstream misses, overlap (a late
  // call-taking and a late dispatch can make the same late arrival): pairwise counts cannot separate them, and their
  // sum would count a miss twice. Only the largest passes.
  const all = [...best.values()].sort((a, b) => b.fraction - a.fraction || (a.chained.to.id < b.chained.to.id ? -1 : 1));
  return all.slice(0, 1);
}

