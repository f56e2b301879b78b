/**
 * The questionnaire exchange format: a versioned JSON document (`format: "gaptrace.questionnaire"`, `version: 1`)
 * with a zod schema, so a survey firm's tooling can check what it receives and gaptrace can read it back.
 * @module
 */
import * as z from "zod/mini";
import { ValidationError } from "../core/errors.js";
import { LayerSchema, MeasureSchema, UnitSchema } from "../model/study.js";
import { schemaProblems } from "../study/validate/schema-issues.js";
import { questionnaireCounts, type Questionnaire, type QuestionnaireCounts } from "./questionnaire.js";
import { hasList, requireArgument } from "../model/arguments.js";
import { ZOD_ENGLISH } from "../core/zod-english.js";

/**
 * The version of the questionnaire JSON format this library writes and reads.
 *
 * @example
 * ```ts
 * questionnaireToJson(q).version === QUESTIONNAIRE_FORMAT_VERSION; // true
 * ```
 */
export const QUESTIONNAIRE_FORMAT_VERSION = 1 as const;

const Text = z.strictObject({ en: z.string(), zh: z.string() });
const Section = z.enum(["external", "service-layer", "support-layer"]);
const Count = { questions: z.number().check(z.int(), z.nonnegative()), evaluationPoints: z.number().check(z.int(), z.nonnegative()) };
const SectionCounts = z.array(z.strictObject({ section: Section, ...Count }));

/**
 * The zod schema of the questionnaire JSON document (version 1). Fields, top down: `format` and `version`; `study`
 * (id, name); `rater` (the one post the document is for, or null); `themes` (id, name, in theme order); `posts`
 * (the rater posts: id, name, department, headcount); `items` (one per question, in questionnaire order: section,
 * why it is there, theme, evaluation point, step and its layer, question id, audience, rater post and the step
 * where it receives the work, what it measures, the scale with its answer options, reverse, overall, SERVQUAL
 * pair, metric, text in English and Chinese); and `counts` (see {@link questionnaireCounts}).
 *
 * @example
 * ```ts
 * QuestionnaireJsonSchema.parse(JSON.parse(text)).items.length; // 66
 * ```
 */
export const QuestionnaireJsonSchema = z.strictObject({
  format: z.literal("gaptrace.questionnaire"),
  version: z.literal(QUESTIONNAIRE_FORMAT_VERSION),
  study: z.strictObject({ id: z.string(), name: Text }),
  rater: z.nullable(z.string()),
  themes: z.array(z.strictObject({ id: z.string(), name: Text })),
  posts: z.array(
    z.strictObject({ id: z.string(), name: Text, department: z.string(), headcount: z.nullable(z.number().check(z.int(), z.nonnegative())) }),
  ),
  items: z.array(
    z.strictObject({
      section: Section,
      sectionBasis: z.enum(["external", "receiving-step", "post-steps", "override"]),
      theme: z.string(),
      themeName: Text,
      point: z.string(),
      pointName: Text,
      step: z.string(),
      stepName: Text,
      stepLayer: LayerSchema,
      questionId: z.string(),
      audience: z.enum(["external", "internal"]),
      raterPost: z.nullable(z.string()),
      raterPostName: z.nullable(Text),
      raterStep: z.nullable(z.string()),
      measures: MeasureSchema,
      scale: z.strictObject({
        type: z.enum(["likert", "score", "yesno", "numeric"]),
        min: z.nullable(z.number()),
        max: z.nullable(z.number()),
        points: z.nullable(z.number().check(z.int())),
        unit: z.nullable(UnitSchema),
        unitName: z.nullable(Text),
        anchors: z.nullable(z.enum(["satisfaction", "agreement", "importance", "likelihood"])),
        options: z.array(z.strictObject({ value: z.number(), label: z.nullable(Text) })),
      }),
      reverse: z.boolean(),
      overall: z.boolean(),
      pairs: z.nullable(z.string()),
      metric: z.nullable(z.string()),
      text: Text,
    }),
  ),
  counts: z.strictObject({
    total: z.strictObject({ ...Count, external: z.number().check(z.int(), z.nonnegative()), internal: z.number().check(z.int(), z.nonnegative()) }),
    bySection: SectionCounts,
    byTheme: z.array(z.strictObject({ theme: z.string(), ...Count, bySection: SectionCounts })),
    byRaterPost: z.array(z.strictObject({ post: z.string(), ...Count })),
  }),
});

/** The questionnaire JSON document, version 1. */
export type QuestionnaireJson = z.output<typeof QuestionnaireJsonSchema>;

/**
 * The questionnaire as a versioned, self-describing JSON document (pass it to `JSON.stringify`).
 *
 * @param q - A questionnaire from {@link questionnaire}.
 * @returns `{ format: "gaptrace.questionnaire", version: 1, study, rater, themes, posts, items, counts }`, valid
 *   against {@link QuestionnaireJsonSchema}.
 * @example
 * ```ts
 * const text = JSON.stringify(questionnaireToJson(questionnaire(study)), null, 2);
 * ```
 */
export function questionnaireToJson(q: Questionnaire): QuestionnaireJson {
  requireArgument("questionnaireToJson", "first", q, "a questionnaire (the result of questionnaire)", (v) => hasList(v, "items"), "Pass questionnaire(study, options).");
  const counts: QuestionnaireCounts = questionnaireCounts(q);
  return {
    format: "gaptrace.questionnaire",
    version: QUESTIONNAIRE_FORMAT_VERSION,
    study: q.study,
    rater: q.rater,
    themes: q.themes.map((t) => ({ ...t })),
    posts: q.posts.map((p) => ({ ...p })),
    items: q.items.map((i) => ({ ...i, scale: { ...i.scale, options: i.scale.options.map((o) => ({ ...o })) } })),
    counts: {
      total: counts.total,
      bySection: counts.bySection.map((s) => ({ ...s })),
      byTheme: counts.byTheme.map((t) => ({ ...t, bySection: t.bySection.map((s) => ({ ...s })) })),
      byRaterPost: counts.byRaterPost.map((p) => ({ ...p })),
    },
  };
}

/**
 * Reads a questionnaire JSON document back (e.g. `JSON.parse` of a file), checking it against the schema.
 *
 * @param input - The parsed JSON value.
 * @returns The questionnaire (without the counts, which are recomputed on demand).
 * @throws {@link core!ValidationError} listing every place the document departs from the schema.
 * @example
 * ```ts
 * const q = questionnaireFromJson(JSON.parse(text));
 * questionnaireCounts(q).total.questions; // 66
 * ```
 */
export function questionnaireFromJson(input: unknown): Questionnaire {
  const r = QuestionnaireJsonSchema.safeParse(input, ZOD_ENGLISH);
  if (!r.success) {
    throw new ValidationError(
      "gaptrace/questionnaireFromJson: not a gaptrace questionnaire document (version 1).",
      schemaProblems(r.error.issues, input).map((p) => ({ ...p, message: `gaptrace/questionnaireFromJson: ${p.message}` })),
    );
  }
  const { study, rater, themes, posts, items } = r.data;
  return { study, rater, themes, posts, items };
}
