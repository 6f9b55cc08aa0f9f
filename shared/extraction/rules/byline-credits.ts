/**
 * Reading the credits of one credit region (the text after 记者, inside 【…】, after 作者：):
 * which runs of ideographs are names, which role each has and where the credit ends. Where a
 * region opens is the byline rule's concern (bylines.ts); this module only reads one.
 */
import { CONFIDENCE } from '../confidence';
import { divisionAt } from '../divisions';
import type { ArticleWords } from '../words';
import { PHOTO_ROLES, roleAsMeant, roleAt } from './byline-roles';
import {
  closedName,
  nameStartingAt,
  plausibleName,
  segmentedAsName,
  surnameAt,
  taggedSurnameAt,
} from './names';
import { AFTER_SET } from './posts';
import { bracketedRareName, spacedNameWithoutSurname } from './byline-rare-names';

export interface Credit {
  name: string;
  role: string;
  photo: boolean;
  /** UTF-16 offsets of the name in the article view. */
  start: number;
  end: number;
  confidence: number;
}

/** Words after the names that close a credit: 报道, 摄, 供图… (报导 is Taiwan's 报道). */
const CLOSING = /^(?:报道|报导|发自|电|摄影|摄|供图|供稿|整理|编辑)/u;
/**
 * The label of the next field in a credit list (编辑：, 审核：, 来源：, 上传时间：), which the reading
 * view may glue to the last name when it joins the list's lines (记者：张三 李四编辑：王五), or a page
 * writes with no space (作者:张三上传时间:2013-08-20).
 */
// 文章日期, 文章来源: a magazine site's fields under its writers' line (found on set P). 图片,
// 摄影, 作者…: the next credit of a page's credit list (文字、编辑:张三⏎图片:某办, session 12).
const NEXT_FIELD_LABEL =
  /^(?:图片|摄影|摄像|作者|撰稿|文字|责任编辑|编辑|责编|审核|审稿|终审|校对|来源|出处|监制|统筹|发布时间|上传时间|更新时间|发稿时间|发表时间|发布日期|出版日期|文章日期|文章来源|时间|日期)$/u;
const PHOTO_CLOSING = /^(?:摄影|摄|供图)$/u;
/** The whole rest of a run after a name that is only its credit's closing word (郝某摄). */
const GLUED_CLOSING = /^(?:摄影|摄|供图|报道|报导)$/u;
/** 摄影报道, 图文报道: the names took the photos and wrote the story, so they keep their role. */
const PHOTO_REPORT = /^(?:摄影|图文)报道/u;
const SEPARATOR = /^[ \t\u3000、，,/／|｜:：]+/u;
const HAN_RUN = /^\p{Script=Han}+/u;
/**
 * An outlet's name and a dot, then a name: 某某日报·, 某某台・, 某某客户端•; and the outlet's app or
 * channel after the dot, set apart by a space (某某晚报·某某壹点 张三): four characters or more, not
 * followed by a role (某某日报·欧阳明月 通讯员 李四 names a reporter of four characters).
 */
const OUTLET_DOT =
  /^\p{Script=Han}{1,10}?(?:报|報|台|网|網|社|客户端|客戶端|融媒体|融媒體|新闻|新聞)[·・•‧]\s*(?:\p{Script=Han}{4,8}[ \t\u3000]+(?!(?:本报|本報|特约|特約|实习|實習|见习|見習)?(?:记者|記者|通讯员|通訊員|通迅员|摄影|攝影)))?(?=\p{Script=Han})/u;

function mentionsPhoto(text: string, from: number, to: number): boolean {
  const region = text.slice(from, to);
  return region.includes('摄') || region.includes('供图');
}

/** The dateline place of 台北报导 / 河南南阳报道: a run that starts with a place name. */
export function isPlace(run: string): boolean {
  return (
    divisionAt(run, 0) !== null ||
    /^(?:台北|台中|台南|高雄|新北|桃园|新竹|苗栗|彰化|南投|云林|嘉义|屏东|宜兰|花莲|台东|基隆|澎湖|金门|马祖|香港|澳门)/u.test(
      run,
    )
  );
}

