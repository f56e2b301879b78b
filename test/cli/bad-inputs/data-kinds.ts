/** Bad-input kinds of the data files: survey responses (CSV long and wide, JSON Lines) and case records. */
import type { Kind } from "./kind.js";
import { cases, CASES_HEADER, files, responses, RESPONSES_HEADER } from "./kind.js";

/** The line of the first row a kind adds after the baseline rows (header + 8 responses, header + 6 cases). */
const FIRST_EXTRA = 10;
const FIRST_EXTRA_CASE = 8;
const SCALE_FIX = /Use a value on the question's scale/;
const NUMBER_FIX = /Write the answer as a number on the question's scale/;
const WEIGHT_FIX = /Weights must be numbers greater than 0 and at most 1e12/;
const SAME_RESPONDENT = /A respondent keeps the same audience, post, segment and weight within a wave/;
const WRONG_AUDIENCE = /External respondents answer external questions; an internal respondent answers only questions whose rater is their post/;
const FIELDS_FIX = /Fix the line so it has as many fields as the header and every opening quote is closed/;
const COLUMNS_FIX = /Name the columns in the header/;
const TIME_FIX = /Write times as ISO 8601 with an offset/;
const NO_ROWS = /has no usable rows/;
// The baseline files are small, so one planted bad row is above the partial-data threshold (1%): the kinds that
// plant rows accept partial data, to check each row's message; the partial-data kinds below check the exit.
const A = (...more: string[]): string[] => ["attribute", "study.yaml", "-r", "responses.csv", "--accept-partial", ...more, "-o", "out"];
const AC = (...more: string[]): string[] => ["attribute", "study.yaml", "-r", "responses.csv", "-c", "cases.csv", "--accept-partial", ...more, "-o", "out"];

/** A survey kind: the baseline responses with rows added; the attribution runs (exit 0) and rejects `bad` rows. */
function r(id: string, what: string, extra: readonly string[], bad: number, col: string | null, says: RegExp, fix?: RegExp, more: Partial<Kind> = {}): Kind {
  const where = col === null ? "responses.csv" : `responses.csv:${FIRST_EXTRA}${col ? ` (${col})` : ""}`;
  return { id: `survey/${id}`, what, make: files({ "responses.csv": responses(extra) }), args: A(), code: 0, where, says, ...(fix ? { fix } : {}), ledgers: [{ file: "responses.csv", rejected: bad }], ...more };
}

/** A case kind: the baseline cases with rows added; rejects `bad` rows. */
function c(id: string, what: string, extra: readonly string[], bad: number, col: string | null, says: RegExp, fix?: RegExp, more: Partial<Kind> = {}): Kind {
  const where = col === null ? "cases.csv" : `cases.csv:${FIRST_EXTRA_CASE}${col ? ` (${col})` : ""}`;
  return { id: `cases/${id}`, what, make: files({ "cases.csv": cases(extra) }), args: AC(), code: 0, where, says, ...(fix ? { fix } : {}), ledgers: [{ file: "responses.csv", rejected: 0 }, { file: "cases.csv", rejected: bad }], ...more };
}

/** A kind whose responses file is written whole. */
function rw(id: string, what: string, body: string | Uint8Array, args: readonly string[], code: number, where: RegExp | string, says: RegExp, fix?: RegExp, more: Partial<Kind> = {}): Kind {
  return { id: `survey/${id}`, what, make: files({ [args[3] ?? "responses.csv"]: body }), args, code, where, says, ...(fix ? { fix } : {}), ...more };
}

const WIDE_HEADER = "respondent,area,weight,wave,q_timely,q_timely_e,q_hours";
const WIDE = (rows: readonly string[], header = WIDE_HEADER): string => [header, "w1,city,1,1,4,5,24", "w2,rural,1,1,2,4,8", ...rows].join("\n") + "\n";
const JL = (rows: readonly string[]): string =>
  [JSON.stringify({ respondent: "c1", question: "q_timely", value: 4 }), JSON.stringify({ respondent: "c1", question: "q_timely_e", value: 5 }), ...rows].join("\n") + "\n";
const AJ = (...more: string[]): string[] => ["attribute", "study.yaml", "-r", "responses.jsonl", "--accept-partial", ...more, "-o", "out"];

