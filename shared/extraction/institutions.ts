/**
 * Institution names in running Chinese text, in the four ways articles write them:
 * - `placed`: starting at a full place name or a national prefix (阜新市第二人民医院,
 *   首都医科大学附属北京安贞医院, 遼寧省錦州市中心醫院 through the simplified view);
 * - `placeShort`: starting at the short name of a city or province (安庆二院, 北京协和医院,
 *   朝阳医院): the place is a hint only, as 朝阳 is also a district of Beijing;
 * - `level`: a level word standing for the article's own place (市中心医院, 县人民医院, 市二院,
 *   省人医), to be resolved from the article's context;
 * - `bare`: a proper name without any place (中南医院, 协和医院, 湘雅二医院), trusted only when the
 *   article repeats it, names it in its headline or writes a longer form of it too.
 * A name ends with a known suffix (医院, 卫生院, 医疗集团, 大学…). Adjacent names are joined when
 * they form one (中国医学科学院 + 北京协和医院, … + 附属 + …).
 */
import {
  ACADEMIC_SUFFIXES,
  ADMINISTRATION_SUFFIXES,
  suffixAlternation,
} from '../text/institution-suffixes';
import type { SubjectInstitutionKind } from '../schema';
import { COMPANY_SUFFIX, isCompanySuffix, unplacedCompanyName } from './company-names';
import { isRegExpSpace } from '../text/char-classes';
import { contains, divisionAt, type Division, type DivisionLevel } from './divisions';
import {
  afterOrdinalCount,
  afterSiteWord,
  afterTaiwanCity,
  afterVerbOrTime,
  trimWordsBefore,
} from './institution-run-cuts';
import { HOSPITAL_SUFFIX, isHospitalSuffix, unplacedName } from './institution-unplaced';

export type InstitutionKind = 'hospital' | 'company' | 'other';
export type InstitutionForm = 'placed' | 'placeShort' | 'level' | 'bare';

export interface InstitutionMention {
  /** UTF-16 offsets in the searched text, the name only (an alias in brackets is not included). */
  start: number;
  end: number;
  /** Normalised name: no whitespace, no leading province before a city or county. */
  name: string;
  kind: InstitutionKind;
  form: InstitutionForm;
  /** For the `level` form: the level its 省/市/县/区/旗 stands for, and the words after it. */
  level?: DivisionLevel;
  rest?: string;
  /** The bracketed alias written right after the name: 阜新市第二人民医院（妇产医院）. */
  alias?: string;
}

const OTHER_SUFFIX = suffixAlternation([...ACADEMIC_SUFFIXES, ...ADMINISTRATION_SUFFIXES]);
const SUFFIXES_OF_HOSPITAL_NEWS = new RegExp(`(?:${HOSPITAL_SUFFIX})|(?:${OTHER_SUFFIX})`, 'gu');
/** For articles about companies, their names too (hospitals and universities may be partners). */
const WITH_COMPANIES = new RegExp(
  `(?:${HOSPITAL_SUFFIX})|(?:${OTHER_SUFFIX})|(?:${COMPANY_SUFFIX})`,
  'gu',
);
/**
 * A designation a hospital is given, not a hospital's name (辽宁省综合类区域医疗中心,
 * 国家儿童区域医疗中心): it must never be taken for the institution an article is about.
 */
const DESIGNATION =
  /区域医疗中心$|(?:国家|省级|市级|临床|诊疗|质控|示范)[\p{Script=Han}]{0,8}医疗中心$/u;
// 国家 is left out: it starts descriptions (国家三级公立医院) far more often than names.
const NATIONAL_PREFIX = /^(?:中国|首都|北京|上海)/u;
/** Their first characters, as UTF-16 units: most positions are let through with one lookup. */
const NATIONAL_FIRST = new Set([...'中首北上'].map((c) => c.charCodeAt(0)));
/**
 * Words that cannot sit inside a name: 北京和内蒙古等地的三甲医院 is a phrase, not a name; nor is a
 * place with a count of hospitals (南雄两家医院, 本市3所医院, 全县多家卫生院), though an ordinal
 * stays (第一家 is read by the bare names' rules). 等 inside 高等/中等 is a school's grade, not
 * 'and so on' (某某医学高等专科学校附属人民医院, found on set U).
 */
