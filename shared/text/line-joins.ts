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
 * - the block of lines (between blank lines) has clause punctuation (，。、…) somewhere or a line
 *   longer than a headline: a block with neither is a multi-line headline or byline
 *   (提质升级\n打造高端医疗“服务圈”, □本报记者 邹欣芮\n通讯员 刘宏超) and keeps all its breaks;
 * - line i, when it starts a line of the view, is not less than half as wide as line i+1: a wrap
 *   happens at the full column width, so a short opening line is a heading (一、始合作\n近几年…).
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

/** `joined[i] === 1` when the line break after line i is a wrap to remove. */
export function decideJoins(lines: TextLines): Uint8Array {
  const joined = new Uint8Array(lines.count);
  let i = 0;
  while (i < lines.count) {
    if (isBlankLine(lines, i)) {
      i++;
      continue;
    }
    let blockEnd = i;
    while (blockEnd + 1 < lines.count && !isBlankLine(lines, blockEnd + 1)) blockEnd++;
    if (!isHeadlineBlock(lines, i, blockEnd)) decideBlock(lines, i, blockEnd, joined);
    i = blockEnd + 1;
  }
  return joined;
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
    let join =
      !indented && !laidOut && isWrapBetween(cps[lines.last[line]! - 1]!, cps[lines.first[next]!]!);
    if (join && startsViewLine && lines.width[line]! * 2 < lines.width[next]!) join = false;
    joined[line] = join ? 1 : 0;
    startsViewLine = !join;
  }
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
