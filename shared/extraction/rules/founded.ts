/**
 * rule:founded@1 — the year the hospital was founded, written after its verb (始建于1983年,
 * 前身为1895年设立的…, 創立於1902年) or before it (1958年建院, 於1975年創辦某醫院, 1874年1月6日落成),
 * unless the sentence names another institution as the one founded (本溪市金山医院始建于1956年 in
 * an article on 本溪市中心医院) or the year is a building's (2020年新大楼建成启用).
 */
import { CONFIDENCE } from '../confidence';
import { clauseEnd, clauseStart, present, sentenceEnd, sentenceStart, suggestAt } from '../suggest';
import type { ExtractionContext, Extractor, Suggestion } from '../types';
import type { InstitutionMention } from '../institutions';
import { isFormerNameMention } from './former-names';
import { hospitalOf, institutionsOf } from './hospital';

export const FOUNDED_RULE = 'rule:founded@1';

/**
 * Eras a founding may be dated in, with the year before their first: the Republic's calendar,
 * still Taiwan's (民国二十六年 is 1937), the last Qing reigns and the Japanese eras of Taiwan's
 * hospitals (光绪三十年, 大正十年). The text is the simplified view, so 民國 reads as 民国.
 */
const ERA_BASE: Readonly<Record<string, number>> = {
  民国: 1911,
  // Earlier Qing reigns: the oldest mission and county hospitals (session 12: 始建于清同治五年).
  道光: 1820,
  咸丰: 1850,
  同治: 1861,
  光绪: 1874,
  宣统: 1908,
  明治: 1867,
  大正: 1911,
  昭和: 1925,
};
const CHINESE_DIGITS = '〇一二三四五六七八九';
/** 〇 is written as ○ or 零 too (一九○八, 一九零八). */
function digitOf(c: string): number {
  if (c === '○' || c === '零') return 0;
  const at = CHINESE_DIGITS.indexOf(c);
  return at >= 0 ? at : Number(c);
}
/** An era's year count: 元 (its first), 26, 二十六, 十五, 三十. */
function eraCount(written: string): number {
  if (written === '元') return 1;
  if (/^[0-9]+$/u.test(written)) return Number(written);
  const ten = written.indexOf('十');
  if (ten < 0) return digitOf(written);
  const tens = ten === 0 ? 1 : digitOf(written[0]!);
  const units = ten === written.length - 1 ? 0 : digitOf(written[ten + 1]!);
  return tens * 10 + units;
}
/** 1983, 一九八三 (digit by digit, as years are written), or an era's year (民国二十六). */
function yearOf(written: string): number {
  const era = ERA_BASE[written.slice(0, 2)];
  if (era !== undefined) return era + eraCount(written.slice(2));
  return Number([...written].map((c) => String(digitOf(c))).join(''));
}
const ERA_YEAR = `(?:${Object.keys(ERA_BASE).join('|')})(?:元|[1-9][0-9]?|[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])`;
const YEAR = `((?:1[89]|20)[0-9]{2}|[一二][〇零○一二三四五六七八九]{3}|${ERA_YEAR})`;

// 创设于/筹建于/创立于: Taiwan and Hong Kong histories (創設於1895年, 籌建於1872年); the era may be
// written before the year (创建于西元 1895 年).
// A profile may leave 年 out after the verb (创建于1987，是…; 始建于1949。): four digits closed by
// punctuation or the line's end are a year there.
const FOUNDED_AFTER_VERB = new RegExp(
  `(?:始建于|创建于|建于|成立于|创办于|始创于|建院于|创设于|创立于|(筹建于)|开办于|前身(?:为|是|系))\\s*(?:西元|公元|清|清朝)?\\s*${YEAR}(?:\\s*年|(?<=[0-9])(?=[，。,；;、）)]|\\s*$))`,
  'gmu',
);

/**
 * A history's opening: the year, a comma, then the hospital (or the predecessor it grew out of)
 * founded at the clause's end (1939年，某县卫生院在城南某祠堂创办).
 */
const YEAR_THEN_FOUNDING = new RegExp(`${YEAR}\\s*年[，,]\\s*`, 'gu');
const FOUNDING_CLAUSE_END = /(?:创办|创建|创立|成立|建立|开办|建院|开院)$/u;

/**
 * The year before its verb: `1958年建院`, `於1975年創辦`, `1874年1月6日落成`, `2001年3月正式开院`.
 * The verbs that take an object (创办, 成立) must have the hospital as theirs, or none.
 */
const FOUNDED_BEFORE_VERB = new RegExp(
  `${YEAR}\\s*年(?:[0-9一二三四五六七八九十]{1,2}月(?:[0-9一二三四五六七八九十]{1,3}日)?)?(?:正式|顺利)?(?:(创办|创建|创立|成立)|建院|开院|建成启用|落成启用|落成|建成|开业|开诊)`,
  'gu',
);
/** What may follow a verb without an object: the clause ends, or `以来` (自1958年建院以来). */
const CLAUSE_AFTER = /^(?:以来|后|并|，|,|。|；|;|、|\s|$)/u;
/**
 * A clause about a part of a hospital, not the hospital: the year of a building, a campus, a
 * project or a department (2020年新大楼建成启用, 新院区2019年开诊, 胸痛中心2018年成立).
 */
const PART_OF_HOSPITAL =
  /楼|院区|新院|分院|工程|项目|中心|门诊|病区|科|室|基地|大厦|综合体|院址|新址/u;
