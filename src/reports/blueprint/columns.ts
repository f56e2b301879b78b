/**
 * Column assignment for the blueprint picture: longest-path layering over the hand-off graph so the flow reads
 * left to right. Rework hand-offs are left out (they point back upstream by design); any other cycle is broken
 * deterministically by a depth-first search in id order, and the hand-offs it cuts are reported as loops.
 * @module
 */
import { compareCodeUnits } from "./source.js";

/** The result of layering. */
export interface Columns {
  /** Column of each step (0 = leftmost). */
  readonly column: ReadonlyMap<string, number>;
  /** Non-rework hand-offs cut to break a cycle, as `from\u0000to` keys (self-loops included). */
  readonly loops: ReadonlySet<string>;
  /** Step ids in a topological order of the layering graph (ties broken by id). */
  readonly order: readonly string[];
}

/**
 * Key of a directed pair of step ids, for sets of hand-offs. The NUL separator cannot occur in an id.
 *
 * @param from - Upstream step id.
 * @param to - Downstream step id.
 * @returns A string unique to the ordered pair.
 * @example
 * ```ts
 * pairKey("a", "b") === pairKey("a", "b"); // true; pairKey("b", "a") differs
 * ```
 */
export function pairKey(from: string, to: string): string {
  return `${from}\u0000${to}`;
}

/**
 * Assign every step a column.
 *
 * @param ids - All step ids.
 * @param edges - Hand-offs as `{ from, to, rework }`; rework hand-offs do not constrain columns.
 * @returns Columns, the hand-offs cut to break cycles, and a topological order.
 * @example
 * ```ts
 * assignColumns(["a", "b"], [{ from: "a", to: "b", rework: false }]).column.get("b"); // 1
 * ```
 */
export function assignColumns(
  ids: readonly string[],
  edges: readonly { readonly from: string; readonly to: string; readonly rework: boolean }[],
): Columns {
  const sorted = [...new Set(ids)].sort(compareCodeUnits);
  const succ = new Map<string, string[]>(sorted.map((id) => [id, []]));
  const loops = new Set<string>();
  for (const e of edges) {
    if (e.rework) continue;
    if (e.from === e.to) {
      loops.add(pairKey(e.from, e.to));
      continue;
    }
    const list = succ.get(e.from);
    if (list !== undefined && succ.has(e.to) && !list.includes(e.to)) list.push(e.to);
  }
  for (const list of succ.values()) list.sort(compareCodeUnits);

  // Iterative DFS (a 100-step chain would be fine recursively, a generated 10 000-step one would not).
  const state = new Map<string, 1 | 2>(); // 1 = on the stack, 2 = done
  for (const root of sorted) {
    if (state.has(root)) continue;
    const stack: { id: string; next: number }[] = [{ id: root, next: 0 }];
    state.set(root, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top === undefined) break;
      const out = succ.get(top.id) ?? [];
      const child = out[top.next];
      if (child === undefined) {
        state.set(top.id, 2);
        stack.pop();
        continue;
      }
      top.next += 1;
      const s = state.get(child);
      if (s === 1) loops.add(pairKey(top.id, child));
      else if (s === undefined) {
        state.set(child, 1);
        stack.push({ id: child, next: 0 });
      }
    }
  }

  const dagSucc = new Map<string, string[]>();
  const dagPred = new Map<string, string[]>();
  for (const id of sorted) {
    dagSucc.set(id, []);
    dagPred.set(id, []);
  }
  for (const [from, list] of succ) {
    for (const to of list) {
      if (loops.has(pairKey(from, to))) continue;
      dagSucc.get(from)?.push(to);
      dagPred.get(to)?.push(from);
    }
  }

  // Kahn's algorithm, always taking the smallest ready id, so the order is a pure function of the input.
  const indegree = new Map(sorted.map((id) => [id, dagPred.get(id)?.length ?? 0]));
  const ready = sorted.filter((id) => indegree.get(id) === 0);
  const order: string[] = [];
  while (ready.length > 0) {
    ready.sort(compareCodeUnits);
    const id = ready.shift();
    if (id === undefined) break;
    order.push(id);
    for (const to of dagSucc.get(id) ?? []) {
      const d = (indegree.get(to) ?? 0) - 1;
      indegree.set(to, d);
      if (d === 0) ready.push(to);
    }
  }

  const column = new Map<string, number>();
  for (const id of order) {
    let c = 0;
    for (const p of dagPred.get(id) ?? []) c = Math.max(c, (column.get(p) ?? 0) + 1);
    column.set(id, c);
  }
  // A step nothing leads into would sit in column 0 however late it is needed; pull it next to its first successor.
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i];
    if (id === undefined || (dagPred.get(id)?.length ?? 0) > 0) continue;
    const next = dagSucc.get(id) ?? [];
    if (next.length === 0) continue;
    column.set(id, Math.min(...next.map((s) => column.get(s) ?? 1)) - 1);
  }
  return { column, loops, order };
}
