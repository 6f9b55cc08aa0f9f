/**
 * An Aho–Corasick automaton over UTF-16 code units: every occurrence of every pattern in one pass
 * over the text, however many patterns (a learned lexicon grows to thousands of strings, and an
 * article is scanned once whatever its size). Patterns are plain strings; matching is exact.
 */
export class Automaton {
  /** goto[node]: next node by code unit. */
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Patterns ending at the node itself. */
  private readonly ends: number[][] = [[]];
  /** The nearest node on the fail chain that ends a pattern (-1: none), so a scan skips the rest. */
  private readonly output: number[] = [-1];
  readonly patterns: readonly string[];

  constructor(patterns: readonly string[]) {
    this.patterns = patterns;
    patterns.forEach((pattern, index) => {
      if (pattern.length > 0) this.ends[this.insert(pattern)]!.push(index);
    });
    this.link();
  }

  private insert(pattern: string): number {
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const unit = pattern.charCodeAt(i);
      let child = this.next[node]!.get(unit);
      if (child === undefined) {
        child = this.next.length;
        this.next.push(new Map());
        this.fail.push(0);
        this.ends.push([]);
        this.output.push(-1);
        this.next[node]!.set(unit, child);
      }
      node = child;
    }
    return node;
  }

  /** Fail and output links, breadth first (a node's links depend on shallower nodes only). */
  private link(): void {
    const queue: number[] = [];
    for (const child of this.next[0]!.values()) queue.push(child);
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      for (const [unit, child] of this.next[node]!) {
        let f = this.fail[node]!;
        while (f !== 0 && !this.next[f]!.has(unit)) f = this.fail[f]!;
        const target = this.next[f]!.get(unit);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        const failNode = this.fail[child]!;
        this.output[child] = this.ends[failNode]!.length > 0 ? failNode : this.output[failNode]!;
        queue.push(child);
      }
    }
  }

  /** Calls `found(pattern index, start, end)` (UTF-16 offsets of `text`) for every occurrence. */
  scan(text: string, found: (pattern: number, start: number, end: number) => void): void {
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      let child = this.next[node]!.get(unit);
      while (child === undefined && node !== 0) {
        node = this.fail[node]!;
        child = this.next[node]!.get(unit);
      }
      node = child ?? 0;
      for (let hit = node; hit > 0; hit = this.output[hit]!) {
        for (const index of this.ends[hit]!) {
          found(index, i + 1 - this.patterns[index]!.length, i + 1);
        }
      }
    }
  }
}
