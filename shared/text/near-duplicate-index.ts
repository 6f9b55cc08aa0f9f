/**
 * Finds, among keys added so far, those that may be within a given edit similarity of a query key,
 * without comparing every pair: pages such as tables repeat the same template words on hundreds of
 * lines, and all-pairs comparison of those would take seconds.
 *
 * Keys are compared on their sets of distinct character bigrams. One edit destroys at most two
 * bigram occurrences, so two keys within k edits share at least |bigrams| − 2k distinct bigrams of
 * either. By the prefix-filtering lemma, two such sets then share a member among their 2k + 1
 * rarest bigrams (rarest over all keys of the page, ties broken by value). Only those prefixes are
 * indexed and probed, so common template bigrams never produce candidates on their own. The filter
 * never drops a true match between keys of two or more characters (a single character has no
 * bigram); callers still verify candidates by edit distance.
 *
 * Bigrams are numbered per index in order of first appearance, so that sets are sorted arrays of
 * small integers and frequencies an array: hashing the raw bigram values (up to 2^41, so not
 * small integers to the engine) once per occurrence was most of the cost.
 */

export interface IndexedKey {
  key: Uint32Array;
}

/**
 * Work a caller allows, shared with its own verification: each candidate examined costs the sizes
 * of the two bigram sets compared. Once it is spent, candidates() finds nothing more.
 */
export interface WorkBudget {
  remaining: number;
}

/** Bigram numbers are below this, so (frequency, bigram) packs exactly into one double. */
const BIGRAM_SPAN = 2 ** 24;

export class NearDuplicateIndex<T extends IndexedKey> {
  /** Each key's distinct bigram numbers, sorted. */
  private readonly bigrams = new Map<T, Int32Array>();
  /** Each key's prefix, computed once: both add() and candidates() need it. */
  private readonly prefixes = new Map<T, Int32Array>();
  private readonly frequency: Int32Array;
  private readonly byPrefixBigram = new Map<number, T[]>();

  /** `all` are every key that will be added or probed: their bigram frequencies fix the order. */
  constructor(
    all: readonly T[],
    private readonly minSimilarity: number,
    private readonly budget: WorkBudget = { remaining: Infinity },
  ) {
    let occurrences = 0;
    for (const item of all) occurrences += Math.max(0, item.key.length - 1);
    const numbers = new BigramNumbers(occurrences);
    // Distinct bigrams are at most the occurrences: counts never outgrow this.
    const counts = new Int32Array(occurrences);
    for (const item of all) {
      const key = item.key;
      const list = new Int32Array(Math.max(0, key.length - 1));
      for (let k = 1; k < key.length; k++) list[k - 1] = numbers.numberOf(key[k - 1]!, key[k]!);
      list.sort();
      let distinct = 0;
      for (let k = 0; k < list.length; k++) {
        if (k > 0 && list[k] === list[k - 1]) continue;
        list[distinct++] = list[k]!;
        counts[list[k]!]!++;
      }
      this.bigrams.set(item, list.subarray(0, distinct));
    }
    this.frequency = counts.subarray(0, numbers.size);
  }

  add(item: T): void {
    for (const bigram of this.prefix(item)) {
      const list = this.byPrefixBigram.get(bigram);
      if (list) list.push(item);
      else this.byPrefixBigram.set(bigram, [item]);
    }
  }

  /** Added items that pass the shared-bigram bound with `item`, in the order they were added. */
  candidates(item: T): T[] {
    const seen = new Set<T>();
    for (const bigram of this.prefix(item)) {
      const list = this.byPrefixBigram.get(bigram);
      if (!list) continue;
      // Gathering costs too: on a page of look-alike paragraphs every list holds most of them.
      this.budget.remaining -= list.length;
      if (this.budget.remaining <= 0) return [];
      for (const other of list) seen.add(other);
    }
    const found: T[] = [];
    for (const other of seen) {
      if (this.budget.remaining <= 0) break;
      if (this.mayMatch(item, other)) found.push(other);
    }
    return found;
  }