const NOT_IN_NAME =
  /的|(?<![高中初])等|三甲|公立|唯一|首家|区域级|(?:^|[^第])(?:[0-9０-９]+|[一两二三四五六七八九十几多数])[家所间座]/u;
const IDEOGRAPH = /\p{Script=Han}/u;
/** A short join without a place name (… + 金山医院) must not swallow a clause (医院与多家省级医院). */
const JOINABLE_GAP = /^(?:附属.{0,6}|[^与和及在的是为向对将把被等了着过共从由到、]{0,2})$/u;
/**
 * A branch's own words between its hospital's name and 分院 (某医院城东新区分院, 某医院肿瘤中心分院)
 * are longer than other joins allow: the branch is one institution, not its parent and a fragment.
 */
const BRANCH_GAP = /^[^与和及在的是为向对将把被等了着过共从由到、]{0,6}$/u;
const BRANCH = '分院';
const ALIAS = /^\s*[（(]([^（）()\n]{1,20})[）)]/u;
/**
 * A campus after a hospital's name (某县总医院人民医院院区): the hospital named
 * first is the institution, the words after it only say which of its sites; never joined to it.
 */
const CAMPUS_AFTER = /^院区/u;

const CONJUNCTION = '与'.charCodeAt(0);

/**
 * Where a name may start in the run [runStart, suffixStart): after its last 与, since no name holds
 * one (中西区卫生所与卫生署台中医院 names two; 和 and 及 do: 和平县, 及第).
 */
function afterConjunction(text: string, runStart: number, suffixStart: number): number {
  for (let at = suffixStart - 1; at >= runStart; at--)
    if (text.charCodeAt(at) === CONJUNCTION) return at + 1;
  return runStart;
}

/**
 * ALIAS at `end`, tried only where a bracket opens after the whitespace (most names have no
 * alias, and the slice and the pattern cost more than this look).
 */
function aliasAfter(text: string, end: number): RegExpExecArray | null {
  const limit = Math.min(text.length, end + 24);
  let at = end;
  while (at < limit && isRegExpSpace(text.charCodeAt(at))) at++;
  const unit = text.charCodeAt(at);
  if (at >= limit || (unit !== 0xff08 && unit !== 0x28)) return null;
  return ALIAS.exec(text.slice(end, end + 24));
}
/**
 * The longest name read, in UTF-16 units (新疆维吾尔自治区塔城地区妇幼保健院 is 17): a run of
 * ideographs is searched back this far only, so a page of one endless line stays linear.
 */
const MAX_NAME = 40;

function isIdeograph(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false;
  const unit = text.charCodeAt(at);
  // The CJK blocks answer without a regular expression; the rest (surrogates…) asks it.
  if (unit >= 0x4e00 && unit <= 0x9fff) return true;
  if (unit < 0x2e80) return false;
  return IDEOGRAPH.test(text[at]!);
}

/**
 * Where a name ending at `to` starts: at the last full division name in [from, to) (怀宁县政府向
 * 安庆市二院 → 安庆市二院; a province before a city is kept and normalised away later), else at
 * the first short place name or national prefix; -1 when there is none.
 */
function nameStart(
  text: string,
  from: number,
  to: number,
): { at: number; form: 'placed' | 'placeShort' } | null {
  let firstPrefix = -1;
  let prefixForm: 'placed' | 'placeShort' = 'placed';
  let lastFull = -1;
  for (let i = from; i < to;) {
    const division = placeAt(text, i);
    if (division && !division.short && division.end <= to) {
      lastFull = i;
      i = division.end;
      continue;
    }
    if (firstPrefix < 0) {
      const national =
        NATIONAL_FIRST.has(text.charCodeAt(i)) && NATIONAL_PREFIX.test(text.slice(i, i + 2));
      if (division || national) {
        firstPrefix = division && !national ? withOwnerPrefix(text, from, i) : i;
        // 北京协和医院, 上海瑞金医院: the national prefixes are municipalities, as sure as a full name.
        prefixForm = national ? 'placed' : 'placeShort';
      }
    }
    i++;
  }
  if (lastFull < 0) return firstPrefix < 0 ? null : { at: firstPrefix, form: prefixForm };
  return { at: parentsBefore(text, from, lastFull), form: 'placed' };
}

