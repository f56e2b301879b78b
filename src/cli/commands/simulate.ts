/**
 * `gaptrace simulate <study> --out DIR`: a seeded, simulated data set for a study — survey responses and case
 * records with planted problems — so a user can try the whole pipeline (`attribute`, `compare`) before real data
 * exist. Writes `responses.csv`, `cases.csv` and `truth.json` (what was planted). With `--link`, each customer
 * answers about their own case and the responses name it (or, with `--link-hidden`, the same data without the
 * case column); `--confounder` makes a segment both slower and harder to please.
 * @module
 */
import { choosePlants, defaultSegments, plantableCauses, type Confounder, type PlantedCause } from "../../simulate/index.js";
import { responsesCsv } from "../../simulate/rows.js";
import { simulateStudy, type SimulationOptions } from "../../simulate/simulate.js";
import type { Study } from "../../model/study.js";
import { listFlag, numberFlag, requiredFlag, stringFlag, usage, type Command, type FlagValues } from "../shared/command.js";
import { checkOut, EXIT, writeText } from "../shared/context.js";
import { loadStudy } from "../shared/study.js";
import { casesCsv } from "../../simulate/rows.js";
import { join } from "node:path";

const TAGS = new Map<string, PlantedCause["tag"]>([
  ["execution", "non-compliant-execution"],
  ["non-compliant-execution", "non-compliant-execution"],
  ["standard", "unreasonable-standard"],
  ["unreasonable-standard", "unreasonable-standard"],
  ["customer", "customer-dissatisfaction"],
  ["customer-dissatisfaction", "customer-dissatisfaction"],
]);

/** A wave restriction `@W1+W2` at the end of a `--plant` value. */
function splitWaves(spec: string): { body: string; waves: string[] | undefined } {
  const at = spec.lastIndexOf("@");
  if (at < 0) return { body: spec, waves: undefined };
  const waves = spec.slice(at + 1).split("+").map((w) => w.trim()).filter((w) => w !== "");
  if (waves.length === 0) throw usage("simulate", `--plant ${JSON.stringify(spec)}: no wave after "@".`, "Write e.g. execution:STEP@2025 or execution:STEP@2025+2026.");
  return { body: spec.slice(0, at), waves };
}

/**
 * Parse the `--plant` values: `auto`, `none`, or `execution:STEP`, `standard:STD[:threshold|clock]`,
 * `customer:POINT`, each optionally limited to some waves with `@W1+W2`.
 */
function plants(study: Study, specs: readonly string[], seed: number, linkable: boolean): PlantedCause[] {
  const all = specs.map(splitWaves);
  const only = all.length === 1 ? all[0] : undefined;
  const withWaves = (c: PlantedCause, waves: string[] | undefined): PlantedCause => (waves === undefined ? c : { ...c, waves });
  // Linked data: prefer problems a customer's own case can show.
  const auto = (): PlantedCause[] => (linkable ? choosePlants(study, seed, 1, { linkable: true }) : choosePlants(study, seed));
  if (all.length === 0) return auto();
  if (only?.body === "auto") return auto().map((c) => withWaves(c, only.waves));
  if (only?.body === "none") return [];
  return all.map(({ body, waves }) => withWaves(one(study, body, waves === undefined ? body : `${body}@${waves.join("+")}`), waves));
}

/** The `--waves` labels; a value with no label in it (`--waves ,`, `--waves=`) would quietly mean the default wave. */
function wavesFlag(values: FlagValues): string[] {
  const waves = listFlag(values, "waves");
  const raw = stringFlag(values, "waves");
  if (raw !== undefined && waves.length === 0)
    throw usage("simulate", `--waves ${JSON.stringify(raw)} names no wave.`, "Give the wave labels separated by commas, e.g. --waves 2025,2026; leave out --waves for one wave, 1.");
  return waves;
}

