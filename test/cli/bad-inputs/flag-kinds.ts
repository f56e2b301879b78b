/** Bad-input kinds of the command line: flags, values, paths. */
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Kind } from "./kind.js";

const R = ["-r", "responses.csv"] as const;

/** A flag kind: exit 2 (usage error) unless said otherwise. */
function f(id: string, what: string, args: readonly string[], where: RegExp | string, says: RegExp, fix?: RegExp, extra: Partial<Kind> = {}): Kind {
  return { id: `flag/${id}`, what, args, code: 2, where, says, ...(fix ? { fix } : {}), ...extra };
}

export const FLAG_KINDS: readonly Kind[] = [
  f("unknown-command", "a command that does not exist", ["validat", "study.yaml"], "validat", /unknown command "validat"/, /Did you mean "validate"\?/),
  f("no-command", "no command at all", [], "Usage: gaptrace <command>", /Commands:\n\s+validate/),
  f("unknown-flag", "a misspelt flag", ["plan", "study.yaml", "--mo", "5"], "--mo", /Unknown option '--mo'/, /Did you mean --moe\?/),
  f("unknown-short-flag", "a short flag that does not exist", ["plan", "study.yaml", "-z"], "-z", /Unknown option '-z'/, /Run "gaptrace plan --help" for the options/),
  f("missing-value", "a flag without its value at the end", ["plan", "study.yaml", "--moe"], "--moe", /argument missing/, /Run "gaptrace plan --help" for the options/),
  f("missing-value-before-flag", "a flag whose value is the next flag", ["plan", "study.yaml", "--moe", "--lang", "en"], "--moe", /forget to specify the option argument for '--moe'/, /Run "gaptrace plan --help" for the options/),
  f("empty-value", "a flag with an empty value", ["plan", "study.yaml", "--moe="], "--moe", /must be a number between 0 and 100 \(exclusive\), got ""/, /Run "gaptrace plan --help" for the options/),
  f("bad-number", "a margin that is not a number", ["plan", "study.yaml", "--moe", "five"], "--moe", /must be a number between 0 and 100 \(exclusive\), got "five"/, /Run "gaptrace plan --help" for the options/),
  f("negative-number", "a negative margin", ["plan", "study.yaml", "--moe=-1"], "--moe", /must be a number between 0 and 100 \(exclusive\), got "-1"/, /Run "gaptrace plan --help" for the options/),
  f("zero-margin", "a margin of zero", ["plan", "study.yaml", "--moe", "0"], "--moe", /between 0 and 100 \(exclusive\), got "0"/, /Run "gaptrace plan --help" for the options/),
  f("confidence-above-1", "a confidence level above 1", ["plan", "study.yaml", "--confidence", "95"], "--confidence", /between 0 and 1 \(exclusive\), got "95"/, /Run "gaptrace plan --help" for the options/),
  f("response-rate-zero", "a response rate of zero", ["plan", "study.yaml", "--response-rate", "0"], "--response-rate", /--response-rate must be a number above 0 and at most 1, or external=N and\/or internal=N, got "0"/, /Write e\.g\. --response-rate 0\.4 or --response-rate external=0\.4,internal=0\.9/),
  f("response-rate-bad-audience", "a response rate for an audience that does not exist", ["plan", "study.yaml", "--response-rate", "staff=0.5"], "--response-rate", /external=N and\/or internal=N, got "staff=0\.5"/, /Run "gaptrace plan --help" for the options/),
  f("design-effect-below-1", "a design effect below 1", ["plan", "study.yaml", "--design-effect", "0.5"], "--design-effect", /--design-effect must be a number at least 1, or external=N and\/or internal=N, got "0\.5"/, /Write e\.g\. --design-effect 1\.5 or --design-effect external=1\.5,internal=1/),
  f("population-not-a-number", "a population that is not a number", ["plan", "study.yaml", "--population", "reconnect=many"], "--population", /THEME=N \(a whole number\), got "reconnect=many"/, /Run "gaptrace plan --help" for the options/),
  f("population-unknown-theme", "a population of a theme the study does not have", ["plan", "study.yaml", "--population", "billing=100"], "--population \"billing\"", /gaptrace plan: --population "billing" names no theme in study\.yaml/, /Use the id of a theme \(themeMap\.themes\): reconnect/),
  f("population-no-equals", "a population without THEME=", ["plan", "study.yaml", "--population", "100"], "--population", /THEME=N \(a whole number\), got "100"/, /Run "gaptrace plan --help" for the options/),
  f("theme-unknown", "a theme the study does not have", ["questionnaire", "study.yaml", "--theme", "reconect"], "--theme", /--theme "reconect" names no theme in study\.yaml/, /Use the id of a theme \(themeMap\.themes\): reconnect/),
  f("format-unknown", "an output format that does not exist", ["validate", "study.yaml", "--format", "xml"], "--format", /must be one of text, json, got "xml"/, /Run "gaptrace validate --help" for the options/),
  f("lang-unknown", "a language that is not en or zh", ["questionnaire", "study.yaml", "--lang", "fr"], "--lang", /must be one of en, zh, got "fr"/, /Run "gaptrace questionnaire --help" for the options/),
  f("respondents-unknown", "plan --respondents with a bad value", ["plan", "study.yaml", "--respondents", "everyone"], "--respondents", /must be one of theme, point, got "everyone"/, /Run "gaptrace plan --help" for the options/),
  f("form-unknown", "a response form that is neither long nor wide", ["attribute", "study.yaml", ...R, "--form", "tall"], "--form", /must be one of long, wide, got "tall"/, /Run "gaptrace attribute --help" for the options/),
  f("walkthrough-two-modes", "walkthrough with --customer and --post", ["walkthrough", "study.yaml", "--customer", "reconnect", "--post", "cashier"], "--customer, --post and --department", /give only one of/, /Run "gaptrace walkthrough --help" for the options/),
  f("walkthrough-no-mode", "walkthrough with no mode", ["walkthrough", "study.yaml"], "--customer THEME", /give one of --customer THEME, --post POST or --department DEPT/, /Run "gaptrace walkthrough --help" for the options/),
  f("walkthrough-post-unknown", "walkthrough of a post that does not exist", ["walkthrough", "study.yaml", "--post", "cashir"], "--post \"cashir\"", /--post "cashir" names no post in study\.yaml/, /Use the id of a post \(organisation\.posts\): cashier, billing_clerk, meter_tech, it_engineer/),
  f("walkthrough-department-unknown", "walkthrough of a department that does not exist", ["walkthrough", "study.yaml", "--department", "marketting"], "--department \"marketting\"", /--department "marketting" names no department in study\.yaml/, /service_centre, marketing, it_centre/),
  f("walkthrough-customer-unknown", "walkthrough of a theme that does not exist", ["walkthrough", "study.yaml", "--customer", "billing"], "--customer \"billing\"", /--customer "billing" names no theme with a blueprint in study\.yaml/, /Use the id of a theme with a blueprint \(blueprints\[\]\.theme\): reconnect/),
  f("questionnaire-post-unknown", "questionnaire of a post that does not exist", ["questionnaire", "study.yaml", "--post", "nobody"], "--post", /post "nobody"/, /meter_tech/, {}),
  f("questionnaire-post-no-questions", "questionnaire of a post that answers no question", ["questionnaire", "study.yaml", "--post", "cashier"], "--post \"cashier\"", /--post "cashier" rates no question in study\.yaml, so its questionnaire would be empty/, /Use a post that rates questions: meter_tech; or leave out --post for the whole questionnaire/),
  f("attribute-no-data", "attribute without --responses or --cases", ["attribute", "study.yaml"], "--responses FILE, --cases FILE", /give the data to attribute: --responses FILE, --cases FILE, or both/, /Run "gaptrace attribute --help" for the options/),
  f("compare-no-responses", "compare without --responses", ["compare", "study.yaml", "--before", "1", "--after", "2"], "--responses", /--responses is required/, /Run "gaptrace compare --help" for the options/),
  f("attribute-no-study", "attribute without the study", ["attribute"], "<study>", /missing <study>/, /Run "gaptrace attribute --help" for the options/),
  f("extra-argument", "a second study file", ["validate", "study.yaml", "other.yaml"], "other.yaml", /unexpected argument "other\.yaml"/, /Run "gaptrace validate --help" for the options/),
  f("compare-no-before", "compare without --before", ["compare", "study.yaml", ...R, "--after", "1"], "--before", /--before is required/, /Run "gaptrace compare --help" for the options/),
  f("compare-wave-missing", "compare with a wave the data do not have", ["compare", "study.yaml", ...R, "--before", "2025", "--after", "1", "-o", "out"], "responses.csv", /has no wave "2025"/, /Use waves in the data: 1/),
  f("compare-same-wave", "compare a wave with itself", ["compare", "study.yaml", ...R, "--before", "1", "--after", "1", "-o", "out"], "--before and --after", /name the same wave/, /Run "gaptrace compare --help" for the options/),
  f("attribute-wave-missing", "attribute a wave the data do not have", ["attribute", "study.yaml", ...R, "--wave", "9", "-o", "out"], "responses.csv", /has no wave "9"/, /waves in the data: 1/),
  f("alpha-above-1", "a false discovery rate above 1", ["attribute", "study.yaml", ...R, "--alpha", "2", "-o", "out"], "--alpha", /between 0 and 0\.5 \(exclusive\), got "2"/, /Run "gaptrace attribute --help" for the options/),
  f("link-column-and-by-respondent", "both ways of linking at once", ["attribute", "study.yaml", ...R, "--link-column", "case", "--link-by-respondent", "-o", "out"], "--link-column and --link-by-respondent", /both say where the case id is/, /not both/),
  f("delimiter-empty", "an empty field delimiter", ["attribute", "study.yaml", ...R, "--delimiter=", "-o", "out"], "--delimiter \"\"", /--delimiter "" cannot separate fields: it is empty/, /--delimiter ';' \(European Excel\), --delimiter tab, or leave it out for commas/),
  f("delimiter-quote", "a quote as the field delimiter", ["compare", "study.yaml", ...R, "--delimiter", "\"", "--before", "1", "--after", "2", "-o", "out"], "--delimiter \"\\\"\"", /cannot separate fields: it holds a quote or a line break/, /--delimiter ';' \(European Excel\)/),
  f("encoding-unknown", "an encoding that does not exist", ["attribute", "study.yaml", ...R, "--encoding", "latin-9000", "-o", "out"], "--encoding \"latin-9000\"", /--encoding "latin-9000" is not a text encoding gaptrace knows/, /--encoding gb18030 \(Chinese Excel\), big5, cp949/),
  f("assume-offset-bad", "an offset written as a bare number", ["attribute", "study.yaml", ...R, "-c", "cases.csv", "--assume-offset", "8", "-o", "out"], "--assume-offset", /"8" is not a UTC offset/, /\+08:00/, {}),
  f("calendar-offset-bad", "a calendar offset that is not an offset", ["attribute", "study.yaml", ...R, "--calendar-offset", "Beijing", "-o", "out"], "--calendar-offset", /"Beijing" is not a UTC offset/, /\+08:00/, {}),
  f("holidays-bad-date", "a holiday that is not a date", ["attribute", "study.yaml", ...R, "--calendar-offset", "+08:00", "--holidays", "2026-02-30", "-o", "out"], "--holidays", /--holidays: "2026-02-30" is not a calendar date/, /Write each holiday as YYYY-MM-DD/),
  f("segments-unknown-column", "segments naming a column the file does not have", ["attribute", "study.yaml", ...R, "--segments", "region", "-o", "out"], "--segments", /--segments names column "region", which responses\.csv does not have/, /Its header has: respondent, audience, post, area/),
  f("simulate-seed-text", "a seed that is not a number", ["simulate", "study.yaml", "--seed", "abc", "-o", "sim"], "--seed", /must be a whole number, got "abc"/, /Run "gaptrace simulate --help" for the options/),
  f("simulate-respondents-negative", "a negative number of respondents", ["simulate", "study.yaml", "--respondents=-5", "-o", "sim"], "--respondents", /whole number at least 0, got "-5"/, /Run "gaptrace simulate --help" for the options/),
  f("simulate-plant-unknown-kind", "a plant of a kind that does not exist", ["simulate", "study.yaml", "--plant", "bogus:x", "-o", "sim"], "--plant \"bogus:x\"", /unknown kind of problem/, /execution:STEP.*execution:reconnect_supply/),
  f("simulate-plant-unknown-step", "a plant at a step that does not exist", ["simulate", "study.yaml", "--plant", "execution:nowhere", "-o", "sim"], "--plant \"execution:nowhere\"", /no step with an owner has the id "nowhere"/, /execution:reconnect_supply/),
  f("simulate-link-share", "a linked share above 1", ["simulate", "study.yaml", "--link-share", "2", "-o", "sim"], "--link-share", /between 0 and 1, got "2"/, /Run "gaptrace simulate --help" for the options/),
  f("simulate-confounder-bad", "a confounder without its numbers", ["simulate", "study.yaml", "--confounder", "area=remote", "-o", "sim"], "--confounder \"area=remote\"", /not of the form DIM=VALUE:SLOWDOWN:DROP/, /area=remote:1\.6:8/),
  f("simulate-no-out", "simulate without --out", ["simulate", "study.yaml"], "--out", /--out is required/, /Run "gaptrace simulate --help" for the options/),
  f("simulate-waves-empty", "an empty list of waves", ["simulate", "study.yaml", "--waves", ",", "--respondents", "3", "--staff", "2", "--cases", "3", "-o", "sim"], "--waves \",\"", /gaptrace simulate: --waves "," names no wave/, /Give the wave labels separated by commas, e\.g\. --waves 2025,2026/),
  // ── files and folders ──
  f("study-missing", "a study file that does not exist", ["validate", "nosuch.yaml"], "nosuch.yaml", /The study file nosuch\.yaml does not exist/, /Check the path/, { code: 3 }),
  f("study-is-folder", "a folder given as the study", ["validate", "folder"], "folder", /The study file folder is a folder, not a file/, /Check the path/, { code: 3, make: (d) => mkdirSync(join(d, "folder")) }),
  f("study-empty-path", "an empty path for the study", ["validate", ""], "study", /empty|no path|missing <study>/i, undefined, { code: 2}),
  f("responses-missing", "a responses file that does not exist", ["attribute", "study.yaml", "-r", "nosuch.csv", "-o", "out"], "nosuch.csv", /The responses file nosuch\.csv does not exist/, /Check the path/, { code: 3 }),
  f("responses-is-folder", "a folder given as the responses", ["attribute", "study.yaml", "-r", "folder", "-o", "out"], "folder", /The responses file folder is a folder, not a file/, /Check the path/, { code: 3, make: (d) => mkdirSync(join(d, "folder")) }),
  f("cases-missing", "a cases file that does not exist", ["attribute", "study.yaml", ...R, "-c", "nosuch.csv", "-o", "out"], "nosuch.csv", /The cases file nosuch\.csv does not exist/, /Check the path/, { code: 3 }),
  f("measures-missing", "a measures catalogue that does not exist", ["attribute", "study.yaml", ...R, "--measures", "nosuch.yaml", "-o", "out"], "nosuch.yaml", /The measures file nosuch\.yaml does not exist/, /Check the path/, { code: 3 }),
  f("measures-bad-yaml", "a measures catalogue that is not valid YAML", ["attribute", "study.yaml", ...R, "--measures", "m.yaml", "-o", "out"], "m.yaml:2:1", /not valid YAML[\s\S]*m\.yaml is not a valid measures catalogue/, /Fix the syntax at the location shown/, { code: 1, make: (d) => writeFileSync(join(d, "m.yaml"), "measures: [\n") }),
  f("out-is-file", "--out naming an existing file", ["attribute", "study.yaml", ...R, "-o", "taken"], "taken", /taken.*(is a file|not a folder)/, undefined, { code: 3, make: (d) => writeFileSync(join(d, "taken"), "x")}),
  f("out-under-file", "--out inside a path that is a file", ["questionnaire", "study.yaml", "-o", "taken/q.csv"], "taken", /taken.*(is a file|not a folder)/, undefined, { code: 3, make: (d) => writeFileSync(join(d, "taken"), "x")}),
  f("study-unreadable", "a study file without read permission", ["validate", "locked.yaml"], "locked.yaml", /cannot be read|permission/i, undefined, {
    code: 3,
    make: (d) => { writeFileSync(join(d, "locked.yaml"), "gaptrace: 1\n"); chmodSync(join(d, "locked.yaml"), 0o000); },
    when: () => process.getuid?.() !== 0,
  }),
];
