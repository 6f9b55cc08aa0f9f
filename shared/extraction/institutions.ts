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
  HOSPITAL_SUFFIXES,
  suffixAlternation,
} from '../text/institution-suffixes';
import { contains, divisionAt, type DivisionLevel } from './divisions';

export type InstitutionKind = 'hospital' | 'other';
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

/** A hospital's suffixes, and the short forms 人医 and 二院 (省人医, 安庆二院). */
const HOSPITAL_SUFFIX = `${suffixAlternation(HOSPITAL_SUFFIXES)}|人医(?![疗保药生学务患护])|[一二三四五六七八九]院(?![区长士内])`;
const OTHER_SUFFIX = suffixAlternation([...ACADEMIC_SUFFIXES, ...ADMINISTRATION_SUFFIXES]);
const SUFFIX = new RegExp(`(?:${HOSPITAL_SUFFIX})|(?:${OTHER_SUFFIX})`, 'gu');
const HOSPITAL_KIND = new RegExp(`(?:${HOSPITAL_SUFFIX})$`, 'u');
/**
 * A designation a hospital is given, not a hospital's name (辽宁省综合类区域医疗中心,
 * 国家儿童区域医疗中心): it must never be taken for the institution an article is about.
 */
const DESIGNATION =
  /区域医疗中心$|(?:国家|省级|市级|临床|诊疗|质控|示范)[\p{Script=Han}]{0,8}医疗中心$/u;
// 国家 is left out: it starts descriptions (国家三级公立医院) far more often than names.
const NATIONAL_PREFIX = /^(?:中国|首都|北京|上海)/u;
const NATIONAL_FIRST = '中首北上';
/** Words that cannot sit inside a name: 北京和内蒙古等地的三甲医院 is a phrase, not a name. */
const NOT_IN_NAME = /[的等]|三甲|公立/u;
const IDEOGRAPH = /\p{Script=Han}/u;
/** A short join without a place name (… + 金山医院) must not swallow a clause (医院与多家省级医院). */
const JOINABLE_GAP = /^(?:附属.{0,6}|[^与和及在的是为向对将把被等了着过共从由到、]{0,2})$/u;
const ALIAS = /^\s*[（(]([^（）()\n]{1,20})[）)]/u;
/**
 * The longest name read, in UTF-16 units (新疆维吾尔自治区塔城地区妇幼保健院 is 17): a run of
 * ideographs is searched back this far only, so a page of one endless line stays linear.
 */
const MAX_NAME = 40;

/**
 * Characters that end the words before a name (据, 与, 在…): a `level` or `bare` name starts right
 * after one of them, after punctuation, or at the start of a line.
 */
const BEFORE_NAME_CHARACTERS = '我本该与和及在从到据向对由经于赴为是把被将让给同跟至往的了、';
const BEFORE_NAME_UNITS = new Set([...BEFORE_NAME_CHARACTERS].map((c) => c.charCodeAt(0)));
/** Before a bare name fewer: 将军澳医院, 同仁医院 and 让… start with one of the others. */
const BEFORE_BARE_UNITS = new Set(
  [...BEFORE_NAME_CHARACTERS].filter((c) => !'将同让给'.includes(c)).map((c) => c.charCodeAt(0)),
);
/** The longest bare name with a university before it: 6 + 大学附属 + 4 characters. */
const BARE_SPAN = 14;
/** Verbs written right before an institution (来到中南医院, 携手协和医院). */
const NAME_VERBS =
  '来到|走进|前往|入驻|联合|携手|依托|获悉|来自|位于|就诊|转诊|转至|转往|送至|送往|住进|成为|落户|签约|联手|牵手|加入|组建|参观|考察|调研|率队|带领|获批|通过|举行|举办';
const LEADING_VERB = new RegExp(`^(?:${NAME_VERBS})`, 'u');
const VERB_BEFORE = new RegExp(`(?:${NAME_VERBS})$`, 'u');
/**
 * `市中心医院`, `县人民医院`, `市二院`, `省人医`: the level word, then what follows it. What
 * follows must not make the level word part of another word (市级医院, 县域医院, 市属医院, 区内).
 */
