/**
 * `gaptrace targets <study> (--data FILE | --responses FILE [--cases FILE]) [--wave W] [--target-wave W]`: the
 * target cascade (目标分解). Cascades the study's top target to points and posts by the driver effects the
 * attribution measures, checks the indicator targets against it, and, when the responses hold two or more waves,
 * tracks every target across them (falls in consecutive waves flagged). Prints Markdown or JSON, or writes it to a file.
 * @module
 */
import { cascadeTargets } from "../../attribution/targets.js";
import { trackTargets } from "../../attribution/target-waves.js";
import { renderTargetsMarkdown } from "../../reports/targets-markdown.js";
import { choiceFlag, langFlag, numberFlag, pathFlag, stringFlag, usage, type Command } from "../shared/command.js";
import { checkOut, writeText } from "../shared/context.js";
import { DATA_HELP, DATA_OPTIONS, loadData, partialExit, partialFlags } from "./shared.js";

/** The `targets` command. */
export const targetsCommand: Command = {
  name: "targets",
  summary: "cascade the top target to points and posts, check indicator targets, track them across waves",
  positionals: ["study"],
  options: {
    ...DATA_OPTIONS,
    wave: { type: "string", short: "w" },
    "target-wave": { type: "string" },
    alpha: { type: "string" },
    format: { type: "string" },
    lang: { type: "string" },
    out: { type: "string", short: "o" },
  },
  help: `Usage: gaptrace targets <study> (--data FILE | --responses FILE [--cases FILE]) [--wave W] [--target-wave W] [--format md|json] [--lang en|zh] [--out FILE]

Cascade the study's top target (targets.top: the overall satisfaction index of a theme) to evaluation
points and posts (目标分解), by the driver effects the attribution measures: what the declared point and
indicator targets predict for the overall index, with a design-based interval and a two-sided verdict
(reaches, falls short, cannot tell); whether the indicator targets alone are consistent with the top
target; where they fall short or none are declared, the smallest moves of points with a measured effect;
and each point's move landed on the post owning its step and on the posts of its measured causes (cases
linked to responses give those). Points whose effect is not significant get no move. The study's
ownership problems (an indicator with several owners or none, overlapping indicators, targets no owner
accepted) are listed. When the responses hold two or more waves, every target is tracked across them:
its value per wave, the wave's target met or not, and falls in two or more consecutive waves.

Options:
${DATA_HELP}
  -w, --wave W           the survey wave to cascade from (default: the latest wave by name)
  --target-wave W        the wave of the top targets to cascade (default: the latest a top target names)
  --alpha A              significance level of the driver effects (Holm across a theme's points) and of the
                         changes between waves (default 0.05)
  --format md|json       Markdown (default) or JSON (the cascade and the tracking as data)
  --lang en|zh           language of the Markdown (default en)
  -o, --out FILE         write to FILE instead of standard output
  -h, --help             show this help

Exit codes: 0 written, 1 the study has errors, or a data file cannot be used, or more than
--partial-threshold of a data file was rejected (written, marked partial; --accept-partial gives 0),
2 usage error (no top target declared, a wave not in the data), 3 a file cannot be read or written.

Example:
  gaptrace targets examples/studies/county-targets.study.yaml -r county.csv --target-wave 2014 --lang zh
`,
  async run(input) {
    const { io, values } = input;
    const lang = langFlag("targets", values);
    const format = choiceFlag("targets", values, "format", ["md", "json"] as const) ?? "md";
    const alpha = numberFlag("targets", values, "alpha", { min: 0, max: 0.5, exclusive: true });
    const wave = stringFlag(values, "wave");
    const targetWave = stringFlag(values, "target-wave");
    const out = pathFlag("targets", values, "out");
    if (out !== undefined) await checkOut(io, "targets", out, "file", format === "json" ? ".json" : ".md");
    const partial = partialFlags("targets", input);
    const data = await loadData("targets", input);
    if (wave !== undefined && !data.table.waves.includes(wave))
      throw usage("targets", `${data.responsesPath} has no wave ${JSON.stringify(wave)}.`, `Use one of the waves in the data: ${data.table.waves.join(", ")}.`);
    const options = { ...(wave !== undefined ? { wave } : {}), ...(alpha !== undefined ? { alpha } : {}) };
    const cascade = cascadeTargets(data.study, { responses: data.table, ...(data.cases !== undefined ? { cases: data.cases } : {}) }, { ...options, ...(targetWave !== undefined ? { targetWave } : {}) });
    const track = data.table.waves.length >= 2 ? trackTargets(data.study, { responses: data.table }, options.alpha !== undefined ? { alpha: options.alpha } : {}) : undefined;
    const text = format === "json" ? `${JSON.stringify({ cascade, ...(track !== undefined ? { track } : {}) }, null, 2)}\n` : `${renderTargetsMarkdown(data.study, cascade, { lang, ...(track !== undefined ? { track } : {}) })}\n`;
    if (out === undefined) io.stdout.write(text);
    else {
      await writeText(io, out, text);
      io.stdout.write(`Wrote ${out}\n`);
    }
    return partialExit(input, data, partial);
  },
};