/**
 * Taiwan's owners written before a hospital's place (國軍台中總醫院, 部立苗栗醫院, 國立臺灣大學…):
 * part of the name, though no place.
 */
const OWNER_PREFIXES = new Set(['国军', '国立', '部立']);

/** Where a name led by the short place at `at` starts: at an owner prefix right before it. */
function withOwnerPrefix(text: string, from: number, at: number): number {
  return at - 2 >= from && OWNER_PREFIXES.has(text.slice(at - 2, at)) ? at - 2 : at;
}

/**
 * A division name at `at` that is a place here: 和县 in 和县级医院 is not, as its 县 belongs to
 * 县级 (and 市 to 市级, 市属, 市域).
 */
function placeAt(text: string, at: number): ReturnType<typeof divisionAt> {
  const division = divisionAt(text, at);
  return division && !division.short && LEVEL_AFTER_PLACE.has(text.charCodeAt(division.end))
    ? null
    : division;
}
/** 级, 属 and 域 as UTF-16 units: looked up without slicing the text after every place. */
const LEVEL_AFTER_PLACE = new Set([...'级属域'].map((c) => c.charCodeAt(0)));

/**
 * Where the places written right before the division at `at` start when they contain it: 辽宁省
 * before 阜新市, 乌海市 before 海南区 (乌海市海南区蒙中医院). The province is normalised away
 * later; the city stays, as the name is written with it.
 */
function parentsBefore(text: string, from: number, at: number): number {
  let start = at;
  let inner = divisionAt(text, at)!.candidates;
  for (let found = true; found;) {
    found = false;
    for (let i = Math.max(from, start - 8); i < start; i++) {
      const division = divisionAt(text, i);
      if (division?.end !== start || division.short) continue;
      if (
        !inner.some((d) => division.candidates.some((outer) => d !== outer && contains(outer, d)))
      )
        continue;
      start = i;
      inner = division.candidates;
      found = true;
      break;
    }
  }
  return start;
}

/** 安庆二院 is how articles shorten 安庆市二院: restore the city's suffix for that form only. */
function expandShortCity(name: string): string {
  const first = divisionAt(name, 0);
  if (!first?.short || !/^[一二三四五六七八九]院$/u.test(name.slice(first.end))) return name;
  const city = first.candidates.find((d) => d.level === 'city');
  return city ? city.name + name.slice(first.end) : name;
}

function withinProvince(provinces: readonly Division[], places: readonly Division[]): boolean {
  return places.some((d) => d.level !== 'province' && provinces.some((p) => contains(p, d)));
}

export function normaliseInstitution(written: string): string {
  const name = written.replace(/\s+/gu, '');
  const first = divisionAt(name, 0);
  if (first && first.candidates.every((d) => d.level === 'province')) {
    const rest = divisionAt(name, first.end);
    if (rest && rest.candidates.some((d) => d.level !== 'province') && !rest.short) {
      return withoutPrefecture(name.slice(first.end));
    }
    // 河南南阳医专附属第二医院: a province's short name before one of its cities' is dropped too.
    if (first.short && rest?.short && withinProvince(first.candidates, rest.candidates))
      return expandShortCity(name.slice(first.end));
  }
  return expandShortCity(withoutPrefecture(name));
}

/**
 * A county's hospital is named by its county (泸溪县中医医院, 阜康市人民医院), whatever prefecture a
 * writer puts before it (湘西州泸溪县…, 喀什地区叶城县…; set X): the prefecture is dropped, as a
 * province is. A district's hospital keeps its city (广州市番禺区中心医院): cities name them so.
 */
