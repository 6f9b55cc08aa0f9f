/**
 * Credits written without a role, as newspapers sign an article at its end: the names in brackets
 * closing the last paragraph (…等荣誉。（辛某 仲某）) and a name on the article's last line of its
 * own; and as blogs and small sites sign it at its start, a name on the line under the headline. Nothing but names may stand there, and the segmenter must read each as one, so a bracketed
 * note (（左）, （急诊科）) or a closing sentence is never taken for a signature. The role is not
 * written, so none is given; the confidence is a weak cue's.
 */
import { CONFIDENCE } from '../confidence';
import { isPersonTag, type ArticleWords } from '../words';
import type { Credit } from './byline-credits';
import { plausibleName, segmentedAsName, surnameAt } from './names';

/** A bracket of names closing a paragraph (only spaces may follow it before the line ends). */
const CLOSING_BRACKET = /[（(]([^（）()\n]{2,24})[）)][ \t\u3000]*(?=\n|$)/gu;
const NAME_SEPARATOR = /[ \t\u3000、，,]+/u;
/** Most names a signature lists. */
const MAX_SIGNED = 4;

/** The names of a signature with where each is written (a padded one spans its space). */
function signedParts(
  text: string,
  from: number,
  content: string,
): { name: string; start: number; end: number }[] {
  const parts: { name: string; start: number; end: number }[] = [];
  let at = from;
  for (const part of content.split(NAME_SEPARATOR)) {
    if (part === '') continue;
    const start = text.indexOf(part, at);
    at = start + part.length;
    const last = parts[parts.length - 1];
    // 聂 疆: a paper pads a two-character name with a space to the width of three.
    if (last && [...part].length === 1 && [...last.name].length === 1 && surnameAt(last.name, 0)) {
      last.name += part;
      last.end = at;
      continue;
    }
    parts.push({ name: part, start, end: at });
  }
  return parts;
}

/**
 * Whether the segmenter reads a signed part as a name: the whole name, or for a padded one
 * (聂 疆) its surname alone as a person's.
 */
function readAsName(
  text: string,
  part: { name: string; start: number; end: number },
  words: ArticleWords,
): boolean {
  if (part.end - part.start === part.name.length)
    return segmentedAsName(words, text, part.start, part.end) === 'name';
  const surname = words.wordAt(part.start);
  return (
    surname !== null &&
    surname !== undefined &&
    surname.text.length === 1 &&
    isPersonTag(surname.tag)
  );
}

export function namesAt(
  text: string,
  from: number,
  content: string,
  words: ArticleWords,
  cued = false,
  closesArticle = false,
): Credit[] | null {
  const parts = signedParts(text, from, content);
  if (parts.length === 0 || parts.length > MAX_SIGNED) return null;
  // A closing word (供稿, 报导) vouches for the names: the segmenter may glue it to the last one.
  if (!parts.every((p) => plausibleName(p.name))) return null;
  // Each name the segmenter reads as one; in a list of several, one it reads so vouches for
  // a padded name and for a surname it takes for a preposition (刘某 于某某).
  const read = parts.filter((p) => readAsName(text, p, words));
  if (!cued && read.length === 0) return null;
  // The bracket that ends the article, every name in it read as one by the segmenter: the
  // paper's signature (（某某 某某） after the last sentence), as sure as a credit with its role.
  const confidence =
    closesArticle && read.length === parts.length ? CONFIDENCE.strongCue : CONFIDENCE.weakCue;
  return parts.map((p) => ({
    name: p.name,
    role: '',
    photo: false,
    start: p.start,
    end: p.end,
    confidence,
  }));
}

/** The whole line that starts at `start`, trimmed, with where its text starts. */
function lineAt(text: string, start: number): { at: number; line: string } {
  const end = text.indexOf('\n', start);
  const raw = text.slice(start, end < 0 ? text.length : end);
  return { at: start + raw.length - raw.trimStart().length, line: raw.trim() };
}

