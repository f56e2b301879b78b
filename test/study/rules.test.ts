/**
 * Every validation rule, fed its bad input through the YAML loader: the problem appears once, with its code,
 * severity and a location on the line that holds the mistake.
 */
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { loadStudyText } from "../../src/study/load.js";
import { formatProblems } from "../../src/core/problem.js";
import { mini } from "../model/helpers.js";

type Doc = ReturnType<typeof mini>;
interface Case {
  code: string;
  severity: "error" | "warning" | "info";
  mutate: (d: Doc) => void;
  /** A string on the line the location must point at. */
  at: string;
}

const cases: Case[] = [
  { code: "owner/also-contributor", severity: "warning", mutate: (d) => (d.blueprints[0].steps[2].contributors = ["clerk"]), at: "contributors" },
  { code: "dup/contributor", severity: "warning", mutate: (d) => (d.blueprints[0].steps[2].contributors = ["agent", "agent"]), at: "- agent" },
  { code: "theme/no-blueprint", severity: "warning", mutate: (d) => d.themeMap.themes.push({ id: "lonely", name: "Lonely", items: ["recon"] }), at: "id: lonely" },
  { code: "dup/blueprint", severity: "error", mutate: (d) => d.blueprints.push({ theme: "payment", steps: [], handoffs: [] }), at: "theme: payment" },
  { code: "ref/step-in-other-blueprint", severity: "error", mutate: (d) => {
      d.themeMap.themes.push({ id: "other", name: "Other", items: ["recon"] });
      d.blueprints.push({ theme: "other", steps: [{ id: "x1", name: "X", layer: "frontline", owner: "agent" }], handoffs: [{ from: "x1", to: "settle" }] });
    }, at: "to: settle" },
  { code: "metric/no-clock", severity: "warning", mutate: (d) => d.metrics.push({ id: "m2", name: "M2", step: "settle", unit: "min" }), at: "id: m2" },
  { code: "metric/clock-on-value", severity: "warning", mutate: (d) => d.metrics.push({ id: "m3", name: "M3", step: "settle", unit: "count", kind: "value", clock: { start: "paid", stop: "settled" } }), at: "clock" },
  { code: "clock/same-event", severity: "error", mutate: (d) => (d.standards[0].clock = { start: "settled", stop: "settled" }), at: "clock" },
  { code: "standard/non-positive-duration", severity: "error", mutate: (d) => (d.standards[0].threshold = 0), at: "threshold: 0" },
  { code: "standard/metric-elsewhere", severity: "warning", mutate: (d) => (d.standards[0].steps = ["settle"]), at: "steps" },
  { code: "standard/clock-on-value", severity: "warning", mutate: (d) => {
      d.metrics.push({ id: "calls", name: "Calls", step: "confirm", unit: "count", kind: "value" });
      d.standards.push({ id: "s2", text: "Few calls", metric: "calls", unit: "count", threshold: 2, better: "lower", owner: { post: "agent" }, steps: ["confirm"], clock: { start: "paid", stop: "settled" } });
    }, at: "clock" },
  { code: "question/empty-range", severity: "error", mutate: (d) => (d.evaluationPoints[0].questions[1].scale = { type: "numeric", unit: "h", min: 10, max: 5 }), at: "scale" },
  { code: "question/reverse-unbounded", severity: "error", mutate: (d) => (d.evaluationPoints[0].questions[1].reverse = true), at: "reverse: true" },
  { code: "question/metric-needs-numeric", severity: "warning", mutate: (d) => (d.evaluationPoints[0].questions[0].metric = "reconnection_time"), at: "metric: reconnection_time" },
  { code: "question/pairs-audience", severity: "error", mutate: (d) => {
      d.evaluationPoints[1].questions.push({ id: "q_settle_exp", audience: { kind: "external" }, measures: "expectation", scale: { type: "likert", points: 5 }, text: "E", pairs: "q_settle_crew" });
    }, at: "pairs: q_settle_crew" },
  { code: "question/internal-on-customer-step", severity: "error", mutate: (d) => {
      d.evaluationPoints.push({ id: "ep_pay", step: "pays", name: "Pay", questions: [{ id: "q_pay_int", audience: { kind: "internal", rater: "clerk" }, measures: "perception", scale: { type: "likert", points: 5 }, text: "Q" }] });
    }, at: "audience" },
  { code: "handoff/self-loop", severity: "warning", mutate: (d) => d.blueprints[0].handoffs.push({ from: "sync", to: "sync" }), at: "from: sync" },
  { code: "ref/unknown-evaluation-point", severity: "error", mutate: (d) => (d.blueprints[0].steps[2].reach = ["ep_settle", "ep_nowhere"]), at: "- ep_nowhere" },
  { code: "dup/reach-point", severity: "warning", mutate: (d) => (d.standards[0].reach = ["ep_recon", "ep_recon"]), at: "- ep_recon" },
  { code: "reach/not-downstream", severity: "error", mutate: (d) => (d.blueprints[0].steps[4].reach = ["ep_recon", "ep_settle"]), at: "- ep_settle" },
];

describe("each validation rule, located in the file", () => {
  for (const c of cases)
    it(c.code, () => {
      const d = mini();
      c.mutate(d);
      const text = stringify(d);
      const r = loadStudyText(text, { file: "case.yaml" });
      const found = r.problems.filter((p) => p.code === c.code);
      expect(found, formatProblems(r.problems)).toHaveLength(1);
      const p = found[0]!;
      expect(p.severity).toBe(c.severity);
      expect(p.location?.file).toBe("case.yaml");
      const line = text.split("\n")[(p.location?.line ?? 0) - 1] ?? "";
      expect(line, `line ${p.location?.line} of\n${text}`).toContain(c.at);
      expect(p.message.length).toBeGreaterThan(20);
      expect(p.hint.length).toBeGreaterThan(10);
    });
});