function withoutPrefecture(name: string): string {
  const first = divisionAt(name, 0);
  if (!first || first.short || !first.candidates.every((d) => d.level === 'city')) return name;
  const rest = divisionAt(name, first.end);
  if (!rest || rest.short) return name;
  const county = rest.candidates.find(
    (d) =>
      d.level === 'county' &&
      !d.name.endsWith('区') &&
      first.candidates.some((city) => contains(city, d)),
  );
  return county ? name.slice(first.end) : name;
}

/**
 * A branch (分院) is a hospital's when a hospital or a university's short name leads it (某医院城南分院,
 * 台大云林分院); an academy's branch is not (中国科学院沈阳分院).
 */
const HOSPITAL_BRANCH = /医|^[\p{Script=Han}]大/u;

function kindOf(name: string): InstitutionKind {
  if (name.endsWith('分院') && !HOSPITAL_BRANCH.test(name)) return 'other';
  if (isHospitalSuffix(name)) return DESIGNATION.test(name) ? 'other' : 'hospital';
  return isCompanySuffix(name) ? 'company' : 'other';
}

/** A name without a place ending at the suffix: a hospital's forms, or a company's. */
function unplacedOf(
  subject: SubjectInstitutionKind,
  text: string,
  runStart: number,
  suffixStart: number,
  end: number,
): ReturnType<typeof unplacedName> {
  if (subject === 'company' && isCompanySuffix(text.slice(suffixStart, end)))
    return unplacedCompanyName(text, runStart, suffixStart);
  return unplacedName(text, runStart, suffixStart, end);
}

/**
 * nameStart, except that a company's name does not start inside its bracketed word (中国 of
 * 博世（中国）投资有限公司 is not where the name starts).
 */
function placedStart(
  subject: SubjectInstitutionKind,
  text: string,
  runStart: number,
  suffixStart: number,
): ReturnType<typeof nameStart> {
  const placed = nameStart(text, runStart, suffixStart);
  if (subject !== 'company' || !placed) return placed;
  return /^[^（(]*[）)]/u.test(text.slice(placed.at, suffixStart)) ? null : placed;
}

/** A bracketed word inside a company's name: 苏州瑞达（集团）股份有限公司, 博世（中国）投资有限公司. */
const BRACKETED_WORD = /[（(][\p{Script=Han}]{1,6}[）)]$/u;

/** Where the run starts when a bracketed word closes right before it, and ideographs open it. */
function acrossBracketedWord(text: string, runStart: number, floor: number): number {
  const bracketed = BRACKETED_WORD.exec(text.slice(Math.max(floor, runStart - 8), runStart));
  if (!bracketed) return runStart;
  let start = runStart - bracketed[0].length;
  if (!isIdeograph(text, start - 1)) return runStart;
  while (start > floor && isIdeograph(text, start - 1)) start--;
  return start;
}

/**
 * A credit or dateline the reading view joined to the line a name opens ('記者X／台中報導⏎百年台中
 * 光田綜合醫院…' reads 台中报导百年台中光田综合医院): a name never holds 报道/报导/报讯, so the run
 * starts after the last of them.
 */
function afterCreditWord(text: string, runStart: number, suffixStart: number): number {
  // Only the run is searched: text.lastIndexOf scanned back to the page's start at every name.
  const run = text.slice(runStart, suffixStart);
  if (!run.includes('报')) return runStart;
  let cut = -1;
  for (const m of run.matchAll(CREDIT_WORD)) cut = m.index + m[0].length;
  return cut < 0 ? runStart : runStart + cut;
}
const CREDIT_WORD = /报道|报导|报讯/gu;

/**
 * A branch named by its university's short name and its place (台大云林分院, 北大深圳分院): the name
 * starts at the university (two characters ending in 大), not at the place.
 */