/** One `--plant` value without its waves. */
function one(study: Study, spec: string, shown: string): PlantedCause {
  const [tagText = "", place = "", via] = spec.split(":");
  const tag = TAGS.get(tagText);
  const bad = (why: string): never => {
    const examples = plantableCauses(study)
      .slice(0, 3)
      .map((c) => (c.tag === "non-compliant-execution" ? `execution:${c.step}` : c.tag === "unreasonable-standard" ? `standard:${c.standard}` : `customer:${c.point}`));
    throw usage(
      "simulate",
      `--plant ${JSON.stringify(shown)}: ${why}`,
      `Write auto, none, execution:STEP, standard:STANDARD[:threshold|clock] or customer:POINT (add @WAVE to plant it in one wave only), e.g. ${examples.join(", ")}.`,
    );
  };
  if (tag === undefined) return bad("unknown kind of problem.");
  if (tag === "non-compliant-execution") {
    const owned = study.blueprints.some((b) => b.steps.some((s) => s.id === place && s.owner !== undefined));
    return owned ? { tag, step: place } : bad(`no step with an owner has the id ${JSON.stringify(place)}.`);
  }
  if (tag === "unreasonable-standard") {
    if (!study.standards.some((s) => s.id === place)) return bad(`no standard has the id ${JSON.stringify(place)}.`);
    if (via !== undefined && via !== "threshold" && via !== "clock") return bad(`the way must be threshold or clock, got ${JSON.stringify(via)}.`);
    return via === undefined ? { tag, standard: place } : { tag, standard: place, via };
  }
  return study.evaluationPoints.some((p) => p.id === place) ? { tag, point: place } : bad(`no evaluation point has the id ${JSON.stringify(place)}.`);
}

/** Parse the `--confounder` values: `DIM=VALUE:SLOWDOWN:DROP`, e.g. `area=remote:1.6:8`. */
function confounders(study: Study, specs: readonly string[]): Confounder[] {
  const segments = defaultSegments(study);
  return specs.map((spec) => {
    const m = /^([^=:]+)=([^=:]+):([^:]+):([^:]+)$/.exec(spec);
    const bad = (why: string): never => {
      throw usage(
        "simulate",
        `--confounder ${JSON.stringify(spec)}: ${why}`,
        `Write DIM=VALUE:SLOWDOWN:DROP, e.g. area=remote:1.6:8 (cases 1.6 times slower, ratings 8 index points lower); segments: ${segments.map((s) => `${s.dimension} (${s.values.join(", ")})`).join("; ")}.`,
      );
    };
    if (m === null) return bad("not of the form DIM=VALUE:SLOWDOWN:DROP.");
    const [, dimension = "", value = "", slow = "", drop = ""] = m.map((x) => x.trim());
    const segment = segments.find((s) => s.dimension === dimension);
    if (segment === undefined) return bad(`the simulation has no segment ${JSON.stringify(dimension)}.`);
    if (!segment.values.includes(value)) return bad(`${dimension} has no value ${JSON.stringify(value)}.`);
    const slowdown = Number(slow);
    const ratingDrop = Number(drop);
    if (slow === "" || !Number.isFinite(slowdown) || slowdown <= 0) return bad(`the slowdown must be a number greater than 0, got ${JSON.stringify(slow)}.`);
    if (drop === "" || !Number.isFinite(ratingDrop) || ratingDrop < 0 || ratingDrop > 100) return bad(`the rating drop must be index points between 0 and 100, got ${JSON.stringify(drop)}.`);
    return { dimension, value, slowdown, ratingDrop };
  });
}

const fmt = (n: number): string => n.toLocaleString("en-US");

