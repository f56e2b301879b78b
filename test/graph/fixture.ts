/**
 * A small, readable study for the graph tests: outage repair (停电和故障抢修) over all four layers.
 *
 *   customer    report, confirm
 *   frontline   accept (agent), repair (crew; storekeeper contributes), callback (agent)
 *   backoffice  dispatch (dispatcher), review (dispatcher; agent contributes)
 *   support     supply (storekeeper)
 *
 *   report → accept → dispatch ⇉ repair → confirm → callback → review
 *                          ⇉ supply → repair          (parallel branch)
 *                                      review ⟲ repair (rework loop)
 */
import { QuestionSchema, StudySchema, type Question, type Step, type Study, type StudyInput } from "../../src/model/study.js";

/** The fixture's raw input, for tests that tweak it before parsing. */
export function outageStudyInput(): StudyInput {
  return {
    gaptrace: 1,
    id: "outage-study",
    name: { en: "Outage repair study", zh: "停电抢修满意度评价" },
    organisation: {
      departments: [
        { id: "cs", name: { en: "Customer service centre", zh: "客户服务中心" } },
        { id: "ops", name: { en: "Operations and repair", zh: "运维检修部" } },
      ],
      posts: [
        { id: "agent", name: { en: "Call-centre agent", zh: "95598坐席" }, department: "cs", headcount: 40 },
        { id: "dispatcher", name: { en: "Repair dispatcher", zh: "抢修调度员" }, department: "ops", headcount: 6 },
        { id: "crew", name: { en: "Repair crew", zh: "抢修班组" }, department: "ops", headcount: 30 },
        { id: "storekeeper", name: { en: "Storekeeper", zh: "物资管理员" }, department: "ops", headcount: 4 },
      ],
    },
    themeMap: {
      needs: [{ id: "reliable", name: { en: "Reliable supply", zh: "用好电" } }],
      items: [{ id: "outage-repair", name: { en: "Outage repair", zh: "故障抢修" }, needs: ["reliable"] }],
      themes: [{ id: "outage", name: { en: "Outages and fault repair", zh: "停电和故障抢修" }, items: ["outage-repair"] }],
    },
    blueprints: [
      {
        theme: "outage",
        steps: [
          { id: "report", name: { en: "Customer reports a fault", zh: "客户报修" }, layer: "customer" },
          { id: "accept", name: { en: "Agent accepts the call", zh: "受理报修" }, layer: "frontline", owner: "agent" },
          { id: "dispatch", name: { en: "Dispatch the work order", zh: "派单" }, layer: "backoffice", owner: "dispatcher" },
          { id: "supply", name: { en: "Issue spare parts", zh: "备品备件供应" }, layer: "support", owner: "storekeeper" },
          {
            id: "repair",
            name: { en: "Repair on site", zh: "现场抢修" },
            layer: "frontline",
            owner: "crew",
            contributors: ["storekeeper"],
          },
          { id: "confirm", name: { en: "Customer confirms supply", zh: "客户确认复电" }, layer: "customer" },
          { id: "callback", name: { en: "Return visit", zh: "回访" }, layer: "frontline", owner: "agent" },
          {
            id: "review",
            name: { en: "Review and archive", zh: "审核归档" },
            layer: "backoffice",
            owner: "dispatcher",
            contributors: ["agent"],
          },
        ],
        handoffs: [
          { from: "report", to: "accept" },
          { from: "accept", to: "dispatch", label: "work order" },
          { from: "dispatch", to: "repair", kind: "parallel" },
          { from: "dispatch", to: "supply", kind: "parallel" },
          { from: "supply", to: "repair" },
          { from: "repair", to: "confirm" },
          { from: "confirm", to: "callback" },
          { from: "callback", to: "review" },
          { from: "review", to: "repair", rework: true, label: "reopen the work order" },
        ],
      },
    ],
    events: [
      { id: "reported", name: "fault reported", step: "accept" },
      { id: "dispatched", name: "order dispatched", step: "dispatch" },
      { id: "on-site", name: "crew on site", step: "repair" },
    ],
    metrics: [
      { id: "time-to-site", name: "time to site", step: "repair", unit: "min", clock: { start: "reported", stop: "on-site" } },
      { id: "time-to-dispatch", name: "time to dispatch", step: "dispatch", unit: "min", clock: { start: "reported", stop: "dispatched" } },
    ],
    standards: [
      {
        id: "std-on-site",
        text: { en: "Crew on site within 45 minutes in cities", zh: "城区45分钟到达现场" },
        metric: "time-to-site",
        unit: "min",
        threshold: 45,
        better: "lower",
        owner: { department: "ops" },
        steps: ["repair"],
      },
      {
        id: "std-dispatch",
        text: "Dispatch within 3 minutes",
        metric: "time-to-dispatch",
        unit: "min",
        threshold: 3,
        better: "lower",
        compliance: 0.95,
        owner: { post: "dispatcher" },
        steps: ["dispatch"],
      },
    ],
    evaluationPoints: [
      {
        id: "ep-accept",
        step: "accept",
        name: "Taking the call",
        questions: [
          { id: "q-accept-sat", audience: { kind: "external" }, measures: "perception", scale: { type: "likert", points: 5 }, text: "How satisfied were you with the call?" },
        ],
      },
      {
        id: "ep-dispatch",
        step: "dispatch",
        name: "Dispatch",
        questions: [
          { id: "q-dispatch-crew", audience: { kind: "internal", rater: "crew" }, measures: "perception", scale: { type: "likert", points: 5 }, text: "Are work orders complete?" },
          { id: "q-dispatch-crew-2", audience: { kind: "internal", rater: "crew" }, measures: "importance", scale: { type: "likert", points: 5 }, text: "How much does it matter?" },
          { id: "q-dispatch-agent", audience: { kind: "internal", rater: "agent" }, measures: "perception", scale: { type: "likert", points: 5 }, text: "Do you get progress updates?" },
        ],
      },
      {
        id: "ep-repair",
        step: "repair",
        name: "Repair on site",
        questions: [
          { id: "q-repair-sat", audience: { kind: "external" }, measures: "perception", scale: { type: "likert", points: 5 }, text: "How satisfied were you with the repair?" },
          { id: "q-repair-store", audience: { kind: "internal", rater: "storekeeper" }, measures: "perception", scale: { type: "likert", points: 5 }, text: "Does the crew return parts on time?" },
        ],
      },
      { id: "ep-review", step: "review", name: "Review", questions: [] },
    ],
  };
}

