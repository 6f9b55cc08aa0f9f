/**
 * jieba's part-of-speech tag of a word, read from its dictionary here rather than by jieba.tag.
 *
 * jieba.tag is jieba.cut followed by one lookup per word: the word's tag in the dictionary, or,
 * for a word not in it (found by the hidden Markov model, punctuation), x, m for ASCII digits
 * only, eng for other ASCII letters and digits. So the tag depends on the word alone. Through
 * @node-rs/jieba, tag cost about 2.5× cut (10.6 against 4.1 µs for a clause of 13 characters:
 * building an object per word and looking the tag up on the native side); the words the rules ask
 * about are short clauses, two to fifteen an article. `jieba-tags.test.ts` checks that
 * cut + tagOf gives jieba.tag's words and tags on random text of dictionary words.
 *
 * The index is a hash table of the dictionary's line offsets keyed by the word's UTF-8 bytes
 * (349,045 words: a pass over its 5 MB and a 4 MB table, ~20 ms), not a Map of strings (~0.8 s
 * and tens of megabytes in every thread that segments).
 */

const SPACE = 0x20;
const NEWLINE = 0x0a;
const RETURN = 0x0d;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Longest tag kept as one string (its bytes and length make an exact double below 2^53). */
const MAX_KEPT_TAG = 6;

export class DictionaryTags {
  /** Offset + 1 of a dictionary line in its bytes, by the hash of its word; 0 for an empty slot. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** The UTF-8 bytes of the word looked up last (grown when a longer word comes). */
  private scratch = new Uint8Array(64);
  /** One string per distinct tag, so that a lookup allocates none. */
  private readonly tags = new Map<number, string>();

  /** `dictionary`: jieba's dictionary text as it loaded it, "word frequency tag" a line. */
  constructor(private readonly dictionary: Uint8Array) {
    let lines = 0;
    for (let i = 0; i < dictionary.length; i++) if (dictionary[i] === NEWLINE) lines++;
    let size = 1;
    while (size < 2 * (lines + 1)) size <<= 1;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    const slots = this.slots;
    const mask = this.mask;
    for (let start = 0; start < dictionary.length;) {
      let end = start;
      let hash = FNV_OFFSET;
      for (let byte = dictionary[end]!; !isSeparator(byte); byte = dictionary[++end]!)
        hash = Math.imul(hash ^ byte, FNV_PRIME);
      // A word read twice (its dictionary has none) is found at its first line: linear probing
      // meets the slots of a hash in the order they were filled.
      if (end > start) {
        let slot = hash & mask;
        while (slots[slot] !== 0) slot = (slot + 1) & mask;
        slots[slot] = start + 1;
      }
      while (end < dictionary.length && dictionary[end] !== NEWLINE) end++;
      start = end + 1;
    }
  }

  /** jieba's tag of `word`, as jieba.tag gives it for a word cut out of a text. */
  tagOf(word: string): string {
    const length = this.encode(word);
    let hash = FNV_OFFSET;
    for (let i = 0; i < length; i++) hash = Math.imul(hash ^ this.scratch[i]!, FNV_PRIME);
    const line = this.find(hash, this.scratch, 0, length);
    return line < 0 ? tagOutsideDictionary(word) : this.tagOfLine(line);
  }

  /** The offset of the line whose word is `bytes[start, end)`, or -1. */
  private find(hash: number, bytes: Uint8Array, start: number, end: number): number {
    const dictionary = this.dictionary;
    const length = end - start;
    for (let slot = hash & this.mask; this.slots[slot] !== 0; slot = (slot + 1) & this.mask) {
      const line = this.slots[slot]! - 1;
      if (!isSeparator(dictionary[line + length])) continue;
      let same = true;
      for (let i = 0; i < length && same; i++) same = dictionary[line + i] === bytes[start + i];
      if (same) return line;
    }
    return -1;
  }

  /** The third field of the line at `line` (the word, its frequency, its tag). */
  private tagOfLine(line: number): string {
    const dictionary = this.dictionary;
    let at = line;
    for (let field = 0; field < 2; field++) {
      while (at < dictionary.length && !isSeparator(dictionary[at]!)) at++;
      while (at < dictionary.length && dictionary[at] === SPACE) at++;
    }
    let end = at;
    while (end < dictionary.length && !isSeparator(dictionary[end]!)) end++;
    // Tags are one to four ASCII letters, kept by their bytes; a longer one is read out each time.
    if (end - at > MAX_KEPT_TAG) return String.fromCharCode(...dictionary.subarray(at, end));
    let key = end - at;
    for (let i = at; i < end; i++) key = key * 256 + dictionary[i]!;
    let tag = this.tags.get(key);
    if (tag === undefined) {
      tag = String.fromCharCode(...dictionary.subarray(at, end));
      this.tags.set(key, tag);
    }
    return tag;
  }

  /** Writes `word` as UTF-8 into the scratch bytes; returns their count. */
  private encode(word: string): number {
    if (this.scratch.length < 4 * word.length) this.scratch = new Uint8Array(4 * word.length);
    const out = this.scratch;
    let n = 0;
    for (let i = 0; i < word.length; i++) {
      let code = word.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < word.length) {
        const low = word.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
          i++;
        }
      }
      if (code < 0x80) out[n++] = code;
      else if (code < 0x800) {
        out[n++] = 0xc0 | (code >> 6);
        out[n++] = 0x80 | (code & 0x3f);
      } else if (code < 0x10000) {
        out[n++] = 0xe0 | (code >> 12);
        out[n++] = 0x80 | ((code >> 6) & 0x3f);
        out[n++] = 0x80 | (code & 0x3f);
      } else {
        out[n++] = 0xf0 | (code >> 18);
        out[n++] = 0x80 | ((code >> 12) & 0x3f);
        out[n++] = 0x80 | ((code >> 6) & 0x3f);
        out[n++] = 0x80 | (code & 0x3f);
      }
    }
    return n;
  }
}

/** Whether `byte` ends a field (undefined: past the end of the dictionary). */
function isSeparator(byte: number | undefined): boolean {
  return (
    byte === undefined || byte === SPACE || byte === NEWLINE || byte === RETURN || byte === 0x09
  );
}

/**
 * jieba's tag of a word its dictionary does not hold: x without ASCII letters or digits, m when
 * they are all digits, eng otherwise (counting code points, as its Rust code does).
 */
export function tagOutsideDictionary(word: string): string {
  let ascii = 0;
  let digits = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) {
      ascii++;
      digits++;
    } else if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) ascii++;
  }
  if (ascii === 0) return 'x';
  return ascii === digits ? 'm' : 'eng';
}