  private bigramsOf(item: T): Int32Array {
    const bigrams = this.bigrams.get(item);
    if (!bigrams) throw new Error('NearDuplicateIndex: key not given to the constructor');
    return bigrams;
  }

  private mayMatch(a: T, b: T): boolean {
    const edits = this.maxEdits(Math.max(a.key.length, b.key.length));
    const x = this.bigramsOf(a);
    const y = this.bigramsOf(b);
    this.budget.remaining -= x.length + y.length;
    let shared = 0;
    for (let i = 0, j = 0; i < x.length && j < y.length;) {
      if (x[i]! < y[j]!) i++;
      else if (x[i]! > y[j]!) j++;
      else {
        shared++;
        i++;
        j++;
      }
    }
    return shared >= Math.max(x.length, y.length) - 2 * edits;
  }

  private prefix(item: T): Int32Array {
    let prefix = this.prefixes.get(item);
    if (!prefix) {
      prefix = this.computePrefix(item);
      this.prefixes.set(item, prefix);
    }
    return prefix;
  }

  /**
   * The 2k + 1 rarest bigrams, k being the most edits any partner may need: a partner is at most
   * length / minSimilarity long, and may differ by a (1 − minSimilarity) share of that.
   */
  private computePrefix(item: T): Int32Array {
    const edits = this.maxEdits(item.key.length / this.minSimilarity);
    const bigrams = this.bigramsOf(item);
    const packed = new Float64Array(bigrams.length);
    for (let k = 0; k < bigrams.length; k++) {
      packed[k] = this.frequency[bigrams[k]!]! * BIGRAM_SPAN + bigrams[k]!;
    }
    packed.sort();
    const prefix = new Int32Array(Math.min(packed.length, 2 * edits + 1));
    for (let k = 0; k < prefix.length; k++) prefix[k] = packed[k]! % BIGRAM_SPAN;
    return prefix;
  }

  private maxEdits(length: number): number {
    return Math.floor((1 - this.minSimilarity) * length + 1e-9);
  }
}

/**
 * Numbers bigrams (pairs of code points) in order of first appearance: an open-addressing table
 * over typed arrays. A Map keyed by the packed pair (up to 2^41, a heap number to the engine) was
 * most of the cost of indexing a page.
 */
class BigramNumbers {
  private readonly firsts: Int32Array;
  private readonly seconds: Int32Array;
  /** Each slot's bigram number + 1; 0 marks an empty slot. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** Slots are picked from the hash's high bits, which every bit of both code points reaches. */
  private readonly shift: number;
  size = 0;

  /** `capacity`: the most distinct bigrams that will be numbered. */
  constructor(capacity: number) {
    // At most half full, so probes stay short.
    let length = 16;
    let bits = 4;
    while (length < capacity * 2) {
      length *= 2;
      bits++;
    }
    this.shift = 32 - bits;
    this.firsts = new Int32Array(length);
    this.seconds = new Int32Array(length);
    this.slots = new Int32Array(length);
    this.mask = length - 1;
  }

  numberOf(first: number, second: number): number {
    const mixed = Math.imul(first, 0x9e3779b1) ^ second;
    let slot = Math.imul(mixed ^ (mixed >>> 15), 0x85ebca6b) >>> this.shift;
    for (;;) {
      const held = this.slots[slot]!;
      if (held === 0) {
        if (this.size >= BIGRAM_SPAN) throw new Error('too many distinct bigrams for one index');
        this.firsts[slot] = first;
        this.seconds[slot] = second;
        this.slots[slot] = ++this.size;
        return this.size - 1;
      }
      if (this.firsts[slot] === first && this.seconds[slot] === second) return held - 1;
      slot = (slot + 1) & this.mask;
    }
  }
}
