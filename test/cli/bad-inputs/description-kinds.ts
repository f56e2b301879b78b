/**
 * Bad-input kinds of the data description (`--data data.yaml`, issue 10): each mistake is located in the
 * description as data.yaml:line:column with its path, says what is wrong and how to fix it, and stops the command
 * before any data is read (exit code 1, or 3 for a data file that does not exist).
 */
import type { Kind } from "./kind.js";
import { files } from "./kind.js";

const A = ["attribute", "study.yaml", "--data", "data.yaml", "-o", "out"];
const HEAD = "gaptrace-data: 1\n";

/** A kind whose description is written whole; the baseline responses.csv and cases.csv are there to name. */
function d(id: string, what: string, yaml: string, code: number, where: RegExp | string, says: RegExp, fix?: RegExp, more: Partial<Kind> = {}): Kind {
  return { id: `description/${id}`, what, make: files({ "data.yaml": yaml }), args: more.args ?? A, code, where, says, ...(fix ? { fix } : {}), ...more };
}

/** Bad data descriptions. */
export const DESCRIPTION_KINDS: readonly Kind[] = [
  d("unknown-key", "a misspelt key", `${HEAD}responses:\n  file: responses.csv\n  colums: { respondent: id }\n`, 1, "data.yaml:4:3 (responses)", /Unknown key "colums" in the data description; did you mean "columns"\?/, /docs\/data\.md and schema\/data\.schema\.json list the allowed keys/),
  d("unknown-question", "a question id the study does not have", `${HEAD}responses:\n  file: responses.csv\n  dontKnow: { q_timley: [9] }\n`, 1, "data.yaml:4:15 (responses.dontKnow.q_timley)", /The study has no question "q_timley"; did you mean "q_timely"\?/, /Use a question id of the study's evaluation points/),
  d("unknown-event", "an event id the study does not have", `${HEAD}responses:\n  file: responses.csv\ncases:\n  file: cases.csv\n  form: wide\n  events: { arrears_payed: 缴费时间 }\n`, 1, "data.yaml:7:13 (cases.events.arrears_payed)", /The study has no event "arrears_payed"; did you mean "arrears_paid"\?/, /Use an event id of the study's events/),
  d("unknown-metric", "a duration for a metric the study does not have", `${HEAD}responses:\n  file: responses.csv\ncases:\n  file: cases.csv\n  form: wide\n  durations: { delay: { column: Delay, unit: min } }\n`, 1, "data.yaml:7:16 (cases.durations.delay)", /The study has no metric "delay"/, /Use a metric id of the study's metrics/),
  d("bad-encoding", "an encoding name no decoder knows", `${HEAD}encoding: cp9499\nresponses:\n  file: responses.csv\n`, 1, "data.yaml:2:11 (encoding)", /"cp9499" is not a text encoding gaptrace knows/, /cp949 or euc-kr \(Korean\)/),
  d("bad-time-zone", "a time zone that is not a UTC offset", `${HEAD}timeZone: Asia/Shanghai\nresponses:\n  file: responses.csv\n`, 1, "data.yaml:2:11 (timeZone)", /The time zone "Asia\/Shanghai" is not a UTC offset/, /"\+08:00"/),
  d("bad-delimiter", "a delimiter that is a quote", `${HEAD}delimiter: '"'\nresponses:\n  file: responses.csv\n`, 1, "data.yaml:2:12 (delimiter)", /The delimiter "\\"" cannot separate fields: it holds a quote or a line break/, /"tab"/),
  d("missing-file", "a data file that does not exist", `${HEAD}responses:\n  files: [responses.csv, wave2.csv]\n`, 3, "data.yaml:3:26 (responses.files[1])", /The data file wave2\.csv does not exist/, /relative to the description file/),
  d("list-unknown-key", "a misspelt key in the second of several response sources", `${HEAD}responses:\n  - file: responses.csv\n  - file: responses.csv\n    colums: { respondent: id }\n`, 1, "data.yaml:5:5 (responses[1])", /Unknown key "colums" in the data description; did you mean "columns"\?/),
  d("unknown-post", "a staff source whose post the study does not have", `${HEAD}responses:\n  - file: responses.csv\n  - file: responses.csv\n    post: meter_tec\n`, 1, "data.yaml:5:5 (responses[1].post)", /The study has no post "meter_tec"; did you mean "meter_tech"\?/, /Use a post id of the study's organisation/),
  d("no-file", "a source with no file", `${HEAD}responses:\n  form: long\n`, 1, "data.yaml:2:1 (responses)", /The source names no file/, /Add file: survey\.csv/),
  d("file-and-files", "a source with both file and files", `${HEAD}responses:\n  file: responses.csv\n  files: [responses.csv]\n`, 1, "data.yaml:2:1 (responses)", /The source gives both file and files/),
  d("wrong-type", "a list where a mapping is expected", `${HEAD}responses:\n  file: responses.csv\n  columns: [respondent]\n`, 1, "data.yaml:4:3 (responses.columns)", /Expected object at "columns" but found a list/),
  d("wrong-form-value", "a form that is neither long nor wide", `${HEAD}responses:\n  file: responses.csv\n  form: tall\n`, 1, "data.yaml:4:9 (responses.form)", /"form" is the text "tall"; allowed: "long", "wide"/),
  d("column-twice", "one column given two uses", `${HEAD}responses:\n  file: responses.csv\n  form: wide\n  questions: { q_timely: 复电及时, q_timely_e: 复电及时 }\n`, 1, "data.yaml:5:44 (responses.questions.q_timely_e)", /Column "复电及时" is given a second use here; it is already used at responses\.questions\.q_timely/, /Give each column one use/),
  d("ignored-and-segment", "a column both ignored and read as a segment", `${HEAD}responses:\n  file: responses.csv\n  segments: [area]\n  ignore: [area]\n`, 1, "data.yaml:5:12 (responses.ignore[0])", /Column "area" is given a second use here; it is already used at responses\.segments\.0/),
  d("event-name", "two long-form events given one word of the event column", `${HEAD}responses:\n  file: responses.csv\ncases:\n  file: cases.csv\n  events: { arrears_paid: 缴清, arrears_settled: 缴清 }\n`, 1, "data.yaml:6:48 (cases.events.arrears_settled)", /The event column's word "缴清" is already given to the event "arrears_paid"/, /Give each event its own word/),
  d("wide-only", "question columns in a long-form source", `${HEAD}responses:\n  file: responses.csv\n  questions: { q_timely: 复电及时 }\n`, 1, "data.yaml:4:3 (responses.questions)", /only wide-form files have; this source is read in long form/, /Add form: wide/),
  d("refused-by-reader", "options the reader refuses together (a case column and linkBy: respondent)", `${HEAD}responses:\n  file: responses.csv\n  columns: { case: 工单编号 }\n  linkBy: respondent\n`, 1, "data.yaml:4:3 (responses.columns)", /columns\.case names column "工单编号", but linkBy: "respondent" says respondent ids are the case ids/, /not both/),
  {
    id: "description/gb18030-saved",
    what: "a description saved as GB18030, not UTF-8",
    // "gaptrace-data: 1\nresponses:\n  file: responses.csv\n  ignore: [备注]\n" with 备注 in GB18030 (B1 B8 D7 A2).
    make: files({ "data.yaml": Buffer.from([...Buffer.from(`${HEAD}responses:\n  file: responses.csv\n  ignore: [`), 0xb1, 0xb8, 0xd7, 0xa2, ...Buffer.from("]\n")]) }),
    args: A,
    code: 1,
    where: "data.yaml:4",
    says: /The data description file is not valid utf-8 text, first on this line \(it reads without error as gb18030/,
    fix: /Save the file as UTF-8/,
  },
  d("no-source", "neither responses nor cases", `${HEAD}encoding: gb18030\n`, 1, "data.yaml", /The data description has neither responses nor cases/),
  d("empty", "an empty description", "# nothing yet\n", 1, "data.yaml", /The data description is empty/, /Start it with "gaptrace-data: 1"/),
  d("version", "a version that is not 1", "gaptrace-data: 2\nresponses:\n  file: responses.csv\n", 1, "data.yaml:1:16", /"gaptrace-data" is number 2; allowed: 1\./),
  d("yaml-syntax", "a description that is not valid YAML", `${HEAD}responses:\n  file: responses.csv\n    form: wide\n`, 1, "data.yaml:3:9", /The file is not valid YAML/),
  d("data-and-responses", "--data together with -r", `${HEAD}responses:\n  file: responses.csv\n`, 2, "--data and --responses", /--data and --responses both name the responses file/, /not both/, { args: ["attribute", "study.yaml", "--data", "data.yaml", "-r", "responses.csv", "-o", "out"] }),
  // attribute reads a cases-only description (a study of that shape); compare compares survey waves and needs responses.
  d("no-responses", "a description with cases only, for compare", `${HEAD}cases:\n  file: cases.csv\n`, 1, "data.yaml describes no survey responses", /compare needs them/, /Add responses:/, {
    args: ["compare", "study.yaml", "--data", "data.yaml", "--before", "1", "--after", "2", "-o", "out"],
  }),
  d("description-missing", "a description file that does not exist", "", 3, "nope.yaml", /The data description nope\.yaml could not be read/, /Check the path/, { args: ["attribute", "study.yaml", "--data", "nope.yaml", "-o", "out"] }),
  d("validate-unknown-question", "validate --data with an unknown question", `${HEAD}responses:\n  file: responses.csv\n  missing: { q_hourz: [NA] }\n`, 1, "data.yaml:4:14 (responses.missing.q_hourz)", /The study has no question "q_hourz"; did you mean "q_hours"\?/, undefined, { args: ["validate", "study.yaml", "--data", "data.yaml"] }),
];
