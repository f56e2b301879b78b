/**
 * The English text of the problem codes of the study's checks (`schema/*`, `dup/*`, `ref/*`, `graph/*`, `target/*`,
 * the study's `monitor/*` and the other checks of validateStudy). A module that makes these problems imports this
 * table, so a bundle carries the texts of the codes its code can raise (problems-en.ts joins every family's table for
 * {@link problem} and {@link problemText}). The Chinese text is beside it in problems-zh-study.ts, with the same
 * codes (TypeScript checks it).
 * @module
 * @internal
 */
import type { ProblemTable } from "./problem-codes.js";
import { formatPath } from "./path.js";
import { qEn as q, qsEn as qs, tEn as t, TARGET_KIND_EN, fieldEn as field, foundEn as found, dupEn as dup, DEFINED_UNDER_EN as DEFINED_UNDER, unfinishedOwnerEn as unfinishedOwner, studyRefEn as studyRef, refEn as ref, foreignEn as foreign } from "./problems-en-words.js";

/** English text of the codes of the study's checks: a plain object whose only calls are to words marked
 * `@__NO_SIDE_EFFECTS__`, so a bundle that raises none of these codes leaves it out, and Node parses it once (a
 * pure-marked function around it would be parsed twice, as V8 compiles functions lazily). */