function withUniversityOfBranch(
  text: string,
  runStart: number,
  from: number,
  suffixStart: number,
  end: number,
): number {
  if (from - 2 < runStart || end - suffixStart !== 2 || !text.startsWith('分院', suffixStart))
    return from;
  return UNIVERSITY_SHORT.test(text.slice(from - 2, from)) ? from - 2 : from;
}
const UNIVERSITY_SHORT = /^[\p{Script=Han}]大$/u;

/**
 * Institution names of `text`. `subject` is the kind of institution the articles are about
 * (the schema's subjectInstitution): company names are read only for articles about companies.
 */
export function findInstitutions(
  text: string,
  subject: SubjectInstitutionKind = 'hospital',
): InstitutionMention[] {
  const found: InstitutionMention[] = [];
  const suffixes = subject === 'company' ? WITH_COMPANIES : SUFFIXES_OF_HOSPITAL_NEWS;
  suffixes.lastIndex = 0;
  for (let match = suffixes.exec(text); match; match = suffixes.exec(text)) {
    const suffixStart = match.index;
    const end = suffixStart + match[0].length;
    const previous = found[found.length - 1];
    let runStart = suffixStart;
    const floor = Math.max(previous?.end ?? 0, suffixStart - MAX_NAME);
    while (runStart > floor && isIdeograph(text, runStart - 1)) runStart--;
    if (subject === 'company') runStart = acrossBracketedWord(text, runStart, floor);
    runStart = afterCreditWord(text, runStart, suffixStart);
    runStart = afterConjunction(text, runStart, suffixStart);
    runStart = afterVerbOrTime(text, runStart, suffixStart);
    if (subject !== 'company') runStart = afterSiteWord(text, runStart, suffixStart);
    runStart = afterOrdinalCount(text, runStart, suffixStart);
    const touchesPrevious =
      previous !== undefined && runStart === previous.end && end - previous.start <= MAX_NAME;
    let placed = placedStart(subject, text, runStart, suffixStart);
    if (placed?.form === 'placeShort') {
      // 台中光田综合医院: read from the name after the city, as a name without a place.
      const afterCity = afterTaiwanCity(text, placed.at, suffixStart);
      if (afterCity !== placed.at) [placed, runStart] = [null, afterCity];
    }
    const start = placed?.at ?? -1;
    const gap = touchesPrevious ? text.slice(previous.end, start >= 0 ? start : suffixStart) : '';
    if (
      touchesPrevious &&
      (start < 0 || gap === '' || gap.startsWith('附属')) &&
      (JOINABLE_GAP.test(gap) || (match[0] === BRANCH && BRANCH_GAP.test(gap))) &&
      !CAMPUS_AFTER.test(text.slice(end, end + 2))
    ) {
      previous.end = end;
      previous.name = normaliseInstitution(text.slice(previous.start, end));
      previous.kind = kindOf(previous.name);
      const alias = aliasAfter(text, end);
      previous.alias = alias?.[1];
      if (alias) suffixes.lastIndex = end + alias[0].length;
      continue;
    }
    const unplaced = placed ? null : unplacedOf(subject, text, runStart, suffixStart, end);
    const placeStart = placed?.at ?? unplaced?.start;
    if (placeStart === undefined) continue;
    const from = withUniversityOfBranch(text, runStart, placeStart, suffixStart, end);
    const name = normaliseInstitution(text.slice(from, end));
    if (name.length <= match[0].length || NOT_IN_NAME.test(name)) continue;
    const alias = aliasAfter(text, end);
    const kind = kindOf(name);
    const form = placed?.form ?? unplaced!.form;
    // Two literals rather than a spread of the optional level: a spread builds the object on a
    // slow path. The properties keep their order.
    found.push(
      unplaced?.level
        ? {
            start: from,
            end,
            name,
            kind,
            form,
            level: unplaced.level,
            rest: unplaced.rest,
            alias: alias?.[1],
          }
        : { start: from, end, name, kind, form, alias: alias?.[1] },
    );
    // An alias is another name for the same institution, not a second one.
    if (alias) suffixes.lastIndex = end + alias[0].length;
  }
  trimWordsBefore(found);
  return found;
}
