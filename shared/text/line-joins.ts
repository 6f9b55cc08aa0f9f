/**
 * Which single line breaks are wraps inside a CJK sentence (to be removed in the reading view) and
 * which are real breaks (kept). Newspaper OCR wraps every column line mid-word (阜新市第\n二人民医院),
 * while headlines, bylines and web paragraphs are separate lines on purpose.
 *
 * A break after line i is a wrap only if all of these hold:
 * - neither line has a column gap (a run of spaces laying out fields: 地址…      电话…);
 * - line i+1 is not blank (a blank line is a paragraph break) and does not start with an indent
 *   (ASCII or U+3000 spaces open a new paragraph in Chinese text);
 * - line i does not end with sentence-ending punctuation (。！？；：…”」』 and their ASCII forms);
 * - the characters on both sides are CJK, CJK punctuation or letters/digits, and at least one side
 *   is CJK (so Latin text keeps its line breaks, while 面积1.4\n万人次 joins);
 * - a line ending in a digit or letter is not followed by a field label (…5512647\n备案号:…);
 * - the block of lines (between blank lines) has clause punctuation (，。、…) somewhere or a line
 *   longer than a headline: a block with neither is a multi-line headline or byline
 *   (提质升级\n打造高端医疗“服务圈”, □本报记者 邹欣芮\n通讯员 刘宏超) and keeps all its breaks,
 *   unless it visibly continues a sentence left open by the previous block (continuesSentence);
 * - line i, when it starts a line of the view, is not less than half as wide as line i+1: a wrap
 *   happens at the full column width, so a short opening line is a heading (一、始合作\n近几年…);
 * - neither line is a credit line of its own (記者X∕台中報導, X報道: isCreditLine).
 *
 * Every rule only looks at things the reading view leaves unchanged or makes longer, which is what
 * makes building a view of a view change nothing.
 */
import {
  ALNUM,
  BMP_CLASSES,
  CJK_PUNCT,
  CLAUSE,
  ENDER,
  IDEO,
  NEXT_GLUE,
  PREV_GLUE,
  classOf,
} from './char-classes';
import { type TextLines, isBlankLine } from './lines';

/** Widest line (in half-width cells) a headline block may have: 40 CJK characters. */
const HEADLINE_MAX_WIDTH = 80;
/** A punctuation-free line this wide (12 CJK characters) after an open sentence is a fragment. */
const FRAGMENT_MIN_WIDTH = 24;

/** `joined[i] === 1` when the line break after line i is a wrap to remove. */
export function decideJoins(lines: TextLines): Uint8Array {
  const joined = new Uint8Array(lines.count);
  let previousBlockEnd = -1;
  let i = 0;
  while (i < lines.count) {
    if (isBlankLine(lines, i)) {
      i++;
      continue;
    }
    let blockEnd = i;
    while (blockEnd + 1 < lines.count && !isBlankLine(lines, blockEnd + 1)) blockEnd++;
    const headline =
      isHeadlineBlock(lines, i, blockEnd) && !continuesSentence(lines, previousBlockEnd, i);
    if (!headline) decideBlock(lines, i, blockEnd, joined);
    previousBlockEnd = blockEnd;
    i = blockEnd + 1;
  }
  return joined;
}

/**
 * Whether the block starting at line `from` goes on with a sentence that the previous block left
 * open across a blank line (国家级诚\n\n信单位…) with full-width lines: a sentence fragment, not a
 * headline, even without punctuation. Short lines after an open end stay headlines
 * (聚核心竞争力 促高质量发展\n\n深化体制改革\n统筹资源布局).
 */
function continuesSentence(lines: TextLines, previousBlockEnd: number, from: number): boolean {
  if (previousBlockEnd < 0 || lines.first[from] !== lines.start[from]) return false;
  if (lines.width[from]! < FRAGMENT_MIN_WIDTH) return false;
  const before = lines.cps[lines.last[previousBlockEnd]! - 1]!;
  if (!(classOf(before) & (IDEO | CJK_PUNCT))) return false; // 163.com\n\n备案号: is a field list
  return isWrapBetween(before, lines.cps[lines.first[from]!]!);
}