/** A year still to come (预计2025年落成, 将于2026年开业): a plan, not a founding. */
const PLANNED = /预计|计划|将|拟|有望|争取|力争|预定/u;
/** A later year in the same sentence that completed what the planned year began. */
const COMPLETED_LATER = new RegExp(`${YEAR}\\s*年[^。；]{0,12}?(?:落成|建成|开业|开院)`, 'u');

/** The institution written right after `at` (创办某医院), if any. */
function institutionAt(
  institutions: readonly InstitutionMention[],
  at: number,
): InstitutionMention | undefined {
  return institutions.find((i) => i.start === at || i.start === at + 1);
}

/**
 * Whether the subject hospital is written at `at` (创办某医院), as one of its mentions or in the
 * words of one (the institution finder may not read a name glued to a verb).
 */
function namesSubjectAt(ctx: ExtractionContext, at: number): boolean {
  const text = ctx.article.text;
  const mentions = hospitalOf(ctx)?.mentions ?? [];
  return mentions.some((i) => i.start === at || text.startsWith(text.slice(i.start, i.end), at));
}

export const foundedRule: Extractor = {
  id: FOUNDED_RULE,
  outputs: [{ name: 'founded_year', kind: 'year' }],
  options: ['subjectInstitution'],
  run(ctx) {
    const text = ctx.article.text;
    const out: (Suggestion | null)[] = [];
    FOUNDED_AFTER_VERB.lastIndex = 0;
    for (let m = FOUNDED_AFTER_VERB.exec(text); m; m = FOUNDED_AFTER_VERB.exec(text)) {
      const end = m.index + m[0].length;
      // 籌建於1872年，1874年落成: planning is not founding; the year it opened is read below.
      if (m[1] && COMPLETED_LATER.test(text.slice(end, sentenceEnd(text, end)))) continue;
      out.push(foundedAt(ctx, m.index, m[2]!, m.index + m[0].indexOf(m[2]!), end));
    }
    FOUNDED_BEFORE_VERB.lastIndex = 0;
    for (let m = FOUNDED_BEFORE_VERB.exec(text); m; m = FOUNDED_BEFORE_VERB.exec(text)) {
      const end = m.index + m[0].length;
      const before = text.slice(clauseStart(text, m.index), m.index);
      if (PART_OF_HOSPITAL.test(before) || PLANNED.test(before)) continue;
      // 成立胸痛中心, 创办了一所学校: a verb's object must be the hospital itself.
      const object = m[2] ? institutionAt(institutionsOf(ctx), end) : undefined;
      const isSubject = m[2] !== undefined && namesSubjectAt(ctx, end);
      if (object || isSubject ? !isSubject : !CLAUSE_AFTER.test(text.slice(end))) continue;
      const yearEnd = text.indexOf('年', m.index + m[1]!.length) + 1;
      out.push(foundedAt(ctx, m.index, m[1]!, m.index, yearEnd, isSubject));
    }
    YEAR_THEN_FOUNDING.lastIndex = 0;
    for (let m = YEAR_THEN_FOUNDING.exec(text); m; m = YEAR_THEN_FOUNDING.exec(text)) {
      const from = m.index + m[0].length;
      const clause = text.slice(from, clauseEnd(text, from));
      if (!FOUNDING_CLAUSE_END.test(clause)) continue;
      const founded = institutionsOf(ctx).find((i) => i.start === from);
      const hospital = hospitalOf(ctx);
      if (!founded || !hospital) continue;
      if (!hospital.mentions.includes(founded) && !calledPredecessor(text, founded.name)) continue;
      const yearEnd = text.indexOf('年', m.index + m[1]!.length) + 1;
      out.push(foundedAt(ctx, m.index, m[1]!, m.index, yearEnd, true));
    }
    return present(out);
  },
};

/**
 * Whether the article calls `name` what the hospital grew out of, later in a sentence that names
 * it (某卫生院，便是今日……某县人民医院的前身).
 */
function calledPredecessor(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const after = text.slice(at + name.length, at + name.length + 120);
    const stop = after.search(/[。！？]/u);
    if (/的前身/u.test(stop < 0 ? after : after.slice(0, stop))) return true;
  }
  return false;
}

/**
 * A name the subject grew out of (前身是一间军人医院, 原名某医院): the subject's own history, so its
 * year is the subject's.
 */
function isPredecessor(text: string, i: InstitutionMention): boolean {
  return (
    isFormerNameMention(text, i) ||
    /前身(?:为|是|系)[^，。,；]{0,4}$/u.test(text.slice(Math.max(0, i.start - 8), i.start))
  );
}

/**
 * A founding year found at `at`, unless the sentence before it names another institution than
 * the subject as the one founded; surer where the subject is named.
 */
function foundedAt(
  ctx: ExtractionContext,
  at: number,
  written: string,
  yearStart: number,
  yearEnd: number,
  namesSubject = false,
): Suggestion | null {
  const text = ctx.article.text;
  const hospital = hospitalOf(ctx);
  const from = sentenceStart(text, at);
  const named = institutionsOf(ctx)
    .filter((i) => i.start >= from && i.end <= at && !isPredecessor(text, i))
    .pop();
  if (named && hospital && !hospital.mentions.includes(named)) return null;
  const confidence = named || namesSubject ? CONFIDENCE.strongCue : CONFIDENCE.weakCue;
  return suggestAt(
    ctx,
    FOUNDED_RULE,
    'founded_year',
    yearOf(written),
    yearStart,
    yearEnd,
    confidence,
  );
}
