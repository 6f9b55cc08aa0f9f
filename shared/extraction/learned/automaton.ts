/**
 * An Aho–Corasick automaton over UTF-16 code units: every occurrence of every pattern in one pass
 * over the text, however many patterns (a learned lexicon grows to thousands of strings, and an
 * article is scanned once whatever its size). Patterns are plain strings; matching is exact.
 *
 * A node's children are a sibling list in plain arrays, walked when they are few (most nodes
 * have one or two) and indexed by a map once they are many (the root, common prefixes): a map per
 * node made compiling 20,000 texts (after every decision) spend its time allocating maps, and one
 * map keyed by `node × 65536 + unit` its time hashing keys too large for small integers.
 */
/** Up to this many children a node's siblings are walked; beyond, they are indexed by a map. */
const FEW = 8;

export class Automaton {
  /** Children by code unit, for nodes with more than FEW children (null: walk the siblings). */
  private readonly indexed: (Map<number, number> | null)[] = [null];
  private readonly childCount: number[] = [0];
  private readonly firstChild: number[] = [-1];
  private readonly nextSibling: number[] = [-1];
  /** The code unit on the edge into each node. */
  private readonly unitOf: number[] = [0];
  private readonly fail: number[] = [0];
  /** Patterns ending at the node itself (null: none). */
  private readonly ends: (number[] | null)[] = [null];
  /** The nearest node on the fail chain that ends a pattern (-1: none), so a scan skips the rest. */
  private readonly output: number[] = [-1];
  readonly patterns: readonly string[];

  constructor(patterns: readonly string[]) {
    this.patterns = patterns;
    patterns.forEach((pattern, index) => {
      if (pattern.length === 0) return;
      const node = this.insert(pattern);
      (this.ends[node] ??= []).push(index);
    });
    this.link();
  }

  private child(node: number, unit: number): number | undefined {
    const map = this.indexed[node];
    if (map) return map.get(unit);
    for (let c = this.firstChild[node]!; c !== -1; c = this.nextSibling[c]!)
      if (this.unitOf[c] === unit) return c;
    return undefined;
  }

  private addChild(node: number, unit: number, child: number): void {
    this.nextSibling.push(this.firstChild[node]!);
    this.firstChild[node] = child;
    const count = ++this.childCount[node]!;
    let map = this.indexed[node];
    if (!map && count > FEW) {
      map = new Map();
      for (let c = this.firstChild[node]!; c !== -1; c = this.nextSibling[c]!)
        if (c !== child) map.set(this.unitOf[c]!, c);
      this.indexed[node] = map;
    }
    map?.set(unit, child);
  }

  private insert(pattern: string): number {
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const unit = pattern.charCodeAt(i);
      let next = this.child(node, unit);
      if (next === undefined) {
        next = this.fail.length;
        this.firstChild.push(-1);
        this.fail.push(0);
        this.ends.push(null);
        this.output.push(-1);
        this.unitOf.push(unit);
        this.indexed.push(null);
        this.childCount.push(0);
        this.addChild(node, unit, next);
      }
      node = next;
    }
    return node;
  }

  /** Fail and output links, breadth first (a node's links depend on shallower nodes only). */
  private link(): void {
    const queue: number[] = [];
    for (let c = this.firstChild[0]!; c !== -1; c = this.nextSibling[c]!) queue.push(c);
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      for (let child = this.firstChild[node]!; child !== -1; child = this.nextSibling[child]!) {
        const unit = this.unitOf[child]!;
        let f = this.fail[node]!;
        while (f !== 0 && this.child(f, unit) === undefined) f = this.fail[f]!;
        const target = this.child(f, unit);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        const failNode = this.fail[child]!;
        this.output[child] = this.ends[failNode] ? failNode : this.output[failNode]!;
        queue.push(child);
      }
    }
  }

  /** Calls `found(pattern index, start, end)` (UTF-16 offsets of `text`) for every occurrence. */
  scan(text: string, found: (pattern: number, start: number, end: number) => void): void {
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      let next = this.child(node, unit);
      while (next === undefined && node !== 0) {
        node = this.fail[node]!;
        next = this.child(node, unit);
      }
      node = next ?? 0;
      for (let hit = node; hit > 0; hit = this.output[hit]!) {
        for (const index of this.ends[hit] ?? []) {
          found(index, i + 1 - this.patterns[index]!.length, i + 1);
        }
      }
    }
  }
}
