/**
 * Rules about metrics and standards: units match the measured metric, clocks are complete and meaningful.
 * @module
 */
import { problem, type Problem } from "../../core/problem.js";
import { unitsCompatible } from "../../model/units.js";
import type { RuleContext } from "./context.js";

/** Metric and standard consistency. */
export function metricsAndStandards({ study, index }: RuleContext): Problem[] {
  const out: Problem[] = [];
  study.metrics.forEach((m, i) => {
    if (m.kind === "duration" && m.clock === undefined)
      out.push(problem("metric/no-clock", "warning", ["metrics", i], `Duration metric ${JSON.stringify(m.id)} has no clock; durations are computed between a start and a stop event.`, "Add clock: { start: <event id>, stop: <event id> } (standards may still give their own clock)."));
    if (m.kind === "value" && m.clock !== undefined)
      out.push(problem("metric/clock-on-value", "warning", ["metrics", i, "clock"], `Metric ${JSON.stringify(m.id)} is recorded directly (kind: value) but has a clock.`, "Use kind: duration, or remove the clock."));
    if (m.clock !== undefined && m.clock.start === m.clock.stop)
      out.push(problem("clock/same-event", "error", ["metrics", i, "clock"], `Metric ${JSON.stringify(m.id)}'s clock starts and stops at the same event ${JSON.stringify(m.clock.start)}.`, "Choose different start and stop events."));
  });
  study.standards.forEach((s, i) => {
    const metric = index.metrics.get(s.metric)?.item;
    if (metric !== undefined && !unitsCompatible(s.unit, metric.unit))
      out.push(problem("standard/unit-mismatch", "error", ["standards", i, "unit"], `Standard ${JSON.stringify(s.id)} is in ${s.unit} but its metric ${JSON.stringify(metric.id)} is measured in ${metric.unit}.`, `Express the threshold in ${metric.unit} (calendar time units s/min/h/d convert; workday, %, count, score and yuan do not).`));
    if (metric !== undefined && metric.kind === "duration" && s.clock === undefined && metric.clock === undefined)
      out.push(problem("standard/no-clock", "error", ["standards", i], `Standard ${JSON.stringify(s.id)} limits a duration but neither it nor metric ${JSON.stringify(metric.id)} says when the clock starts and stops.`, "Add clock: { start, stop } to the standard or to the metric."));
    if (metric !== undefined && metric.kind === "value" && s.clock !== undefined)
      out.push(problem("standard/clock-on-value", "warning", ["standards", i, "clock"], `Standard ${JSON.stringify(s.id)} has a clock but its metric ${JSON.stringify(metric.id)} is recorded directly.`, "Remove the clock, or make the metric a duration."));
    if (s.clock !== undefined && s.clock.start === s.clock.stop)
      out.push(problem("clock/same-event", "error", ["standards", i, "clock"], `Standard ${JSON.stringify(s.id)}'s clock starts and stops at the same event.`, "Choose different start and stop events."));
    if (metric !== undefined && metric.kind === "duration" && s.threshold <= 0)
      out.push(problem("standard/non-positive-duration", "error", ["standards", i, "threshold"], `Standard ${JSON.stringify(s.id)} limits a duration to ${s.threshold} ${s.unit}.`, "A duration threshold is positive."));
    if (metric !== undefined && s.steps.length > 0 && !s.steps.includes(metric.step))
      out.push(problem("standard/metric-elsewhere", "warning", ["standards", i, "steps"], `Standard ${JSON.stringify(s.id)} governs ${s.steps.join(", ")} but its metric ${JSON.stringify(metric.id)} measures step ${JSON.stringify(metric.step)}.`, "Attach the standard to the step its metric measures, or measure the metric at a governed step."));
  });
  return out;
}
