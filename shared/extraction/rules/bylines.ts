/**
 * rule:byline@1 — who wrote the article, from its credit line in any of the usual forms:
 * - a line of its own: □本报记者 邹欣芮 特约记者 于宁 通讯员 吴飞 郭文文; 记者 张三、李四 报道;
 *   記者王小明／台北報導; □某某报记者 张三 河南南阳报道; 文/图 张三;
 * - after a dateline or in brackets: 本报讯（记者 张三 通讯员 李四）, （通讯员 王五）,
 *   【記者林小華/台北報導】, 〔記者陳大同／高雄報導〕, （文/张三 图/李四）;
 * - a label: 作者：张三, 通讯员：王五 赵六, 撰稿：…;
 * - photo credits (（张三 摄）, 摄影/张三, 图/李四, 张三供图) name a photographer: they fill a
 *   `photographers` field when the schema has one and never the reporters.
 * Names are read as written; roles in simplified characters.
 */
import { CONFIDENCE } from '../confidence';
import { divisionAt } from '../divisions';
import { present, suggestAt } from '../suggest';
import type { ExtractionContext, Extractor } from '../types';
import type { ArticleWords } from '../words';
import { nameStartingAt, plausibleName, surnameAt } from './names';

export const BYLINE_RULE = 'rule:byline@1';

export interface PersonValue {
  name: string;
  role?: string;
  title?: string;
}

// Longest first, so that 本报记者 is not read as 记者 and 摄影记者 not as 摄影.
const WRITER_ROLES = [
  '本报特约记者',
  '本报通讯员',
  '本报记者',
  '特约通讯员',
  '特约记者',
  '特派记者',
  '首席记者',
  '见习记者',
  '实习记者',
  '融媒记者',
  '全媒体记者',
  '融媒体记者',
  '通讯员',
  '实习生',
  '记者',
  '作者',
  '撰稿',
  '撰文',
  '文字',
  '文/图',
  '文／图',
  '图/文',
  '图／文',
  '图文',
  '文',
];
const PHOTO_ROLES = ['摄影记者', '摄影', '摄像', '图片', '图'];
const ROLES = [...WRITER_ROLES, ...PHOTO_ROLES].sort((a, b) => b.length - a.length);
/**
 * Roles that are also ordinary words (文化, 图为, 作者简介, 摄影技术) count only with a separator
 * after them: 文/张三, 图：李四, 作者 王五.
 */
