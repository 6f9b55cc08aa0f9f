/**
 * A simplified-character view of text written in traditional characters (遼寧省錦州市醫院 →
 * 辽宁省锦州市医院), for the rules to match on. The view has exactly the original's length in
 * UTF-16 units and code points, character for character, so every offset found in it is an
 * offset of the original: spans stay exact, and a value can still be read as written.
 *
 * The conversion is OpenCC's (opencc-js), Taiwan and Hong Kong variants first, then traditional
 * to simplified phrases and characters. Its dictionaries map equal lengths, but the view does not
 * rely on that: a character whose converted form would change the length keeps its original.
 */
import { Trie } from 'opencc-js/core';
import { configs } from 'opencc-js/preset/t2cn';

const tw = configs.tw2s!.conversionChain;
const hk = configs.hk2s!.conversionChain;
/** Hong Kong variants, then Taiwan variants, then traditional → simplified. */
const CHAIN = [hk[0]!, ...tw];

/**
 * One step of the chain: OpenCC's trie of a dictionary group, and what each BMP code point starts
 * in it (0: no word, ONE_CHARACTER: only a word of that one character, PHRASE: longer words too).
 */
interface Step {
  trie: Trie;
  starts: Uint8Array;
  /**
   * The replacement of each BMP code point that is a word by itself: its index + 1 in
   * `replacements` (0: none), so that the lookup is one dense array read.
   */
  single: Uint32Array;
  replacements: string[];
  /**
   * A bit for every pair of first two UTF-16 units of the longer words (hashed, so a set bit may
   * be another pair's): where the pair at a PHRASE start has no bit, only the one-character word
   * can match there.
   */
  pairs: Uint8Array;
  /** Supplementary-plane code points some word starts with (always asked of the trie). */
  astral: Set<number>;
}

const ONE_CHARACTER = 1;
const PHRASE = 2;

let steps: Step[] | null = null;

function dictEntries(dict: unknown): [string, string][] {
  if (typeof dict === 'string') {
    return dict.split('|').map((line) => {
      const [from, to] = line.split(' ');
      return [from!, to ?? from!];
    });
  }
  if (Array.isArray(dict)) return dict.map((pair) => [String(pair[0]), String(pair[1])]);
  return [];
}

/**
 * OpenCC's conversion (ConverterFactory(...CHAIN): each group's trie over the previous one's
 * output), built on first use (about 0.1 s), and only once text with a traditional character comes.
 */
export function convert(text: string): string {
  steps ??= CHAIN.map(stepOf);
  let out = text;
  for (const step of steps) out = convertStep(step, out);
  return out;
}

/** Bits of a step's filter of first pairs (8 KiB). */
const PAIR_BITS = 1 << 16;

function pairBit(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ second) & (PAIR_BITS - 1);
}

function stepOf(group: readonly unknown[]): Step {
  const trie = new Trie();
  trie.loadDictGroup(group as Parameters<Trie['loadDictGroup']>[0]);
  const starts = new Uint8Array(0x10000);
  const astral = new Set<number>();
  const pairs = new Uint8Array(PAIR_BITS / 8);
  for (const dict of group)
    for (const [from] of dictEntries(dict)) {
      const code = from.codePointAt(0);
      if (code === undefined) continue;
      if (code > 0xffff) astral.add(code);
      else if (from.length > 1) {
        starts[code] = PHRASE;
        const bit = pairBit(code, from.charCodeAt(1));
        pairs[bit >> 3]! |= 1 << (bit & 7);
      } else starts[code] ||= ONE_CHARACTER;
    }
  // What the trie itself gives for the character alone: the word that wins among duplicates.
  const single = new Uint32Array(0x10000);
  const replacements: string[] = [];
  for (let code = 0; code < 0x10000; code++) {
    const word = starts[code] === 0 ? null : trie.matchPrefix(String.fromCharCode(code), 0);
    if (word) single[code] = replacements.push(word.value);
  }
  return { trie, starts, single, replacements, astral, pairs };
}

/**
 * Trie.convert of opencc-js with the same result, asking the trie only where a phrase can start.
 * Trie.convert looks every code point up in a Map of thousands of entries and makes an object
 * per match (most of a traditional line's time: ~0.2 µs a character and step). A code point that
 * no word starts with matches nothing, and one that only a word of itself starts with (or whose
 * next unit starts no longer word with it, by the pair filter) matches that word: both are read
 * from arrays here; the trie is asked only where a longer word may match. An ideographic
 * description character (⿰…) makes Trie.convert skip its whole sequence: such text goes to it as
 * it is.
 */