/**
 * What may be glued to a name in a wire credit: the dateline place with its 电 or 报道
 * (（某社记者倪某金门一日电）, 记者张某北京报道), or the place alone before the date's digits
 * (记者张某北京1日电).
 */
function isDatelineTail(rest: string, next: string): boolean {
  return isPlace(rest) && (/(?:电|报道|报导)$/u.test(rest) || /^\d/u.test(next));
}

/**
 * A name with no role before it, then a writer's role: （李某 记者 简某）, where the first name
 * is the correspondent a paper leaves unlabelled. Only a whole run that reads as a name, set off by
 * a space from a role that credits a writer (not a photographer).
 */
function unlabelledLeadingCredit(
  run: string,
  text: string,
  at: number,
  end: number,
): Credit | null {
  if (!plausibleName(run)) return null;
  const after = /^[ \t\u3000]+/u.exec(text.slice(at + run.length, end));
  if (!after) return null;
  const role = roleAt(text, at + run.length + after[0].length);
  if (!role || PHOTO_ROLES.includes(role)) return null;
  return credit(run, '', false, at, CONFIDENCE.weakCue);
}

/**
 * Whether the run at `at`, after a role, is no name but what follows the names: the dateline place
 * (台北报导 closes the credit), or the next label of a field list (来源：, 编辑：).
 */
function endsNames(run: string, text: string, at: number): boolean {
  if (isPlace(run)) return true;
  // After a slash, a short run closed by 报导 is the dateline, whatever the place: a Taiwan town
  // the division list does not know (記者X/羅東報導) is no second reporter.
  if (
    DATELINE_AFTER_SLASH.test(run) &&
    /[/／][ \t\u3000]*$/u.test(text.slice(Math.max(0, at - 3), at))
  )
    return true;
  if (!/^[ \t\u3000]*[：:]/u.test(text.slice(at + run.length, at + run.length + 2))) return false;
  return gluedLabelLength(run) === null;
}

const DATELINE_AFTER_SLASH = /^\p{Script=Han}{2,4}(?:报导|报道)$/u;

/** The length of the name in a run that is a name with the next field's label glued on, or null. */
function gluedLabelLength(run: string): number | null {
  const surname = surnameAt(run, 0);
  if (surname === 0) return null;
  for (const length of [surname + 2, surname + 1]) {
    if (NEXT_FIELD_LABEL.test(run.slice(length)) && plausibleName(run.slice(0, length)))
      return length;
  }
  return null;
}

/** A photo credit needs no role: （张三 摄）, 张三供图. */
function roleFreePhotoCredit(text: string, at: number, end: number): Credit | null {
  if (!mentionsPhoto(text, at, end)) return null;
  const photoName = /^(.+?)[ \t\u3000]*(?:摄影|摄|供图)$/u.exec(text.slice(at, end).trimEnd());
  if (!photoName || !plausibleName(photoName[1]!)) return null;
  return credit(photoName[1]!, '摄影', true, at, CONFIDENCE.fixedForm);
}

/**
 * The credits of one credit region, read from `at` to `end` (UTF-16) of `text`. `atLineStart`
 * marks the seeds' form of a line of its own, whose last name may have the next subhead glued to
 * it by OCR (李波锤炼匠心): such a run keeps its first two characters, as a guess.
 */
