/**
 * A candidate: one tested piece of evidence before the multiple-comparison adjustment decides whether it is a
 * finding, with what it is about and how big the gap is.
 * @module
 */
import type { Evidence, Undecided } from "../shared/findings.js";

/** What a piece of evidence is about. */
export type Subject =
  | { readonly kind: "point"; readonly point: string; readonly step: string }
  | { readonly kind: "standard"; readonly standard: string; readonly via: "threshold" | "clock" }
  | { readonly kind: "step"; readonly step: string };

/** A tested piece of evidence. */
export interface Candidate {
  readonly id: string;
  readonly subject: Subject;
  readonly evidence: Evidence;
  /** Relative shortfall, 0–1. */
  readonly severity: number;
  /** The raw two-sided p-value. */
  readonly p: number;
}

/** What an evidence builder returns. */
export interface Built {
  readonly candidates: Candidate[];
  readonly undecided: Undecided[];
}
