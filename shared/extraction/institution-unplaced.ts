/**
 * Institution names written without a place (institutions.ts): a `level` word standing for the
 * article's own place (市中心医院, 县人民医院, 省人医) or a `bare` proper name (中南医院, 湘雅医院),
 * found back from the suffix to where the words before the name end.
 */
import { HOSPITAL_SUFFIXES, suffixAlternation } from '../text/institution-suffixes';
import type { DivisionLevel } from './divisions';

/**
 * A hospital's suffixes, the short forms 人医 and 二院 (省人医, 安庆二院), a branch's 分院
 * (台大云林分院, 某医院城南分院; not 分院长 nor 分院区), and Taiwan's 荣总 for a veterans general
 * hospital (台中荣总, 台北荣总).
 */
export const HOSPITAL_SUFFIX = `${suffixAlternation(HOSPITAL_SUFFIXES)}|人医(?![院疗保药生学务患护])|[一二三四五六七八九]院(?![区长士内])|分院(?![长区])|(?<=[台北中南高雄])荣总`;
const HOSPITAL_KIND = new RegExp(`(?:${HOSPITAL_SUFFIX})$`, 'u');

export function isHospitalSuffix(name: string): boolean {
  return HOSPITAL_KIND.test(name);
}

/**
 * Characters that end the words before a name (据, 与, 在…): a `level` or `bare` name starts right
 * after one of them, after punctuation, or at the start of a line.
 */
const BEFORE_NAME_CHARACTERS = '我本该与和及暨在从到据向对由经于赴为是把被将让给同跟至往的了、';
const BEFORE_NAME_UNITS = new Set([...BEFORE_NAME_CHARACTERS].map((c) => c.charCodeAt(0)));
/**
 * Before a bare name fewer: 将军澳医院, 同仁医院, 暨南大学附属第一医院 and 让… start with one of
 * the others (暨, "and", opens only a level name: 某综合体暨区中医院).
 */
const BEFORE_BARE_UNITS = new Set(
  [...BEFORE_NAME_CHARACTERS].filter((c) => !'将同让给暨'.includes(c)).map((c) => c.charCodeAt(0)),
);
/** The longest bare name with a university before it: 6 + 大学附属 + 4 characters. */
const BARE_SPAN = 14;
/** Verbs written right before an institution (来到中南医院, 携手协和医院). */
const NAME_VERBS =
  '来到|走进|前往|入驻|联合|携手|依托|获悉|来自|位于|就诊|转诊|转至|转往|送至|送往|住进|成为|落户|签约|联手|牵手|加入|组建|参观|考察|调研|率队|带领|获批|通过|举行|举办|' +
  // Who works where and what is pushed forward (现任某医院院长, 部署区人民医院改扩建); where
  // officials go (深入市中心医院视察, 莅临县医院).
  '现任|担任|部署|推进|深入|莅临|走访|看望|督导|' +
  // A headline's verb before the hospital it gives to or visits (捐款圣母医院, 慰问县医院).
  '捐款|捐赠|捐助|慰问|探望|视察|到访';
const LEADING_VERB = new RegExp(`^(?:${NAME_VERBS})`, 'u');
const VERB_BEFORE = new RegExp(`(?:${NAME_VERBS})$`, 'u');
/** Words that praise or count hospitals instead of naming one (我市一流医院, 县首家医院). */
const PRAISE =
  '一流|最大|最好|最早|首家|唯一|知名|著名|优秀|先进|示范|标杆|百强|高水平|重点|龙头|大型|公立|民营|私立|[三二]甲|[一二三]级|定点|各|多家|[一两几]家|[一两几]所';
/**
 * `市中心医院`, `县人民医院`, `市二院`, `省人医`: the level word, then what follows it. What
 * follows must not make the level word part of another word (市级医院, 县域医院, 市属医院, 区内,
 * 市立医院: a city's own hospital with no city named, as after 第一家 in set Y),
 * nor praise or count hospitals (PRAISE).
 */
const LEVEL_FORM = new RegExp(
  `^([省市县区旗])((?![级属内区域外里辖委政民立]|直(?!中医|人民|妇幼))(?!${PRAISE})[\\p{Script=Han}]{1,10})$`,
  'u',
);
/** A level word and praise read back as a bare name (我|市一流|医院). */
const LEVEL_PRAISE = new RegExp(`^[省市县区旗](?:${PRAISE})`, 'u');
const LEVEL: Record<string, DivisionLevel> = {
  省: 'province',
  市: 'city',
  县: 'county',
  区: 'county',
  旗: 'county',
};
/** LEVEL's characters as UTF-16 units: a lookup per character before a suffix, without a string. */
const LEVEL_UNITS = new Set(Object.keys(LEVEL).map((c) => c.charCodeAt(0)));
/**
 * What a bare word before 医院 is when it describes a hospital instead of naming it (三甲医院,
 * 公立医院, 定点医院, 儿童医院 without a place): grades, ownership, roles between hospitals and
 * the specialities that only name a hospital together with its place.
 */
