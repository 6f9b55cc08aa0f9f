/**
 * Bed counts that are not the subject hospital's own (rule:beds@1, figures.ts): another hospital
 * named in the clause (除了某人民医院按照490张床位…), a facility of another kind the beds belong to
 * (设立196床的长照机构), beds that are not inpatient beds (非住院病床100张), and a total that adds
 * other sites' beds (加上在各地的床位，总计超过1000床). Also no count of the hospital's beds: a part of a
 * stated total (750张(其中传染病床50张)), one campus's beds where a larger total is stated (床位1620张。
 * 某院区编制床位1000张), and a rough figure with no digit (近百床, 上千张): set T.
 */
import { clauseStart, sentenceStart } from '../suggest';
import type { ExtractionContext } from '../types';
import { isListedPart } from './beds-listed-parts';
import { entitiesOf, hospitalOf, readsAsName } from './hospital';

/** A facility of another kind right after the count: 196床的长照机构, 50张床位的养老院. */
const OTHER_FACILITY_AFTER =
  /^(?:床位|病床)?的?[^，。；,;]{0,6}?(?:长照|养老|护理之家|照护|安养|托老|宿舍|机构)/u;
/** Beds that are not inpatient beds: 非住院病床100张, 观察床. */
const NOT_INPATIENT_BEFORE = /非住院[^，。；,;]{0,4}$/u;
/** A total over several sites: 加上…在苗栗市等地的床位，总计有超过1000床. */
const TOTAL_WITH_OTHERS = /加上[^。；;]*(?:总计|合计|共计|总共)[^，。；,;]{0,6}$/u;

/**
 * A region's beds, over all its institutions: 全县医疗机构床位数由2265张增加到4717张, 每千人口床位
 * (a county's work report, set V); 医疗卫生机构 too.
 */
const REGION_BEDS_BEFORE =
  /(?:医疗(?:卫生)?机构|全[县市区省州旗]|辖区|每千人口?)[^，。；,;]{0,8}$/u;

/** A part of the total before it, in brackets: 750张(其中传染病床50张). */
const PART_IN_BRACKETS = /[（(]\s*其中[^（）()]*$/u;
/** A campus or branch named in the clause before the count: 某院区编制床位1000张, 东分院设床位300张. */
const CAMPUS_BEFORE = /\p{Script=Han}{1,8}(?:院区|院區|分院|院部)/u;
/** Every count of beds written with digits in the text, to find a larger total beside a campus's. */
const BED_COUNTS = /(\d{2,6})\s*(?:张|床)/gu;
/** A rough figure in words, no count: 近百床, 上千张, 数百张. */
const ROUGH = /^(?:近|上|数|几|逾)[百千]/u;

/**
 * A comparison's base: the earlier count a new total is measured against (比原病房楼的四十张床位,
 * 较原有300张): the beds the hospital had, not the count it has (set Y); today's count it is
 * compared with (比目前的760张) is still its beds (set Q). 比例, 比较 are no comparison.
 */
const COMPARED_BASE =
  /(?:比|较)(?!例|较|重|率)(?:原有|原来|原先|原|过去|以前|旧|改造前|扩建前)[^，。；,;]{0,12}$/u;
/**
 * A comparison's difference: 比原来增加了71张, 较去年多50张. An increase against a base is no
 * count of beds; a planned increase on its own (新增床位500张) still is, as the references count it.
 */
const COMPARED_DIFFERENCE =
  /(?:比|较)(?!例|较|重|率)[^，。；,;]{1,24}?(?:增加|增长|扩增|增|多|减少|减)了?(?:约|近|逾|超过)?$/u;

function isCampusPart(text: string, start: number, own: number | undefined): boolean {
  if (own === undefined || !CAMPUS_BEFORE.test(text.slice(sentenceStart(text, start), start)))
    return false;
  return [...text.matchAll(BED_COUNTS)].some((m) => Number(m[1]) > own);
}

/**
 * Whether the count at [start, end) belongs to another hospital or facility than the subject,
 * or is no count of its inpatient beds.
 */
export function isBedsElsewhere(
  ctx: ExtractionContext,
  start: number,
  end: number,
  count?: number,
): boolean {
  const text = ctx.article.text;
  if (OTHER_FACILITY_AFTER.test(text.slice(end, end + 12))) return true;
  if (ROUGH.test(text.slice(start, end)) || isCampusPart(text, start, count)) return true;
  if (count !== undefined && isListedPart(ctx, start, count)) return true;
  if (PART_IN_BRACKETS.test(text.slice(Math.max(0, start - 30), start))) return true;
  const clause = clauseStart(text, start);
  const beforeInClause = text.slice(clause, start);
  if (COMPARED_BASE.test(beforeInClause) || COMPARED_DIFFERENCE.test(beforeInClause)) return true;
  if (NOT_INPATIENT_BEFORE.test(text.slice(clause, start))) return true;
  if (REGION_BEDS_BEFORE.test(text.slice(clause, start))) return true;
  if (TOTAL_WITH_OTHERS.test(text.slice(sentenceStart(text, start), start))) return true;
  const subject = hospitalOf(ctx);
  if (!subject) return false;
  // 除了某人民医院按照490张床位…: a hospital named in the clause, not the subject; one the article
  // trusts or reads as a name (建成后医院 in `建成后医院总床位…` is words, not a hospital).
  return entitiesOf(ctx).some(
    (e) =>
      e.kind === 'hospital' &&
      e !== subject.entity &&
      e.mentions.some(
        (i) =>
          i.start >= clause &&
          i.end <= start &&
          (e.trusted || i.form.startsWith('place') || readsAsName(ctx, i)),
      ),
  );
}
