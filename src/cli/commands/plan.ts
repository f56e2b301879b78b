/**
 * `gaptrace plan <study>`: the sampling plan (测评方案) — completed answers and invitations needed per evaluation
 * point and audience, per rater post and theme, and in total — as CSV or JSON, with a short summary.
 * @module
 */
import { isGaptraceError, ValidationError } from "../../core/errors.js";
import { samplingPlan } from "../../design/plan.js";
import { samplingPlanToCsv } from "../../design/plan-csv.js";
import type { PerAudience, SamplingPlanOptions } from "../../design/plan-options.js";
import { checkIds, choiceFlag, langFlag, listFlag, numberFlag, pathFlag, usage, type Command, type FlagValues } from "../shared/command.js";
import { checkOut, CliError, EXIT, writeOutput } from "../shared/context.js";
import { loadStudy } from "../shared/study.js";

/** The range a per-audience flag's numbers must be in: the test, its words, and two values for the example. */
interface AudienceRange {
  readonly check: (n: number) => boolean;
  /** The range in words, e.g. `above 0 and at most 1`. */
  readonly words: string;
  /** A value for one number and for external/internal, e.g. `0.4` and `external=0.4,internal=0.9`. */
  readonly example: readonly [one: string, each: string];
}

const RESPONSE_RATE: AudienceRange = { check: (n) => n > 0 && n <= 1, words: "above 0 and at most 1", example: ["0.4", "external=0.4,internal=0.9"] };
const DESIGN_EFFECT: AudienceRange = { check: (n) => n >= 1, words: "at least 1", example: ["1.5", "external=1.5,internal=1"] };

/** `0.4`, or `external=0.4,internal=0.9`, each number in the flag's range. */
function perAudience(values: FlagValues, name: string, range: AudienceRange): PerAudience<number> | undefined {
  const parts = listFlag(values, name);
  if (parts.length === 0) return undefined;
  const check = range.check;
  const bad = (): CliError =>
    usage(
      "plan",
      `--${name} must be a number ${range.words}, or external=N and/or internal=N, got ${JSON.stringify(parts.join(","))}.`,
      `Write e.g. --${name} ${range.example[0]} or --${name} ${range.example[1]}. Run "gaptrace plan --help" for the options.`,
    );
  if (parts.length === 1 && !parts[0]!.includes("=")) {
    const n = Number(parts[0]);
    if (!Number.isFinite(n) || !check(n)) throw bad();
    return n;
  }
  const out: { external?: number; internal?: number } = {};
  for (const p of parts) {
    const [k, v] = p.split("=");
    const n = Number(v);
    if ((k !== "external" && k !== "internal") || v === undefined || !Number.isFinite(n) || !check(n)) throw bad();
    out[k] = n;
  }
  return out;
}

function populations(values: FlagValues): { theme: string; size: number }[] {
  return listFlag(values, "population").map((p) => {
    const i = p.lastIndexOf("=");
    const size = Number(p.slice(i + 1));
    if (i <= 0 || !Number.isInteger(size) || size < 0) throw usage("plan", `--population must be THEME=N (a whole number), got ${JSON.stringify(p)}.`);
    return { theme: p.slice(0, i), size };
  });
}

const fmt = (n: number): string => n.toLocaleString("en-US");

