/**
 * Names in a page's metadata list under its headline (site templates list the date, the writer
 * and the section as bullets: • 2024-05-06 ⏎ • 张三 ⏎ • 新闻中心), several writers joined by a bar
 * (• 张三┃李四). No role is written, so none is given; the bullet list near the article's start
 * and the names alone on their line are the cue, with a weak cue's confidence (session 12, set S).
 */
import type { ArticleWords } from '../words';
import type { Credit } from './byline-credits';
import { namesAt } from './byline-signatures';

/** A bullet line: the mark, then its content up to the line's end. */
const BULLET_LINE = /^[ \t\u3000]*[•·▪◦‧●][ \t\u3000]*([^\n]*?)[ \t\u3000]*$/gmu;
/** Bars and slashes that join writers' names on one bullet (张三┃李四, 张三 | 李四). */
const BARS = /[┃│|｜/／]/gu;
const HAS_BAR = /[┃│|｜/／]/u;
/** A date or a time stamp on a bullet (2024-05-06, 2024年5月6日). */
const DATE = /^\d{4}(?:[-/.年]\d{1,2})/u;
/** How many lines of the article's start a metadata list may stand in (headline, date, names). */
const HEAD_LINES = 8;

/** The writers named alone on a bullet line near the article's start, or none. */
export function metaBulletCredits(text: string, words: ArticleWords): Credit[] {
  if (!words.available || !/[•·▪◦‧●]/u.test(text)) return [];

  let headEnd = 0;
  for (let line = 0; line < HEAD_LINES && headEnd >= 0; line++)
    headEnd = text.indexOf('\n', headEnd + 1);
  const head = headEnd < 0 ? text : text.slice(0, headEnd);
  const bullets = [...head.matchAll(BULLET_LINE)];
  // One bullet alone is a list item of the article; a metadata list has two or more.
  if (bullets.length < 2) return [];
  // A date on one bullet makes the list a page's metadata: its names are the writers'.
  const dated = bullets.some((b) => DATE.test(b[1]!));
  const found: Credit[] = [];
  for (const b of bullets) {
    const content = b[1]!;
    if (content === '' || /[^\p{Script=Han}\s┃│|｜/／、]/u.test(content)) continue;
    let at = b.index + b[0].indexOf(content);
    const barred = HAS_BAR.test(content);
    // Each writer between bars on its own: a rare surname (铁) loses one name, not the others.
    for (const part of content.split(BARS)) {
      const credits = namesAt(text, at, part.trim(), words, dated || barred);
      if (credits) found.push(...credits);
      at += part.length + 1;
    }
  }
  return found;
}
