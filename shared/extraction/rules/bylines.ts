/**
 * rule:byline@1 — who wrote the article, from its credit line in any of the usual forms:
 * - a line of its own: □本报记者 邹欣芮 特约记者 于宁 通讯员 吴飞 郭文文; 记者 张三、李四 报道;
 *   記者王小明／台北報導; □某某报记者 张三 河南南阳报道; 文/图 张三;
 * - after a dateline or in brackets: 本报讯（记者 张三 通讯员 李四）, （通讯员 王五）,
 *   【記者林小華/台北報導】, 〔記者陳大同／高雄報導〕, （文/张三 图/李四）;
 * - a label: 作者：张三, 通讯员：王五 赵六, 撰稿：…;
 * - a signature without a role: （张三 李四） closing the last paragraph, a name on the last line;
 * - photo credits (（张三 摄）, 摄影/张三, 图/李四, 张三供图) name a photographer: they fill a
 *   `photographers` field when the schema has one and never the reporters.
 * Names are read as written; roles in simplified characters.
 */
import { CONFIDENCE } from '../confidence';
import { present, suggestAt } from '../suggest';
import type { ExtractionContext, Extractor } from '../types';
import { isPlace, readCredits, type Credit } from './byline-credits';
import { mayStartRole, roleAt } from './byline-roles';
import { roleAfterNamesLines } from './byline-role-after';
import { metaBulletCredits } from './byline-meta-bullets';
import { datelineBracketNames, namesBeforeRole, signatureCredits } from './byline-signatures';
import { plausibleName } from './names';

export type { Credit } from './byline-credits';

export const BYLINE_RULE = 'rule:byline@1';

export interface PersonValue {
  name: string;
  role?: string;
  title?: string;
}