/** How many times a headline is looked for: a blog shows it in its header and over the post. */
const HEADLINE_COPIES = 3;

/**
 * A name on the line of its own right under the headline (a blog's or a site's author line):
 * the first non-blank line after a line holding the headline. A blog page repeats its headline
 * (the page's header with the posting time under it, then the post with its author), so each of
 * its first few copies is tried.
 */
function nameUnderHeadline(text: string, title: string | null, words: ArticleWords): Credit[] {
  const headline = title?.trim();
  if (!headline) return [];
  let at = text.indexOf(headline);
  for (let copy = 0; copy < HEADLINE_COPIES && at >= 0; copy++) {
    const credits = nameOnNextLine(text, at + headline.length, words);
    if (credits) return credits;
    at = text.indexOf(headline, at + headline.length);
  }
  return [];
}

/** The one name alone on the first non-blank line after `from`'s line, or null. */
function nameOnNextLine(text: string, from: number, words: ArticleWords): Credit[] | null {
  let next = text.indexOf('\n', from);
  while (next >= 0 && next + 1 < text.length && text[next + 1] === '\n') next++;
  if (next < 0) return null;
  const { at: start, line } = lineAt(text, next + 1);
  const credits = line === '' ? null : namesAt(text, start, line, words);
  return credits?.length === 1 ? credits : null;
}

/**
 * Words that close a signature and say what the names did (（宣传科 张三 供稿）, （李四报导）,
 * （王五文/图） for who wrote the text and took its photos):
 * with one of them a unit's name may open the bracket, and the names are sure enough for a
 * strong cue's confidence.
 */
const SIGNED_CLOSING = /[ \t\u3000]*(?:供稿|撰稿|报道|报导|文[/／]图|图[/／]文|图文)$/u;
/** A bracket whose closing word signs it, wherever it stands (the view may join the next line). */
const SIGNED_BRACKET = /[（(]([^（）()\n]{2,24}?(?:供稿|撰稿|报道|报导))[）)]/gu;
/** A unit that sends a signed article (宣传科, 广电局, 党办): a run ending in an office's word. */
const UNIT = /^\p{Script=Han}{1,8}(?:科|局|办|部|处|室|中心|站|会|社|台|组|院)$/u;

function signedBracket(
  text: string,
  from: number,
  content: string,
  words: ArticleWords,
  closesArticle = false,
): Credit[] | null {
  const closing = SIGNED_CLOSING.exec(content);
  if (!closing) return namesAt(text, from, content, words, false, closesArticle);
  let names = content.slice(0, closing.index);
  let at = from;
  const unit = /^(\p{Script=Han}+)[ \t\u3000]+/u.exec(names);
  if (unit && UNIT.test(unit[1]!) && !plausibleName(unit[1]!)) {
    names = names.slice(unit[0].length);
    at += unit[0].length;
  }
  const credits = namesAt(text, at, names.trim(), words, true);
  for (const c of credits ?? []) c.confidence = CONFIDENCE.strongCue;
  return credits;
}

/**
 * Names credited by a slash after them, as some hospital sites close an item
 * (（工会 张三/文 张三、李四等/摄 王五/审）): 文 names the writer; 图, 摄, 摄影 a photographer;
 * 审, 编, 编辑 an editor, who is neither. The whole bracket must be such credits, after at most a
 * unit's name.
 */
const SLASH_CREDIT_BRACKET =
  /[（(]([^（）()\n]{3,60}?[/／](?:文|图|摄影|摄|审|编辑|编)[^（）()\n]{0,40})[）)]/gu;
const SLASH_PART =
  /^(\p{Script=Han}{2,4}?(?:[、，,]\p{Script=Han}{2,4}?)*)等?[/／](文|图|摄影|摄|审|编辑|编)$/u;