/** The fixture study, parsed (so it is valid and its defaults are applied). */
export function outageStudy(): Study {
  return StudySchema.parse(outageStudyInput());
}

type BlueprintInput = StudyInput["blueprints"][number];

/** A step for hand-built studies (schema input: defaults are applied when the study is parsed). */
export function step(id: string, layer: Step["layer"], owner?: string): BlueprintInput["steps"][number] {
  return owner === undefined ? { id, name: id, layer } : { id, name: id, layer, owner };
}

/** A hand-off for hand-built studies. */
export function handoff(from: string, to: string, rework = false): BlueprintInput["handoffs"][number] {
  return { from, to, rework };
}

/** An internal question for hand-built evaluation points, parsed so it has every default. */
export function internalQuestion(id: string, rater: string): Question {
  return QuestionSchema.parse({
    id,
    audience: { kind: "internal", rater },
    measures: "perception",
    scale: { type: "likert", points: 5 },
    text: id,
  });
}

/** A minimal valid study around the given blueprints, for edge-case tests (parsed, so defaults apply). */
export function studyOf(blueprints: BlueprintInput[], extra: Partial<StudyInput> = {}): Study {
  const themes = [...new Set(blueprints.map((b) => b.theme))];
  return StudySchema.parse({
    gaptrace: 1,
    id: "edge",
    name: "edge case",
    organisation: { departments: [{ id: "d", name: "d" }], posts: [{ id: "p", name: "p", department: "d" }] },
    themeMap: {
      needs: [{ id: "n", name: "n" }],
      items: [{ id: "i", name: "i", needs: ["n"] }],
      themes: themes.map((id) => ({ id, name: id, items: ["i"] })),
    },
    blueprints,
    ...extra,
  } satisfies StudyInput);
}

/** A chain of `n` back-office steps s0 → s1 → … → s(n-1) in one blueprint, optionally closed into a loop. */
export function chainStudy(n: number, opts: { closeLoop?: boolean } = {}): Study {
  const steps = Array.from({ length: n }, (_, i) => step(`s${i}`, "backoffice", "p"));
  const handoffs = Array.from({ length: n - 1 }, (_, i) => handoff(`s${i}`, `s${i + 1}`));
  if (opts.closeLoop === true) handoffs.push(handoff(`s${n - 1}`, "s0"));
  return studyOf([{ theme: "chain", steps, handoffs }]);
}
