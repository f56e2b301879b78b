/**
 * A scratch buffer reused by one module's successive calls while something still holds it.
 * @internal
 * @module
 */

/**
 * A source of scratch: each call returns a Float64Array of at least `size` values, the last one when it is large
 * enough (its contents are left over from the last call: every use must write before it reads). A `WeakRef` keeps it
 * for the rest of the current job (every fit of one `attribute` call) and lets the collector take it afterwards.
 * Why: at a million rows a fresh copy is 8 MB a column, and V8 starts a full collection whenever the array buffers
 * allocated since the last one pass a limit, marking the whole heap again and again. Only for synchronous callers
 * that return nothing of the scratch.
 *
 * @returns the source of scratch (one per module, so two modules never share a buffer).
 * @example
 * ```ts
 * const scratch = scratchPool();
 * const buffer = scratch(n * 3); // n weights, n outcomes, n values of one column
 * ```
 */
export function scratchPool(): (size: number) => Float64Array {
  let ref: WeakRef<Float64Array> | undefined;
  return (size) => {
    const kept = ref?.deref();
    if (kept !== undefined && kept.length >= size) return kept;
    const fresh = new Float64Array(size);
    ref = new WeakRef(fresh);
    return fresh;
  };
}
