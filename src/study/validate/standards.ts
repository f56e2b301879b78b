/**
 * Rules about metrics and standards: units match the measured metric, clocks are complete and meaningful.
 * @module
 */
import type { Problem } from "../../core/problem.js";
import { unitsCompatible } from "../../model/units.js";
import type { UnfinishedOwner } from "../../core/messages/problem-codes.js";
import type { DocPath } from "../../core/problem.js";
import type { Clock, Unfinished } from "../../model/study.js";
import type { RuleContext } from "./context.js";
import { problemFrom } from "../../core/problem-from.js";
import { STUDY_EN } from "../../core/messages/problems-en-study.js";

/**
 * The rule for unfinished cases: `exclude-if-shorter` needs `end` (and may give `seconds`), the other rules read neither, and
 * `end` is not an event of the clock itself (the stop is what such cases never reach).
 */
function unfinishedRule(u: Unfinished | undefined, clock: Clock | undefined, owner: UnfinishedOwner, at: DocPath): Problem[] {
  if (u === undefined) return [];
  const out: Problem[] = [];
  for (const field of ["seconds", "end"] as const) {
    if (u.count === "exclude-if-shorter" && field === "end" && u[field] === undefined) out.push(problemFrom(STUDY_EN, "unfinished/needs-field", "error", [...at, "unfinished"], { owner, field }));
    if (u.count !== "exclude-if-shorter" && u[field] !== undefined) out.push(problemFrom(STUDY_EN, "unfinished/field-unused", "error", [...at, "unfinished", field], { owner, field, count: u.count }));
  }
  if (u.end !== undefined && clock !== undefined && (u.end === clock.start || u.end === clock.stop))
    out.push(problemFrom(STUDY_EN, "unfinished/end-on-clock", "error", [...at, "unfinished", "end"], { owner, end: u.end, which: u.end === clock.start ? "start" : "stop" }));
  return out;
}

/** Metric and standard consistency. */
export function metricsAndStandards({ study, index }: RuleContext): Problem[] {
  const out: Problem[] = [];
  study.metrics.forEach((m, i) => {
    if (m.kind === "duration" && m.clock === undefined)
      out.push(problemFrom(STUDY_EN, "metric/no-clock", "warning", ["metrics", i], { metric: m.id }));
    if (m.kind === "value" && m.clock !== undefined)
      out.push(problemFrom(STUDY_EN, "metric/clock-on-value", "warning", ["metrics", i, "clock"], { metric: m.id }));
    if (m.clock !== undefined && m.clock.start === m.clock.stop)
      out.push(problemFrom(STUDY_EN, "clock/same-event", "error", ["metrics", i, "clock"], { metric: m.id, event: m.clock.start }));
    out.push(...unfinishedRule(m.unfinished, m.clock, { metric: m.id }, ["metrics", i]));
  });
  study.standards.forEach((s, i) => {
    const metric = index.metrics.get(s.metric)?.item;
    if (metric !== undefined && !unitsCompatible(s.unit, metric.unit))
      out.push(problemFrom(STUDY_EN, "standard/unit-mismatch", "error", ["standards", i, "unit"], { standard: s.id, unit: s.unit, metric: metric.id, metricUnit: metric.unit }));
    if (metric !== undefined && metric.kind === "duration" && s.clock === undefined && metric.clock === undefined)
      out.push(problemFrom(STUDY_EN, "standard/no-clock", "error", ["standards", i], { standard: s.id, metric: metric.id }));
    if (metric !== undefined && metric.kind === "value" && s.clock !== undefined)
      out.push(problemFrom(STUDY_EN, "standard/clock-on-value", "warning", ["standards", i, "clock"], { standard: s.id, metric: metric.id }));
    if (s.clock !== undefined && s.clock.start === s.clock.stop)
      out.push(problemFrom(STUDY_EN, "clock/same-event", "error", ["standards", i, "clock"], { standard: s.id }));
    if (metric !== undefined && metric.kind === "duration" && s.threshold <= 0)
      out.push(problemFrom(STUDY_EN, "standard/non-positive-duration", "error", ["standards", i, "threshold"], { standard: s.id, threshold: s.threshold, unit: s.unit }));
    if (metric !== undefined && s.steps.length > 0 && !s.steps.includes(metric.step))
      out.push(problemFrom(STUDY_EN, "standard/metric-elsewhere", "warning", ["standards", i, "steps"], { standard: s.id, steps: s.steps, metric: metric.id, step: metric.step }));
    out.push(...unfinishedRule(s.unfinished, s.clock ?? metric?.clock, { standard: s.id }, ["standards", i]));
  });
  return out;
}