export const STUDY_EN = {
  "owner/post-and-department": (p) =>
    t(`The owner names both post ${q(p.post)} and department ${q(p.department)}; a standard is owned by one post or one department.`, "Give either a post or a department, not both: keep owner: { post: <post id> } or owner: { department: <department id> }."),
  "owner/multiple": (p) => t(`A step has ${p.owners.length} accountable owners (${p.owners.join(", ")}); a step has exactly one.`, "Keep the one accountable post in owner and list the others under contributors."),
  "post/no-department": (p) =>
    "index" in p
      ? t(`Post at organisation.posts[${p.index}] is in no department.`, "Every post belongs to exactly one department: add department: <department id>.")
      : t(`Post ${q(p.post)} is in department ${q(p.department)}, which is not defined, so it is in no department.`, `Define the department under ${DEFINED_UNDER.department}, or correct the id.`),
  "schema/missing": (p) =>
    t(`Required field ${field(p.field)} is missing.`, `Add ${field(p.field)} (expected ${p.expected === null ? "a value" : typeof p.expected === "string" ? p.expected : `one of ${p.expected.join(", ")}`}).`),
  "schema/not-a-study": (p) =>
    t(
      p.found.kind === "nothing" || p.found.kind === "null"
        ? "The study file is empty (or holds only comments): there is no study in it."
        : `The study file holds ${found(p.found)}, not a study: a study is a mapping of fields (gaptrace, id, name, organisation, themeMap, blueprints, …).`,
      'Start the study with "gaptrace: 1", its id and name, then organisation, themeMap and blueprints; examples/studies/training.study.yaml is a small one to copy.',
    ),
  "schema/invalid-type": (p) => t(`Expected ${p.expected} at ${field(p.field)} but found ${found(p.found)}.`, `Write ${field(p.field)} as ${p.expected}.`),
  "schema/unknown-key": (p) =>
    "source" in p
      ? foreign(p)
      : t(`Unknown field${p.keys.length > 1 ? "s" : ""} ${qs(p.keys)}.`, "Remove the field or correct its spelling; the JSON Schema (schema/study.schema.json) lists the allowed fields."),
  "schema/invalid-value": (p) => t(`${field(p.field)} is ${found(p.found)}; allowed: ${p.allowed.join(", ")}.`, "Use one of the allowed values."),
  "schema/invalid-union": (p) => t(`${field(p.field)} (${found(p.found)}) matches none of its allowed forms. ${p.detail}`, "Check the field's form in docs/concepts.md or the JSON Schema."),
  "schema/too-small": (p) => t(`${field(p.field)}: ${p.detail} (found ${found(p.found)}).`, "Correct the value."),
  "schema/too-big": (p) => t(`${field(p.field)}: ${p.detail} (found ${found(p.found)}).`, "Correct the value."),
  "schema/invalid-format": (p) => t(`${field(p.field)} (${found(p.found)}): ${p.detail}.`, "Ids use letters, digits, _ . : - (any script), starting with a letter, digit or _."),
  "schema/not-multiple-of": (p) => t(`${field(p.field)}: ${p.detail}.`, "Correct the value."),
  "schema/invalid-key": (p) => t(`${field(p.field)}: ${p.detail}.`, "Correct the value."),
  "schema/invalid-element": (p) => t(`${field(p.field)}: ${p.detail}.`, "Correct the value."),
  "schema/custom": (p) => ("source" in p ? foreign(p) : t(`${field(p.field)}: ${p.detail}.`, "Correct the value.")),
  "schema/invalid_type": foreign,
  "schema/too_big": foreign,
  "schema/too_small": foreign,
  "schema/invalid_format": foreign,
  "schema/not_multiple_of": foreign,
  "schema/invalid_union": foreign,
  "schema/invalid_key": foreign,
  "schema/invalid_element": foreign,
  "schema/invalid_value": foreign,
  "schema/unrecognized_keys": foreign,
  "dup/department": dup("department"),
  "dup/post": dup("post"),
  "dup/person": dup("person"),
  "dup/need": dup("need"),
  "dup/service-item": dup("service item"),
  "dup/theme": dup("theme"),
  "dup/step": dup("step"),
  "dup/event": dup("event"),
  "dup/metric": dup("metric"),
  "dup/standard": dup("standard"),
  "dup/evaluation-point": dup("evaluation point"),
  "dup/question": dup("question"),
  "dup/blueprint": (p) => t(`Theme ${q(p.theme)} has a second blueprint (the first is blueprints[${p.first}]).`, "Merge the two blueprints: a theme has one full-process blueprint."),
  "dup/contributor": (p) => t(`Post ${q(p.post)} is listed twice as contributor of step ${q(p.step)}.`, "List each contributor once."),
  "dup/reach-point": (p) => t(`Evaluation point ${q(p.point)} is listed twice in the reach of ${"step" in p.owner ? `step ${q(p.owner.step)}` : `standard ${q(p.owner.standard)}`}.`, "List each evaluation point once."),
  "ref/unknown-post": ref("post"),
  "ref/unknown-step": (p) =>
    "handoff" in p
      ? t(`Hand-off ${q(p.handoff.from)} → ${q(p.handoff.to)} names step ${q(p.id)}, which is not defined.`, "Define the step in this blueprint's steps, or correct the id.")
      : ref("step")(p),
  "ref/unknown-department": ref("department"),
  "ref/unknown-standard": ref("standard"),
  "ref/unknown-need": (p) => studyRef("need", p),
  "ref/unknown-service-item": (p) => studyRef("service item", p),
  "ref/unknown-theme": (p) => studyRef("theme", p),
  "ref/unknown-evaluation-point": (p) => studyRef("evaluation point", p),
  "ref/unknown-event": (p) => studyRef("event", p),
  "ref/unknown-metric": (p) => studyRef("metric", p),
  "ref/unknown-question": (p) => studyRef("question", p),
  "ref/step-in-other-blueprint": (p) =>
    t(
      `Hand-off ${q(p.handoff.from)} → ${q(p.handoff.to)} names step ${q(p.step)} of theme ${q(p.theme)}; a hand-off stays inside one blueprint.`,
      "Model the shared work as a step in each theme's blueprint (posts are shared across themes, steps are not).",
    ),
  "owner/missing": (p) => t(`Step ${q(p.step)} (${p.layer}) has no accountable owner post.`, "Add owner: <post id>. Attribution lands on the owner, so every non-customer step needs exactly one."),
  "owner/customer-step": (p) =>
    t(`Customer step ${q(p.step)} names owner post ${q(p.post)}; customer actions have no internal owner.`, "Remove owner from the customer step, or move the step to the frontline layer if staff perform it."),
  "owner/also-contributor": (p) => t(`Post ${q(p.post)} is both owner and contributor of step ${q(p.step)}.`, "Remove it from contributors."),
  "theme/no-blueprint": (p) => t(`Theme ${q(p.theme)} has no blueprint.`, "Add a blueprint with theme: <this id>, or remove the theme from the map."),
  "point/no-questions": (p) => t(`Evaluation point ${q(p.point)} has no question.`, "Add at least one question (who is asked, what it measures, on which scale)."),
  "question/empty-range": (p) => t(`Question ${q(p.question)} has a numeric range ${p.min}–${p.max} that admits no answer.`, "Make min smaller than max."),
  "question/reverse-unbounded": (p) =>
    p.scale === "numeric"
      ? t(`Question ${q(p.question)} is reverse-coded on a numeric scale without fixed bounds to flip around.`, "Reverse coding needs a bounded scale (likert or score); remove reverse.")
      : t(`Question ${q(p.question)} is reverse-coded on a yesno scale.`, "For yes/no, word the question positively instead."),
  "question/unit-mismatch": (p) => t(`Question ${q(p.question)} asks in ${p.unit} about metric ${q(p.metric)}, measured in ${p.metricUnit}.`, `Ask in ${p.metricUnit} or a convertible unit.`),
  "question/metric-needs-numeric": (p) =>
    t(
      `Question ${q(p.question)} is linked to metric ${q(p.metric)} but is not asked on a numeric scale, so its answers cannot be compared with the metric.`,
      "Use scale { type: numeric, unit } for expectation or performance questions about a metric.",
    ),
  "question/pairs-kind": (p) =>
    t(
      `Question ${q(p.question)} (${p.measures}) is paired with ${q(p.pair)} (${p.pairMeasures}); a pair is an expectation question pointing to a perception question.`,
      "Set pairs on the expectation question, naming the perception question.",
    ),
  "question/pairs-scale": (p) => t(`Question ${q(p.question)} and its pair ${q(p.pair)} are on different scales, so perception − expectation is meaningless.`, "Ask both on the same scale."),
  "question/pairs-audience": (p) =>
    t(`Question ${q(p.question)} and its pair ${q(p.pair)} are asked of different audiences; a paired gap needs both answers from the same respondent.`, "Ask both of the same audience."),
  "question/internal-on-customer-step": (p) =>
    t(
      `Question ${q(p.question)} asks post ${q(p.post)} to rate customer step ${q(p.step)}; internal questions rate internal work.`,
      "Move the question to the internal step that serves this post, or ask customers (audience external).",
    ),
  "question/overall-kind": (p) =>
    t(`Question ${q(p.question)} is marked overall but it measures ${p.measures}${p.staff ? " and is asked of staff" : ""}.`, "Mark only the customers' overall-satisfaction perception question as overall."),
  "question/overall-twice": (p) => t(`Theme ${q(p.theme)} has two overall-satisfaction questions (${q(p.first)} and ${q(p.second)}).`, "Keep one overall question per theme."),
  "clock/same-event": (p) =>
    t(
      "metric" in p
        ? `Metric ${q(p.metric)}'s clock starts and stops at the same event ${q(p.event)}.`
        : "standard" in p
          ? `Standard ${q(p.standard)}'s clock starts and stops at the same event.`
          : `Question ${q(p.question)}'s clock starts and stops at the same event.`,
      "Choose different start and stop events.",
    ),
  "metric/no-clock": (p) =>
    t(`Duration metric ${q(p.metric)} has no clock; durations are computed between a start and a stop event.`, "Add clock: { start: <event id>, stop: <event id> } (standards may still give their own clock)."),
  "metric/clock-on-value": (p) => t(`Metric ${q(p.metric)} is recorded directly (kind: value) but has a clock.`, "Use kind: duration, or remove the clock."),
  "standard/unit-mismatch": (p) =>
    t(
      `Standard ${q(p.standard)} is in ${p.unit} but its metric ${q(p.metric)} is measured in ${p.metricUnit}.`,
      `Express the threshold in ${p.metricUnit} (calendar time units s/min/h/d convert; workday, %, count, score and yuan do not).`,
    ),
  "standard/no-clock": (p) =>
    t(`Standard ${q(p.standard)} limits a duration but neither it nor metric ${q(p.metric)} says when the clock starts and stops.`, "Add clock: { start, stop } to the standard or to the metric."),
  "standard/clock-on-value": (p) => t(`Standard ${q(p.standard)} has a clock but its metric ${q(p.metric)} is recorded directly.`, "Remove the clock, or make the metric a duration."),
  "unfinished/needs-field": (p) =>
    t(
      `${unfinishedOwner(p.owner)} leaves unfinished cases out when they are short (exclude-if-shorter) but gives no ${p.field === "seconds" ? "number of seconds" : "event at which they ended (end)"}.`,
      p.field === "seconds" ? "Add seconds: how soon after the start an unfinished case ended to be left out, e.g. seconds: 5." : "Add end: the event at which such a case ended, e.g. end: abandoned.",
    ),
  "unfinished/field-unused": (p) =>
    t(
      `${unfinishedOwner(p.owner)} gives ${p.field} under unfinished, but count: ${p.count} does not read it.`,
      `Use count: exclude-if-shorter to leave out only short unfinished cases, or remove ${p.field}.`,
    ),
  "unfinished/end-on-clock": (p) =>
    t(
      `${unfinishedOwner(p.owner)} names ${q(p.end)}, the ${p.which} of its own clock, as the event at which unfinished cases ended.`,
      "Name the event that ends a case which never reaches the stop, e.g. abandoned.",
    ),
  "standard/non-positive-duration": (p) => t(`Standard ${q(p.standard)} limits a duration to ${p.threshold} ${p.unit}.`, "A duration threshold is positive."),
  "standard/metric-elsewhere": (p) =>
    t(
      `Standard ${q(p.standard)} governs ${p.steps.join(", ")} but its metric ${q(p.metric)} measures step ${q(p.step)}.`,
      "Attach the standard to the step its metric measures, or measure the metric at a governed step.",
    ),
  "visibility/backoffice-to-customer": (p) =>
    t(
      `Hand-off ${q(p.handoff.from)} (${p.layer}) → ${q(p.handoff.to)} (customer) crosses the line of visibility: the customer is served straight from the ${p.layer === "support" ? "support layer" : "back office"}.`,
      "If a front-line post really passes this on (a call, an SMS, a visit), model that front-line step; otherwise confirm the back office meets the customer directly.",
    ),
  "handoff/self-loop": (p) => t(`Hand-off from step ${q(p.step)} to itself.`, "Mark it rework: true if the step repeats, or remove it."),
  "graph/isolated-step": (p) => t(`Step ${q(p.step)} in theme ${q(p.theme)} has no hand-off to or from any other step.`, "Connect it with a hand-off, or remove it if it is not part of the process."),
  "graph/disconnected": (p) => t(`The blueprint of theme ${q(p.theme)} falls into ${p.parts} unconnected parts.`, "Add the hand-offs that join the parts; tracing upstream cannot cross a gap in the process."),
  "graph/cycle": (p) =>
    p.rework
      ? t(`Rework loop among steps ${qs(p.steps)}.`, "Nothing to do: rework loops are legal; upstream tracing does not follow rework hand-offs.")
      : t(
          `Loop among steps ${qs(p.steps)} with no hand-off marked as rework.`,
          "If this is a rework loop, mark the hand-off that goes back with rework: true so upstream tracing knows which way is upstream.",
        ),
  "graph/dangling-handoff": (p) =>
    t(`Hand-off ${q(p.handoff)} in theme ${q(p.theme)} names ${p.end === "from" ? "upstream" : "downstream"} step ${q(p.step)}, which is not defined.`, "Define the step in a blueprint or correct the id."),
  "graph/duplicate-step": (p) => t(`Step id ${q(p.step)} is already used by the step at ${formatPath(p.first)}.`, "Step ids must be unique across the whole study; rename one of them."),
  "graph/duplicate-handoff": (p) =>
    t(`Hand-off ${q(p.handoff)} is already declared at ${formatPath(p.first)}${p.conflicting ? " with a different kind, rework flag or label" : ""}.`, "Declare each hand-off once; merge the two declarations."),
  "internal/rater-not-downstream": (p) =>
    t(
      p.ownStep
        ? `Question ${q(p.question)} asks post ${q(p.post)} to rate its own step ${q(p.step)}; an internal customer rates the upstream support it receives.`
        : `Question ${q(p.question)} asks post ${q(p.post)} to rate step ${q(p.step)}, but no step of that post is downstream of it${p.ownsNoStep ? " (the post owns or contributes to no step)" : ""}.`,
      "Ask a post that owns or contributes to a step downstream of the rated step (its internal customer), or add the missing hand-off.",
    ),
  "reach/not-downstream": (p) => {
    if ("step" in p)
      return t(
        `The reach of step ${q(p.step)} names evaluation point ${q(p.point)} at step ${q(p.target)}${p.otherTheme === null ? "" : ` in theme ${q(p.otherTheme)}`}, which is not downstream of ${q(p.step)} through hand-offs (rework hand-offs are not followed), so the trace from that point never reaches ${q(p.step)}.`,
        `Step ${q(p.step)} can only affect points at itself or downstream of it: remove ${q(p.point)} from its reach, or add the hand-off that leads from ${q(p.step)} to ${q(p.target)}.`,
      );
    const names = qs(p.governed);
    return t(
      `The reach of standard ${q(p.standard)} names evaluation point ${q(p.point)} at step ${q(p.target)}, which is not downstream through hand-offs of any step the standard governs (${names}; rework hand-offs are not followed), so the trace from that point never reaches the standard.`,
      `Standard ${q(p.standard)} can only affect points at or downstream of the steps it governs (${names}): remove ${q(p.point)} from its reach, or add the governed step or the hand-off that leads to ${q(p.target)}.`,
    );
  },
  "monitor/unknown-ref": (p) => t(`monitoring.${p.at} names ${p.kind} ${q(p.id)}, which the study does not define.`, `Use an id defined in the study (its ${p.kind}s), or remove it.`),
  "monitor/no-owner": (p) => t(`Complaint kind ${q(p.kind)} maps to no owned step or point, so its alerts reach no post.`, "Give it steps (non-customer steps with an owner), points, or an explicit owner."),
  "monitor/ladder-threshold": (p) =>
    t(`Ladder level ${q(p.level)} (number ${p.index + 1}) has no threshold, or one below the level before it.`, "Give every level after the first an after.count or after.minutes, rising from level to level."),
  "target/unknown-ref": (p) =>
    t(
      `targets.${p.at} names ${TARGET_KIND_EN[p.kind]} ${q(p.id)}, which the study does not define${p.near === null ? "" : ` (did you mean ${q(p.near)}?)`}.`,
      p.near === null ? `Use an id of the study's ${TARGET_KIND_EN[p.kind]}s, or remove it.` : `Write ${q(p.near)} if that is what you meant.`,
    ),
  "target/dup-indicator": (p) => t(`Indicator id ${q(p.id)} is used twice (first at targets.indicators[${p.first}]).`, "Give every indicator its own id."),
  "target/dup-top": (p) =>
    t(`Two top targets for ${p.theme === null ? "every theme" : `theme ${q(p.theme)}`} in wave ${q(p.wave)} (first at targets.top[${p.first}]).`, "Keep one top target per theme and wave."),
  "target/empty-indicator": (p) =>
    t(`Indicator ${q(p.indicator)} aggregates no evaluation point with a customer perception question, so it has no value to track.`, "List its evaluation points (points) or themes (themes)."),
  "target/no-overall": (p) =>
    t(
      `The top target for ${p.theme === null ? "every theme" : `theme ${q(p.theme)}`} cannot be cascaded: ${p.theme === null ? "no theme has" : "the theme has no"} overall-satisfaction question.`,
      "Mark the theme's overall question with overall: true, so the driver regression can measure what each point contributes.",
    ),
  "target/no-owner": (p) => t(`Indicator ${q(p.indicator)} has no owner: nobody is accountable for its target.`, "Give it one owner (owners: [{ post: ... }] or [{ department: ... }])."),
  "target/several-owners": (p) =>
    t(`Indicator ${q(p.indicator)} has ${p.owners.length} owners (${qs(p.owners)}): accountability blurs between them.`, "Give it one owner; split the indicator if the owners answer for different parts."),
  "target/overlap": (p) =>
    t(
      p.via === "points"
        ? `Indicators ${q(p.indicator)} and ${q(p.other)} share evaluation points ${qs(p.shared)}: one score counts toward two targets.`
        : `Indicators ${q(p.indicator)} and ${q(p.other)} have different owners, but posts ${qs(p.shared)} do the work behind both: their owners cross.`,
      p.via === "points" ? "Give each point to one indicator, or say which indicator owns it." : "Agree which owner answers for those posts' work, or give both indicators one owner.",
    ),
  "target/not-accepted": (p) =>
    t(
      `The target of indicator ${q(p.indicator)} was not accepted by its owner${p.owners.length === 0 ? "" : ` (${qs(p.owners)})`}${p.by.length === 0 ? "" : `; accepted only by ${qs(p.by)}`}: it is handed down one way.`,
      "Record the owner's acceptance: accepted: [{ by: <person or post of the owner>, on: YYYY-MM-DD }].",
    ),
} satisfies Partial<ProblemTable>;
