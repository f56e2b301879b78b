/**
 * Fixtures for the report writers: the bundled power-utility study with simulated data and three planted causes
 * (late dispatch, the reconnection clock, the 45-minute arrival limit), attributed once per test file; the same
 * study with hostile labels (markup, formula, Markdown characters) for the escaping tests; and a two-wave run for
 * the wave comparison. The utility run is given its priorities (`withPriorities`), as a report of it shows them.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { attribute, type Attribution } from "../../src/attribution/attribute.js";
import { compareWaves, type WaveComparison } from "../../src/attribution/waves.js";
import { withPriorities } from "../../src/attribution/with-priorities.js";
import { collectResponses } from "../../src/data/dataset.js";
import { readStudyText } from "../../src/study/load.js";
import type { Study } from "../../src/model/study.js";
import { responseRows, simulateStudy } from "../../src/simulate/index.js";

const STUDY_FILE = fileURLToPath(new URL("../../examples/studies/power-utility.study.yaml", import.meta.url));

/** The bundled study. */
export function utilityStudy(): Study {
  return readStudyText(readFileSync(STUDY_FILE, "utf8"), { file: STUDY_FILE });
}

const PLANT = [
  { tag: "non-compliant-execution", step: "or_bo_dispatch" },
  { tag: "unreasonable-standard", standard: "std_reconnect_24h", via: "clock" },
  { tag: "unreasonable-standard", standard: "std_arrival_urban_45min" },
] as const;

let cached: { study: Study; result: Attribution } | undefined;

let bare: Attribution | undefined;

/** The study and its attribution with priorities (seed 3, three planted causes). */
export function utilityRun(): { study: Study; result: Attribution } {
  if (cached === undefined) {
    const study = utilityStudy();
    const simulated = simulateStudy(study, { seed: 3, plant: PLANT });
    const data = { responses: collectResponses(study, responseRows(simulated)), cases: simulated.cases };
    bare = attribute(study, data);
    cached = { study, result: withPriorities(study, bare, data) };
  }
  return cached;
}

/** The same run as `attribute` leaves it: without priorities (not computed). */
export function utilityRunWithoutPriorities(): { study: Study; result: Attribution } {
  const { study } = utilityRun();
  if (bare === undefined) throw new Error("utilityRun sets the bare result");
  return { study, result: bare };
}

/** Labels an attacker (or a careless spreadsheet) might put in a study. */
export const HOSTILE = {
  step: `<script>window.__gaptraceXss=1;document.title="pwned"</script>`,
  post: `<img src=x onerror="window.__gaptraceXss=2">`,
  point: "a|b *c* _d_ [e](f) `g` <h>",
  standard: `=HYPERLINK("http://example.invalid","x")`,
  department: "+SUM(1,2) & 'quotes' \"double\"",
} as const;

/** The same run with hostile labels on the dispatch step, its post, the arrival point, a standard and a department. */
export function hostileRun(): { study: Study; result: Attribution } {
  const { study, result } = utilityRun();
  const s = structuredClone(study) as { -readonly [K in keyof Study]: Study[K] };
  for (const bp of s.blueprints) for (const st of bp.steps) if (st.id === "or_bo_dispatch") (st as { name: unknown }).name = HOSTILE.step;
  for (const p of s.organisation.posts) if (p.id === "repair_dispatcher") (p as { name: unknown }).name = HOSTILE.post;
  for (const d of s.organisation.departments) if (d.id === "dispatch_control_centre") (d as { name: unknown }).name = HOSTILE.department;
  for (const p of s.evaluationPoints) if (p.id === "ep_or_arrival") (p as { name: unknown }).name = HOSTILE.point;
  for (const st of s.standards) if (st.id === "std_dispatch_5min") (st as { text: unknown }).text = HOSTILE.standard;
  // Names do not change the analysis, so the attribution carries over.
  return { study: s as Study, result };
}

let waves: { study: Study; comparison: WaveComparison } | undefined;

/** Two waves: dispatch late in the first only, so the second shows an improvement. */
export function waveRun(): { study: Study; comparison: WaveComparison } {
  if (waves === undefined) {
    const study = utilityStudy();
    const data = simulateStudy(study, {
      seed: 5,
      waves: ["2025", "2026"],
      externalRespondents: 4000,
      internalRespondents: 1500,
      casesPerTheme: 600,
      plant: [{ tag: "non-compliant-execution", step: "or_bo_dispatch", waves: ["2025"] }],
    });
    const responses = collectResponses(study, responseRows(data));
    waves = { study, comparison: compareWaves(study, { responses, cases: data.cases }, { before: "2025", after: "2026" }) };
  }
  return waves;
}
