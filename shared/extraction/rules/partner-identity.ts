/**
 * Institutions that are the subject hospital itself, or no partner of it, though a clause about
 * working together names them (rule:partners@1, rule:centers@1; set Q):
 * - a short form of the subject (芷江人民医院 for 芷江侗族自治县人民医院: the county's short name and
 *   the same kind of hospital), and an alias the page declares (（以下简称“某医院”）), which the
 *   full name before it already stands for;
 * - the university the hospital belongs to (台湾大学 for 台大医院, 北京大学 for 北大医院);
 * - a designation, not an institution (国家区域医疗中心, 国家儿童医院中心, 省级区域医疗中心).
 * And which mentions make an institution a partner at all (isPartnerAt).
 */

import { sentenceEnd, sentenceStart } from '../suggest';

/** Kinds of hospital a place's short name may stand before (芷江|人民医院, 某县|中医医院). */
const KIND_AFTER_PLACE =
  /(?:第[一二三四五六七八九十]+)?(?:人民医院|中医医院|中医院|妇幼保健院|中西医结合医院)$/u;
/** What a full place name adds to its short form: 苗族自治县, 县, 市, 区. */
const DIVISION_REST = /^\p{Script=Han}{0,6}(?:自治县|自治州|县|市|区|旗)$/u;

/** Whether `name` is `subject` with its place written short (芷江人民医院, 芷江侗族自治县人民医院). */
export function isShortFormOf(name: string, subject: string): boolean {
  const kind = KIND_AFTER_PLACE.exec(name)?.[0];
  if (!kind || !subject.endsWith(kind) || name === subject) return false;
  const short = name.slice(0, -kind.length);
  const full = subject.slice(0, -kind.length);
  return (
    short.length >= 2 && full.startsWith(short) && DIVISION_REST.test(full.slice(short.length))
  );
}

/** Whether a university is the one the hospital belongs to: 台湾大学 → 台大医院, 北京大学 → 北大医院. */
export function isParentUniversity(name: string, subject: string): boolean {
  if (!name.endsWith('大学')) return false;
  return subject.startsWith(`${name[0]!}大`) || subject.includes(name);
}

/**
 * A designation a hospital holds or aims at, not an institution: 国家区域医疗中心. Also at the end
 * of a longer run (以国家儿童医院中心 where no segmenter cut the name's start).
 */
const DESIGNATION =
  /(?:^|[^\p{Script=Han}]|[以为是作])(?:国家级?|省级?|市级?)(?:区域|儿童|妇产|中医)?(?:医疗|医院|医学)中心$/u;

export function isDesignation(name: string): boolean {
  return DESIGNATION.test(name);
}

/** Whether the name at `start` is an alias the page declares for the name before it. */
export function isDeclaredAlias(text: string, start: number): boolean {
  return /(?:以下简称|以下称|下称|简称)[“"「『]?$/u.test(text.slice(Math.max(0, start - 6), start));
}

/** Words of working together in a sentence: any institution it names is a partner. */
const PARTNER_CUE =
  /合作|联合|签约|签订|医联体|医共体|托管|帮扶|联盟|共建|牵手|联手|对接|协作|会诊|结对/u;
/**
 * Help a hospital gives another, without a word of partnership: its experts' guidance (在某医院专家
 * 的全程指导下), its technique (借助某医院的先进技术), its staff sent (派驻); a team the two make up
 * (专家组由本院与某医院组成, session 12). Only for hospitals: an office's guidance (在市卫健委指导下)
 * makes no partner.
 */
const HOSPITAL_HELP_CUE = /指导|借助|支援|援建|派驻|由[^，。；]*与[^，。；]*组成/u;
/**
 * Right around the hospital's name (session 12), for these words reach no further: its experts
 * invited (邀请某医院…专家), an event it hosts with the subject (由某医院主办、本院承办). A page's
 * sponsor line (本专版由某卫健委主办) is an office's, and far from any name in its sentence.
 */
const INVITED_BEFORE = /邀请了?\s*$/u;
const HOSTS = { before: /由\s*$/u, after: /^[^，。；,;]{0,8}?(?:主办|承办|协办)/u };

/**
 * The builder-operator of a BOT/ROT/OT contract, its contract right after its name (由某大学BOT兴建,
 * 委托某集团经营): a partner of the hospital it builds or runs (set T).
 */
const OPERATOR_AFTER = /^\s*(?:[BR]?OT|以\s*[BR]?OT)(?![A-Za-z])/u;
/** A sister hospital's cue right before its name (姐妹医院—某医学中心, 姊妹院：某院): a partner. */
export const SISTER_BEFORE = /(?:姐妹|姊妹)(?:医院|院)\s*[—–\-－:：、]*\s*$/u;

/** Whether the institution of `kind` at [start, end) of `text` is a partner of the subject. */
export function isPartnerAt(text: string, start: number, end: number, kind: string): boolean {
  const sentence = text.slice(sentenceStart(text, start), sentenceEnd(text, end));
  if (PARTNER_CUE.test(sentence)) return true;
  if (OPERATOR_AFTER.test(text.slice(end, end + 6))) return true;
  if (SISTER_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return true;
  if (kind !== 'hospital') return false;
  const before = text.slice(Math.max(0, start - 4), start);
  const after = text.slice(end, end + 12);
  return (
    HOSPITAL_HELP_CUE.test(sentence) ||
    INVITED_BEFORE.test(before) ||
    (HOSTS.before.test(before) && HOSTS.after.test(after))
  );
}