const LEVEL_FORM = /^([省市县区旗])((?![级属直内区域外里辖委政民])[\p{Script=Han}]{1,10})$/u;
const LEVEL: Record<string, DivisionLevel> = {
  省: 'province',
  市: 'city',
  县: 'county',
  区: 'county',
  旗: 'county',
};
/**
 * What a bare word before 医院 is when it describes a hospital instead of naming it (三甲医院,
 * 公立医院, 定点医院, 儿童医院 without a place): grades, ownership, roles between hospitals and
 * the specialities that only name a hospital together with its place.
 */
const DESCRIPTIVE = new RegExp(
  '^(?:[该本这那各全每某我其此多两几数一家所大小新老总分]|[到去送住进出回往留离转赴抵]|' +
    '[一二三]级|[三二]甲|甲等|乙等|[县市省区乡镇村]级|[县市省区部]属|[县市省区]直|省管|乡镇|基层|城市|农村|地市|县域|区域|上级|下级|同级|大型|中小|' +
    '公立|民营|私立|私营|军队|部队|综合|专科|教学|附属|定点|指定|牵头|成员|合作|协作|帮扶|受援|支援|对口|托管|' +
    '互联网|智慧|数字|方舱|临时|野战|其他|其它|上述|以上|相关|当地|本地|外地|周边|附近|全国|国内|国外|境外|' +
    '辖区|[省市县区国]内|所在|示范|标杆|优秀|先进|百强|知名|著名|一流|高水平|' +
    '中医|西医|中西医结合|人民|中心|儿童|妇幼|妇产|妇女儿童|肿瘤|口腔|眼科|骨科|胸科|康复|精神|精神病|传染病|' +
    '结核病|皮肤病|整形|美容|老年|护理|儿科|妇科|男科|职业病|动物|宠物)',
  'u',
);
/** A name does not end in a determiner or a kind (省内各医院, 综合类医院, 公益性医院). */
const DESCRIPTIVE_END = /[各等些们类级型性]$/u;
/** A bare name is two to four characters, with a university before it when written (中南大学湘雅医院). */
const BARE_NAME = /^(?:[\p{Script=Han}]{2,6}?大学(?:附属)?)?([\p{Script=Han}]{2,4})$/u;

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
        NATIONAL_FIRST.includes(text[i]!) && NATIONAL_PREFIX.test(text.slice(i, i + 2));
      if (division || national) {
        firstPrefix = i;
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
 * A division name at `at` that is a place here: 和县 in 和县级医院 is not, as its 县 belongs to
 * 县级 (and 市 to 市级, 市属, 市域).
 */
function placeAt(text: string, at: number): ReturnType<typeof divisionAt> {
  const division = divisionAt(text, at);
  return division &&
    !division.short &&
    /^[级属域]/u.test(text.slice(division.end, division.end + 1))
    ? null
    : division;
}

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

/**
 * Where a `level` or `bare` name ending at `to` starts in the run [from, to): after the last
 * character that ends the words before a name, and after a verb written right before it.
 */
function wordStart(text: string, from: number, to: number): number {
  // A bare name with its university is at most BARE_SPAN long: no need to look further back.
  const floor = Math.max(from, to - BARE_SPAN);
  let at = floor;
  // 协和, 同仁: a name may hold such a character itself; the two before the suffix are the name's.
  for (let i = to - 3; i >= floor; i--)
    if (BEFORE_BARE_UNITS.has(text.charCodeAt(i))) {
      at = i + 1;
      break;
    }
  const verb = LEADING_VERB.exec(text.slice(at, to));
  return verb ? at + verb[0].length : at;
}

/** Where a level word may start a name: at the run's start, or after one of these words. */
function opensName(text: string, runStart: number, at: number): boolean {
  if (at === runStart || BEFORE_NAME_UNITS.has(text.charCodeAt(at - 1))) return true;
  return VERB_BEFORE.test(text.slice(Math.max(runStart, at - 2), at));
}

/** 市中心医院 (level), 中南医院 (bare), or null when the words before the suffix describe it. */
function unplacedName(
  text: string,
  runStart: number,
  suffixStart: number,
  end: number,
): Pick<InstitutionMention, 'start' | 'form' | 'level' | 'rest'> | null {
  // 医院 alone (，医院开展…) names nothing: most suffixes of a text end here.
  if (runStart === suffixStart || !isHospitalSuffix(text.slice(suffixStart, end))) return null;
  // The level word may follow 我/本/该 (我市中心医院, 该县人民医院) or a verb (走进市中心医院).
  for (let at = suffixStart - 1; at >= Math.max(runStart, suffixStart - 10); at--) {
    if (!LEVEL[text[at]!] || !opensName(text, runStart, at)) continue;
    const level = LEVEL_FORM.exec(text.slice(at, end));
    if (level) return { start: at, form: 'level', level: LEVEL[level[1]!], rest: level[2]! };
  }
  if (/人医$/u.test(text.slice(suffixStart, end))) return null;
  const start = wordStart(text, runStart, suffixStart);
  // 湘雅医院 after 中南大学 keeps the university with it (中南大学湘雅医院).
  const bare = BARE_NAME.exec(text.slice(start, suffixStart));
  if (!bare || DESCRIPTIVE.test(bare[1]!) || DESCRIPTIVE_END.test(bare[1]!)) return null;
  return { start, form: 'bare' };
}

function isHospitalSuffix(name: string): boolean {
  return HOSPITAL_KIND.test(name);
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

function kindOf(name: string): InstitutionKind {
  return isHospitalSuffix(name) && !DESIGNATION.test(name) ? 'hospital' : 'other';
}

export function findInstitutions(text: string): InstitutionMention[] {
  const found: InstitutionMention[] = [];
  SUFFIX.lastIndex = 0;
  for (let match = SUFFIX.exec(text); match; match = SUFFIX.exec(text)) {
    const suffixStart = match.index;
    const end = suffixStart + match[0].length;
    const previous = found[found.length - 1];
    let runStart = suffixStart;
    const floor = Math.max(previous?.end ?? 0, suffixStart - MAX_NAME);
    while (runStart > floor && isIdeograph(text, runStart - 1)) runStart--;
    const touchesPrevious =
      previous !== undefined && runStart === previous.end && end - previous.start <= MAX_NAME;
    const placed = nameStart(text, runStart, suffixStart);
    const start = placed?.at ?? -1;
    const gap = touchesPrevious ? text.slice(previous.end, start >= 0 ? start : suffixStart) : '';
    if (
      touchesPrevious &&
      (start < 0 || gap === '' || gap.startsWith('附属')) &&
      JOINABLE_GAP.test(gap)
    ) {
      previous.end = end;
      previous.name = normaliseInstitution(text.slice(previous.start, end));
      previous.kind = kindOf(previous.name);
      const alias = ALIAS.exec(text.slice(end, end + 24));
      previous.alias = alias?.[1];
      if (alias) SUFFIX.lastIndex = end + alias[0].length;
      continue;
    }
    const unplaced = placed ? null : unplacedName(text, runStart, suffixStart, end);
    const from = placed?.at ?? unplaced?.start;
    if (from === undefined) continue;
    const name = normaliseInstitution(text.slice(from, end));
    if (name.length <= match[0].length || NOT_IN_NAME.test(name)) continue;
    const alias = ALIAS.exec(text.slice(end, end + 24));
    found.push({
      start: from,
      end,
      name,
      kind: kindOf(name),
      form: placed?.form ?? unplaced!.form,
      ...(unplaced?.level ? { level: unplaced.level, rest: unplaced.rest } : {}),
      alias: alias?.[1],
    });
    // An alias is another name for the same institution, not a second one.
    if (alias) SUFFIX.lastIndex = end + alias[0].length;
  }
  return found;
}
