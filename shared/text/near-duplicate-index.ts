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

/** Bigram numbers stay below this (a page indexes at most NEAR_MAX_CHARACTERS key characters). */
const BIGRAM_SPAN = 2 ** 24;

export class NearDuplicateIndex<T extends IndexedKey> {
  /**
   * Each key's distinct bigrams as ranks, sorted. A bigram's rank is its place in the page's
   * order of rarity (frequency over all keys, ties broken by bigram number), so a key's sorted
   * ranks begin with its prefix, and comparing two keys' sets compares ranks as it would numbers.
   */
  private readonly bigrams = new Map<T, Int32Array>();
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
    // The last key (1-based) that counted each bigram: a key's repeats are skipped without sorting.
    const countedBy = new Int32Array(occurrences);
    const lists: Int32Array[] = [];
    for (let n = 0; n < all.length; n++) {
      const key = all[n]!.key;
      const list = new Int32Array(Math.max(0, key.length - 1));
      let distinct = 0;
      for (let k = 1; k < key.length; k++) {
        const bigram = numbers.numberOf(key[k - 1]!, key[k]!);
        if (countedBy[bigram] === n + 1) continue;
        countedBy[bigram] = n + 1;
        counts[bigram]!++;
        list[distinct++] = bigram;
      }
      lists.push(list.subarray(0, distinct));
    }
    const ranked = rankedBigramLists(lists, counts.subarray(0, numbers.size));
    for (let n = 0; n < all.length; n++) this.bigrams.set(all[n]!, ranked[n]!);
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

  /**
   * The 2k + 1 rarest bigrams, k being the most edits any partner may need: a partner is at most
   * length / minSimilarity long, and may differ by a (1 − minSimilarity) share of that. Ranks
   * are sorted by rarity, so they are the first ones.
   */
  private prefix(item: T): Int32Array {
    const edits = this.maxEdits(item.key.length / this.minSimilarity);
    const bigrams = this.bigramsOf(item);
    return bigrams.subarray(0, Math.min(bigrams.length, 2 * edits + 1));
  }

  private maxEdits(length: number): number {
    return Math.floor((1 - this.minSimilarity) * length + 1e-9);
  }
}

/**
 * Each key's distinct bigrams replaced by their ranks in the page's order of rarity (`counts`:
 * how many keys hold each bigram; ties go to the lower bigram number), each list sorted, in place.
 * No sort runs: the bigrams are put in rarity order by counting (a count is at most the number of
 * keys), and each key's list is refilled by walking the bigrams in that order and giving every key
 * that holds one its rank, so ranks arrive ascending. Typed-array sorts of every key's list and of
 * the page's bigrams were most of the cost of indexing a page.
 */
function rankedBigramLists(lists: Int32Array[], counts: Int32Array): Int32Array[] {
  const bigrams = counts.length;
  let mostKeys = 0;
  for (let b = 0; b < bigrams; b++) if (counts[b]! > mostKeys) mostKeys = counts[b]!;
  // Bigrams by rank: by count, then by number (each count's bigrams placed in number order).
  const countStart = new Int32Array(mostKeys + 2);
  for (let b = 0; b < bigrams; b++) countStart[counts[b]! + 1]!++;
  for (let c = 1; c < countStart.length; c++) countStart[c]! += countStart[c - 1]!;
  const byRank = new Int32Array(bigrams);
  for (let b = 0; b < bigrams; b++) byRank[countStart[counts[b]!]!++] = b;
  // The keys that hold each bigram, bigram after bigram (`counts` of them each).
  const holderStart = new Int32Array(bigrams + 1);
  for (let b = 0; b < bigrams; b++) holderStart[b + 1] = holderStart[b]! + counts[b]!;
  const holderFill = holderStart.slice(0, bigrams);
  const holders = new Int32Array(holderStart[bigrams]!);
  for (let n = 0; n < lists.length; n++) {
    const list = lists[n]!;
    for (let k = 0; k < list.length; k++) holders[holderFill[list[k]!]!++] = n;
  }
  const filled = new Int32Array(lists.length);
  for (let rank = 0; rank < bigrams; rank++) {
    const b = byRank[rank]!;
    for (let h = holderStart[b]!; h < holderStart[b + 1]!; h++) {
      const n = holders[h]!;
      lists[n]![filled[n]!++] = rank;
    }
  }
  return lists;
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
