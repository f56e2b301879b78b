/**
 * What the trace of an attribution decides, for comparing routes (respondents, summaries, SQL): every link of every
 * gap (grade, effect, share, reason), the causes and the unexplained share, what each process finding explains,
 * the linkage and the coverage.
 */
import type { Attribution } from "../../src/attribution/attribute.js";

/**
 * The trace's decisions of an attribution.
 *
 * @param r - the attribution.
 * @returns the links, causes, explained gaps, linkage and coverage.
 */
export function traced(r: Attribution) {
  return {
    findings: r.findings.map((f) => ({ id: f.id, post: f.post, ...(f.tag === "customer-dissatisfaction" ? { links: f.links, causes: f.causes, unexplained: f.unexplainedShare } : { explains: f.explains }) })),
    linkage: r.linkage,
    coverage: r.coverage,
  };
}
