/**
 * Institution names in running Chinese text (阜新市第二人民医院, 首都医科大学附属北京安贞医院).
 * A name ends with a known suffix (医院, 卫生院, 医疗集团, 大学…) and starts at a place name or a
 * national prefix (中国, 国家, 首都); without such a start a suffix is an ordinary word (医院开展…).
 * Adjacent names are joined when they form one (中国医学科学院 + 北京协和医院, … + 附属 + …).
 */
import { divisionAt } from './divisions';

export type InstitutionKind = 'hospital' | 'other';

export interface InstitutionMention {
  /** UTF-16 offsets in the searched text, the name only (an alias in brackets is not included). */
  start: number;
  end: number;
  /** Normalised name: no whitespace, no leading province before a city or county. */
  name: string;
  kind: InstitutionKind;
  /** The bracketed alias written right after the name: 阜新市第二人民医院（妇产医院）. */
  alias?: string;
}

const HOSPITAL_SUFFIX = '医疗集团|医疗中心|保健院|卫生院|医院|[一二三四五六七八九]院(?![区长士内])';
const OTHER_SUFFIX =
  '医科大学|大学|科学院|学院|卫生健康委员会|卫生健康委|卫健委|人民政府|妇计中心|研究院|研究所';
const SUFFIX = new RegExp(`(?:${HOSPITAL_SUFFIX})|(?:${OTHER_SUFFIX})`, 'gu');
const HOSPITAL_KIND = new RegExp(`(?:${HOSPITAL_SUFFIX})$`, 'u');
// 国家 is left out: it starts descriptions (国家三级公立医院) far more often than names.
const NATIONAL_PREFIX = /^(?:中国|首都|北京|上海)/u;
/** Words that cannot sit inside a name: 北京和内蒙古等地的三甲医院 is a phrase, not a name. */
const NOT_IN_NAME = /[的等]|三甲|公立/u;
const IDEOGRAPH = /\p{Script=Han}/u;
/** A short join without a place name (… + 金山医院) must not swallow a clause (医院与多家省级医院). */
const JOINABLE_GAP = /^(?:附属.{0,6}|[^与和及在的是为向对将把被等了着过共从由到、]{0,2})$/u;
const ALIAS = /^\s*[（(]([^（）()\n]{1,20})[）)]/u;

function isIdeograph(text: string, at: number): boolean {
  return at >= 0 && at < text.length && IDEOGRAPH.test(text[at]!);
}

/**
 * Where a name ending at `to` starts: at the last full division name in [from, to) (怀宁县政府向
 * 安庆市二院 → 安庆市二院; a province before a city is kept and normalised away later), else at
 * the first short place name or national prefix; -1 when there is none.
 */
function nameStart(text: string, from: number, to: number): number {
  let firstPrefix = -1;
  let lastFull = -1;
  for (let i = from; i < to;) {
    const division = divisionAt(text, i);
    if (division && !division.short && division.end <= to) {
      lastFull = i;
      i = division.end;
      continue;
    }
    if (firstPrefix < 0 && (division || NATIONAL_PREFIX.test(text.slice(i, i + 2))))
      firstPrefix = i;
    i++;
  }
  if (lastFull < 0) return firstPrefix;
  // Keep a province written right before the city or county (辽宁省阜新市…).
  const province = provinceBefore(text, from, lastFull);
  return province >= 0 ? province : lastFull;
}

function provinceBefore(text: string, from: number, at: number): number {
  for (let i = Math.max(from, at - 8); i < at; i++) {
    const division = divisionAt(text, i);
    if (division && division.end === at && division.candidates.every((d) => d.level === 'province'))
      return i;
  }
  return -1;
}

/** 安庆二院 is how articles shorten 安庆市二院: restore the city's suffix for that form only. */
function expandShortCity(name: string): string {
  const first = divisionAt(name, 0);
  if (!first?.short || !/^[一二三四五六七八九]院$/u.test(name.slice(first.end))) return name;
  const city = first.candidates.find((d) => d.level === 'city');
  return city ? city.name + name.slice(first.end) : name;
}

export function normaliseInstitution(written: string): string {
  const name = written.replace(/\s+/gu, '');
  const first = divisionAt(name, 0);
  if (first && first.candidates.every((d) => d.level === 'province')) {
    const rest = divisionAt(name, first.end);
    if (rest && rest.candidates.some((d) => d.level !== 'province') && !rest.short) {
      return name.slice(first.end);
    }
  }
  return expandShortCity(name);
}

export function findInstitutions(text: string): InstitutionMention[] {
  const found: InstitutionMention[] = [];
  SUFFIX.lastIndex = 0;
  for (let match = SUFFIX.exec(text); match; match = SUFFIX.exec(text)) {
    const suffixStart = match.index;
    const end = suffixStart + match[0].length;
    const previous = found[found.length - 1];
    let runStart = suffixStart;
    while (isIdeograph(text, runStart - 1) && (!previous || runStart > previous.end)) runStart--;
    const touchesPrevious = previous !== undefined && runStart === previous.end;
    const start = nameStart(text, runStart, suffixStart);
    const gap = touchesPrevious ? text.slice(previous.end, start >= 0 ? start : suffixStart) : '';
    if (
      touchesPrevious &&
      (start < 0 || gap === '' || gap.startsWith('附属')) &&
      JOINABLE_GAP.test(gap)
    ) {
      previous.end = end;
      previous.name = normaliseInstitution(text.slice(previous.start, end));
      previous.kind = HOSPITAL_KIND.test(previous.name) ? 'hospital' : 'other';
      const alias = ALIAS.exec(text.slice(end, end + 24));
      previous.alias = alias?.[1];
      if (alias) SUFFIX.lastIndex = end + alias[0].length;
      continue;
    }
    if (start < 0) continue;
    const name = normaliseInstitution(text.slice(start, end));
    if (name.length <= match[0].length || NOT_IN_NAME.test(name)) continue;
    const alias = ALIAS.exec(text.slice(end, end + 24));
    found.push({
      start,
      end,
      name,
      kind: HOSPITAL_KIND.test(name) ? 'hospital' : 'other',
      alias: alias?.[1],
    });
    // An alias is another name for the same institution, not a second one.
    if (alias) SUFFIX.lastIndex = end + alias[0].length;
  }
  return found;
}