/** The `simulate` command. */
export const simulateCommand: Command = {
  name: "simulate",
  summary: "simulated responses and cases, to try the pipeline",
  positionals: ["study"],
  options: {
    seed: { type: "string" },
    plant: { type: "string", multiple: true },
    respondents: { type: "string" },
    staff: { type: "string" },
    cases: { type: "string" },
    waves: { type: "string" },
    link: { type: "boolean" },
    "link-share": { type: "string" },
    "link-hidden": { type: "boolean" },
    confounder: { type: "string", multiple: true },
    out: { type: "string", short: "o" },
  },
  help: `Usage: gaptrace simulate <study> --out DIR [--seed N] [--plant SPEC]... [--respondents N] [--staff N] [--cases N] [--waves 1,2]
                         [--link] [--link-share P] [--link-hidden] [--confounder DIM=VALUE:SLOWDOWN:DROP]...

Simulate a survey and the operational case records of a study, with problems planted at known places, so
you can try "gaptrace attribute" and "gaptrace compare" before you have real data. The same seed always
gives the same data. Writes DIR/responses.csv, DIR/cases.csv and DIR/truth.json (what was planted).

With --link each customer answers about their own case (as in a return-visit survey sampled from work
orders), a planted problem lowers the ratings only of the customers whose own case shows it, and
responses.csv names the case in a "case" column, which "gaptrace attribute" reads to measure each upstream
cause's effect. --link-hidden writes the same data without that column: nothing can then be measured, and
every customer gap should stay unexplained.

Options:
  -o, --out DIR          the folder to write to (created if needed; required)
  --seed N               the seed (default 1)
  --plant SPEC           what to plant (repeat): auto (default: one problem of each kind, chosen by the
                         seed), none, execution:STEP, standard:STANDARD[:threshold|clock], customer:POINT;
                         add @W1+W2 to plant it in those waves only (e.g. execution:or_bo_parts_issue@2025)
  --respondents N        customers per wave (default 11000)
  --staff N              staff respondents per wave (default 4000)
  --cases N              case records per theme and wave (default 2000)
  --waves W1,W2          survey waves (default 1)
  --link                 each customer answers about their own case, named in the "case" column; the
                         default plant then prefers problems a customer's own case can show
  --link-share P         share of customers (0 to 1) whose record names their case (implies --link;
                         default 1)
  --link-hidden          linked data, but the "case" column is not written (implies --link)
  --confounder DIM=VALUE:SLOWDOWN:DROP
                         a segment whose cases run SLOWDOWN times slower and whose customers rate every
                         point DROP index points (0-100) lower, with no link between the two; repeat for more
                         (e.g. area=remote:1.6:8)
  -h, --help             show this help

Exit codes: 0 written, 1 the study has errors, 2 usage error, 3 a file cannot be read or written.

Example:
  gaptrace simulate examples/studies/power-utility.study.yaml --seed 7 --out sim
  gaptrace attribute examples/studies/power-utility.study.yaml --responses sim/responses.csv --cases sim/cases.csv --out report
  gaptrace simulate examples/studies/power-utility.study.yaml --seed 7 --link --confounder area=remote:1.6:8 --out linked
`,
  async run({ io, values, positionals }) {
    const path = positionals[0] ?? "";
    const out = requiredFlag("simulate", values, "out");
    await checkOut(io, "simulate", out, "folder");
    const seed = numberFlag("simulate", values, "seed", { integer: true }) ?? 1;
    const externalRespondents = numberFlag("simulate", values, "respondents", { min: 0, integer: true });
    const internalRespondents = numberFlag("simulate", values, "staff", { min: 0, integer: true });
    const casesPerTheme = numberFlag("simulate", values, "cases", { min: 0, integer: true });
    const waves = wavesFlag(values);
    const linkShare = numberFlag("simulate", values, "link-share", { min: 0, max: 1 });
    const hidden = values["link-hidden"] === true;
    const linked = values["link"] === true || linkShare !== undefined || hidden;
    const study = await loadStudy(io, path);
    const plant = plants(study, listFlag(values, "plant"), seed, linked);
    const nuisance = confounders(study, listFlag(values, "confounder"));
    const options: SimulationOptions = {
      seed,
      plant,
      ...(externalRespondents !== undefined ? { externalRespondents } : {}),
      ...(internalRespondents !== undefined ? { internalRespondents } : {}),
      ...(casesPerTheme !== undefined ? { casesPerTheme } : {}),
      ...(waves.length > 0 ? { waves } : {}),
      ...(linked ? { link: { share: linkShare ?? 1, exported: !hidden } } : {}),
      ...(nuisance.length > 0 ? { confounders: nuisance } : {}),
    };
    const data = simulateStudy(study, options);
    await writeText(io, join(out, "responses.csv"), responsesCsv(data));
    await writeText(io, join(out, "cases.csv"), casesCsv(data));
    await writeText(io, join(out, "truth.json"), `${JSON.stringify({ seed, options: { ...options, plant: undefined }, truth: data.truth }, null, 2)}\n`);
    const customers = data.respondents.filter((r) => r.audience === "external").length;
    const named = data.respondents.filter((r) => r.linked === true).length;
    const link = data.truth.link;
    io.stdout.write(
      [
        `Wrote ${join(out, "responses.csv")}: ${fmt(data.answers.length)} answers from ${fmt(customers)} customers and ${fmt(data.respondents.length - customers)} staff`,
        ...(link === undefined
          ? []
          : link.exported
            ? [`  each customer answered about their own case; ${fmt(named)} of ${fmt(customers)} name it in the "case" column`]
            : [`  each customer answered about their own case; the "case" column is not written (--link-hidden)`]),
        `Wrote ${join(out, "cases.csv")}: ${fmt(data.cases.length)} cases`,
        `Wrote ${join(out, "truth.json")}: ${plant.length === 0 ? "nothing planted" : `planted ${data.truth.planted.map((c) => `${c.tag} at ${c.tag === "non-compliant-execution" ? c.step : c.tag === "unreasonable-standard" ? c.standard : c.point}`).join("; ")}`}`,
        ...data.truth.confounders.map((c) => `  confounder ${c.dimension} = ${c.value}: cases ${c.slowdown} times as slow, ratings ${c.ratingDrop} index points lower`),
        "",
      ].join("\n"),
    );
    return EXIT.ok;
  },
};
