/**
 * Profile openings: where a page that carries the profiles of two or more institutions one after
 * another starts each profile. A profile opens with the institution's name, either as a heading
 * of its own ('忻州市人民医院', '二、某县中医医院简介') or as the first words of a paragraph that
 * says what it is, when it was founded or where it stands ('某市人民医院始建于1949年，…',
 * '某县中医医院，位于…', '某医院是一所集医疗、教学…'). Each profile then has its own staff, beds
 * and founding year, which must not be read as another's.
 *
 * One such opening is only a profile's first sentence (or a news paragraph's): openings count
 * only when the page has two naming different institutions, so an ordinary article about one
 * hospital never splits.
 */
import { HEADLINE_INSTITUTION_SUFFIXES, suffixAlternation } from '../text/institution-suffixes';
import { coreName } from './institution-terms';
import { SHORT_LINE, endsSentence } from './line-kinds';
import type { PageLine } from './lines';

export interface ProfileOpening {
  /** The institution the profile is about, as written. */
  institution: string;
  /** The opening is a heading line of its own (its text is the profile's title). */
  heading: boolean;
}

/** Numbering before a heading or paragraph: '一、', '2.', '（三）', '①'. */
const NUMBERING = String.raw`(?:[（(]?[一二三四五六七八九十0-9０-９]{1,3}[、.．)）]\s*|[①-⑳]\s*)?`;
/** The ends of the institutions whose profiles a page lists: hospitals, centres, companies. */
const ENDINGS = suffixAlternation([...HEADLINE_INSTITUTION_SUFFIXES, '公司', '大学', '学院']);
/**
 * A name: two to thirty characters before the ending, none of them a word that only refers to an
 * institution already named (该院, 本院, 我院, 这家医院, 全县各医院), nor a preposition or verb of
 * a visit: '在市人民医院', '走进县中医院' head the stops of one visit's report, not profiles
 * (found on set U).
 */
const NAME = String.raw`(?![该本我其此这各全在到赴]|走进|来到|深入)[\u4e00-\u9fff]{2,30}?(?:${ENDINGS})(?:[（(][^（）()]{1,20}[）)])?`;
/** What a profile's first sentence says of the institution: founded, located, what kind it is. */
const PROFILE_VERB = String.raw`(?:始建于|始创于|创建于|创办于|创立于|建院于|建于|成立于|组建于|位于|坐落于|地处|前身(?:为|是)|是一[所家座个]|系一[所家座个]|为一[所家座个])`;

const PARAGRAPH_OPENING = new RegExp(`^${NUMBERING}(${NAME})[，,、\\s]*${PROFILE_VERB}`, 'u');
/** A heading that is the name alone, or the name and what the text below is ('简介', '概况'). */
const HEADING_OPENING = new RegExp(
  `^${NUMBERING}(${NAME})(?:简介|概况|介绍|基本情况|院史|历史沿革)?$`,
  'u',
);

/** The opening a line makes, if its shape is one; the page decides whether it counts. */
function openingOf(line: PageLine): ProfileOpening | null {
  const text = line.text.trim();
  if (text.length <= SHORT_LINE) {
    const heading = HEADING_OPENING.exec(text);
    if (heading) return { institution: heading[1]!, heading: true };
  }
  const paragraph = PARAGRAPH_OPENING.exec(text);
  return paragraph ? { institution: paragraph[1]!, heading: false } : null;
}

/** Body text: a line that holds a sentence of its own ('医院建于1956年，…。'). */
function isBodyText(line: PageLine): boolean {
  return endsSentence(line.text) || /[。！？；]/u.test(line.text);
}

/**
 * Whether the openings name two institutions or more. A name that holds another is the same one
 * ('欢迎来到某市人民医院' over '某市人民医院' is a site's greeting, not a second hospital).
 */
function nameDifferentInstitutions(openings: Iterable<ProfileOpening>): boolean {
  const names = [...new Set([...openings].map((o) => coreName(o.institution)))];
  return names.some((a) => names.some((b) => a !== b && !a.includes(b) && !b.includes(a)));
}

/**
 * The profile openings of a page by line index: every opening when two or more of them name
 * different institutions, none otherwise. A heading counts only over text of its own: the next
 * non-blank line holds a sentence (not another heading, an address or a menu).
 */
export function findProfileOpenings(lines: readonly PageLine[]): Map<number, ProfileOpening> {
  const openings = new Map<number, ProfileOpening>();
  let pendingHeading: number | null = null;
  for (const line of lines) {
    if (line.blank || line.chrome) continue;
    if (pendingHeading !== null && !isBodyText(line)) openings.delete(pendingHeading);
    const opening = openingOf(line);
    pendingHeading = opening?.heading ? line.index : null;
    if (opening) openings.set(line.index, opening);
  }
  if (pendingHeading !== null) openings.delete(pendingHeading);
  return nameDifferentInstitutions(openings.values()) ? openings : new Map();
}