const DESCRIPTIVE = new RegExp(
  '^(?:[该本这那各全每某我其此多两几数一家所小老总分院]|[到去送住进出回往留离转赴抵]|' +
    // 大 describes as a size (大型医院, 大医院), not as the first character of a name (大千竹南医院).
    '大(?:[型中小的一二三综专公民私]|$)|' +
    // 新 describes only with a verb or a kind after it (新建医院, 新型医院): 新光医院, 新华医院 and
    // 新桥医院 are proper names.
    '新[建增型设开成组改扩迁办的]|' +
    // An ordinal and its measure word count hospitals (首间中医医院, 第一家民营医院).
    '首[间家所座个]|第[一二三四五六七八九十]+[间家所座个]|' +
    '[一二三]级|[三二]甲|甲等|乙等|[县市省区乡镇村]级|[县市省区部]属|[县市省区]直|[县市省区]立|省管|乡镇|基层|城市|农村|地市|县域|区域|上级|下级|同级|大型|中小|' +
    '公立|民营|私立|私营|军队|部队|综合|专科|教学|附属|定点|指定|牵头|成员|合作|协作|帮扶|受援|支援|对口|托管|' +
    '互联网|智慧|数字|方舱|临时|野战|其他|其它|上述|以上|相关|当地|本地|外地|周边|附近|全国|国内|国外|境外|' +
    '辖区|[省市县区国]内|所在|示范|标杆|优秀|先进|百强|知名|著名|一流|高水平|' +
    // A site's chrome glued to the text (网站首页 above a paragraph that opens with 医院…).
    '网站|首页|栏目|频道|' +
    '中医|西医|中西医结合|人民|中心|儿童|妇幼|妇产|妇女儿童|肿瘤|口腔|眼科|骨科|胸科|康复|精神|精神病|传染病|' +
    '结核病|皮肤病|整形|美容|老年|护理|儿科|妇科|男科|职业病|动物|宠物)',
  'u',
);
/** 新 with a verb or a kind after it inside a bare run (县里新建医院): a description, no name. */
const NEWLY_BUILT = /.新[建增型设开成组改扩迁办]/u;
/** A name does not end in a determiner or a kind (省内各医院, 综合类医院, 公益性医院). */
const DESCRIPTIVE_END = /[各等些们类级型性]$/u;
/**
 * A bare name is two to five characters (威尔斯亲王医院: Hong Kong's carry a person's name), with a
 * university before it when written (中南大学湘雅医院).
 */
const BARE_NAME = /^(?:[\p{Script=Han}]{2,6}?大学(?:附属)?)?([\p{Script=Han}]{2,5})$/u;
/**
 * A hospital named after a development zone, which is no administrative division (湖西新区人民医院,
 * 经开区中医院): the zone's name of two to four characters, its kind, and the hospital's kind.
 */
// 经开区 (an economic development zone) is left out: 经 also ends the words before a name.
const ZONE_HOSPITAL =
  /^[\p{Script=Han}]{2,4}(?:新区|开发区|高新区|园区)(?:人民|中医?|中西医结合|妇幼|第[一二三四五六七八九十]人民)?$/u;
/** A hospital of an economic development zone opening its run of ideographs (经开区人民医院). */
const ECONOMIC_ZONE_HOSPITAL =
  /^经开区(?:人民|中医?|中西医结合|妇幼|第[一二三四五六七八九十]人民)?$/u;
/**
 * A hospital an enterprise runs for its workers, named after the enterprise's unit and numbered
 * (某铁路局第二医院, 某矿务局总医院, 某油田中心医院): the unit ends in 局, 集团, 油田 or 矿, a
 * longer run than a bare name's five characters (found on set S).
 */
const ENTERPRISE_HOSPITAL =
  /^[\p{Script=Han}]{2,6}(?:局|集团|油田|矿)(?:第[一二三四五六七八九十]|中心|总|职工)$/u;
