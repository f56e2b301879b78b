/**
 * The shape of a bench module. `npm run bench` runs every `bench/*.bench.ts` in turn; each default-exports a
 * {@link Bench} whose `run` returns the rows it wants in the printed table.
 */

/** One line of the results table. */
export interface BenchRow {
  /** What was measured, e.g. "load + aggregate 1M rows". */
  readonly measure: string;
  /** The figure (already rounded for display, or a number to be formatted). */
  readonly value: number | string;
  /** Its unit, e.g. "rows/s", "MB", "ms", "×". */
  readonly unit: string;
  /** A short remark (sizes, settings). */
  readonly note?: string;
}

/** A bench module's default export. */
export interface Bench {
  /** Short name shown in the table and usable as a filter: `npm run bench -- data`. */
  readonly name: string;
  /** Runs the bench and returns its rows. May log progress to stderr. */
  run(): Promise<readonly BenchRow[]>;
}
