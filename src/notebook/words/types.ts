/**
 * The shape of the notebook views' fixed words: every language's table implements {@link NotebookWords}, so a
 * word missing from one language is a type error. The study's own labels come from the study.
 * @module
 */

/** The fixed words of the notebook views in one language. */
export interface NotebookWords {
  readonly study: string;
  readonly validation: string;
  readonly errors: string;
  readonly warnings: string;
  readonly notes: string;
  readonly problems: string;
  readonly invalidStudy: string;
  readonly departments: string;
  readonly posts: string;
  readonly needs: string;
  readonly items: string;
  readonly standards: string;
  readonly metrics: string;
  readonly theme: string;
  readonly steps: string;
  readonly layerCustomer: string;
  readonly layerFrontline: string;
  readonly layerBackoffice: string;
  readonly layerSupport: string;
  readonly postsH: string;
  readonly standardsH: string;
  readonly cxPoints: string;
  readonly isPoints: string;
  readonly evalPoints: string;
  readonly extQs: string;
  readonly intQs: string;
  readonly total: string;
  readonly blueprints: string;
  readonly blueprintFailed: string;
  readonly blueprintOf: string;
  readonly svgNote: string;
  readonly marks: string;
  readonly ledger: string;
  readonly rowsRead: string;
  readonly accepted: string;
  readonly rejected: string;
  readonly blankLines: string;
  readonly values: string;
  readonly read: string;
  readonly valid: string;
  readonly missing: string;
  readonly dontKnow: string;
  readonly balances: string;
  readonly noBalance: string;
  readonly byReason: string;
  readonly reason: string;
  readonly count: string;
  readonly whatToDo: string;
  readonly firstProblems: string;
  readonly where: string;
  readonly message: string;
  readonly more: string;
  readonly noRejections: string;
  readonly attribution: string;
  readonly wave: string;
  readonly findings: string;
  readonly tests: string;
  readonly undecidedN: string;
  readonly noFindings: string;
  readonly finding: string;
  readonly postDept: string;
  readonly evidence: string;
  readonly traced: string;
  readonly change: string;
  readonly severity: string;
  readonly rootCauses: string;
  readonly rootCausesH: string;
  readonly tracedAfter: string;
  readonly explains: string;
  readonly explainedBy: string;
  readonly unexplained: string;
  readonly measuredCauses: string;
  readonly possibleCauses: string;
  readonly possibleCauseOf: string;
  readonly linkage: string;
  readonly measuredGap: string;
  readonly settleWith: string;
  readonly responsibility: string;
  readonly post: string;
  readonly department: string;
  readonly persons: string;
  readonly gapsExplained: string;
  readonly measures: string;
  readonly undecided: string;
  readonly subject: string;
  readonly needsData: string;
  readonly whatIf: string;
  readonly changesTried: string;
  readonly status: string;
  readonly before: string;
  readonly after: string;
  readonly resolved: string;
  readonly new: string;
  readonly changed: string;
  readonly unchanged: string;
  readonly summaryWhatIf: string;

  /** Between items of one line: `, ` or `，`. */
  readonly comma: string;
  /** After a label that introduces a list: `:` or `：`. */
  readonly colon: string;
  /** What part of a customer gap no upstream cause explains. */
  readonly notExplainedShare: (percent: string) => string;
  /** What an unreasonable standard's finding is about: its limit or its clock. */
  readonly standardVia: Readonly<Record<"limit" | "clock", string>>;
  /** The multiple-comparison corrections by name. */
  readonly correction: Readonly<Record<"benjamini-hochberg" | "holm" | "none", string>>;
  /** The row label of the ledger's row counts. */
  readonly rowsLabel: string;
  /** A what-if change of a standard's threshold. */
  readonly thresholdTo: (value: string) => string;
  /** A what-if change of where a standard's clock starts. */
  readonly clockStartsAt: (event: string) => string;
  /** A what-if change of where a standard's clock stops. */
  readonly clockStopsAt: (event: string) => string;
  /** A what-if change of a step's time: the factor, and how much faster (negative: slower) in percent. */
  readonly stepTime: (step: string, factor: string, fasterPercent: number) => string;
}

/** The words of a table that are plain text (not sentence functions or records). */
export type PlainWord = { [K in keyof NotebookWords]: NotebookWords[K] extends string ? K : never }[keyof NotebookWords];