/** A town's or township's central clinic: 巡店镇中心卫生院, 石门乡中心卫生院. */
const TOWN_CLINIC = /^[\p{Script=Han}]{2,3}[镇乡]中心卫生院$/u;
/**
 * A memorial hospital's name (新光吴火狮纪念医院, 长庚纪念医院): a founder's or a company's name
 * of up to eight characters before 纪念, always a proper name (新 here is no "new").
 */
const MEMORIAL_NAME = /^[\p{Script=Han}]{2,8}纪念$/u;

/**
 * A general hospital's proper name before 综合 (仁伯爵综合医院, 光田综合医院: Macau and Taiwan name
 * their general hospitals so): two to four characters that do not describe, as a bare name.
 */
const GENERAL_NAME = /^[\p{Script=Han}]{2,4}$/u;

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

/** Where a memorial hospital's name ending in 纪念 right before the suffix starts, or null. */
function memorialStart(text: string, runStart: number, suffixStart: number): number | null {
  if (!text.startsWith('纪念', suffixStart - 2)) return null;
  let at = suffixStart - 2;
  // Back over the name to the words before it (的, 在…) or the run's start, ten characters at most.
  while (at > runStart && suffixStart - at < 10 && !BEFORE_BARE_UNITS.has(text.charCodeAt(at - 1)))
    at--;
  const verb = LEADING_VERB.exec(text.slice(at, suffixStart));
  if (verb) at += verb[0].length;
  return MEMORIAL_NAME.test(text.slice(at, suffixStart)) ? at : null;
}

/** 市中心医院 (level), 中南医院 (bare), or null when the words before the suffix describe it. */
export function unplacedName(
  text: string,
  runStart: number,
  suffixStart: number,
  end: number,
): { start: number; form: 'level' | 'bare'; level?: DivisionLevel; rest?: string } | null {
  // 医院 alone (，医院开展…) names nothing: most suffixes of a text end here.
  if (runStart === suffixStart || !isHospitalSuffix(text.slice(suffixStart, end))) return null;
  // The level word may follow 我/本/该 (我市中心医院, 该县人民医院) or a verb (走进市中心医院).
  for (let at = suffixStart - 1; at >= Math.max(runStart, suffixStart - 10); at--) {
    if (!LEVEL_UNITS.has(text.charCodeAt(at)) || !opensName(text, runStart, at)) continue;
    const level = LEVEL_FORM.exec(text.slice(at, end));
    if (level) return { start: at, form: 'level', level: LEVEL[level[1]!], rest: level[2]! };
  }
  if (/人医$/u.test(text.slice(suffixStart, end))) return null;
  const memorial = memorialStart(text, runStart, suffixStart);
  if (memorial !== null) return { start: memorial, form: 'bare' };
  if (text.startsWith('综合', suffixStart - 2)) {
    const start = wordStart(text, runStart, suffixStart - 2);
    const name = text.slice(start, suffixStart - 2);
    if (GENERAL_NAME.test(name) && !DESCRIPTIVE.test(name) && !DESCRIPTIVE_END.test(name))
      return { start, form: 'bare' };
  }
  // 经开区人民医院 (an economic development zone's hospital): 经 ends no words here.
  if (ECONOMIC_ZONE_HOSPITAL.test(text.slice(runStart, suffixStart)))
    return { start: runStart, form: 'bare' };
  const start = wordStart(text, runStart, suffixStart);
  // 巡店镇中心卫生院: a town's clinic, its town's name with 中心 before the suffix.
  const clinic = text.slice(start, end);
  if (TOWN_CLINIC.test(clinic) && !DESCRIPTIVE.test(clinic) && !clinic.includes('乡镇'))
    return { start, form: 'bare' };
  if (ZONE_HOSPITAL.test(text.slice(start, suffixStart)) && !DESCRIPTIVE.test(clinic))
    return { start, form: 'bare' };
  if (ENTERPRISE_HOSPITAL.test(text.slice(start, suffixStart)) && !DESCRIPTIVE.test(clinic))
    return { start, form: 'bare' };
  // 湘雅医院 after 中南大学 keeps the university with it (中南大学湘雅医院).
  const bare = BARE_NAME.exec(text.slice(start, suffixStart));
  if (!bare || DESCRIPTIVE.test(bare[1]!) || DESCRIPTIVE_END.test(bare[1]!)) return null;
  // 县里新建医院: a new hospital described after the words before it, no name.
  if (NEWLY_BUILT.test(bare[1]!)) return null;
  // 医院要闻医院: a site's column heading repeated, no name (a name never holds 医院 before its own).
  if (bare[1]!.includes('医院')) return null;
  if (LEVEL_PRAISE.test(bare[1]!)) return null;
  return { start, form: 'bare' };
}
