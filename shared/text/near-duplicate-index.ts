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
 */

export interface IndexedKey {
  key: Uint32Array;
  bigrams: Set<number>;
}

export function bigramsOf(key: ArrayLike<number>): Set<number> {
  const bigrams = new Set<number>();
  for (let k = 1; k < key.length; k++) bigrams.add(key[k - 1]! * 0x110000 + key[k]!);
  return bigrams;
}

/**
 * Bigram values are below 0x110000² < 2^41, so a (frequency, bigram) pair packs exactly into one
 * double as frequency · 2^41 + bigram as long as the frequency stays below 2^12. Frequencies are
 * capped there: the prefix lemma holds for any global total order, rarity only keeps prefixes
 * selective, and a bigram on 4,096 keys of one page is common either way.
 */
const BIGRAM_SPAN = 2 ** 41;
const MAX_RANKED_FREQUENCY = 2 ** 12 - 1;

export class NearDuplicateIndex<T extends IndexedKey> {
  private readonly frequency = new Map<number, number>();
  private readonly byPrefixBigram = new Map<number, T[]>();
  /** Each key's prefix, computed once: both add() and candidates() need it. */
  private readonly prefixes = new Map<T, Float64Array>();

  /** `all` are every key that will be added or probed: their bigram frequencies fix the order. */
  constructor(
    all: readonly T[],
    private readonly minSimilarity: number,
  ) {
    const frequency = this.frequency;
    for (const item of all) {
      for (const bigram of item.bigrams) frequency.set(bigram, (frequency.get(bigram) ?? 0) + 1);
    }
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
      if (list) for (const other of list) seen.add(other);
    }
    const found: T[] = [];
    for (const other of seen) if (this.mayMatch(item, other)) found.push(other);
    return found;
  }

  private mayMatch(a: T, b: T): boolean {
    const edits = this.maxEdits(Math.max(a.key.length, b.key.length));
    const [small, large] = a.bigrams.size <= b.bigrams.size ? [a, b] : [b, a];
    let shared = 0;
    for (const bigram of small.bigrams) if (large.bigrams.has(bigram)) shared++;
    return shared >= large.bigrams.size - 2 * edits;
  }

  private prefix(item: T): Float64Array {
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
  private computePrefix(item: T): Float64Array {
    const frequency = this.frequency;
    const edits = this.maxEdits(item.key.length / this.minSimilarity);
    const packed = new Float64Array(item.bigrams.size);
    let n = 0;
    for (const bigram of item.bigrams) {
      const rank = Math.min(frequency.get(bigram) ?? 0, MAX_RANKED_FREQUENCY);
      packed[n++] = rank * BIGRAM_SPAN + bigram;
    }
    packed.sort();
    const prefix = packed.subarray(0, Math.min(n, 2 * edits + 1));
    for (let k = 0; k < prefix.length; k++) prefix[k] = prefix[k]! % BIGRAM_SPAN;
    return prefix;
  }

  private maxEdits(length: number): number {
    return Math.floor((1 - this.minSimilarity) * length + 1e-9);
  }
}