const ROLES_NEEDING_SEPARATOR = new Set([
  '文',
  '图',
  '作者',
  '撰稿',
  '撰文',
  '文字',
  '图片',
  '摄影',
  '摄像',
]);
const ROLE_SEPARATOR = /^[ \t\u3000/／:：]/u;
/** Words after the names that close a credit: 报道, 摄, 供图… (报导 is Taiwan's 报道). */
const CLOSING = /^(?:报道|报导|发自|电|摄影|摄|供图|整理|编辑)/u;
const PHOTO_CLOSING = /^(?:摄影|摄|供图)$/u;
/** Where a credit may open: a line start (after □ and a dateline) or an opening bracket. */
const BRACKET = /[（(【〔[]/gu;
// 讯 ends a dateline, not 通讯员 or 资讯号.
const DATELINE =
  /^(?:本报讯|本刊讯|[\p{Script=Han}]{1,10}?讯)(?![员息号])[ \t\u3000]*[：:]?[ \t\u3000]*[（(【〔[]?/u;
/** A media name before 记者 on a line of its own (□某某报记者, 某某网记者). */
const MEDIA = /^[\p{Script=Han}]{1,8}?(?:报|台|网|社|刊)(?=记者)/u;
/** A credit label inside a line: 作者：X, 通讯员：X, or a slash credit after a sentence (摄影/X). */
const LABEL =
  /(?:作者|撰稿|撰文|记者|通讯员|摄影|图片|文字)[ \t\u3000]*[：:]|(?:摄影|图片|文字|文|图)[/／]/gu;
/** What may stand before such a label: a line or field start, or the end of a sentence. */
const LABEL_BEFORE = /[\s\u3000|｜）)】〕。！？]/u;
const SEPARATOR = /^[ \t\u3000、，,/／|｜:：]+/u;
const HAN_RUN = /^\p{Script=Han}+/u;

export interface Credit {
  name: string;
  role: string;
  photo: boolean;
  /** UTF-16 offsets of the name in the article view. */
  start: number;
  end: number;
  confidence: number;
}

/** First characters of the roles: most positions are rejected with one lookup. */
const ROLE_FIRST = new Set(ROLES.map((r) => r[0]!));

function roleAt(text: string, at: number): string | null {
  if (!ROLE_FIRST.has(text[at] ?? '')) return null;
  let role: string | undefined;
  for (const r of ROLES) {
    if (text.startsWith(r, at)) {
      role = r;
      break;
    }
  }
  if (!role) return null;
  const after = text.slice(at + role.length, at + role.length + 1);
  if (ROLES_NEEDING_SEPARATOR.has(role) && !ROLE_SEPARATOR.test(after)) return null;
  return role;
}

function mentionsPhoto(text: string, from: number, to: number): boolean {
  const region = text.slice(from, to);
  return region.includes('摄') || region.includes('供图');
}

/**
 * Whether a credit may open at `at`: a role starts there, or a dateline (…讯) or a media name
 * (…报记者) or a photo credit (…摄) follows closely. Most lines and brackets fail this at once.
 */
function mayOpenCredit(text: string, at: number): boolean {
  if (ROLE_FIRST.has(text[at] ?? '')) return true;
  const window = text.slice(at, at + 16);
  return (
    window.includes('讯') ||
    window.includes('记者') ||
    window.includes('摄') ||
    window.includes('供图')
  );
}

const LINE_MARKS = new Set([' ', '\t', '\u3000', '□', '■', '◆', '●']);

/** The dateline place of 台北报导 / 河南南阳报道: a run that starts with a place name. */
function isPlace(run: string): boolean {
  return divisionAt(run, 0) !== null || /^(?:台北|台中|台南|高雄|新北|桃园|香港|澳门)/u.test(run);
}

/**
 * The credits of one credit region, read from `at` to `end` (UTF-16) of `text`. `atLineStart`
 * marks the seeds' form of a line of its own, whose last name may have the next subhead glued to
 * it by OCR (李波锤炼匠心): such a run keeps its first two characters, as a guess.
 */
function readCredits(
  text: string,
  at: number,
  end: number,
  atLineStart: boolean,
  words: ArticleWords,
): Credit[] {
  const credits: Credit[] = [];
  let role: string | null = null;
  let sinceRole: Credit[] = [];
  let i = at;
  while (i < end) {
    const gap = SEPARATOR.exec(text.slice(i, end));
    const spaced = gap !== null && /\s/u.test(gap[0]);
    if (gap) i += gap[0].length;
    if (i >= end) break;
    const nextRole = roleAt(text, i);
    if (nextRole) {
      role = nextRole;
      sinceRole = [];
      i += nextRole.length;
      continue;
    }
    const run = HAN_RUN.exec(text.slice(i, end))?.[0];
    if (!run) break;
    const closing = CLOSING.exec(run);
    if (closing) {
      if (PHOTO_CLOSING.test(closing[0])) markPhotographers(sinceRole);
      break;
    }
    if (role === null) {
      // A photo credit needs no role: （张三 摄）, 张三供图.
      if (!mentionsPhoto(text, i, end)) break;
      const photoName = /^(.+?)[ \t\u3000]*(?:摄影|摄|供图)$/u.exec(text.slice(i, end).trimEnd());
      if (photoName && plausibleName(photoName[1]!)) {
        credits.push(credit(photoName[1]!, '摄影', true, i, CONFIDENCE.fixedForm));
      }
      break;
    }
    // 台北报导 after the names is the dateline place: it closes the credit.
    if (isPlace(run)) break;
    // 来源：, 编辑： after the names: the next label of a field list, not a name.
    if (/^[ \t\u3000]*[：:]/u.test(text.slice(i + run.length, i + run.length + 2))) break;
    const parsed = nameInRun(run, atLineStart && spaced, text, i, words);
    if (!parsed) break;
    const photo = PHOTO_ROLES.includes(role);
    const found = credit(
      run.slice(0, parsed.length),
      photo ? '摄影' : role,
      photo,
      i,
      parsed.confidence,
    );
    credits.push(found);
    sinceRole.push(found);
    const rest = run.slice(parsed.length);
    i += parsed.length;
    // The next role glued to the name (周某雯特约记者 钱某, where the view joined two lines).
    if (rest !== '' && roleAt(text, i)) continue;
    if (rest !== '') {
      // A closing word glued to the name (张三摄, 李四报道) ends the credit; other text too.
      const glued = CLOSING.exec(rest);
      if (glued && PHOTO_CLOSING.test(glued[0])) markPhotographers(sinceRole);
      break;
    }
  }
  return credits;
}

/** 张三 李四 摄: the names since the last role took the photos. */
function markPhotographers(credits: Credit[]): void {
  for (const c of credits) {
    c.photo = true;
    c.role = '摄影';
  }
}

function credit(
  name: string,
  role: string,
  photo: boolean,
  start: number,
  confidence: number,
): Credit {
  return { name, role, photo, start, end: start + name.length, confidence };
}

/**
 * The name at the start of a run of ideographs after a role: the whole run when it is a name,
 * else a name followed by a closing word (张三报道), else (a line of its own) the OCR guess.
 */
function nameInRun(
  run: string,
  ocrGlue: boolean,
  text: string,
  at: number,
  words: ArticleWords,
): { length: number; confidence: number } | null {
  if (plausibleName(run)) return { length: run.length, confidence: CONFIDENCE.fixedForm };
  const surname = surnameAt(run, 0);
  if (surname === 0) return null;
  for (const length of [surname + 2, surname + 1]) {
    const rest = run.slice(length);
    if (plausibleName(run.slice(0, length)) && (CLOSING.test(rest) || roleAt(rest, 0))) {
      return { length, confidence: CONFIDENCE.fixedForm };
    }
  }
  if (ocrGlue && run.length > surname + 2) {
    // 李波锤炼匠心, 欧阳明辉医院近日: where the segmenter ends the name, else the short guess.
    const segmented = words.available ? nameStartingAt(text, at, () => false, words) : null;
    if (segmented?.sure) return { length: segmented.length, confidence: CONFIDENCE.weakCue };
    if (plausibleName(run.slice(0, surname + 1)))
      return { length: surname + 1, confidence: CONFIDENCE.guess };
  }
  return null;
}

/** The longest credit region read (UTF-16 units): a credit is short, a page may not be. */
const MAX_REGION = 80;
const STOP_BRACKETED = /[）)】〕\]\n]/u;
const STOP_LINE = /[\n。，；！？]/u;

/**
 * Where the credit region opened at `at` ends: its closing bracket, else the line's end, and
 * never further than MAX_REGION, so that a page of one endless line is still read in linear time.
 */
function regionEnd(text: string, at: number, bracketed: boolean): number {
  const stop = bracketed ? STOP_BRACKETED : STOP_LINE;
  const limit = Math.min(text.length, at + MAX_REGION);
  let i = at;
  while (i < limit && !stop.test(text[i]!)) i++;
  return i;
}

/** Every credit of the article, once (shared by the byline and people rules). */
export function creditsOf(ctx: ExtractionContext): Credit[] {
  return ctx.memo('bylines', () => {
    const text = ctx.article.text;
    const found: Credit[] = [];
    const seen = new Set<number>();
    const read = (at: number, bracketed: boolean, atLineStart: boolean): void => {
      if (!mayOpenCredit(text, at)) return;
      const dateline = DATELINE.exec(text.slice(at, at + 16));
      if (dateline) {
        at += dateline[0].length;
        bracketed ||= /[（(【〔[]$/u.test(dateline[0]);
        atLineStart = false;
      } else if (atLineStart && !roleAt(text, at)) {
        const media = MEDIA.exec(text.slice(at, at + 12));
        if (media) at += media[0].length;
      }
      const end = regionEnd(text, at, bracketed);
      for (const c of readCredits(text, at, end, atLineStart, ctx.words)) {
        if (seen.has(c.start)) continue;
        seen.add(c.start);
        found.push(c);
      }
    };
    for (let line = 0; line < text.length;) {
      let at = line;
      while (at < text.length && LINE_MARKS.has(text[at]!)) at++;
      read(at, false, true);
      const next = text.indexOf('\n', line);
      if (next < 0) break;
      line = next + 1;
    }
    BRACKET.lastIndex = 0;
    for (let m = BRACKET.exec(text); m; m = BRACKET.exec(text)) read(m.index + 1, true, false);
    LABEL.lastIndex = 0;
    for (let m = LABEL.exec(text); m; m = LABEL.exec(text)) {
      const before = m.index === 0 ? '' : text[m.index - 1]!;
      if (before === '' || LABEL_BEFORE.test(before)) read(m.index, false, false);
    }
    return found.sort((a, b) => a.start - b.start);
  });
}

export const bylineRule: Extractor = {
  id: BYLINE_RULE,
  fields: ['reporters', 'photographers'],
  run(ctx) {
    return present(
      creditsOf(ctx).map((c) =>
        suggestAt(
          ctx,
          BYLINE_RULE,
          c.photo ? 'photographers' : 'reporters',
          { name: ctx.article.writtenAt(c.start, c.end), role: c.role } satisfies PersonValue,
          c.start,
          c.end,
          c.confidence,
        ),
      ),
    );
  },
};