export function readCredits(
  text: string,
  at: number,
  end: number,
  atLineStart: boolean,
  words: ArticleWords,
  written?: WrittenText,
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
    const glued = HAN_RUN.exec(text.slice(i, end))?.[0];
    if (!glued) break;
    // The view drops the spaces between names (通讯员甲某某 乙 某 丙某某 reads 甲某某乙某丙某某):
    // the page's own spaces say where each name ends.
    const run = written ? firstWrittenName(glued, i, written) : glued;
    const closing = CLOSING.exec(run);
    if (closing) {
      if (PHOTO_CLOSING.test(closing[0]) && !PHOTO_REPORT.test(run)) markPhotographers(sinceRole);
      break;
    }
    if (role === null) {
      // An outlet and a dot before a name (（某某日报·张三 通讯员 李四）): the name is the outlet's
      // reporter, written without 记者.
      const outlet = OUTLET_DOT.exec(text.slice(i, end));
      if (outlet) {
        role = '记者';
        sinceRole = [];
        i += outlet[0].length;
        continue;
      }
      const photoCredit = roleFreePhotoCredit(text, i, end);
      if (photoCredit) credits.push(photoCredit);
      const leading = photoCredit ? null : unlabelledLeadingCredit(run, text, i, end);
      if (!leading) break;
      credits.push(leading);
      i += run.length;
      continue;
    }
    if (endsNames(run, text, i)) break;
    const parsed = nameInRun(run, atLineStart, spaced, text, i, words);
    if (!parsed) break;
    const photo = PHOTO_ROLES.includes(role);
    const found = credit(
      run.slice(0, parsed.length),
      photo ? '摄影' : roleAsMeant(role),
      photo,
      i,
      parsed.confidence,
    );
    credits.push(found);
    sinceRole.push(found);
    const rest = run.slice(parsed.length);
    i += parsed.length;
    // The next role glued to the name (周某雯特约记者 钱某, where the view joined two lines), or
    // the next name (通讯员甲某某乙某某).
    if (rest !== '' && (roleAt(text, i) || secondNameLength(rest) !== null)) continue;
    if (rest !== '') {
      // A closing word glued to the name (张三摄, 李四报道) ends the credit; other text too.
      const glued = CLOSING.exec(rest);
      if (glued && PHOTO_CLOSING.test(glued[0]) && !PHOTO_REPORT.test(rest))
        markPhotographers(sinceRole);
      break;
    }
  }
  return credits;
}

/** The text as the page wrote a range of the view (UTF-16 offsets of the view), spaces kept. */
export type WrittenText = (start: number, end: number) => string | undefined;

/**
 * The first name of a run of ideographs that the view glued together from names the page set
 * apart with spaces: the run up to the first space the page wrote inside it, or a padded
 * two-character name (苏 楠: a surname alone, then one character alone) as one. The run as it is
 * when the page wrote no space inside it, or spaced every character (an OCR'd line: 张 三 丰),
 * where the spaces tell nothing about names.
 */
