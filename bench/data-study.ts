/**
 * A synthetic study at the scale of the real one in the domain brief (four themes, 126 evaluation points, 186
 * external and 280 internal questions, nine city bureaus), built deterministically in code so the data bench
 * does not depend on example files that change. Scales are mixed as surveys mix them; a few questions are
 * reverse-coded.
 */
import { StudySchema, type Study, type StudyInput } from "../src/model/study.js";

/** The nine city bureaus (segment `region`). */
export const REGIONS = ["hz", "nb", "wz", "jx", "hu", "sx", "jh", "qz", "ls"] as const;
/** Customer classes (segment `class`) of external respondents. */
export const CLASSES = ["residential", "business", "industrial"] as const;

type Scale = NonNullable<StudyInput["evaluationPoints"]>[number]["questions"][number]["scale"];

function scaleFor(i: number): Scale {
  const k = i % 20;
  if (k < 10) return { type: "likert", points: 5 };
  if (k < 12) return { type: "likert", points: 7 };
  if (k < 15) return { type: "score", max: 10 };
  if (k < 17) return { type: "score", max: 100 };
  if (k < 19) return { type: "yesno" };
  return { type: "numeric", unit: "h", min: 0, max: 168 };
}

/** Build the bench study. */
export function benchStudy(): Study {
  const themes = ["connect", "outage", "payment", "contact"];
  const depts = ["service", "marketing", "billing", "ops", "repair", "it"];
  const posts = Array.from({ length: 20 }, (_, i) => ({ id: `post-${i}`, name: `Post ${i}`, department: depts[i % depts.length] as string }));
  const blueprints = themes.map((t) => {
    const steps = Array.from({ length: 8 }, (_, i) => ({
      id: `${t}-s${i}`,
      name: `${t} step ${i}`,
      layer: i === 0 ? ("customer" as const) : i < 3 ? ("frontline" as const) : i < 6 ? ("backoffice" as const) : ("support" as const),
      ...(i === 0 ? {} : { owner: `post-${(themes.indexOf(t) * 5 + i) % 20}` }),
    }));
    return { theme: t, steps, handoffs: steps.slice(1).map((s, i) => ({ from: steps[i]?.id as string, to: s.id })) };
  });
  const stepIds = blueprints.flatMap((b) => b.steps.map((s) => s.id));
  const points: NonNullable<StudyInput["evaluationPoints"]> = Array.from({ length: 126 }, (_, p) => ({
    id: `ep-${p}`,
    step: stepIds[p % stepIds.length] as string,
    name: `Evaluation point ${p}`,
    questions: [],
  }));
  let q = 0;
  for (let i = 0; i < 186; i++, q++) {
    points[i % 126]?.questions.push({ id: `qe-${i}`, audience: { kind: "external" }, measures: "perception", scale: scaleFor(q), reverse: i % 23 === 5, text: `External question ${i}` });
  }
  for (let i = 0; i < 280; i++, q++) {
    points[(i * 7) % 126]?.questions.push({
      id: `qi-${i}`,
      audience: { kind: "internal", rater: `post-${i % 20}` },
      measures: "perception",
      scale: scaleFor(q),
      reverse: i % 29 === 3,
      text: `Internal question ${i}`,
    });
  }
  return StudySchema.parse({
    gaptrace: 1,
    id: "bench-province",
    name: "Bench study at province scale",
    organisation: { departments: depts.map((d) => ({ id: d, name: d })), posts },
    themeMap: {
      needs: [{ id: "need", name: "Need" }],
      items: [{ id: "item", name: "Item", needs: ["need"] }],
      themes: themes.map((t) => ({ id: t, name: t, items: ["item"] })),
    },
    blueprints,
    evaluationPoints: points,
  } satisfies StudyInput);
}
