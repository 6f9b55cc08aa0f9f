/**
 * Paragraphs that a page repeats: scraped pages and OCR'd layouts often print a paragraph twice
 * (a continuation pasted again after a page break, a lead repeated as a caption). Curators should
 * see the repeat so that the same fact is not extracted twice.
 *
 * Units are the lines of the reading view, i.e. paragraphs with their wrapped lines joined. Two units
 * are compared on their letters, digits and ideographs only (whitespace and punctuation dropped,
 * Latin lower-cased, full-width already half-width in the view). A unit takes part when that key
 * has at least MIN_KEY_LENGTH characters; shorter lines (bylines, 本专版由…主办) legitimately repeat.
 * Similarity is 1 − edit distance / longer key length; ≥ MIN_SIMILARITY counts as a repeat.
 *
 * The search for near repeats has a work budget proportional to the page's length (NEAR_WORK_PER_
 * CHARACTER, plus a floor no ordinary page comes near): a page of thousands of paragraphs that are
 * all nearly alike (a template filled in again and again) would otherwise compare each with every
 * one before it, quadratic in the page. Once the budget is spent, only exact repeats are marked.
 * Near repeats are also only looked for among the paragraphs of the first NEAR_MAX_CHARACTERS
 * key characters: the index of a page's bigrams takes tens of bytes per distinct bigram, which on
 * 20 MB of random text came to gigabytes. Later paragraphs are matched exactly only.
 */
import type { CodePointRange } from './codepoints';
import { ALNUM, CJK_PUNCT, IDEO, SPACE, classOf } from './char-classes';
import { editSimilarity, editSimilarityCost } from './edit-similarity';
import { toCodePoints } from './lines';
import { NearDuplicateIndex, type WorkBudget } from './near-duplicate-index';
import { type ReadingView, buildReadingView } from './reading-view';

export interface RepeatedParagraph {
  /** The earliest occurrence, in code points of the original text. */
  first: CodePointRange;
  /** A later occurrence of the same paragraph. */
  repeat: CodePointRange;
  /** 1 for an identical key, otherwise the edit similarity (≥ MIN_SIMILARITY). */
  similarity: number;
}

export const MIN_KEY_LENGTH = 20;
export const MIN_SIMILARITY = 0.9;
/** Near-repeat work (bigram comparisons and edit-distance cells) allowed per code point of the page. */
export const NEAR_WORK_PER_CHARACTER = 10;
/** Work every page may spend however short it is: far above what an ordinary page needs. */
export const NEAR_WORK_FLOOR = 20_000_000;
/** Key characters whose paragraphs may be near repeats (a long article has some 20,000). */
export const NEAR_MAX_CHARACTERS = 500_000;

interface Unit {
  key: Uint32Array;
  keyText: string;
  range: CodePointRange;
}

/** `view` may be passed when the caller already built the reading view of `original`. */
export function detectRepeatedParagraphs(
  original: string,
  view: ReadingView = buildReadingView(original),
): RepeatedParagraph[] {
  const units = paragraphUnits(view);
  const found: RepeatedParagraph[] = [];
  const byKey = new Map<string, Unit>();
  const budget: WorkBudget = {
    remaining: NEAR_WORK_FLOOR + NEAR_WORK_PER_CHARACTER * view.text.length,
  };
  const near = leadingUnitsWithin(units, NEAR_MAX_CHARACTERS);
  const index = new NearDuplicateIndex(near, MIN_SIMILARITY, budget);
  for (const [i, unit] of units.entries()) {
    const nearby = i < near.length;
    const exact = byKey.get(unit.keyText);
    const match = exact
      ? { unit: exact, similarity: 1 }
      : nearby
        ? mostSimilar(unit, index.candidates(unit), budget)
        : undefined;
    if (match) {
      found.push({ first: match.unit.range, repeat: unit.range, similarity: match.similarity });
      continue;
    }
    byKey.set(unit.keyText, unit);
    if (nearby) index.add(unit);
  }
  return found;
}

/** The first units whose keys hold at most `characters` characters in all. */
function leadingUnitsWithin(units: Unit[], characters: number): Unit[] {
  let total = 0;
  let count = 0;
  while (count < units.length && total + units[count]!.key.length <= characters) {
    total += units[count]!.key.length;
    count++;
  }
  return units.slice(0, count);
}

/** The earliest of the most similar candidates, if any reaches MIN_SIMILARITY. */
function mostSimilar(
  unit: Unit,
  candidates: Unit[],
  budget: WorkBudget,
): { unit: Unit; similarity: number } | undefined {
  let best: { unit: Unit; similarity: number } | undefined;
  for (const candidate of candidates) {
    // One comparison of two huge paragraphs may cost more than the whole budget: never start it.
    const cost = editSimilarityCost(candidate.key.length, unit.key.length, MIN_SIMILARITY);
    if (cost > budget.remaining) break;
    budget.remaining -= cost;
    const similarity = editSimilarity(candidate.key, unit.key, MIN_SIMILARITY);
    if (similarity < MIN_SIMILARITY) continue;
    if (!best || similarity > best.similarity) best = { unit: candidate, similarity };
  }
  return best;
}

function paragraphUnits(view: ReadingView): Unit[] {
  const cps = toCodePoints(view.text);
  const units: Unit[] = [];
  let lineStart = 0;
  for (let i = 0; i <= cps.length; i++) {
    if (i < cps.length && cps[i] !== 0x0a) continue;
    const unit = makeUnit(cps, lineStart, i, view);
    if (unit) units.push(unit);
    lineStart = i + 1;
  }
  return units;
}

/** Where makeUnit gathers a key before copying it out: one buffer, grown when a line needs it. */
let keyScratch = new Uint32Array(1024);

function makeUnit(cps: Uint32Array, start: number, end: number, view: ReadingView): Unit | null {
  if (keyScratch.length < end - start) keyScratch = new Uint32Array(end - start);
  const scratch = keyScratch;
  let length = 0;
  let first = -1;
  for (let k = start; k < end; k++) {
    const cp = cps[k]!;
    const cls = classOf(cp);
    if (first < 0 && !(cls & SPACE)) first = k;
    if (isKeyCharacter(cp, cls)) scratch[length++] = cp >= 0x41 && cp <= 0x5a ? cp + 0x20 : cp;
  }
  if (length < MIN_KEY_LENGTH) return null;
  const key = scratch.slice(0, length);
  return {
    key,
    keyText: keyTextOf(key),
    range: view.rangeToOriginal({ start: first, end }),
  };
}

/** Code points per String.fromCodePoint call: more would overflow the call stack. */
const KEY_TEXT_CHUNK = 8192;

/** The string of a key's code points (a typed array goes to fromCodePoint without a copy). */
function keyTextOf(key: Uint32Array): string {
  if (key.length <= KEY_TEXT_CHUNK)
    return String.fromCodePoint.apply(null, key as unknown as number[]);
  let text = '';
  for (let start = 0; start < key.length; start += KEY_TEXT_CHUNK)
    text += String.fromCodePoint.apply(
      null,
      key.subarray(start, start + KEY_TEXT_CHUNK) as unknown as number[],
    );
  return text;
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

function isKeyCharacter(cp: number, cls: number): boolean {
  if (cls & (IDEO | ALNUM)) return true;
  if (cls & (SPACE | CJK_PUNCT) || cp < 0x80) return false;
  return LETTER_OR_NUMBER.test(String.fromCodePoint(cp));
}