export const SURVEY_KINDS: readonly Kind[] = [
  r("out-of-range-high", "a Likert answer above the scale", ["c4,external,,city,1,1,q_timely,9"], 1, "value", /"9" is above the scale\'s maximum 5 \(question "q_timely"\)/, SCALE_FIX),
  r("out-of-range-low", "a Likert answer of 0 on a 1–5 scale", ["c4,external,,city,1,1,q_timely,0"], 1, "value", /"0" is below the scale\'s minimum 1/, SCALE_FIX),
  r("numeric-above-max", "hours above the question's maximum", ["c4,external,,city,1,1,q_hours,200"], 1, "value", /"200" is above the scale\'s maximum 168 \(question "q_hours"\)/, SCALE_FIX),
  r("numeric-negative", "negative hours", ["c4,external,,city,1,1,q_hours,-2"], 1, "value", /"-2" is below the scale\'s minimum 0/, SCALE_FIX),
  r("non-numeric", "an answer in words", ["c4,external,,city,1,1,q_timely,good"], 1, "value", /"good" is not a number \(question "q_timely"\)/, NUMBER_FIX),
  r("text-answer-numeric", "a free-text answer to a numeric question", ["c4,external,,city,1,1,q_hours,一天左右"], 1, "value", /"一天左右" is not a number \(question "q_hours"\)/, NUMBER_FIX),
  r("fraction-on-likert", "3.5 on a Likert scale", ["c4,external,,city,1,1,q_timely,3.5"], 1, "value", /"3\.5" is not a whole point on the 1–5 scale/, SCALE_FIX),
  r("fullwidth-digit", "a full-width digit ４ (fine: read as 4)", ["c4,external,,city,1,1,q_timely,４"], 0, null, /responses\.csv: 9 rows read = 9 accepted/),
  r("nan-value", "NaN as an answer", ["c4,external,,city,1,1,q_timely,NaN"], 1, "value", /"NaN" is not a number/, NUMBER_FIX),
  r("unknown-question", "a question id the study does not have", ["c4,external,,city,1,1,q_nope,3"], 1, "question", /Question "q_nope" is not in the study/, /Use a question id from the study\'s evaluation points/),
  r("unknown-audience", "an audience that is neither external nor internal", ["c4,partner,,city,1,1,q_timely,3"], 1, "audience", /Audience "partner" is neither external nor internal/, /Write the audience as "external" or "internal"/),
  r("unknown-post", "an internal respondent in a post the study does not have", ["s3,internal,meter_technician,,1,1,q_order_prompt,3"], 1, "post", /Post "meter_technician" of respondent "s3" is not in the study/, /Use a post id from the study\'s organisation\.posts/),
  r("internal-without-post", "an internal respondent without a post", ["s3,internal,,,1,1,q_order_prompt,3"], 1, "post", /Internal respondent "s3" has no post/, /Give every internal respondent the post/),
  r("external-answers-internal", "a customer answering a staff question", ["c4,external,,city,1,1,q_order_prompt,3"], 1, "question", /Question "q_order_prompt" is for internal post "meter_tech"; respondent "c4" is an external customer/, WRONG_AUDIENCE),
  r("internal-answers-external", "staff answering a customer question", ["s3,internal,meter_tech,,1,1,q_timely,3"], 1, "question", /Question "q_timely" is for external customers; respondent "s3" answers as internal post "meter_tech"/, WRONG_AUDIENCE),
  r("wrong-rater-post", "a post answering another post's question", ["s3,internal,cashier,,1,1,q_order_prompt,3"], 1, "question", /Question "q_order_prompt" is rated by post "meter_tech"; respondent "s3" answers as "cashier"/, WRONG_AUDIENCE),
  r("duplicate-answer", "the same respondent answering a question twice", ["c3,external,,city,1,1,q_timely,4"], 1, "question", /Respondent "c3" already answered "q_timely" in wave "1"; the first answer was kept/, /Remove the repeat/),
  r("weight-text", "a weight that is not a number", ["c4,external,,city,abc,1,q_timely,3"], 1, "weight", /Weight "abc" of respondent "c4" is not a number greater than 0/, WEIGHT_FIX),
  r("weight-zero", "a weight of 0", ["c4,external,,city,0,1,q_timely,3"], 1, "weight", /Weight "0" of respondent "c4" is not a number greater than 0/, WEIGHT_FIX),
  r("weight-negative", "a negative weight", ["c4,external,,city,-1,1,q_timely,3"], 1, "weight", /Weight "-1" of respondent "c4"/, WEIGHT_FIX),
  r("weight-huge", "a weight above 1e12", ["c4,external,,city,1e13,1,q_timely,3"], 1, "weight", /Weight "1e13" of respondent "c4" is not a number greater than 0 and at most 1e12/, WEIGHT_FIX),
  r("weight-excel-error", "an Excel error as a weight", ["c4,external,,city,#N/A,1,q_timely,3"], 1, "weight", /Weight "#N\/A" of respondent "c4"/, WEIGHT_FIX),
  r("blank-respondent", "a row without a respondent id", [",external,,city,1,1,q_timely,3"], 1, "respondent", /The row has no respondent id/, /Give every row a respondent id/),
  r("blank-question", "a row without a question id", ["c4,external,,city,1,1,,3"], 1, "question", /The row names no question/, /Use a question id/),
  r("inconsistent-weight", "a respondent whose weight changes between rows", ["c3,external,,city,2,1,q_timely_e,4"], 1, "respondent", /Respondent "c3" \(wave "1"\) appears earlier with a different audience, post, segment or weight; this row was not used/, SAME_RESPONDENT),
  r("inconsistent-segment", "a respondent whose area changes between rows", ["c3,external,,rural,1,1,q_timely_e,4"], 1, "respondent", /Respondent "c3" \(wave "1"\) appears earlier with a different/, SAME_RESPONDENT),
  r("inconsistent-audience", "a respondent who is a customer and staff", ["c3,internal,meter_tech,,1,1,q_order_prompt,4"], 1, "respondent", /Respondent "c3" \(wave "1"\) appears earlier with a different/, SAME_RESPONDENT),
  r("too-many-fields", "a row with more cells than the header", ["c4,external,,city,1,1,q_timely,3,extra"], 1, "", /Could not read line 10: wrong number of fields: the header has 8, this line has 9/, FIELDS_FIX),
  r("too-few-fields", "a row with fewer cells than the header", ["c4,external,,city,1,1,q_timely"], 1, "", /Could not read line 10: wrong number of fields: the header has 8, this line has 7/, FIELDS_FIX),
  r("yes-on-likert", "a yes/no answer to a Likert question", ["c4,external,,city,1,1,q_timely,yes"], 1, "value", /"yes" is not a number \(question "q_timely"\)/, NUMBER_FIX),
  r("dont-know-code", "a don't-know code (fine: counted, not rejected)", ["c4,external,,city,1,1,q_timely,DK"], 0, null, /values: 9 read = 8 valid \+ 0 missing \+ 1 don\'t know \+ 0 rejected/),
  r("blank-value", "a blank answer (fine: counted as missing)", ["c4,external,,city,1,1,q_timely,"], 0, null, /values: 9 read = 8 valid \+ 1 missing \+ 0 don\'t know \+ 0 rejected/),
  r("not-applicable", "N/A as an answer", ["c4,external,,city,1,1,q_timely,N/A"], 1, "value", /"N\/A" is not a number/, NUMBER_FIX),
  r("blank-lines", "empty lines between rows (fine: not rows)", ["", "c4,external,,city,1,1,q_timely,3", ""], 0, null, /responses\.csv: 9 rows read = 9 accepted/),
  r("whitespace-line", "a line of spaces between rows (fine: a blank line)", ["   ", "c4,external,,city,1,1,q_timely,3"], 0, null, /responses\.csv: 9 rows read = 9 accepted/),
  r("second-case-link", "a customer linked to two cases", [], 1, null, /Respondent "c1" \(wave "1"\) is linked to case "FD1" by an earlier row; this row names case "FD2" and was not used/, /every row of a respondent names the same case id/, {
    make: files({ "responses.csv": "respondent,case,question,value\nc1,FD1,q_timely,4\nc1,FD2,q_timely_e,5\nc2,FD2,q_timely,3\n" }),
  }),
  r("quoted-comma", "a quoted answer with a comma (fine)", ['c4,external,,"city, north",1,1,q_timely,3'], 0, null, /responses\.csv: 9 rows read = 9 accepted/),
  r("quoted-newline", "a quoted cell with a line break is one row (fine)", ['c4,external,,"city\nnorth",1,1,q_timely,3'], 0, null, /responses\.csv: 9 rows read = 9 accepted/, undefined, {
    ledgers: [{ file: "responses.csv", rejected: 0, rows: (t) => t.trim().split("\n").length - 2 }],
  }),
  r("unclosed-quote", "a quote never closed costs its own line only", ['c4,external,,"city,1,1,q_timely,3', "c5,external,,city,1,1,q_timely,4", "c6,external,,city,1,1,q_timely,5"], 1, "", /Could not read line 10: a quote is opened and never closed/, FIELDS_FIX),
  r("formula-with-quotes", "a spreadsheet formula with quotes costs its own line only", ['=HYPERLINK("http://evil","x"),external,,city,1,1,q_timely,3', "c5,external,,city,1,1,q_timely,4"], 1, "", /Could not read line 10: a quoted field is followed by text before the next delimiter/, FIELDS_FIX),
  r("quote-inside-field", "a quote inside an unquoted cell (fine: kept as text)", ['c4,external,,ci"ty,1,1,q_timely,3', "c5,external,,city,1,1,q_timely,4"], 0, null, /responses\.csv: 10 rows read = 10 accepted/),
  // ── whole files: headers, encodings, delimiters ──
  rw("missing-respondent-column", "no respondent column", "question,value\nq_timely,4\n", A(), 1, "responses.csv:1", /The header has no column respondent \(found: question, value\)/, COLUMNS_FIX),
  rw("missing-value-column", "no value column", "respondent,question\nc1,q_timely\n", A(), 1, "responses.csv:1", /The header has no column value \(found: respondent, question\)/, COLUMNS_FIX),
  rw("duplicate-column", "a column twice in the header", "respondent,question,value,value\nc1,q_timely,4,5\n", A(), 1, "responses.csv:1", /The header repeats column\(s\) value/, /Give every column a distinct name/),
  rw("semicolon-delimiter", "a file separated by semicolons (European Excel)", "respondent;question;value\nc1;q_timely;4\n", A(), 1, "responses.csv:1", /found: respondent;question;value\): the file looks separated by semicolons, so the whole header was read as one column/, /Pass the delimiter: --delimiter ';' on the command line, or delimiter: ";" in the options/),
  rw("tab-delimiter", "a file separated by tabs", "respondent\tquestion\tvalue\nc1\tq_timely\t4\n", A(), 1, "responses.csv:1", /found: respondent\tquestion\tvalue\): the file looks separated by tabs, so the whole header was read as one column/, /Pass the delimiter: --delimiter tab on the command line, or delimiter: "\\t" in the options/),
  rw("bom-crlf", "a BOM and CRLF line ends (fine)", "\uFEFF" + responses([]).replace(/\n/g, "\r\n"), A(), 0, "responses.csv", /responses\.csv: 8 rows read = 8 accepted \+ 0 rejected/, undefined, { ledgers: [{ file: "responses.csv", rejected: 0 }] }),
  rw("utf16", "a file saved as UTF-16 with a byte-order mark (fine: read as UTF-16)", Buffer.from("\uFEFF" + responses([]), "utf16le"), A(), 0, "responses.csv", /responses\.csv: 8 rows read = 8 accepted \+ 0 rejected/, undefined, { ledgers: [{ file: "responses.csv", rejected: 0, rows: () => 8 }] }),
  rw("utf16-no-bom", "a file saved as UTF-16 without a byte-order mark (fine: recognised by its zero bytes)", Buffer.from(responses([]), "utf16le"), A(), 0, "responses.csv", /responses\.csv: 8 rows read = 8 accepted \+ 0 rejected/, undefined, { ledgers: [{ file: "responses.csv", rejected: 0, rows: () => 8 }] }),
  rw("gb18030-unflagged", "a GB18030 file read as UTF-8", Buffer.from([...Buffer.from("respondent,area,question,value\nc1,"), 0xb3, 0xc7, 0xc7, 0xf8, ...Buffer.from(",q_timely,4\n")]), A(), 1, "responses.csv:2", /its bytes are not valid utf-8 text; it reads without error as gb18030/, /--encoding gb18030/, { ledgers: [{ file: "responses.csv", rejected: 1 }] }),
  rw("gb18030-header", "a GB18030 file with Chinese headers read as UTF-8", Buffer.from([0xb1, 0xe0, 0xba, 0xc5, ...Buffer.from(",question,value\nc1,q_timely,4\n")]), A(), 1, "responses.csv:1", /The header line is not valid utf-8 text, so no column can be found; it reads without error as gb18030/, /--encoding gb18030/),
  rw("empty-file", "an empty responses file", "", A(), 1, "responses.csv:1", /The file is empty/, /Check that this is the file you meant and that the export finished/),
  rw("header-only", "a responses file with a header and no row", RESPONSES_HEADER + "\n", A(), 1, "responses.csv:1", /The file has a header but no data rows/, /Export the data rows too/),
  rw("partial-data", "one row in nine rejected, above the 1% threshold", responses(["c4,external,,city,1,1,q_timely,9"]), ["attribute", "study.yaml", "-r", "responses.csv", "-o", "out"], 1, "responses.csv", /responses\.csv: 11\.1% of rows rejected \(above 1%\): the report is marked partial\. Fix the rows listed in ledger\.json, or pass --accept-partial/, undefined, { ledgers: [{ file: "responses.csv", rejected: 1 }] }),
  rw("partial-threshold", "the same file under a threshold of 20% (fine)", responses(["c4,external,,city,1,1,q_timely,9"]), ["attribute", "study.yaml", "-r", "responses.csv", "--partial-threshold", "0.2", "-o", "out"], 0, "responses.csv", /responses\.csv: 9 rows read = 8 accepted \+ 1 rejected/, undefined, { ledgers: [{ file: "responses.csv", rejected: 1 }] }),
  rw("strict-rejects", "--strict with a rejected row", responses(["c4,external,,city,1,1,q_timely,9"]), A("--strict"), 1, "responses.csv:10 (value)", /--strict: responses\.csv has 1 rejected row or value/, /run without --strict to analyse the accepted rows only/, { ledgers: [{ file: "responses.csv", rejected: 1 }] }),
  rw("link-column-missing", "--link-column naming a column the file does not have", responses([]), A("--link-column", "工单编号"), 1, "responses.csv:1", /The header has no column 工单编号/, COLUMNS_FIX),
  rw("all-rows-rejected", "every row rejected", `${RESPONSES_HEADER}\nc1,external,,city,1,1,q_nope,3\nc2,external,,city,1,1,q_timely,9\n`, A(), 1, "responses.csv:3 (value)", /responses\.csv has no usable rows: all 2 rows were rejected \(unknown-question 1, out-of-range 1\)/, /Use a question id from the study\'s evaluation points/, { ledgers: [{ file: "responses.csv", rejected: 2 }] }),
  // ── wide form ──
  rw("wide-unknown-column", "a wide column that is not a question", WIDE(["w3,city,1,1,3,4,12"], WIDE_HEADER.replace("q_hours", "q_hourz")), A("--form", "wide"), 0, "q_hourz", /Column "q_hourz" is not a question of the study/, undefined, { says: /Column "q_hourz" is not a question of the study \(value "12"\); did you mean "q_hours"\?/ }),
  rw("wide-non-numeric", "a wide cell in words", WIDE(["w3,city,1,1,good,4,12"]), A("--form", "wide"), 0, "responses.csv:4 (q_timely)", /"good" is not a number \(question "q_timely"\)/, NUMBER_FIX, { ledgers: [{ file: "responses.csv", rejected: 0 }] }), // a bad cell rejects a value, not the row
  rw("wide-duplicate-respondent", "a respondent on two wide rows", WIDE(["w1,city,1,1,3,4,12"]), A("--form", "wide"), 0, "responses.csv:4 (q_timely)", /Respondent "w1" already answered "q_timely" in wave "1"/, /Remove the repeat/, { ledgers: [{ file: "responses.csv", rejected: 0 }] }), // its three values are rejected
  rw("wide-missing-respondent", "a wide file without a respondent column", "q_timely,q_timely_e\n4,5\n", A("--form", "wide"), 1, "responses.csv:1", /The header has no column respondent \(found: q_timely, q_timely_e\)/, COLUMNS_FIX),
  rw("wide-on-long-file", "--form wide on a long file", responses([]), A("--form", "wide"), 1, "--form", /long form|one answer a row/, undefined, {}),
  rw("long-on-wide-file", "a wide file read as long", WIDE([]), A(), 1, "responses.csv:1", /read in long form \(one answer a row\), but its header has no question and value columns and has columns named after questions of the study \(q_timely, q_timely_e, q_hours\)/, /pass --form wide on the command line/),
  // ── JSON Lines ──
  rw("jsonl-malformed", "a JSON Lines row that is not JSON", JL(['{"respondent": "c2", "question": "q_timely", "value": 3']), AJ(), 0, "responses.jsonl:3", /Could not read line 3: not valid JSON/, /In a JSON Lines file, write one JSON object per line/, { ledgers: [{ file: "responses.jsonl", rejected: 1 }] }),
  rw("jsonl-array", "a JSON Lines row that is an array", JL(['["c2", "q_timely", 3]']), AJ(), 0, "responses.jsonl:3", /Could not read line 3: the line is valid JSON but not an object/, /In a JSON Lines file, write one JSON object per line/, { ledgers: [{ file: "responses.jsonl", rejected: 1 }] }),
  rw("jsonl-out-of-range", "a JSON Lines answer out of range", JL(['{"respondent": "c2", "question": "q_timely", "value": 12}']), AJ(), 0, "responses.jsonl:3 (value)", /12 is above the scale\'s maximum 5/, SCALE_FIX, { ledgers: [{ file: "responses.jsonl", rejected: 1 }] }),
  rw("jsonl-missing-respondent", "a JSON Lines row without a respondent", JL(['{"question": "q_timely", "value": 3}']), AJ(), 0, "responses.jsonl:3 (respondent)", /The row has no respondent id/, /Give every row a respondent id/, { ledgers: [{ file: "responses.jsonl", rejected: 1 }] }),
  rw("jsonl-value-object", "a JSON Lines answer that is an object", JL(['{"respondent": "c2", "question": "q_timely", "value": {"score": 3}}']), AJ(), 0, "responses.jsonl:3 (value)", /\{"score":3\} is not a number/, NUMBER_FIX, { ledgers: [{ file: "responses.jsonl", rejected: 1 }] }),
];

export const CASE_KINDS: readonly Kind[] = [
  c("unparseable-time", "a time in words", ["FD3,arrears_paid,yesterday"], 1, "time", /Time "yesterday" of event "arrears_paid" \(case "FD3"\) cannot be read: it is neither ISO 8601/, TIME_FIX),
  c("impossible-date", "a date that does not exist", ["FD3,arrears_paid,2026-02-30T10:00:00+08:00"], 1, "time", /cannot be read: day 30 does not exist in 2026-02/, TIME_FIX),
  c("time-without-offset", "a local time without --assume-offset", ["FD3,arrears_paid,2026-03-03 16:26"], 1, "time", /cannot be read: it has no UTC offset/, /--assume-offset \+08:00 on the command line/),
  c("date-only", "a date without a time", ["FD3,arrears_paid,2026-03-03"], 1, "time", /Time "2026-03-03" of event "arrears_paid" \(case "FD3"\) cannot be read/, TIME_FIX),
  c("unknown-event", "an event the study does not have", ["FD3,arrears_payed,2026-03-03T16:26:00+08:00"], 1, "event", /Event "arrears_payed" is not in the study/, /Use an event id from the study\'s events \(in wide form/),
  c("duplicate-event", "the same event twice in one case", ["FD1,arrears_paid,2026-03-03T16:30:00+08:00"], 1, "event", /Case "FD1" already has event "arrears_paid" \(line 2\); the first time was kept/, /Remove the repeat/),
  c("stop-before-start", "reconnected before the arrears were settled", ["FD3,arrears_settled,2026-03-05T10:00:00+08:00", "FD3,supply_reconnected,2026-03-04T10:00:00+08:00"], 1, "time", /Case "FD3": "supply_reconnected" .* comes before "arrears_settled"/, /The event that stops a clock cannot come before the event that starts it/, { where: "cases.csv:9 (time)" }),
  c("blank-case-id", "a row without a case id", [",arrears_paid,2026-03-03T16:26:00+08:00"], 1, "case", /The row has no case id/, /Give every row a case id/),
  c("blank-time", "a row without a time", ["FD3,arrears_paid,"], 1, "time", /No time for event "arrears_paid" of case "FD3"/, /Fill in the value \(for a case record, the event\'s time\)/),
  c("epoch-seconds", "epoch seconds instead of milliseconds", ["FD3,arrears_paid,1772526360"], 1, "time", /it looks like epoch seconds/, TIME_FIX),
  c("epoch-millis", "epoch milliseconds (fine)", ["FD3,arrears_paid,1772526360000"], 0, null, /cases\.csv: 7 rows read = 7 accepted/),
  c("assume-offset", "local times with --assume-offset (fine)", ["FD3,arrears_paid,2026-03-03T16:26:00"], 0, null, /cases\.csv: 7 rows read = 7 accepted/, undefined, { args: AC("--assume-offset", "+08:00") }),
  c("slashed-local-time", "a slashed local time, as exports write it, with --assume-offset (fine)", ["FD3,arrears_paid,2026/03/03 16:26"], 0, null, /cases\.csv: 7 rows read = 7 accepted/, undefined, { args: AC("--assume-offset", "+08:00") }),
  c("slashed-without-offset", "a slashed local time without --assume-offset", ["FD3,arrears_paid,2026/03/03 16:26"], 1, "time", /"2026\/03\/03 16:26".*cannot be read: it has no UTC offset/, /--assume-offset \+08:00 on the command line/),
  { id: "cases/missing-time-column", what: "no time column", make: files({ "cases.csv": "case,event\nFD1,arrears_paid\n" }), args: AC(), code: 1, where: "cases.csv:1", says: /The header has no column time \(found: case, event\)/, fix: COLUMNS_FIX },
  { id: "cases/missing-case-column", what: "no case column", make: files({ "cases.csv": "event,time\narrears_paid,2026-03-03T16:26:00+08:00\n" }), args: AC(), code: 1, where: "cases.csv:1", says: /The header has no column case \(found: event, time\)/, fix: COLUMNS_FIX },
  { id: "cases/missing-event-column", what: "no event column", make: files({ "cases.csv": "case,time\nFD1,2026-03-03T16:26:00+08:00\n" }), args: AC(), code: 1, where: "cases.csv:1", says: /The header has no column event \(found: case, time\)/, fix: COLUMNS_FIX },
  { id: "cases/empty-file", what: "an empty cases file", make: files({ "cases.csv": "" }), args: AC(), code: 1, where: "cases.csv:1", says: /The file is empty/, fix: /Check that this is the file you meant/ },
  { id: "cases/header-only", what: "a cases file with a header and no row", make: files({ "cases.csv": CASES_HEADER + "\n" }), args: AC(), code: 1, where: "cases.csv:1", says: /The file has a header but no data rows/, fix: /Export the data rows too/ },
  { id: "cases/blank-only", what: "a cases file of blank lines", make: files({ "cases.csv": "\n\n,,\n" }), args: AC(), code: 1, where: "cases.csv:1", says: /The file has only blank lines \(3\)/, fix: /a data file starts with a header line/ },
  { id: "cases/jsonl-malformed", what: "a JSON Lines case row that is not JSON", make: files({ "cases.jsonl": '{"case":"FD1","event":"arrears_paid","time":"2026-03-03T16:26:00+08:00"}\n{"case":"FD1",\n' }), args: ["attribute", "study.yaml", "-r", "responses.csv", "-c", "cases.jsonl", "--accept-partial", "-o", "out"], code: 0, where: "cases.jsonl:2", says: /Could not read line 2: not valid JSON/, fix: /In a JSON Lines file, write one JSON object per line/, ledgers: [{ file: "cases.jsonl", rejected: 1 }] },
];
