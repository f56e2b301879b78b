/**
 * The three kinds of point the attribution finds (三点查找), as the blueprint picture marks them: the attribution's
 * own tags under the picture's names, so there is one list of them.
 * @module
 */
import { TAGS, type Tag } from "../../attribution/shared/findings.js";

/** The three kinds of point the attribution finds (三点查找), used to mark steps on the picture. */
export const MARK_TAGS = TAGS;
/** One of {@link MARK_TAGS}. */
export type MarkTag = Tag;