function firstWrittenName(run: string, at: number, written: WrittenText): string {
  if (run.length < 3) return run;
  const source = written(at, at + run.length);
  // Spaces only: a line break the view joined over is the old credit forms' business (a field
  // label glued on from the next line: 李某某⏎文章日期：…).
  if (source === undefined || !/[ \t\u3000]/u.test(source) || /[\r\n]/u.test(source)) return run;
  const parts = source.split(/[ \t\u3000]+/u).filter((part) => part !== '');
  // The view drops only whitespace: the parts' lengths add up to the run's.
  if (parts.join('').length !== run.length || parts.length < 2) return run;
  if (parts.every((part) => [...part].length === 1)) return run;
  const [first, second] = parts as [string, string];
  if ([...first].length === 1 && [...second].length === 1 && surnameAt(first, 0) > 0)
    return run.slice(0, first.length + second.length);
  return run.slice(0, first.length);
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
 * Two names a page typed with nothing between them after one role (通讯员甲某某乙某某, 通讯员甲某某乙某某摄):
 * the run's first name, where a second name of a known surname runs to the run's end or to the
 * credit's closing word, the segmenter reads it as a name and the first as no other word; else
 * null (set X).
 */
function firstOfGluedNames(
  run: string,
  surname: number,
  text: string,
  at: number,
  words: ArticleWords,
): number | null {
  for (const length of [surname + 2, surname + 1]) {
    if (!plausibleName(run.slice(0, length), surname)) continue;
    const second = secondNameLength(run.slice(length));
    if (second === null) continue;
    // The second must be a name to the segmenter (not 于今日, 高速), the first no other word.
    const named =
      segmentedAsName(words, text, at + length, at + length + second) === 'name' &&
      segmentedAsName(words, text, at, at + length) !== 'split';
    if (named) return length;
  }
  return null;
}

/** The length of a name that is the whole of `rest` but for a closing word (乙某某, 乙某某摄), or null. */
function secondNameLength(rest: string): number | null {
  const surname = surnameAt(rest, 0);
  if (surname === 0) return null;
  for (const length of [surname + 2, surname + 1]) {
    const tail = rest.slice(length);
    if ((tail === '' || GLUED_CLOSING.test(tail)) && plausibleName(rest.slice(0, length), surname))
      return length;
  }
  return null;
}

/**
 * The name at the start of a run of ideographs after a role: the whole run when it is a name,
 * else a name followed by a closing word (张三报道), else (a line of its own) where the segmenter
 * ends it, else (set off by a space) the OCR guess.
 */
function nameInRun(
  run: string,
  atLineStart: boolean,
  spaced: boolean,
  text: string,
  at: number,
  words: ArticleWords,
): { length: number; confidence: number } | null {
  // A rare surname as the segmenter reads it after the role (通讯员 蒿建华: 蒿/nr).
  const surname = surnameAt(run, 0) || taggedSurnameAt(words, text, at);
  if (surname === 0)
    return (
      bracketedRareName(run, text, at, words) ??
      spacedNameWithoutSurname(run, spaced, text, at, words)
    );
  // 记者：张院长，您好 (an interview's questions): a surname and a post name nobody.
  if (AFTER_SET.has(run.slice(surname, surname + 2)) || AFTER_SET.has(run.slice(surname)))
    return null;
  // 郝某摄, 李某报道: a credit's closing word glued to a two- or three-character name, which would
  // otherwise read as a longer name (摄 and 报道 end no given name).
  for (const length of [surname + 2, surname + 1]) {
    if (GLUED_CLOSING.test(run.slice(length)) && plausibleName(run.slice(0, length), surname))
      return { length, confidence: CONFIDENCE.fixedForm };
  }
  if (plausibleName(run, surname)) return { length: run.length, confidence: CONFIDENCE.fixedForm };
  // 通讯员王在昭), 通讯员 成和平 摄影报道: a given character that is also a function word (在, 和,
  // 为) where a bracket, a line end or a space closes the run and the segmenter reads it as a name.
  if (
    closedName(run, surname) &&
    /^[ \t\u3000）)】〕\]\n]/u.test(text.slice(at + run.length, at + run.length + 1)) &&
    segmentedAsName(words, text, at, at + run.length) === 'name'
  )
    return { length: run.length, confidence: CONFIDENCE.strongCue };
  const labelled = gluedLabelLength(run);
  if (labelled !== null) return { length: labelled, confidence: CONFIDENCE.fixedForm };
  const first = firstOfGluedNames(run, surname, text, at, words);
  if (first !== null) return { length: first, confidence: CONFIDENCE.strongCue };
  for (const length of [surname + 2, surname + 1]) {
    const rest = run.slice(length);
    if (plausibleName(run.slice(0, length), surname) && (CLOSING.test(rest) || roleAt(rest, 0))) {
      return { length, confidence: CONFIDENCE.fixedForm };
    }
  }
  for (const length of [surname + 2, surname + 1]) {
    const next = text.slice(at + run.length, at + run.length + 1);
    if (plausibleName(run.slice(0, length), surname) && isDatelineTail(run.slice(length), next)) {
      return { length, confidence: CONFIDENCE.strongCue };
    }
  }
  if (atLineStart && run.length > surname + 2) {
    // 李波锤炼匠心, 欧阳明辉医院近日, and a credit line the view joined to the next line with no
    // space (某台记者孟某某近日，…): where the segmenter ends the name, else (spaced) the short guess.
    const segmented = words.available ? nameStartingAt(text, at, () => false, words) : null;
    if (segmented?.sure) return { length: segmented.length, confidence: CONFIDENCE.weakCue };
    if (spaced && plausibleName(run.slice(0, surname + 1), surname))
      return { length: surname + 1, confidence: CONFIDENCE.guess };
  }
  return null;
}
