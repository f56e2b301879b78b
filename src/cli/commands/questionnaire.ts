/**
 * `gaptrace questionnaire <study>`: the survey questionnaire generated from the study, as CSV a survey tool can
 * import or as JSON; the whole questionnaire, or one rater post's.
 * @module
 */
import { questionnaire, questionnaireCounts } from "../../design/questionnaire.js";
import { questionnaireToCsv } from "../../design/questionnaire-csv.js";
import { questionnaireToJson } from "../../design/questionnaire-json.js";
import { checkIds, choiceFlag, langFlag, listFlag, pathFlag, stringFlag, usage, type Command } from "../shared/command.js";
import { checkOut, EXIT, writeOutput } from "../shared/context.js";
import { loadStudy } from "../shared/study.js";

/**
 * A post of the study that rates no question (in the chosen themes) would get an empty questionnaire: a usage
 * error that names the posts that do rate questions.
 */
function checkRater(post: string, raters: readonly string[], themes: readonly string[], studyPath: string): void {
  if (raters.includes(post)) return;
  const scope = themes.length === 0 ? "" : ` of the theme${themes.length === 1 ? "" : "s"} ${themes.join(", ")}`;
  throw usage(
    "questionnaire",
    `--post ${JSON.stringify(post)} rates no question${scope} in ${studyPath}, so its questionnaire would be empty.`,
    raters.length === 0
      ? "No post rates a question here: an internal question names its rater post (audience: { kind: internal, rater: POST }). Leave out --post for the customers' questionnaire."
      : `Use a post that rates questions: ${raters.join(", ")}; or leave out --post for the whole questionnaire.`,
  );
}

/** The `questionnaire` command. */
export const questionnaireCommand: Command = {
  name: "questionnaire",
  summary: "the survey questionnaire, as CSV or JSON",
  positionals: ["study"],
  options: {
    lang: { type: "string" },
    format: { type: "string" },
    post: { type: "string" },
    theme: { type: "string", multiple: true },
    bom: { type: "boolean" },
    out: { type: "string", short: "o" },
  },
  help: `Usage: gaptrace questionnaire <study> [--lang en|zh] [--format csv|json] [--post POST] [--theme THEME]... [--out FILE]

Generate the questionnaire of a study: every question with its section (external, service layer, support
layer), theme, evaluation point, step, rater post, scale and answer options. CSV has one row per question
(text in both languages); JSON is the full questionnaire document.

Options:
  --lang en|zh          language of the answer-option labels in CSV (default en)
  --format csv|json     output format (default csv)
  --post POST           only the internal questions this post answers (its own questionnaire); a post
                        that rates no question is a usage error
  --theme THEME         only these themes (repeat, or separate with commas)
  --bom                 start the CSV with a byte-order mark, for Excel
  -o, --out FILE        write to FILE instead of standard output
  -h, --help            show this help

Exit codes: 0 written, 1 the study has errors, 2 usage error or an id not in the study, 3 a file cannot be
read or written.

Example:
  gaptrace questionnaire examples/studies/power-utility.study.yaml --lang zh --out questionnaire.csv
`,
  async run({ io, values, positionals }) {
    const path = positionals[0] ?? "";
    const lang = langFlag("questionnaire", values);
    const format = choiceFlag("questionnaire", values, "format", ["csv", "json"] as const) ?? "csv";
    const post = stringFlag(values, "post");
    const themes = listFlag(values, "theme");
    const out = pathFlag("questionnaire", values, "out");
    await checkOut(io, "questionnaire", out, "file", format === "json" ? ".json" : ".csv");
    const study = await loadStudy(io, path);
    if (post !== undefined) checkIds("questionnaire", "--post", [post], study.organisation.posts.map((p) => p.id), "post (organisation.posts)", path);
    checkIds("questionnaire", "--theme", themes, study.themeMap.themes.map((t) => t.id), "theme (themeMap.themes)", path);
    const themeOption = themes.length > 0 ? { themes } : {};
    if (post !== undefined) checkRater(post, questionnaire(study, themeOption).posts.map((p) => p.id), themes, path);
    const q = questionnaire(study, { ...(post !== undefined ? { rater: post } : {}), ...themeOption });
    const text =
      format === "json" ? `${JSON.stringify(questionnaireToJson(q), null, 2)}\n` : questionnaireToCsv(q, { lang, bom: values.bom === true });
    await writeOutput(io, out, text);
    const c = questionnaireCounts(q).total;
    const n = (k: number, word: string): string => `${k} ${word}${k === 1 ? "" : "s"}`;
    io.stderr.write(`${out === undefined ? "" : `Wrote ${out}: `}${n(c.questions, "question")} (${c.external} external, ${c.internal} internal) at ${n(c.evaluationPoints, "evaluation point")}.\n`);
    return EXIT.ok;
  },
};
