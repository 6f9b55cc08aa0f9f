/**
 * Credits written without a role, as newspapers sign an article at its end: the names in brackets
 * closing the last paragraph (…等荣誉。（辛某 仲某）) and a name on the article's last line of its
 * own; and as blogs and small sites sign it at its start, a name on the line under the headline. Nothing but names may stand there, and the segmenter must read each as one, so a bracketed
 * note (（左）, （急诊科）) or a closing sentence is never taken for a signature. The role is not
 * written, so none is given; the confidence is a weak cue's.
 */
import { CONFIDENCE } from '../confidence';
import type { ArticleWords } from '../words';
import type { Credit } from './byline-credits';
import { plausibleName, segmentedAsName } from './names';

/** A bracket of names closing a paragraph (only spaces may follow it before the line ends). */
const CLOSING_BRACKET = /[（(]([^（）()\n]{2,24})[）)][ \t\u3000]*(?=\n|$)/gu;
const NAME_SEPARATOR = /[ \t\u3000、，,]+/u;
/** Most names a signature lists. */
const MAX_SIGNED = 4;

function namesAt(
  text: string,
  from: number,
  content: string,
  words: ArticleWords,
): Credit[] | null {
  const credits: Credit[] = [];
  let at = from;
  for (const part of content.split(NAME_SEPARATOR)) {
    const start = text.indexOf(part, at);
    if (part === '') continue;
    if (!plausibleName(part) || segmentedAsName(words, text, start, start + part.length) !== 'name')
      return null;
    credits.push({
      name: part,
      role: '',
      photo: false,
      start,
      end: start + part.length,
      confidence: CONFIDENCE.weakCue,
    });
    at = start + part.length;
  }
  return credits.length > 0 && credits.length <= MAX_SIGNED ? credits : null;
}

/** The whole line that starts at `start`, trimmed, with where its text starts. */
function lineAt(text: string, start: number): { at: number; line: string } {
  const end = text.indexOf('\n', start);
  const raw = text.slice(start, end < 0 ? text.length : end);
  return { at: start + raw.length - raw.trimStart().length, line: raw.trim() };
}

/**
 * A name on the line of its own right under the headline (a blog's or a site's author line):
 * the first non-blank line after the one holding the headline.
 */
function nameUnderHeadline(text: string, title: string | null, words: ArticleWords): Credit[] {
  const headline = title?.trim();
  if (!headline) return [];
  const at = text.indexOf(headline);
  if (at < 0) return [];
  let next = text.indexOf('\n', at + headline.length);
  while (next >= 0 && next + 1 < text.length && text[next + 1] === '\n') next++;
  if (next < 0) return [];
  const { at: start, line } = lineAt(text, next + 1);
  const credits = line === '' ? null : namesAt(text, start, line, words);
  return credits?.length === 1 ? credits : [];
}

/** The role-less signatures of an article's text (needs the segmenter: none without it). */
export function signatureCredits(
  text: string,
  title: string | null,
  words: ArticleWords,
): Credit[] {
  if (!words.available) return [];
  const found: Credit[] = [...nameUnderHeadline(text, title, words)];
  CLOSING_BRACKET.lastIndex = 0;
  for (let m = CLOSING_BRACKET.exec(text); m; m = CLOSING_BRACKET.exec(text)) {
    const credits = namesAt(text, m.index + 1, m[1]!, words);
    if (credits) found.push(...credits);
  }
  const body = text.trimEnd();
  const lineStart = body.lastIndexOf('\n') + 1;
  // The last line signs only an article with something above it.
  if (lineStart > 0) {
    const line = body.slice(lineStart);
    const lead = line.length - line.trimStart().length;
    const credits = namesAt(text, lineStart + lead, line.trim(), words);
    if (credits?.length === 1) found.push(...credits);
  }
  return found;
}