function convertStep(step: Step, text: string): string {
  const { trie, starts, single, replacements, astral, pairs } = step;
  let out = '';
  let from = 0; // start of the text not yet copied to `out`
  for (let i = 0; i < text.length;) {
    const unit = text.charCodeAt(i);
    if (unit >= 0x2ff0 && unit <= 0x2fff) return trie.convert(text);
    const code = unit >= 0xd800 && unit <= 0xdbff ? text.codePointAt(i)! : unit;
    let end = i + (code > 0xffff ? 2 : 1);
    let replacement: string | undefined;
    const start = code > 0xffff ? (astral.has(code) ? PHRASE : 0) : starts[code];
    if (start === ONE_CHARACTER) replacement = replacements[single[code]! - 1];
    else if (start === PHRASE) {
      const bit = code > 0xffff ? -1 : pairBit(code, text.charCodeAt(i + 1));
      if (bit >= 0 && (pairs[bit >> 3]! & (1 << (bit & 7))) === 0)
        replacement = replacements[single[code]! - 1];
      else {
        const match = trie.matchPrefix(text, i);
        if (match) [replacement, end] = [match.value, match.end];
      }
    }
    if (replacement !== undefined) {
      out += text.slice(from, i) + replacement;
      from = end;
    }
    i = end;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * Single characters that convert to another one, what traditional text is made of: a bitmap over
 * UTF-16 units for the Basic Multilingual Plane (one array read per character, as every article is
 * tested), and a set for the few supplementary-plane ones.
 */
interface TraditionalCharacters {
  bmp: Uint8Array;
  astral: ReadonlySet<number>;
}
let traditional: TraditionalCharacters | null = null;

function traditionalCharacters(): TraditionalCharacters {
  if (!traditional) {
    const bmp = new Uint8Array(0x10000);
    const astral = new Set<number>();
    for (const group of CHAIN)
      for (const dict of group)
        for (const [from, to] of dictEntries(dict)) {
          if ([...from].length !== 1 || from === to) continue;
          const code = from.codePointAt(0)!;
          if (code > 0xffff) astral.add(code);
          else bmp[code] = 1;
        }
    traditional = { bmp, astral };
  }
  return traditional;
}

/**
 * Whether `text` is written in traditional characters. A few characters convert in simplified
 * text too (显著 holds 著, which OpenCC reads as 着): a text counts as traditional only when a
 * real share of its ideographs converts, and simplified text is then left exactly as it is.
 */
export function isTraditional(text: string): boolean {
  const { bmp, astral } = traditionalCharacters();
  let ideographs = 0;
  let convertible = 0;
  // An article keeps one script: its first few hundred ideographs decide, at a bounded cost.
  for (let i = 0; i < text.length && ideographs < SAMPLE; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x3400) continue; // ASCII, punctuation, kana… never convert
    ideographs++;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      if (astral.has(text.codePointAt(i)!)) convertible++;
      i++;
    } else convertible += bmp[unit]!;
  }
  return convertible >= 2 && convertible >= ideographs * TRADITIONAL_SHARE;
}

/**
 * Whether `text` holds a character that converts (a short line such as '當前位置：首頁', too short
 * for isTraditional's share to say anything): a bitmap read per character.
 */
export function hasTraditionalCharacter(text: string): boolean {
  const { bmp, astral } = traditionalCharacters();
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x3400) continue;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      if (astral.has(text.codePointAt(i)!)) return true;
      i++;
    } else if (bmp[unit]) return true;
  }
  return false;
}

/** Share of converting ideographs from which a text is traditional (simplified seeds: < 0.2%). */
const TRADITIONAL_SHARE = 0.04;
/** How many ideographs decide (a traditional text has dozens of converting ones among them). */
const SAMPLE = 400;

const SURROGATE = /[\ud800-\udfff]/;

/**
 * `converted` aligned character by character to `original`: each converted code point is taken
 * only where it has the same UTF-16 length as the one it replaces; a length mismatch of the whole
 * (a phrase rule that changed the count) falls back to converting each character alone.
 */
function align(original: string, converted: string): string {
  // The usual line: as long as the original, without surrogates on either side, so every unit is
  // a code point of the same length as the one it replaces, and taken as converted.
  if (
    converted.length === original.length &&
    !SURROGATE.test(original) &&
    !SURROGATE.test(converted)
  )
    return converted;
  const from = [...original];
  const to = [...converted];
  const out: string[] = [];
  for (let i = 0; i < from.length; i++) {
    const written = from[i]!;
    let simplified = to.length === from.length ? to[i]! : [...convert(written)];
    if (Array.isArray(simplified)) simplified = simplified.length === 1 ? simplified[0]! : written;
    out.push(simplified.length === written.length ? simplified : written);
  }
  return out.join('');
}

/**
 * The simplified view of `text` (callers first ask isTraditional): a string of the same UTF-16 length whose every code point is the simplified form of the one at the same
 * offset. Converted line by line, so a phrase never spans a line break and a fallback stays local.
 */
export function simplifiedView(text: string): string {
  return text
    .split('\n')
    .map((line) => align(line, convert(line)))
    .join('\n')
    .replace(LOOK_ALIKE_SLASH, '／')
    .replace(PERCENT_WITH_PART, '百分之');
}

/**
 * Slashes that Taiwan and Hong Kong sites type in credit lines instead of '／' ('記者X∕台中報導':
 * U+2215 DIVISION SLASH, U+2044 FRACTION SLASH): one UTF-16 unit each, like '／', so the view keeps
 * its length and the byline rules read them as the slash they stand for.
 */
const LOOK_ALIKE_SLASH = /[\u2215\u2044]/gu;

/**
 * 百份之 for 百分之 (per hundred), as Hong Kong and Macau texts often write it: 份 (a share) for 分.
 * Same length, so the percent reads where the view is matched (set Y: a yearly rise in percent lost).
 */
const PERCENT_WITH_PART = /百份之/gu;