function isHeadlineBlock(lines: TextLines, from: number, to: number): boolean {
  if (from === to) return true;
  const { cps } = lines;
  const classes = BMP_CLASSES; // a local: imported bindings may be property reads (see splitLines)
  const clause = CLAUSE;
  for (let line = from; line <= to; line++) {
    if (lines.width[line]! > HEADLINE_MAX_WIDTH) return false;
    for (let k = lines.first[line]!; k < lines.last[line]!; k++) {
      const c = cps[k]!;
      if (c < 0x10000 && classes[c]! & clause) return false;
    }
  }
  return true;
}

function decideBlock(lines: TextLines, from: number, to: number, joined: Uint8Array): void {
  const { cps } = lines;
  let startsViewLine = true;
  for (let line = from; line < to; line++) {
    const next = line + 1;
    const indented = lines.first[next]! !== lines.start[next]!;
    const laidOut = lines.gap[line] === 1 || lines.gap[next] === 1;
    const before = cps[lines.last[line]! - 1]!;
    let join = !indented && !laidOut && isWrapBetween(before, cps[lines.first[next]!]!);
    if (
      join &&
      !(classOf(before) & (IDEO | CJK_PUNCT)) &&
      opensWithLabel(cps, lines.first[next]!)
    ) {
      join = false;
    }
    if (join && startsViewLine && lines.width[line]! * 2 < lines.width[next]!) join = false;
    if (join && (isCreditLine(lines, line) || isCreditLine(lines, next))) join = false;
    joined[line] = join ? 1 : 0;
    startsViewLine = !join;
  }
}

/**
 * A credit line of its own between the headline and the text ('記者陳某∕台中報導', '林某某報道',
 * '记者 张三 李四 北京报道'): a role word or not, one to three names, a slash and the dateline
 * place, then 报道. Kept apart from both neighbours, so that the byline rule reads it as a line of
 * its own. A wrapped sentence that ends in 报道 has more words before it (被多家媒体报道).
 */
const CREDIT_LINE =
  /^(?:(?:记者|記者|通讯员|通訊員)\s*)?\p{Script=Han}{2,4}(?:\s*[、，,\s]\s*\p{Script=Han}{2,4}){0,2}(?:\s*[／/∕⁄]?\s*\p{Script=Han}{1,8})?\s*(?:报道|报导|報導|報道)$/u;
/** The last characters of 报道, 报导, 報導, 報道: lines ending otherwise are not looked at. */
const CREDIT_END = new Set([...'道导導'].map((c) => c.codePointAt(0)!));
/** Longest credit line, in code points. */
const CREDIT_MAX_LENGTH = 30;

function isCreditLine(lines: TextLines, line: number): boolean {
  const first = lines.first[line]!;
  const last = lines.last[line]!;
  if (last - first > CREDIT_MAX_LENGTH || !CREDIT_END.has(lines.cps[last - 1]!)) return false;
  return CREDIT_LINE.test(String.fromCodePoint(...lines.cps.subarray(first, last)));
}

/** Longest field label (电话, 备案号, 医德医风投诉电话) recognised at the start of a line. */
const LABEL_MAX_LENGTH = 8;

/**
 * Whether the line starting at `at` opens with a field label and a colon (邮编:246004). After a line
 * ending in a digit or Latin letter, that is a list of fields (电话:0556-5512647\n备案号:…), not a
 * wrapped sentence; after a CJK character it may well be one (他说\n道：“…”), so callers check that.
 */
function opensWithLabel(cps: Uint32Array, at: number): boolean {
  for (let k = at; k < cps.length && k <= at + LABEL_MAX_LENGTH; k++) {
    const c = cps[k]!;
    if (c === 0x3a || c === 0xff1a) return k > at;
    if (!(classOf(c) & IDEO)) return false;
  }
  return false;
}

const TEXTUAL = IDEO | CJK_PUNCT | ALNUM;

/** Whether a break between `before` (last character of a line) and `after` can be a wrap. */
export function isWrapBetween(before: number, after: number): boolean {
  const b = classOf(before);
  const a = classOf(after);
  if (b & ENDER) return false;
  if (!(b & (TEXTUAL | PREV_GLUE)) || !(a & (TEXTUAL | NEXT_GLUE))) return false;
  return ((a | b) & (IDEO | CJK_PUNCT)) !== 0;
}
