/**
 * An Aho–Corasick automaton over UTF-16 code units: every occurrence of every pattern in one pass
 * over the text, however many patterns (a learned lexicon grows to thousands of strings, and an
 * article is scanned once whatever its size). Patterns are plain strings; matching is exact.
 *
 * The trie's edges live in one map keyed by `node × 65536 + code unit`, and each node's children
 * in a sibling list of plain arrays: a map per node made compiling 20,000 texts (after every
 * decision) spend most of its time allocating maps.
 */
export class Automaton {
  private readonly edges = new Map<number, number>();
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
    return this.edges.get(node * 0x10000 + unit);
  }

  private insert(pattern: string): number {
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const unit = pattern.charCodeAt(i);
      let next = this.child(node, unit);
      if (next === undefined) {
        next = this.fail.length;
        this.edges.set(node * 0x10000 + unit, next);
        this.firstChild.push(-1);
        this.nextSibling.push(this.firstChild[node]!);
        this.firstChild[node] = next;
        this.fail.push(0);
        this.ends.push(null);
        this.output.push(-1);
        this.unitOf.push(unit);
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
