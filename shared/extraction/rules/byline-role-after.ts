/**
 * Credit lines that put each role after its names, with nothing else on the line, as picture
 * stories and hospital sites sign them: 张三 文 李四 摄, 张三 李四 文 王五 图. 文 names a writer (a
 * reporter), 图, 摄 and 摄影 a photographer. The reading view drops the spaces around a single
 * character (张三文李四摄), so the line is read as written, where the spaces tell the names from
 * the roles. The segmenter must read at least one of the names as a name, so a line of other
 * words that happens to end in 文 is no credit.
 */
import { CONFIDENCE } from '../confidence';
import type { Credit } from './byline-credits';
import { plausibleName } from './names';

const NAME = String.raw`\p{Script=Han}{2,4}`;
const ROLE = '(?:文|图|圖|摄影|攝影|摄|攝)';
const SPACE = String.raw`[ \t\u3000]`;
/** A whole line as written: names, each group closed by its role word, set off by spaces. */
const LINE = new RegExp(
  String.raw`^${SPACE}*(?:${NAME}(?:(?:${SPACE}|[、，,])+${NAME})*${SPACE}+${ROLE}(?:${SPACE}+|$))+$`,
  'u',
);
const WRITER = new Set(['文']);
const ROLES = new Set(['文', '图', '圖', '摄影', '攝影', '摄', '攝']);
/** The longest such line in the view (UTF-16 units): a credit is short. */
const MAX_LINE = 40;
/** A view line that may be one (its roles joined to the names by the view). */
const VIEW_LINE = /^[\p{Script=Han}、，, \t\u3000]{5,40}$/u;

/** The credits of every such line of the view `text`. */
export function roleAfterNamesLines(
  text: string,
  written: (start: number, end: number) => string | undefined,
): Credit[] {
  if (!/[文图摄]/u.test(text)) return [];
  const found: Credit[] = [];
  for (let start = 0; start < text.length;) {
    const next = text.indexOf('\n', start);
    const end = next < 0 ? text.length : next;
    const line = text.slice(start, end);
    if (end - start <= MAX_LINE && VIEW_LINE.test(line) && /[文图摄]/u.test(line)) {
      const source = written(start, end);
      const credits = source && LINE.test(source) ? lineCredits(text, start, line, source) : null;
      if (credits) found.push(...credits);
    }
    if (next < 0) break;
    start = next + 1;
  }
  return found;
}

/**
 * The credits of one line, read on the written `source` and placed in the view's `line` (which
 * starts at `lineStart`): the view only drops whitespace, so the n-th non-space character of one
 * is the n-th of the other.
 */
function lineCredits(
  text: string,
  lineStart: number,
  line: string,
  source: string,
): Credit[] | null {
  const viewAt: number[] = [];
  for (let i = 0; i < line.length; i++) if (!/\s/u.test(line[i]!)) viewAt.push(lineStart + i);
  const credits: Credit[] = [];
  let pending: Credit[] = [];
  let seen = 0;
  for (const part of source.split(/[\s、，,]+/u).filter((p) => p !== '')) {
    const at = viewAt[seen];
    seen += part.length;
    if (at === undefined) return null;
    if (ROLES.has(part)) {
      const photo = !WRITER.has(part);
      for (const c of pending) credits.push({ ...c, photo, role: photo ? '摄影' : '文' });
      pending = [];
      continue;
    }
    const name = text.slice(at, at + part.length);
    if (!plausibleName(name)) return null;
    pending.push({
      name,
      role: '',
      photo: false,
      start: at,
      end: at + part.length,
      confidence: CONFIDENCE.strongCue,
    });
  }
  return pending.length === 0 && credits.length > 0 ? credits : null;
}
