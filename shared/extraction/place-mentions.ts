/**
 * What each place name in an article is doing there: naming an administrative place (在怀宁县,
 * 安庆市卫健委), or being part of another name (大连医科大学, 中山南路, 北京会议中心, 辽宁日报,
 * 和县 in 和县级医院), or the place of a meeting or a trip (在沈阳召开, 赴北京参加). Only the
 * first kind says where an article's hospital is; the hospital's own name is judged by its rule.
 */
import { ADMINISTRATION_SUFFIXES, suffixAlternation } from '../text/institution-suffixes';
import { findDivisionMentions, type DivisionMention } from './divisions';
import type { InstitutionMention } from './institutions';

export type PlaceRole = 'administrative' | 'institution' | 'otherName' | 'trip';

export interface PlaceMention extends DivisionMention {
  role: PlaceRole;
  /** The institution whose name holds it (for `institution`, and for organs of government). */
  inside?: InstitutionMention;
}

/**
 * Words a place name starts when it is the first part of another name (中山南路, 北京会议中心), an
 * outlet's among them (辽宁日报, 福建财经, 湖南卫视).
 */
const NAME_WORDS =
  '[东西南北中]?(?:路|街|大街|大道|巷|胡同)|(?:国际)?会议中心|会展中心|展览中心|博览中心|体育中心|文化中心|饭店|宾馆|酒店|大厦|广场|公园|体育馆|体育场|机场|火车站|高铁站|日报|晚报|晨报|电视台|广播电视台|报社|新闻网|财经|卫视|客户端|公司|银行|商会|剧院|会堂|大学|学院|中学|小学';
/** After a full name, such a word or the 级 of 县级 (和县级医院) right away. */
const AFTER_FULL_NAME = new RegExp(`^(?:${NAME_WORDS}|[级属域])`, 'u');
/** After a short name, up to four characters may come first (北京国际会议中心), no punctuation. */
const AFTER_SHORT_NAME = new RegExp(
  `^[^\\s的在和与及、，。；：！？“”"（）()]{0,4}?(?:${NAME_WORDS})`,
  'u',
);
/**
 * 赴北京, 来到怀宁县: where someone goes is not where the hospital is; 在沈阳召开: nor where a
 * meeting is held.
 */
const TRAVEL_BEFORE = /(?:赴|前往|来到|深入|走进|远赴|奔赴|抵达)$/u;
const TRIP_BEFORE = /(?:在|于|到)$/u;
const TRIP_AFTER =
  /召开|举行|举办|开幕|闭幕|参加|出席|参会|学习|交流|考察|进修|培训|领奖|颁奖|发布/u;
/** Organs of a place's government: their place is an administrative name. */
const ADMINISTRATION = new RegExp(`(?:${suffixAlternation(ADMINISTRATION_SUFFIXES)})$`, 'u');

/** First characters of those words, so that most names are let through with one lookup. */
const NAME_WORD_FIRST = new Set(
  '东西南北中路街大巷胡国会展博体文饭宾酒广公机火高日晚晨电报新银商剧学小级属域',
);

function isInsideOtherName(text: string, m: DivisionMention): boolean {
  if (!m.short && !NAME_WORD_FIRST.has(text[m.end] ?? '')) return false;
  const after = text.slice(m.end, m.end + 12);
  return (m.short ? AFTER_SHORT_NAME : AFTER_FULL_NAME).test(after);
}

function isTrip(text: string, m: DivisionMention): boolean {
  const before = text.slice(Math.max(0, m.start - 2), m.start);
  if (TRAVEL_BEFORE.test(before)) return true;
  if (!TRIP_BEFORE.test(before)) return false;
  const clause = /^[^。；！？\n，,]*/u.exec(text.slice(m.end, m.end + 24))![0];
  return TRIP_AFTER.test(clause);
}

/**
 * 臺中市西區, 臺中市中西區: a district right after a city of Taiwan, Hong Kong or Macao (its first
 * character may stand between, 中西区 being read as 西区) is that city's, since the table holds no
 * district of theirs, not the mainland district of the same name (西区 of 攀枝花市).
 */
function isDistrictOutside(previous: DivisionMention | undefined, m: DivisionMention): boolean {
  return (
    previous !== undefined &&
    m.start - previous.end <= 1 &&
    previous.candidates.length > 0 &&
    previous.candidates.every((d) => d.outside) &&
    !m.candidates.some((d) => d.outside)
  );
}

/**
 * 雲縣 beside 雲林縣: Taiwan's press shortens a county to its first character and 縣, which can
 * be a mainland county's whole name (云县 of Yunnan). On a page that names the Taiwan county the
 * short form stands for it, not for the mainland one.
 */
function isShortOfOutsideCounty(m: DivisionMention, mentions: readonly DivisionMention[]): boolean {
  if (m.candidates.some((d) => d.outside)) return false;
  // The table's simplified names, so that 雲縣 and 云县 read alike.
  const stems = m.candidates
    .filter((d) => d.name.length === 2 && d.name.endsWith('县'))
    .map((d) => d.name[0]!);
  if (stems.length === 0) return false;
  return mentions.some((other) =>
    other.candidates.some(
      (d) =>
        d.outside && d.name.length === 3 && d.name.endsWith('县') && stems.includes(d.name[0]!),
    ),
  );
}

/** The institution mention that holds offset `at`, if any (mentions are in text order). */
function institutionAt(
  institutions: readonly InstitutionMention[],
  at: number,
): InstitutionMention | undefined {
  let lo = 0;
  let hi = institutions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const m = institutions[mid]!;
    if (at < m.start) hi = mid - 1;
    else if (at >= m.end) lo = mid + 1;
    else return m;
  }
  return undefined;
}

/** Every division name of `text` with its role, in text order. */
export function classifyPlaceMentions(
  text: string,
  institutions: readonly InstitutionMention[],
  mentions: readonly DivisionMention[] = findDivisionMentions(text),
): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of mentions) {
    const inside = institutionAt(institutions, m.start);
    const previous = out[out.length - 1];
    let role: PlaceRole = 'administrative';
    if (inside) role = ADMINISTRATION.test(inside.name) ? 'administrative' : 'institution';
    else if (
      isInsideOtherName(text, m) ||
      isDistrictOutside(previous, m) ||
      isShortOfOutsideCounty(m, mentions)
    )
      role = 'otherName';
    // 来到安庆市怀宁县: the county is where the trip goes as much as the city before it.
    else if (isTrip(text, m) || (previous?.role === 'trip' && previous.end === m.start))
      role = 'trip';
    const { start, end, written, candidates, short } = m;
    out.push({ start, end, written, candidates, short, role, inside });
  }
  return out;
}