/** Where a credit may open: a line start (after □ and a dateline) or an opening bracket. */
const BRACKET = /[（(【〔[]/gu;
// 讯 ends a dateline, not 通讯员 or 资讯号; a wire's 电 only after its date (某某网湖北频道3月15日电),
// as 电 opens many words (电话, 电子); a run holding the role is a wire credit (新华社记者X北京1日电).
const DATELINE =
  /^(?:本报讯|本刊讯|[\p{Script=Han}]{1,10}?讯|(?:(?!记者|通讯员)\p{Script=Han}){1,12}?\d{1,2}月\d{1,2}日(?:讯|电))(?![员息号])[ \t\u3000]*[：:]?[ \t\u3000]*[（(【〔[]?/u;
/**
 * A media name before 记者 on a line of its own or opening a bracket (□某某报记者, 某某网记者,
 * 联合报 记者X／台南报导, 联合报／ 记者X／新北报导, （某某社记者X某地一日电）, a satellite channel's
 * 某某卫视记者 X Y 某地报道 (set Y)), or a programme's
 * name in 《》 after the outlet or alone (某某新闻《某栏目》记者X, 《某栏目》记者X).
 */
const MEDIA =
  /^(?:[\p{Script=Han}]{1,10}[·・•])?(?:[\p{Script=Han}]{1,8}?(?:报|台|网|社|刊|新闻|客户端|融媒体|融媒|卫视|频道)(?:《[^《》\n]{1,12}》)?|《[^《》\n]{1,12}》)[ \t\u3000]*(?:[／/][ \t\u3000]*)?(?=(?:特约|首席|见习|实习)?记者)/u;
/**
 * A media name right before 记者 anywhere in a line (…极目新闻记者 张三 通讯员 李四 2月3日，…),
 * where the reading view joined the credit to the line above it.
 */
const MEDIA_ROLE = /(?:新闻|报|台|网|社|客户端|卫视|频道)(?=(?:特约|首席|见习|实习)?记者)/gu;
/**
 * A posting stamp right before 记者 inside a line (某某好新聞 2015-10-29 00:00 ⏎ 記者X／南投報導,
 * which the reading view joins into one line).
 */
const STAMP_ROLE =
  /\d{4}[/\-.]\d{1,2}[/\-.]\d{1,2}(?:[ \t\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?[ \t\u3000]*(?=(?:特约|首席|见习|实习)?记者)/gu;
/** An outlet's name and a slash before the role, inside a credit's bracket. */
const OUTLET =
  /^[\p{Script=Han}]{1,8}[／/][ \t\u3000]*(?=(?:特约|首席|见习|实习)?(?:记者|通讯员))/u;
/** A posting stamp opening a credit line: 2025/12/01 05:30 记者X／云林报导. */
const STAMP = /^\d{4}[/\-.]\d{1,2}[/\-.]\d{1,2}(?:[ \t\u3000]+\d{1,2}:\d{2})?[ \t\u3000]+/u;
/**
 * A credit label inside a line: 作者：X, 通讯员：X, a slash credit after a sentence (摄影/X), or a
 * role set off by spaces after another field (来源：某某融媒体中心 记者 张三).
 */
const LABEL =
  /(?:作者|撰稿|撰文|记者|通讯员|摄影|图片|文字(?:[、/／]编辑)?)[ \t\u3000]*[：:]|(?:摄影|图片|文字|文|图)[/／]|(?:记者|通讯员)(?=[ \t\u3000]+\p{Script=Han})/gu;
/**
 * What may stand before such a label: a line or field start, the end of a sentence, or another
 * field's label (来源：通讯员 张三 李四).
 */
const LABEL_BEFORE = /[\s\u3000|｜）)】〕。！？：:]/u;

/**
 * Whether a credit may open at `at`: a role starts there, or a dateline (…讯) or a media name
 * (…报记者) or a photo credit (…摄) follows closely. Most lines and brackets fail this at once.
 */
function mayOpenCredit(text: string, at: number): boolean {
  if (mayStartRole(text, at)) return true;
  const window = text.slice(at, at + 16);
  return (
    window.includes('讯') ||
    window.includes('日电') ||
    window.includes('记者') ||
    window.includes('摄') ||
    window.includes('供图')
  );
}

/**
 * A credit with no role inside a line, the name then its dateline (… 04:10 张三/云林报导 某医院…),
 * as a blog copying a paper's story keeps it: set off by a space or a bracket before it, or by the
 * slash after the outlets' names (【某传媒、某网/张三/台中报导】).
 */
const SLASH_DATELINE =
  /(?<=^|[\s\u3000（(【〔[/／])(\p{Script=Han}{2,4})[／/][ \t\u3000]*(\p{Script=Han}{2,4}?)(?:即时)?报[导道]/gmu;

/** A name alone before 报道 on a line of its own (林某某报道), as Hong Kong outlets credit. */
const NAME_REPORTED_LINE = /^(\p{Script=Han}{2,4})报[导道]$/gmu;

const LINE_MARKS = new Set([' ', '\t', '\u3000', '□', '■', '◆', '●']);

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

/**
 * Credits without a role word, closed by 报道: a name and its dateline inside a line
 * (… 04:10 张三/云林报导 …) or a name alone on its line (林某某报道).
 */
function reportedCredits(text: string): Credit[] {
  // Most articles hold neither form: a substring test skips the scans (cost per article).
  if (!text.includes('报导') && !text.includes('报道')) return [];
  const found: Credit[] = [];
  NAME_REPORTED_LINE.lastIndex = 0;
  SLASH_DATELINE.lastIndex = 0;
  for (const m of [...text.matchAll(NAME_REPORTED_LINE), ...text.matchAll(SLASH_DATELINE)]) {
    const name = m[1]!;
    if (!plausibleName(name) || (m[2] !== undefined && !isPlace(m[2]))) continue;
    found.push({
      name,
      role: '',
      photo: false,
      start: m.index,
      end: m.index + name.length,
      confidence: CONFIDENCE.strongCue,
    });
  }
  return found;
}

/** The names in [at, firstName) before the role that credits the first name, if any. */
function leadingNames(
  text: string,
  at: number,
  firstName: number,
  words: ExtractionContext['words'],
): Credit[] | null {
  for (let i = at + 1; i < firstName; i++)
    if (/\s/u.test(text[i - 1]!) && roleAt(text, i)) return namesBeforeRole(text, at, i, words);
  return null;
}

/** Every credit of the article, once (shared by the byline and people rules). */
export function creditsOf(ctx: ExtractionContext): Credit[] {
  return ctx.memo('bylines', () => {
    const text = ctx.article.text;
    const found: Credit[] = [];
    const seen = new Set<number>();
    const written = (start: number, end: number): string | undefined =>
      ctx.article.toSourceUtf16(start, end)?.text;
    const read = (at: number, bracketed: boolean, atLineStart: boolean): void => {
      if (!mayOpenCredit(text, at)) return;
      // 【某传媒／记者 X／苗栗报导】: the outlet's name before the role.
      const outlet = bracketed ? OUTLET.exec(text.slice(at, at + 12)) : null;
      if (outlet) at += outlet[0].length;
      const dateline = DATELINE.exec(text.slice(at, at + 24));
      if (dateline) {
        at += dateline[0].length;
        bracketed ||= /[（(【〔[]$/u.test(dateline[0]);
        atLineStart = false;
      } else if ((atLineStart || bracketed) && !roleAt(text, at)) {
        const media = MEDIA.exec(text.slice(at, at + 28));
        if (media) at += media[0].length;
      }
      const end = regionEnd(text, at, bracketed);
      let credits = readCredits(text, at, end, atLineStart, ctx.words, written);
      // 本网讯（张三）: a dateline's bracket of names alone.
      if (credits.length === 0 && dateline && bracketed)
        credits = datelineBracketNames(text, at, ctx.words) ?? [];
      // 某某网某地4月25日讯（A 记者 B）: A, before the first role, is credited too.
      else if (dateline && bracketed && credits.length > 0)
        credits = [...(leadingNames(text, at, credits[0]!.start, ctx.words) ?? []), ...credits];
      for (const c of credits) {
        if (seen.has(c.start)) continue;
        seen.add(c.start);
        found.push(c);
      }
    };
    for (let line = 0; line < text.length;) {
      let at = line;
      while (at < text.length && LINE_MARKS.has(text[at]!)) at++;
      at += STAMP.exec(text.slice(at, at + 24))?.[0].length ?? 0;
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
      if (before === '' || LABEL_BEFORE.test(before) || opensSourceLine(ctx, m.index))
        read(m.index, false, false);
    }
    MEDIA_ROLE.lastIndex = 0;
    // Read as a line of its own would be: a name with the next words glued on (陈某近日，…)
    // is ended where the segmenter ends it.
    for (let m = MEDIA_ROLE.exec(text); m; m = MEDIA_ROLE.exec(text))
      read(m.index + m[0].length, false, true);
    // Most articles hold neither form: a substring test skips the scans (cost per article).
    const credited = text.includes('记者');
    STAMP_ROLE.lastIndex = 0;
    for (let m = credited ? STAMP_ROLE.exec(text) : null; m; m = STAMP_ROLE.exec(text))
      read(m.index + m[0].length, false, true);
    for (const c of reportedCredits(text)) {
      if (seen.has(c.start)) continue;
      seen.add(c.start);
      found.push(c);
    }
    for (const c of [
      ...signatureCredits(text, ctx.title, ctx.words),
      ...metaBulletCredits(text, ctx.words),
      ...roleAfterNamesLines(text, (s, e) => ctx.article.toSourceUtf16(s, e)?.text),
    ]) {
      if (seen.has(c.start)) continue;
      seen.add(c.start);
      found.push(c);
    }
    return withRolesSettled(found.map((c) => withinOneLine(ctx, c)).filter((c) => c !== null)).sort(
      (a, b) => a.start - b.start,
    );
  });
}

/**
 * Whether the view's character at `at` opens a line of the document: the reading view joins a
 * headline to the credit line under it (某院新院启用⏎作者:张三 发布时间:… reads 某院新院启用作者:张三 …),
 * and the label still opens its line (found on set O).
 */
function opensSourceLine(ctx: ExtractionContext, at: number): boolean {
  if (at === 0) return true;
  return /[\r\n]/u.test(ctx.article.toSourceUtf16(at - 1, at + 1)?.text ?? '');
}

/**
 * A credit name never runs on into the next line of the document: the reading view joins a short
 * line to the next (作者: 记者 张三⏎扫一扫…), and a name read where the segmenter ended it may
 * have taken the next line's first characters (张三扫). Such a name is cut at the line's end.
 */
function withinOneLine(ctx: ExtractionContext, c: Credit): Credit | null {
  const source = ctx.article.toSourceUtf16(c.start, c.end);
  const broken = source?.text.search(/[\r\n]/u) ?? -1;
  if (broken <= 0) return c;
  const name = c.name.slice(0, broken);
  return plausibleName(name) ? { ...c, name, end: c.start + name.length } : null;
}

/** Roles that only say someone wrote it: a more specific credit of the same name says more. */
const GENERIC_ROLES = new Set(['', '作者', '撰稿', '撰文', '文字']);

/**
 * One name credited twice with different roles (作者: 张三 in the page's header, then 本报讯（通讯员
 * 张三）in the article): the specific role is the fact, the generic one is dropped.
 */
function withRolesSettled(credits: Credit[]): Credit[] {
  const specific = new Set(
    credits.filter((c) => !c.photo && !GENERIC_ROLES.has(c.role)).map((c) => c.name),
  );
  return credits.filter((c) => c.photo || !GENERIC_ROLES.has(c.role) || !specific.has(c.name));
}

/**
 * The name as written, without the space a paper pads a two-character name with to the width of
 * three (（聂 疆）): the span keeps the space, the name does not.
 */
function nameWritten(ctx: ExtractionContext, c: Credit): string {
  return ctx.article
    .writtenAt(c.start, c.end)
    .replace(/(?<=\p{Script=Han})[ \t\u3000]+(?=\p{Script=Han})/gu, '');
}

export const bylineRule: Extractor = {
  id: BYLINE_RULE,
  outputs: [
    { name: 'reporters', kind: 'person' },
    { name: 'photographers', kind: 'person' },
  ],
  run(ctx) {
    return present(
      creditsOf(ctx).map((c) =>
        suggestAt(
          ctx,
          BYLINE_RULE,
          c.photo ? 'photographers' : 'reporters',
          // A signature names no role (see byline-signatures.ts).
          (c.role === ''
            ? { name: nameWritten(ctx, c) }
            : { name: nameWritten(ctx, c), role: c.role }) satisfies PersonValue,
          c.start,
          c.end,
          c.confidence,
        ),
      ),
    );
  },
};
