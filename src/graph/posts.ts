/**
 * A post's place in the process (岗位画像): what it owns, what it helps with, which standards it sets and where it
 * is evaluated. Attribution lands on posts, so this is the page a post reads to see what it answers for.
 * @module
 */
import { NotFoundError, UsageError } from "../core/errors.js";
import type { Post, Study } from "../model/study.js";
import type { StudyGraph } from "./build.js";
import { compareIds, stepIdFromKey } from "./ids.js";

/** Everything the study says a post does and answers for. */
export type PostProfile = {
  post: Post;
  /** The post's department id. */
  department: string;
  /** Steps the post is accountable for, in study order. */
  owns: string[];
  /** Steps the post contributes to without being accountable, in study order. */
  contributesTo: string[];
  /** Ids of the standards the post itself sets (`owner.post`), in study order. */
  standardsSet: string[];
  /** Ids of the standards its department sets (`owner.department`), in study order. */
  departmentStandards: string[];
  /** Themes in which the post owns or contributes to a step, sorted. */
  themes: string[];
  /** Evaluation points at the post's steps, in study order, with the post's role at that step. */
  evaluationPoints: { point: string; step: string; role: "owner" | "contributor" }[];
};

/**
 * The profile of one post: its steps, the standards it and its department set, its themes and its evaluation
 * points.
 *
 * @param study - The study.
 * @param graph - Its graph (duplicate steps dropped by the builder are not counted).
 * @param postId - The post id.
 * @returns The post's profile.
 * @throws {@link core!NotFoundError} when the study has no such post.
 * @example
 * ```ts
 * const p = postProfile(study, graph, "dispatcher");
 * p.owns; // ["dispatch", "review"]
 * p.standardsSet; // ["std-dispatch"]
 * ```
 */
export function postProfile(study: Study, graph: StudyGraph, postId: string): PostProfile {
  if (typeof postId !== "string") {
    throw new UsageError("postProfile", `expecting a post id (a string), got ${typeof postId}.`, "Pass the id of a post in the study.");
  }
  const post = study.organisation.posts.find((p) => p.id === postId);
  if (post === undefined) throw new NotFoundError("postProfile", "post", postId);

  const owns: string[] = [];
  const contributesTo: string[] = [];
  const role = new Map<string, "owner" | "contributor">();
  const themes = new Set<string>();
  graph.forEachNode((key, { step, theme, owner }) => {
    const id = stepIdFromKey(key);
    if (owner === postId) {
      owns.push(id);
      role.set(id, "owner");
      themes.add(theme);
    } else if (step.contributors.includes(postId)) {
      contributesTo.push(id);
      role.set(id, "contributor");
      themes.add(theme);
    }
  });

  const standardsSet: string[] = [];
  const departmentStandards: string[] = [];
  for (const standard of study.standards) {
    if ("post" in standard.owner && standard.owner.post === postId) standardsSet.push(standard.id);
    else if ("department" in standard.owner && standard.owner.department === post.department) {
      departmentStandards.push(standard.id);
    }
  }

  const evaluationPoints: PostProfile["evaluationPoints"] = [];
  for (const point of study.evaluationPoints) {
    const r = role.get(point.step);
    if (r !== undefined) evaluationPoints.push({ point: point.id, step: point.step, role: r });
  }

  return {
    post,
    department: post.department,
    owns,
    contributesTo,
    standardsSet,
    departmentStandards,
    themes: [...themes].sort(compareIds),
    evaluationPoints,
  };
}
