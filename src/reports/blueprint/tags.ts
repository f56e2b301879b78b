/**
 * The three kinds of point the attribution finds (三点查找), as the blueprint picture marks them. Kept apart from
 * their drawing styles and words so that both can name them without importing each other.
 * @module
 */

/** The three kinds of point the attribution finds (三点查找), used to mark steps on the picture. */
export const MARK_TAGS = ["customer-dissatisfaction", "unreasonable-standard", "non-compliant-execution"] as const;
/** One of {@link MARK_TAGS}. */
export type MarkTag = (typeof MARK_TAGS)[number];
