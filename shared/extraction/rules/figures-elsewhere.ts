/**
 * Figures that are not the subject hospital's own measures (rule:metrics@1, rule:beds@1 in
 * figures.ts), read from the words around them (set Q):
 * - a count of the group the hospital belongs to (是全国500家大型医院之一);
 * - a ratio a law or a plan sets, and every figure of its sentence (以法律规定每1万名市民应配置50床,
 *   某区有7万人…);
 * - statistics of a country, a province, a population (全国至少1000家县医院, 台湾新生儿14.3万人 and
 *   the 较上年同期减少2.6% that compares them);
 * - a count of a meeting or a course the hospital took part in (本次培训班共演示手术6台);
 * - a patient's own facts (因腹痛3天入院, 手术持续4个多小时);
 * - a length of time that describes a thing (播放一段约4分钟的短片), a building's progress (主体工程
 *   完成工程量的80%), people moved on one day (86名病人安全转运至新院区) and goods handed out
 *   (发放环保袋300个): none measures the hospital (sets S, T);
 * - what the hospital had long ago (当时仅有职员5人，病床5张), unless the sentence comes back to
 *   today (如今, 现有): the one check of the past, past-figures.ts.
 */
import { isPastFigure } from '../past-figures';
import { clauseStart, sentenceEnd, sentenceStart } from '../suggest';

/** One of a counted group: 全国500家大型医院之一, 首批100家试点医院之一. */
const ONE_OF_GROUP_AFTER = /^[^，。；,;]{0,14}之一/u;

/** A ratio a rule sets: 每1万名市民, 每千人口, 每10万人. */
const NORM_RATIO =
  /每(?:[0-9０-９.]+|[一二两三四五六七八九十百千万]+)[万千百]?[名个位]?(?:常住人口|人口|市民|居民|人|户|床)/u;

/**
 * A figure of a country, a region or a population, not of one hospital: the scope is what the
 * clause is about, with nothing but a time before it (今年1到9月台湾新生儿14.3万人, 全国至少1000家).
 * After a preposition it is whom the hospital serves (为全县45名乡医培训, 与全县18家卫生院建立…).
 */
const WIDE_SCOPE =
  /全国|全省|全市|全县|全区|全球|全世界|我国|全台|全港|台湾(?!大学)|新生儿|出生|人口|市民|居民/u;
const ONLY_A_TIME =
  /^(?:[今去明本上]年|[0-9０-９一二三四五六七八九十]+(?:年|月|日|至|到|-|—)|[上下]半年|到|截至|截止|目前|当前|其中|此外|同时|据统计|据悉|预计|\s)*$/u;

function aboutWideScope(clause: string): boolean {
  const scope = WIDE_SCOPE.exec(clause);
  return scope !== null && ONLY_A_TIME.test(clause.slice(0, scope.index));
}
/** A clause that compares with the clause before it: 较上年同期减少2.6%. */
const COMPARING = /^(?:较|比|同比|环比|与)/u;

/** A meeting, a course or a contest: its own counts are not the hospital's. */
const EVENT_OF_ITS_OWN = /学习班|培训班|论坛|研讨会|会议|大会|年会|比赛|竞赛|展会/u;

/** Lengths of time, and a patient's story around them. */
const TIME_UNITS = new Set(['天', '分钟', '小时', '个月', '周', '年']);
/**
 * A patient's complaint or operation: in quotes (因“腹痛3天”入院) or in its words. Not 患者 alone:
 * a hospital's own times are defined by patients (患者到达医院到溶栓的时间18分钟).
 */
const PATIENT_STORY = /“[^”]*$|跌伤|摔伤|疼痛|胀痛|肿痛|症状|发病|病史|手术时长/u;
/** 3个多小时 read as 3个: the 个 is the measure word of a length of time. */
const TIME_AFTER_GE = /^多?(?:小时|钟头|月|星期|工作日)/u;

/** 4分钟的短片: a length that qualifies a noun is the thing's, not a time the hospital keeps. */
const QUALIFIES_NOUN = /^的/u;
/** How far works have come (形象进度, 完成工程量的80%): a building site's, not the hospital's. */
const WORKS_PROGRESS = /进度|工程量/u;
/** Patients or staff moved (转运, 送达新院区): a count of one day's move. */
const MOVED = /转运|送达|搬迁|运送|转移|迁入/u;
const PEOPLE_UNITS = new Set(['名', '人', '位', '人次']);
/** Goods handed out (发放口罩500个, 赠送药箱20套): what was given, no measure of the hospital. */
const HANDED_OUT = /发放|赠送|派发|分发|捐赠|赠予/u;
const GOODS_UNITS = new Set(['个', '件', '套', '台']);

/** Rounds of a tender (分别流标3次、9次, 第2次招标; sets U, V): the works' story, no measure. */
const TENDER_ROUNDS = /流标|废标|招标|开标|投标|竞标/u;

/** A figure of a one-off thing: a short film's length, works' progress, a move, a handout. */
function ofOneOffThing(before: string, rest: string, unit: string | null): boolean {
  if (unit === null) return false;
  if (unit === '次' && TENDER_ROUNDS.test(before)) return true;
  if (TIME_UNITS.has(unit) && QUALIFIES_NOUN.test(rest)) return true;
  if (unit === '%' && WORKS_PROGRESS.test(before)) return true;
  if (PEOPLE_UNITS.has(unit) && MOVED.test(before + rest)) return true;
  return GOODS_UNITS.has(unit) && HANDED_OUT.test(before);
}

/** Whether the figure at [start, end) of `text`, in `unit`, measures something else. */
export function isFigureElsewhere(
  text: string,
  start: number,
  end: number,
  unit: string | null,
): boolean {
  const clause = clauseStart(text, start);
  const before = text.slice(clause, start);
  const after = text.slice(end, end + 16);
  if (ONE_OF_GROUP_AFTER.test(after)) return true;
  if (unit === '个' && TIME_AFTER_GE.test(after)) return true;
  const sentence = sentenceStart(text, start);
  // The sentence around the figure, found by walking to its stops: never a copy of the rest of
  // the article for each figure (a long page holds thousands).
  if (NORM_RATIO.test(text.slice(sentence, sentenceEnd(text, end)))) return true;
  if (isPastFigure(text, start)) return true;
  // The clause before a comparing clause says what is compared (台湾新生儿…，较上年同期减少2.6%).
  if (aboutWideScope(before)) return true;
  if (
    COMPARING.test(before) &&
    clause > 0 &&
    aboutWideScope(text.slice(clauseStart(text, clause - 1), clause))
  )
    return true;
  if (EVENT_OF_ITS_OWN.test(before)) return true;
  if (ofOneOffThing(before, after.split(/[，。；]/u)[0] ?? '', unit)) return true;
  if (
    unit !== null &&
    TIME_UNITS.has(unit) &&
    PATIENT_STORY.test(before + after.split(/[，。；]/u)[0])
  )
    return true;
  return false;
}

/** Beds carried or given, not the beds the hospital has: 共搬运一百五十七张病床, 捐赠50张病床. */
const BEDS_HANDLED_BEFORE = /(?:搬运|搬迁|转运|运送|搬走|捐赠|捐出|赠送)[^，。；,;]{0,4}$/u;

/**
 * Whether the bed count at `start` is not the hospital's beds: beds moved or given, or beds it
 * had long ago (its ratios and other sites are the beds rule's own checks).
 */
export function isBedsHandledOrPast(text: string, start: number): boolean {
  return (
    BEDS_HANDLED_BEFORE.test(text.slice(clauseStart(text, start), start)) ||
    isPastFigure(text, start)
  );
}
