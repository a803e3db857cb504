import type { IndexedItem } from './questionnaire-index.js';

/**
 * Which items may need a fresh look when an item's answer changes,
 * transitively, in document order. Built from direct edges only: a chain of
 * n items, each shown when the one before it is answered, stores n edges, not
 * the n²/2 entries of every item's full list of dependents.
 */
export interface Dependents {
  /**
   * The items (in document order) whose visibility may change when the item's
   * answer changes, directly or through other items, sections and scores.
   *
   * @param itemId - An item id.
   * @returns The items, or undefined when there are none (or the id is unknown).
   */
  get(itemId: string): readonly IndexedItem[] | undefined;
  /** Whether any item depends on this one. */
  has(itemId: string): boolean;
  /** The ids of items that some other item depends on (walks every item: for tests and tools, not hot paths). */
  keys(): IterableIterator<string>;
  /** Item references held: the direct edges plus the walks remembered so far. Grows linearly in the definition. */
  readonly stored: number;
  /** Graph nodes visited by walks so far: a deterministic measure of the work done. */
  readonly steps: number;
}

/**
 * Edges of the graph, by node: items are nodes `0 … items-1` (their
 * positions), then sections, then scores. An edge `a → b` means b's
 * visibility (or value, for a score) reads a.
 */
export class GraphBuilder {
  private readonly targets: number[][];

  constructor(readonly nodeCount: number) {
    this.targets = Array.from({ length: nodeCount }, () => []);
  }

  add(from: number, to: number): void {
    (this.targets[from] as number[]).push(to);
  }

  /** Packed as offsets and targets (one typed array each), then walked without allocating per node. */
  build(order: readonly IndexedItem[]): DependencyGraph {
    const offsets = new Int32Array(this.nodeCount + 1);
    let total = 0;
    for (let n = 0; n < this.nodeCount; n++) {
      offsets[n] = total;
      total += (this.targets[n] as number[]).length;
    }
    offsets[this.nodeCount] = total;
    const targets = new Int32Array(total);
    let at = 0;
    for (const list of this.targets) for (const t of list) targets[at++] = t;
    return new DependencyGraph(order, offsets, targets);
  }
}

/** Walks remembered per graph, as a multiple of its size (nodes plus edges). */
const REMEMBER = 4;

/** The dependents of every item, found by a walk over direct edges and remembered while that stays small. */
export class DependencyGraph implements Dependents {
  private readonly byId: ReadonlyMap<string, number>;
  private readonly marks: Uint32Array;
  private epoch = 0;
  private readonly remembered = new Map<number, readonly IndexedItem[] | undefined>();
  private budget: number;
  private walked = 0;
  private held: number;

  constructor(
    private readonly order: readonly IndexedItem[],
    private readonly offsets: Int32Array,
    private readonly targets: Int32Array,
  ) {
    this.byId = new Map(order.map((e) => [e.item.id, e.position]));
    this.marks = new Uint32Array(offsets.length - 1);
    this.held = targets.length;
    this.budget = REMEMBER * (offsets.length + targets.length);
  }

  get stored(): number {
    return this.held;
  }

  get steps(): number {
    return this.walked;
  }

  get(itemId: string): readonly IndexedItem[] | undefined {
    const position = this.byId.get(itemId);
    if (position === undefined) return undefined;
    if (this.remembered.has(position)) return this.remembered.get(position);
    const found = this.walk(position);
    const cost = found === undefined ? 1 : found.length;
    // Most items have a few dependents and are asked for on every answer; a
    // long chain's lists would add up to n², so past the budget they are walked again.
    if (cost <= this.budget) {
      this.budget -= cost;
      this.held += cost;
      this.remembered.set(position, found);
    }
    return found;
  }

  has(itemId: string): boolean {
    return this.get(itemId) !== undefined;
  }

  *keys(): IterableIterator<string> {
    for (const entry of this.order) if (this.get(entry.item.id) !== undefined) yield entry.item.id;
  }

  private walk(from: number): readonly IndexedItem[] | undefined {
    const { offsets, targets, marks } = this;
    const items = this.order.length;
    if (++this.epoch === 0xffffffff) {
      marks.fill(0);
      this.epoch = 1;
    }
    const epoch = this.epoch;
    const found: number[] = [];
    const stack: number[] = [];
    for (let e = offsets[from] as number; e < (offsets[from + 1] as number); e++) stack.push(targets[e] as number);
    while (stack.length > 0) {
      const node = stack.pop() as number;
      if (marks[node] === epoch) continue;
      marks[node] = epoch;
      this.walked++;
      if (node < items) found.push(node);
      for (let e = offsets[node] as number; e < (offsets[node + 1] as number); e++) {
        const next = targets[e] as number;
        if (marks[next] !== epoch) stack.push(next);
      }
    }
    if (found.length === 0) return undefined;
    found.sort((a, b) => a - b);
    return found.map((p) => this.order[p] as IndexedItem);
  }
}
