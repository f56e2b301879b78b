/** Bad-input kinds of the study file: YAML/JSON syntax, the model's types and the method's references. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import type { Kind } from "./kind.js";
import { editStudy, files, lineOf, STUDY_TEXT } from "./kind.js";

const V = ["validate", "study.yaml"] as const;
type Edit = readonly [from: string | RegExp, to: string];

/** Escapes text for a RegExp. */
const esc = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A study kind: `validate` an edited baseline study; exit 1 unless said otherwise. The message must be located
 * at study.yaml:LINE:COL with the document path; LINE is where `near` (default: the last edit's new text) is.
 */
function s(
  id: string,
  what: string,
  edits: readonly Edit[],
  path: string | null,
  says: RegExp,
  fix: RegExp | undefined,
  extra: Partial<Kind> & { near?: string | null } = {},
): Kind {
  const text = editStudy(...edits);
  const { near, ...rest } = extra;
  const needle = near === undefined ? (edits.at(-1)?.[1].split("\n").find((l) => l.trim()) ?? null) : near;
  const line = needle === null ? "\\d+" : String(lineOf(text, needle));
  const where = new RegExp(`study\\.yaml:${line}:\\d+${path === null ? "" : ` \\(${esc(path)}\\)`}`);
  return { id: `study/${id}`, what, make: (dir) => writeFileSync(join(dir, "study.yaml"), text), args: V, code: 1, where, says, ...(fix ? { fix } : {}), ...rest };
}

/** A kind whose study file is written whole. */
function whole(id: string, what: string, name: string, body: string, where: RegExp | string, says: RegExp, fix: RegExp, extra: Partial<Kind> = {}): Kind {
  return { id: `study/${id}`, what, make: files({ [name]: body }), args: ["validate", name], code: 1, where, says, fix, ...extra };
}

const POST_CASHIER = "{ id: cashier, name: { en: Business-hall cashier, zh: 营业厅收费员 }, department: service_centre, headcount: 20 }";
const STEP_SETTLE = "{ id: settle, layer: backoffice, owner: billing_clerk,";
const Q_TIMELY_SCALE = "scale: { type: likert, points: 5 }, text: { en: My supply";
const STD_CLOCK = "clock: { start: arrears_settled, stop: supply_reconnected }\n    compliance";
const DEFINE_OR_CORRECT = /Define the \w[\w ]* under [\w.[\]]+, or correct the id/;
const SYNTAX = /Fix the syntax at the location shown/;
const VALID = /valid \(0 errors/;
const UNKNOWN_FIELD = /Remove the field or correct its spelling/;

export const STUDY_KINDS: readonly Kind[] = [
  // ── YAML and JSON syntax ──
  s("yaml-unclosed-flow-map", "a flow map without its closing brace", [[POST_CASHIER, POST_CASHIER.slice(0, -2)]], null, /not valid YAML: Flow map .*end with a \}/, SYNTAX, { near: "  - { id: billing_clerk" }),
  s("yaml-tab-indent", "a tab used for indentation", [["\n  posts:", "\n\tposts:"]], null, /not valid YAML: Tabs are not allowed as indentation/, SYNTAX),
  s("yaml-duplicate-key", "the same key twice in a mapping", [["id: training_reconnection\n", "id: training_reconnection\nid: other\n"]], null, /not valid YAML: Map keys must be unique/, /Remove or rename the repeated key/, { near: "id: other" }),
  s("yaml-bad-indent", "a key indented deeper than its siblings", [["\n  posts:", "\n     posts:"]], null, /not valid YAML/, SYNTAX),
  s("yaml-unclosed-quote", "a quoted string never closed", [["source: Service commitments (illustrative)", 'source: "Service commitments (illustrative)']], null, /not valid YAML: Missing closing "quote/, SYNTAX, { near: null }),
  whole("yaml-empty-file", "an empty study file", "study.yaml", "", /study\.yaml/, /empty/i, /study/, {}),
  whole("yaml-only-comments", "a study file with only comments", "study.yaml", "# nothing here yet\n", /study\.yaml/, /empty|no study|only comments/i, /study/, {}),
  whole("yaml-scalar-root", "a study file that is one string", "study.yaml", "hello\n", "study.yaml:1:1", /The study file holds the text "hello", not a study/, /Start the study with "gaptrace: 1"/),
  whole("yaml-list-root", "a study file that is a list", "study.yaml", "- a\n- b\n", "study.yaml:1:1", /The study file holds a list, not a study/, /Start the study with "gaptrace: 1"/),
  s("yaml-anchor-unknown", "an alias to an anchor that does not exist", [["department: service_centre, headcount: 20", "department: *nowhere, headcount: 20"]], null, /The alias \*nowhere refers to an anchor that is not defined: no value before it is marked &nowhere/, /Define the anchor by writing &nowhere before a value, above its first use as \*nowhere/),
  whole("json-trailing-comma", "a JSON study with a trailing comma", "study.json", '{\n  "gaptrace": 1,\n  "id": "x",\n}\n', "study.json:4:1", /not valid JSON/, /Fix the JSON syntax/),
  whole("json-truncated", "a JSON study cut off in the middle", "study.json", '{"gaptrace":1,"id":"x","name":', "study.json:1:31:", /not valid JSON: the file ends before the JSON is complete/, /Fix the JSON syntax at the end of the file: close every open quote, \[ and \{/),
  whole("json-wrong-types", "a JSON study with a number for the id", "study.json", JSON.stringify({ gaptrace: 1, id: 5 }), "study.json:1:20 (id)", /Expected string at "id" but found number 5/, /Write "id" as string/),
  // ── format, required fields, unknown keys ──
  s("format-version-2", "a format version this library does not read", [["gaptrace: 1", "gaptrace: 2"]], "gaptrace", /"gaptrace" is number 2; allowed: 1/, /allowed values/),
  s("format-version-missing", "no format version", [["gaptrace: 1\n", ""]], "gaptrace", /Required field "gaptrace" is missing/, /Add "gaptrace"/, { near: "id: training_reconnection" }),
  s("missing-id", "no study id", [["id: training_reconnection\n", ""]], "id", /Required field "id" is missing/, /Add "id"/, { near: "gaptrace: 1" }),
  s("missing-name", "no study name", [[/^name: .*\n/m, ""]], "name", /Required field "name" is missing/, /Add "name"/, { near: "gaptrace: 1" }),
  s("missing-organisation-posts", "organisation without posts", [[/ {2}posts:\n( {4}- .*\n)+/, ""]], "organisation.posts", /Required field "posts" is missing/, /Add "posts"/, { near: "organisation:" }),
  s("missing-blueprints", "no blueprints", [[/^blueprints:\n[\s\S]*?(?=^events:)/m, ""]], "blueprints", /Required field "blueprints" is missing/, /Add "blueprints"/, { near: "gaptrace: 1" }),
  s("missing-step-layer", "a step without a layer", [["{ id: settle, layer: backoffice, ", "{ id: settle, "]], "blueprints[0].steps[2].layer", /Required field "layer" is missing/, /Add "layer" \(expected one of "customer", "frontline", "backoffice", "support"\)/),
  s("missing-question-scale", "a question without a scale", [[`, ${Q_TIMELY_SCALE}`, ", text: { en: My supply"]], "evaluationPoints[0].questions[0].scale", /Required field "scale" is missing/, /Add "scale"/),
  s("missing-standard-threshold", "a standard without a threshold", [["    threshold: 24\n", ""]], "standards[0].threshold", /Required field "threshold" is missing/, /Add "threshold" \(expected number\)/, { near: "  - id: reconnect_24h" }),
  s("unknown-top-level-key", "an unknown key at the top", [["gaptrace: 1\n", "gaptrace: 1\nthemes: []\n"]], null, /Unknown field "themes"/, UNKNOWN_FIELD, { near: "themes: []" }),
  s("unknown-post-key", "a misspelt key in a post (headcont)", [["department: service_centre, headcount: 20", "department: service_centre, headcont: 20"]], "organisation.posts[0]", /Unknown field "headcont"/, UNKNOWN_FIELD),
  s("unknown-step-key", "a misspelt key in a step (ownr)", [[STEP_SETTLE, "{ id: settle, layer: backoffice, ownr: billing_clerk,"]], "blueprints[0].steps[2]", /Unknown field "ownr"/, UNKNOWN_FIELD),
  s("unknown-standard-key", "a misspelt key in a standard (treshold)", [["    threshold: 24\n", "    threshold: 24\n    treshold: 24\n"]], "standards[0]", /Unknown field "treshold"/, UNKNOWN_FIELD, { near: "    treshold" }),
  // ── wrong types and out-of-range numbers ──
  s("headcount-negative", "a negative headcount", [["headcount: 20", "headcount: -3"]], "organisation.posts[0].headcount", /"headcount".*>=0 \(found number -3\)/, /Correct the value/),
  s("headcount-fraction", "a fractional headcount", [["headcount: 20", "headcount: 2.5"]], "organisation.posts[0].headcount", /"headcount" but found number 2\.5/, /Write "headcount" as/),
  s("headcount-text", "a headcount in words", [["headcount: 20", "headcount: twenty"]], "organisation.posts[0].headcount", /Expected number at "headcount" but found the text "twenty"/, /Write "headcount" as number/),
  s("layer-unknown", "a layer that is not one of the four", [[STEP_SETTLE, "{ id: settle, layer: middle, owner: billing_clerk,"]], "blueprints[0].steps[2].layer", /"layer" is the text "middle"; allowed: "customer", "frontline", "backoffice", "support"/, /allowed values/),
  s("handoff-kind-unknown", "a hand-off kind that is neither serial nor parallel", [["kind: parallel", "kind: sequential"]], "blueprints[0].handoffs[2].kind", /"sequential"; allowed: "serial", "parallel"/, /allowed values/),
  s("better-unknown", "better: smaller", [["better: lower", "better: smaller"]], "standards[0].better", /"smaller"; allowed: "lower", "higher"/, /allowed values/),
  s("standard-unit-unknown", "a standard in hours written 'hours'", [["    unit: h\n", "    unit: hours\n"]], "standards[0].unit", /"unit" is the text "hours"; allowed: .*"h"/, /allowed values/),
  s("metric-unit-unknown", "a metric unit that does not exist", [["step: reconnect_supply, unit: h,", "step: reconnect_supply, unit: hrs,"]], "metrics[0].unit", /"hrs"; allowed: .*"min", "h", "d"/, /allowed values/),
  s("threshold-text", "a threshold with its unit in it", [["threshold: 24", "threshold: 24h"]], "standards[0].threshold", /Expected number at "threshold" but found the text "24h"/, /Write "threshold" as number/),
  s("threshold-negative-duration", "a negative time limit", [["threshold: 24", "threshold: -24"]], "standards[0].threshold", /Standard "reconnect_24h" limits a duration to -24 h/, /duration threshold is positive/),
  s("compliance-above-1", "a compliance share above 1", [["compliance: 0.95", "compliance: 1.5"]], "standards[0].compliance", /"compliance".*<=1 \(found number 1\.5\)/, /Correct the value/),
  s("compliance-percent", "a compliance share written as a percentage", [["compliance: 0.95", "compliance: 95%"]], "standards[0].compliance", /Expected number at "compliance" but found the text "95%"/, /Write "compliance" as number/),
  s("compliance-negative", "a negative compliance share", [["compliance: 0.95", "compliance: -0.1"]], "standards[0].compliance", /"compliance".*>=0 \(found number -0\.1\)/, /Correct the value/),
  s("target-above-100", "a satisfaction target above 100", [["target: 80", "target: 120"]], "evaluationPoints[0].target", /"target".*<=100 \(found number 120\)/, /Correct the value/),
  s("likert-4-points", "a 4-point Likert scale", [[Q_TIMELY_SCALE, "scale: { type: likert, points: 4 }, text: { en: My supply"]], "evaluationPoints[0].questions[0].scale.points", /"points" is number 4; allowed: 5, 7\./, /Use one of the allowed values/),
  s("score-max-50", "a score scale out of 50", [[Q_TIMELY_SCALE, "scale: { type: score, max: 50 }, text: { en: My supply"]], "evaluationPoints[0].questions[0].scale.max", /"max" is number 50; allowed: 10, 100\./, /Use one of the allowed values/),
  s("scale-type-unknown", "a scale type that does not exist", [[Q_TIMELY_SCALE, "scale: { type: stars }, text: { en: My supply"]], "evaluationPoints[0].questions[0].scale.type", /"type" is the text "stars"; allowed: "likert", "score", "yesno", "numeric"\./, /Use one of the allowed values/),
  s("numeric-min-above-max", "a numeric scale whose min is above its max", [["min: 0, max: 168", "min: 168, max: 0"]], "evaluationPoints[0].questions[2].scale", /Question "q_hours" has a numeric range 168–0 that admits no answer/, /Make min smaller than max/, { near: "min: 168" }),
  s("numeric-unit-unknown", "a numeric scale in an unknown unit", [["scale: { type: numeric, unit: h,", "scale: { type: numeric, unit: hour,"]], "evaluationPoints[0].questions[2].scale.unit", /"hour"; allowed: .*"h"/, /allowed values/),
  s("audience-kind-unknown", "an audience kind that does not exist", [["id: q_timely, audience: { kind: external }", "id: q_timely, audience: { kind: customer }"]], "evaluationPoints[0].questions[0].audience.kind", /"kind" is the text "customer"; allowed: "external", "internal"\./, /Use one of the allowed values/),
  s("internal-without-rater", "an internal question without its rater post", [["audience: { kind: internal, rater: meter_tech }", "audience: { kind: internal }"]], "evaluationPoints[1].questions[0].audience.rater", /Required field "rater" is missing/, /Add "rater"/),
  s("measures-unknown", "measures: satisfaction", [["id: q_timely, audience: { kind: external }, measures: perception", "id: q_timely, audience: { kind: external }, measures: satisfaction"]], "evaluationPoints[0].questions[0].measures", /"satisfaction"; allowed: "perception", "expectation", "importance", "performance"/, /allowed values/),
  s("reverse-text", "reverse: maybe", [["points: 5 }, pairs: q_timely,", "points: 5 }, reverse: maybe, pairs: q_timely,"]], "evaluationPoints[0].questions[1].reverse", /Expected boolean at "reverse" but found the text "maybe"/, /Write "reverse" as boolean/),
  s("rework-text", "rework given as a word", [["{ from: reconnect_supply, to: confirm_supply }", "{ from: reconnect_supply, to: confirm_supply, rework: sometimes }"]], "blueprints[0].handoffs[4].rework", /Expected boolean at "rework" but found the text "sometimes"/, /Write "rework" as boolean/),
  s("steps-not-a-list", "steps given as a map", [[/ {4}steps:\n( {6}- .*\n)+/, "    steps: { pay: customer }\n"]], "blueprints[0].steps", /Expected array at "steps" but found an object/, /Write "steps" as array/),
  s("standard-steps-empty", "a standard that governs no step", [["steps: [reconnect_supply]", "steps: []"]], "standards[0].steps", /a standard governs at least one step/, /Correct the value/),
  s("item-needs-empty", "a service item that serves no need", [["needs: [easy_payment] }", "needs: [] }"]], "themeMap.items[0].needs", /a service item serves at least one need/, /Correct the value/),
  // ── ids and labels ──
  s("id-with-space", "an id with a space", [["{ id: take_payment,", "{ id: take payment,"]], "blueprints[0].steps[1].id", /"take payment"\): an id starts with a letter, digit or _ and contains only letters, digits/, /Ids use letters, digits/),
  s("id-empty", "an empty id", [["{ id: it_engineer,", '{ id: "",']], "organisation.posts[3].id", /an id cannot be empty/, /Correct the value|Ids use/),
  s("id-too-long", "an id of 129 characters", [["id: training_reconnection", `id: ${"x".repeat(129)}`]], "id", /an id is at most 128 characters/, /Correct the value/),
  s("id-leading-dash", "an id that starts with a dash", [["{ id: it_engineer,", "{ id: -it_engineer,"]], "organisation.posts[3].id", /"-it_engineer"\): an id starts with a letter, digit or _/, /Ids use letters, digits/),
  s("id-emoji", "an id with an emoji", [["id: training_reconnection", "id: reconnect_⚡"]], "id", /"reconnect_⚡"\): an id starts with/, /Ids use letters, digits/),
  s("id-number", "an id written as a number", [["{ id: it_engineer,", "{ id: 42,"]], "organisation.posts[3].id", /Expected string at "id" but found number 42/, /Write "id" as string/),
  s("label-empty", "an empty name", [["name: { en: Billing clerk, zh: 电费账务员 }", 'name: ""']], "organisation.posts[1].name", /a label cannot be empty/, /Correct the value/),
  s("label-blank-object", "a name with neither language", [["name: { en: Billing clerk, zh: 电费账务员 }", "name: {}"]], "organisation.posts[1].name", /give the label in English \(en\) or Chinese \(zh\)/, /Correct the value/),
  s("label-unknown-language", "a name in French only", [["name: { en: Billing clerk, zh: 电费账务员 }", "name: { fr: Comptable }"]], "organisation.posts[1].name", /Unknown field "fr"/, UNKNOWN_FIELD),
  // ── references the study does not have ──
  s("ref-step-owner-post", "a step owned by a post that does not exist", [["owner: cashier, name", "owner: cashir, name"]], "blueprints[0].steps[1].owner", /Step "take_payment" names post "cashir", which is not defined/, /Define the post under organisation\.posts, or correct the id/),
  s("ref-post-department", "a post in a department that does not exist", [["department: service_centre, headcount: 20", "department: service_center, headcount: 20"]], "organisation.posts[0].department", /Post "cashier" is in department "service_center", which is not defined/, /Define the department under organisation\.departments/),
  s("ref-handoff-from", "a hand-off from a step that does not exist", [["{ from: pay, to: take_payment }", "{ from: payy, to: take_payment }"]], "blueprints[0].handoffs[0].from", /names step "payy", which is not defined/, /Define the step in this blueprint's steps, or correct the id/),
  s("ref-handoff-to", "a hand-off to a step that does not exist", [["{ from: confirm_supply, to: power_back }", "{ from: confirm_supply, to: powerback }"]], "blueprints[0].handoffs[5].to", /names step "powerback", which is not defined/, /Define the step in this blueprint's steps/),
  s("ref-event-step", "an event at a step that does not exist", [["{ id: arrears_paid, step: pay,", "{ id: arrears_paid, step: paying,"]], "events[0].step", /Event "arrears_paid" names step "paying"/, DEFINE_OR_CORRECT),
  s("ref-metric-step", "a metric of a step that does not exist", [["step: reconnect_supply, unit: h,", "step: reconnect, unit: h,"]], "metrics[0].step", /Metric "reconnection_time" names step "reconnect", which is not defined/, DEFINE_OR_CORRECT),
  s("ref-standard-metric", "a standard on a metric that does not exist", [["    metric: reconnection_time\n", "    metric: reconnect_time\n"]], "standards[0].metric", /names metric "reconnect_time", which is not defined/, /Define the metric under metrics/),
  s("ref-standard-clock-start", "a standard clock starting at an unknown event", [[STD_CLOCK, "clock: { start: arrears_setled, stop: supply_reconnected }\n    compliance"]], "standards[0].clock.start", /clock names event "arrears_setled", which is not defined/, /Define the event under events/),
  s("ref-standard-clock-stop", "a standard clock stopping at an unknown event", [[STD_CLOCK, "clock: { start: arrears_settled, stop: reconnected }\n    compliance"]], "standards[0].clock.stop", /clock names event "reconnected"/, /Define the event under events/),
  s("ref-standard-step", "a standard governing a step that does not exist", [["steps: [reconnect_supply]", "steps: [reconnect_suply]"]], "standards[0].steps[0]", /names step "reconnect_suply", which is not defined/, DEFINE_OR_CORRECT),
  s("ref-standard-owner-post", "a standard owned by a post that does not exist", [["owner: { department: marketing }", "owner: { post: quality_officer }"]], "standards[0].owner.post", /names post "quality_officer", which is not defined/, /Define the post under organisation\.posts/),
  s("ref-standard-owner-department", "a standard owned by a department that does not exist", [["owner: { department: marketing }", "owner: { department: marketting }"]], "standards[0].owner.department", /names department "marketting", which is not defined/, /Define the department under organisation\.departments/),
  s("ref-standard-owner-both", "a standard owner naming a post and a department", [["owner: { department: marketing }", "owner: { department: marketing, post: cashier }"]], "standards[0].owner", /The owner names both post "cashier" and department "marketing"; a standard is owned by one post or one department/, /Give either a post or a department, not both/),
  s("ref-point-step", "an evaluation point at a step that does not exist", [["    step: confirm_supply\n", "    step: confirm\n"]], "evaluationPoints[0].step", /Evaluation point "ep_reconnection" names step "confirm", which is not defined/, DEFINE_OR_CORRECT),
  s("ref-question-rater", "an internal question rated by a post that does not exist", [["rater: meter_tech }", "rater: meter_technician }"]], "evaluationPoints[1].questions[0].audience.rater", /Question "q_order_prompt" names post "meter_technician"/, /Define the post under organisation\.posts/),
  s("ref-question-pairs", "a question paired with one that does not exist", [["pairs: q_timely,", "pairs: q_timly,"]], "evaluationPoints[0].questions[1].pairs", /names question "q_timly", which is not defined/, DEFINE_OR_CORRECT),
  s("ref-question-metric", "a question on a metric that does not exist", [["        metric: reconnection_time\n", "        metric: reconnect_hours\n"]], "evaluationPoints[0].questions[2].metric", /Question "q_hours" names metric "reconnect_hours"/, /Define the metric under metrics/),
  s("ref-question-clock-event", "a question clock starting at an unknown event", [["clock: { start: arrears_paid, stop: supply_reconnected } #", "clock: { start: paid, stop: supply_reconnected } #"]], "evaluationPoints[0].questions[2].clock.start", /Question "q_hours"'s clock names event "paid"/, /Define the event under events/),
  s("ref-blueprint-theme", "a blueprint of a theme that does not exist", [["  - theme: reconnect\n", "  - theme: reconnection_theme\n"]], "blueprints[0].theme", /names theme "reconnection_theme", which is not defined/, /Define the theme under themeMap\.themes/),
  s("ref-theme-item", "a theme grouping an item that does not exist", [["items: [reconnection] }", "items: [reconnect_item] }"]], "themeMap.themes[0].items[0]", /Theme "reconnect" names service item "reconnect_item"/, /Define the service item under themeMap\.items/),
  s("ref-item-need", "an item serving a need that does not exist", [["needs: [easy_payment] }", "needs: [easy_pay] }"]], "themeMap.items[0].needs[0]", /Service item "reconnection" names need "easy_pay"/, /Define the need under themeMap\.needs/),
  s("ref-step-contributor", "a step contributor that is not a post", [[STEP_SETTLE, "{ id: settle, layer: backoffice, owner: billing_clerk, contributors: [nobody],"]], "blueprints[0].steps[2].contributors[0]", /Step "settle" names post "nobody"/, /Define the post under organisation\.posts/),
  s("ref-step-reach-point", "a step reaching an evaluation point that does not exist", [[STEP_SETTLE, "{ id: settle, layer: backoffice, owner: billing_clerk, reach: [ep_nowhere],"]], "blueprints[0].steps[2].reach[0]", /reach of step "settle" names evaluation point "ep_nowhere"/, /Define the evaluation point under evaluationPoints/),
  s("ref-standard-reach-point", "a standard reaching a point that does not exist", [["    steps: [reconnect_supply]\n", "    steps: [reconnect_supply]\n    reach: [ep_nowhere]\n"]], "standards[0].reach[0]", /reach of standard "reconnect_24h" names evaluation point "ep_nowhere"/, /Define the evaluation point/, { near: "    reach: [ep_nowhere]" }),
  s("ref-person-post", "a person in a post that does not exist", [["themeMap:", "  persons: [{ id: p1, name: Li Wei, post: cashiers }]\nthemeMap:"]], "organisation.persons[0].post", /Person "p1" names post "cashiers"/, /Define the post under organisation\.posts/),
  // ── duplicates ──
  s("dup-post-id", "two posts with one id", [["{ id: it_engineer,", "{ id: billing_clerk,"], ["owner: it_engineer", "owner: billing_clerk"]], "organisation.posts[3]", /The post id "billing_clerk" is defined twice \(first at organisation\.posts\[1\]\)/, /Give each post its own id/, { near: "{ id: billing_clerk, name: { en: Systems" }),
  s("dup-department-id", "two departments with one id", [["{ id: it_centre, name", "{ id: marketing, name"], ["department: it_centre", "department: marketing"]], "organisation.departments[2]", /The department id "marketing" is defined twice/, /Give each department its own id/, { near: "{ id: marketing, name: { en: Information" }),
  s("dup-step-id", "two steps with one id", [["{ id: billing_system, layer: support", "{ id: settle, layer: support"], ["{ from: billing_system, to: settle, kind: parallel }", "{ from: take_payment, to: reconnect_supply, kind: parallel }"]], "blueprints[0].steps[3]", /The step id "settle" is defined twice \(first at blueprints\[0\]\.steps\[2\]\)/, /Give each step its own id/, { near: "{ id: settle, layer: support" }),
  s("dup-question-id", "two questions with one id", [["{ id: q_order_prompt,", "{ id: q_timely,"]], "evaluationPoints[1].questions[0]", /The question id "q_timely" is defined twice/, /Give each question its own id/, { near: "{ id: q_timely, audience: { kind: internal" }),
  s("dup-point-id", "two evaluation points with one id", [["  - id: ep_settlement\n", "  - id: ep_reconnection\n"]], "evaluationPoints[1]", /The evaluation point id "ep_reconnection" is defined twice/, /Give each evaluation point its own id/, { near: "  - id: ep_reconnection\n    step: settle" }),
  s("dup-event-id", "two events with one id", [["{ id: supply_reconnected, step: reconnect_supply,", "{ id: arrears_paid, step: reconnect_supply,"]], "events[2]", /The event id "arrears_paid" is defined twice/, /Give each event its own id/),
  s("dup-standard-id", "two standards with one id", [["    source: Service commitments (illustrative)\n", "    source: Service commitments (illustrative)\n" + STUDY_TEXT.slice(STUDY_TEXT.indexOf("  - id: reconnect_24h"), STUDY_TEXT.indexOf("evaluationPoints:"))]], "standards[1]", /The standard id "reconnect_24h" is defined twice/, /Give each standard its own id/, { near: null }),
  s("dup-handoff", "the same hand-off twice", [["      - { from: pay, to: take_payment }\n", "      - { from: pay, to: take_payment }\n      - { to: take_payment, from: pay }\n"]], "blueprints[0].handoffs[1]", /is already declared at blueprints\[0\]\.handoffs\[0\]/, /Declare each hand-off once/, {
    near: "{ to: take_payment, from: pay }",
    says: /Hand-off "pay->take_payment" is already declared at blueprints\[0\]\.handoffs\[0\]\.[\s\S]*study\.yaml: not valid \(1 error,/,
  }),
  s("dup-blueprint-theme", "two blueprints of one theme", [["events:\n", STUDY_TEXT.slice(STUDY_TEXT.indexOf("  - theme: reconnect"), STUDY_TEXT.indexOf("events:")) + "events:\n"]], "blueprints[1].steps[0]", /The step id "pay" is defined twice/, /Give each step its own id/, { near: null }),
  // ── structure of the method ──
  s("handoff-cycle", "hand-offs that go round in a cycle, none marked rework (a note)", [["      - { from: confirm_supply, to: power_back }\n", "      - { from: confirm_supply, to: power_back }\n      - { from: confirm_supply, to: settle }\n"]], "blueprints[0].handoffs", /Loop among steps "confirm_supply", "reconnect_supply", "settle" with no hand-off marked as rework/, /mark the hand-off that goes back with rework: true/, { code: 0, near: "    handoffs:" }),
  s("handoff-self", "a hand-off from a step to itself (a warning)", [["      - { from: pay, to: take_payment }\n", "      - { from: pay, to: take_payment }\n      - { from: settle, to: settle }\n"]], "blueprints[0].handoffs[1]", /Hand-off from step "settle" to itself/, /Mark it rework: true if the step repeats, or remove it/, { code: 0, near: "{ from: settle, to: settle }" }),
  s("customer-step-with-owner", "a customer step with an owner post (a warning)", [["{ id: pay, layer: customer,", "{ id: pay, layer: customer, owner: cashier,"]], "blueprints[0].steps[0].owner", /Customer step "pay" names owner post "cashier"; customer actions have no internal owner/, /Remove owner from the customer step/, { code: 0 }),
  s("frontline-step-without-owner", "a front-line step without an owner", [["{ id: take_payment, layer: frontline, owner: cashier,", "{ id: take_payment, layer: frontline,"]], "blueprints[0].steps[1].owner", /Step "take_payment" \(frontline\) has no accountable owner post/, /Add owner: <post id>/),
  s("standard-unit-mismatch", "a standard in yuan on a metric in hours", [["    unit: h\n    threshold", "    unit: yuan\n    threshold"]], "standards[0].unit", /Standard "reconnect_24h" is in yuan but its metric "reconnection_time" is measured in h/, /Express the threshold in h/),
  s("question-unit-mismatch", "a question in yuan on a metric in hours", [["scale: { type: numeric, unit: h,", "scale: { type: numeric, unit: yuan,"]], "evaluationPoints[0].questions[2].scale.unit", /Question "q_hours" asks in yuan about metric "reconnection_time", measured in h/, /Ask in h or a convertible unit/),
  s("clock-start-equals-stop", "a clock that starts and stops at the same event", [[STD_CLOCK, "clock: { start: supply_reconnected, stop: supply_reconnected }\n    compliance"]], "standards[0].clock", /clock starts and stops at the same event/, /Choose different start and stop events/),
  s("theme-without-blueprint", "a theme with no blueprint (a warning)", [["  themes: [{ id: reconnect,", "  themes: [{ id: billing, name: Billing, items: [reconnection] }, { id: reconnect,"]], "themeMap.themes[0]", /Theme "billing" has no blueprint/, /Add a blueprint with theme: <this id>, or remove the theme/, { code: 0 }),
  s("pairs-same-measure", "a perception question paired with another perception question", [["measures: expectation, scale: { type: likert, points: 5 }, pairs: q_timely", "measures: perception, scale: { type: likert, points: 5 }, pairs: q_timely"]], "evaluationPoints[0].questions[1].pairs", /is paired with "q_timely" \(perception\); a pair is an expectation question/, /Set pairs on the expectation question/),
  s("rater-rates-own-step", "an internal question rated by the post that owns the rated step", [["rater: meter_tech }", "rater: billing_clerk }"]], "evaluationPoints[1].questions[0].audience.rater", /asks post "billing_clerk" to rate its own step "settle"/, /Ask a post that owns or contributes to a step downstream/),
  // ── Unicode ids and labels, and other spellings that are fine (must validate) ──
  { id: "study/ok-chinese-ids", what: "Chinese ids (fine)", make: files({ "study.yaml": editStudy([/\bcashier\b/g, "收费员"], [/\breconnect_24h\b/g, "复电24小时"]) }), args: V, code: 0, where: "study.yaml", says: VALID },
  { id: "study/ok-zh-only-labels", what: "labels in Chinese only (fine)", make: files({ "study.yaml": editStudy(["name: { en: Billing clerk, zh: 电费账务员 }", "name: 电费账务员"], ["name: { en: Marketing department, zh: 营销部 }", "name: { zh: 营销部 }"]) }), args: V, code: 0, where: "study.yaml", says: VALID },
  { id: "study/ok-proto-ids", what: "ids that are names of JavaScript object members (fine)", make: files({ "study.yaml": editStudy([/\bit_engineer\b/g, "__proto__"], [/\bit_centre\b/g, "constructor"]) }), args: V, code: 0, where: "study.yaml", says: VALID },
  { id: "study/ok-crlf-bom", what: "a study saved with a BOM and CRLF line ends (fine)", make: files({ "study.yaml": "\uFEFF" + STUDY_TEXT.replace(/\n/g, "\r\n") }), args: V, code: 0, where: "study.yaml", says: VALID },
  { id: "study/ok-json", what: "the study as JSON (fine)", make: files({ "study.json": JSON.stringify(parse(STUDY_TEXT), null, 2) }), args: ["validate", "study.json"], code: 0, where: "study.json", says: VALID },
  { id: "study/errors-all-at-once", what: "three unrelated mistakes are all reported", make: files({ "study.yaml": editStudy(["owner: cashier, name", "owner: cashir, name"], ["better: lower", "better: smaller"], ["target: 80", "target: 120"]) }), args: V, code: 1, where: /blueprints\[0\]\.steps\[1\]\.owner[\s\S]*standards\[0\]\.better[\s\S]*evaluationPoints\[0\]\.target|standards\[0\]\.better[\s\S]*blueprints\[0\]\.steps\[1\]\.owner/, says: /not valid \(3 errors/},
];