function slashCredits(text: string, words: ArticleWords): Credit[] {
  const found: Credit[] = [];
  if (!text.includes('/') && !text.includes('／')) return found;
  SLASH_CREDIT_BRACKET.lastIndex = 0;
  for (let m = SLASH_CREDIT_BRACKET.exec(text); m; m = SLASH_CREDIT_BRACKET.exec(text)) {
    const parts = m[1]!.trim().split(/[ \t\u3000]+/u);
    if (parts.length > 0 && !SLASH_PART.test(parts[0]!) && UNIT.test(parts[0]!)) parts.shift();
    const credits: Credit[] = [];
    let at = m.index + 1;
    let ok = parts.length > 0;
    for (const part of parts) {
      const slash = SLASH_PART.exec(part);
      const start = text.indexOf(part, at);
      if (!slash || start < 0) {
        ok = false;
        break;
      }
      at = start + part.length;
      const role = slash[2]!;
      if (role !== '文' && role !== '图' && role !== '摄' && role !== '摄影') continue;
      const names = namesAt(text, start, slash[1]!, words);
      if (!names) {
        ok = false;
        break;
      }
      for (const c of names) {
        if (role !== '文') {
          c.photo = true;
          c.role = '摄影';
        } else c.role = '文';
        c.confidence = CONFIDENCE.strongCue;
      }
      credits.push(...names);
    }
    if (ok) found.push(...credits);
  }
  return found;
}

/**
 * The names alone in the bracket a dateline opens (本网讯（张三）8月2日，…), from `at` just inside
 * it: the paper credits its writer there without a role. Null unless the bracket holds only names.
 */
export function datelineBracketNames(
  text: string,
  at: number,
  words: ArticleWords,
): Credit[] | null {
  if (!words.available) return null;
  const close = /[）)】〕\]\n]/u.exec(text.slice(at, at + 30));
  if (!close || close[0] === '\n') return null;
  const credits = namesAt(text, at, text.slice(at, at + close.index).trim(), words);
  for (const c of credits ?? []) c.confidence = CONFIDENCE.strongCue;
  return credits;
}

/**
 * The names a dateline's bracket gives before its first role (某某网某地4月25日讯（A 记者 B）: A is
 * the unlabelled contributor, session 12), read like a signature: `until` is where the role
 * starts. Null without the segmenter or where the words are no names.
 */
export function namesBeforeRole(
  text: string,
  at: number,
  until: number,
  words: ArticleWords,
): Credit[] | null {
  if (!words.available) return null;
  const content = text.slice(at, until).trim();
  if (content === '' || /[^\p{Script=Han}\s、]/u.test(content)) return null;
  // The dateline and the role after them vouch for the names (cued): a name the segmenter does
  // not know (邓某荣) is still one here.
  return namesAt(text, at, content, words, true);
}

/** The role-less signatures of an article's text (needs the segmenter: none without it). */
export function signatureCredits(
  text: string,
  title: string | null,
  words: ArticleWords,
): Credit[] {
  if (!words.available) return [];
  const found: Credit[] = [...nameUnderHeadline(text, title, words), ...slashCredits(text, words)];
  const bodyEnd = text.trimEnd().length;
  CLOSING_BRACKET.lastIndex = 0;
  for (let m = CLOSING_BRACKET.exec(text); m; m = CLOSING_BRACKET.exec(text)) {
    // Only a line of rules or bars (|, ——) may stand below the article's last bracket.
    const closesArticle = !/[\p{L}\p{N}]/u.test(text.slice(m.index + m[0].length));
    const credits = signedBracket(text, m.index + 1, m[1]!, words, closesArticle);
    if (credits) found.push(...credits);
  }
  const signed = ['供稿', '撰稿', '报道', '报导'].some((w) => text.includes(w));
  SIGNED_BRACKET.lastIndex = 0;
  for (let m = signed ? SIGNED_BRACKET.exec(text) : null; m; m = SIGNED_BRACKET.exec(text)) {
    const credits = signedBracket(text, m.index + 1, m[1]!, words);
    if (credits && !found.some((c) => c.start === credits[0]!.start)) found.push(...credits);
  }
  const body = text.slice(0, bodyEnd);
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