/** The `plan` command. */
export const planCommand: Command = {
  name: "plan",
  summary: "the sampling plan: sample sizes per point, post and theme",
  positionals: ["study"],
  options: {
    moe: { type: "string" },
    confidence: { type: "string" },
    "response-rate": { type: "string", multiple: true },
    "design-effect": { type: "string", multiple: true },
    population: { type: "string", multiple: true },
    theme: { type: "string", multiple: true },
    respondents: { type: "string" },
    lang: { type: "string" },
    format: { type: "string" },
    bom: { type: "boolean" },
    out: { type: "string", short: "o" },
  },
  help: `Usage: gaptrace plan <study> [--moe 5] [--confidence 0.95] [--response-rate R] [--population THEME=N]... [--out FILE]

Plan the survey (测评方案): how many completed answers and invitations each evaluation point needs from
customers and from each rater post, to estimate satisfaction within the margin of error (Cochran's sample
size with the finite-population correction for staff posts), rolled up per post, theme and in total.

Options:
  --moe N                      margin of error, in index points on the 0–100 scale (default 5)
  --confidence C               confidence level (default 0.95)
  --response-rate R            expected response rate in (0, 1]: one number, or external=0.4,internal=0.9
  --design-effect D            expected design effect (≥ 1): one number, or external=1.5,internal=1
  --population THEME=N         customers of a theme in the period (repeat); other themes are taken as large
  --theme THEME                only these themes (repeat, or separate with commas)
  --respondents theme|point    one customer answers a whole theme (default) or one point
  --lang en|zh                 language of the message column (default en)
  --format csv|json            output format (default csv)
  --bom                        start the CSV with a byte-order mark, for Excel
  -o, --out FILE               write to FILE instead of standard output
  -h, --help                   show this help

Exit codes: 0 written, 1 the study has errors, 2 usage error or a bad option value, 3 a file cannot be read
or written.

Example:
  gaptrace plan examples/studies/power-utility.study.yaml --moe 5 --response-rate external=0.4,internal=0.9 --out plan.csv
`,
  async run({ io, values, positionals }) {
    const path = positionals[0] ?? "";
    const moe = numberFlag("plan", values, "moe", { min: 0, max: 100, exclusive: true }) ?? 5;
    const confidence = numberFlag("plan", values, "confidence", { min: 0, max: 1, exclusive: true });
    const responseRate = perAudience(values, "response-rate", RESPONSE_RATE);
    const designEffect = perAudience(values, "design-effect", DESIGN_EFFECT);
    const respondents = choiceFlag("plan", values, "respondents", ["theme", "point"] as const);
    const format = choiceFlag("plan", values, "format", ["csv", "json"] as const) ?? "csv";
    const lang = langFlag("plan", values);
    const themes = listFlag(values, "theme");
    const pops = populations(values);
    const out = pathFlag("plan", values, "out");
    await checkOut(io, "plan", out, "file", format === "json" ? ".json" : ".csv");
    const study = await loadStudy(io, path);
    const themeIds = study.themeMap.themes.map((t) => t.id);
    checkIds("plan", "--theme", themes, themeIds, "theme (themeMap.themes)", path);
    checkIds("plan", "--population", pops.map((p) => p.theme), themeIds, "theme (themeMap.themes)", path);
    const options: SamplingPlanOptions = {
      marginOfError: moe,
      ...(confidence !== undefined ? { confidence } : {}),
      ...(responseRate !== undefined ? { responseRate } : {}),
      ...(designEffect !== undefined ? { designEffect } : {}),
      ...(respondents !== undefined ? { externalRespondents: respondents } : {}),
      ...(themes.length > 0 ? { themes } : {}),
      ...(pops.length > 0 ? { populations: pops } : {}),
    };
    let plan;
    try {
      plan = samplingPlan(study, options);
    } catch (e) {
      // The study is valid, so a validation error here is about the options the flags gave.
      if (isGaptraceError(e) && e instanceof ValidationError)
        throw new CliError(EXIT.usage, "gaptrace plan: the options do not make a plan.", 'Run "gaptrace plan --help" for the options.', e.problems);
      throw e;
    }
    const text = format === "json" ? `${JSON.stringify(plan, null, 2)}\n` : samplingPlanToCsv(plan, { lang, bom: values.bom === true });
    await writeOutput(io, out, text);
    const ext = plan.byAudience.external;
    const int = plan.byAudience.internal;
    const unreachable = plan.rows.filter((r) => !r.reachable).length;
    io.stderr.write(
      [
        `${out === undefined ? "" : `Wrote ${out}: `}${plan.rows.length} rows, margin ±${plan.settings.marginOfError} points at ${plan.settings.confidence * 100}% confidence.`,
        `  customers: ${fmt(ext.completes)} completed answers, ${fmt(ext.invitations)} invitations`,
        `  staff: ${fmt(int.completes)} completed answers, ${fmt(int.invitations)} invitations`,
        ...(unreachable > 0 ? [`  ${unreachable} row${unreachable === 1 ? "" : "s"} cannot reach the margin (too few people); see the message column.`] : []),
        ...(plan.unplanned.length > 0 ? [`  ${plan.unplanned.length} question${plan.unplanned.length === 1 ? "" : "s"} not sized (numeric answers without a minimum and maximum).`] : []),
        "",
      ].join("\n"),
    );
    return EXIT.ok;
  },
};
