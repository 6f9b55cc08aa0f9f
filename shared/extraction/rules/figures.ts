/**
 * Rules over the value finders of shared/values, each keeping the mentions whose context says what
 * they measure:
 * - rule:investment@1 — money in an investment context (总投资达4100万元), also without 元 right
 *   after an investment word (总投资接近5亿 is CNY 500,000,000, nearly; figures-money.ts);
 * - rule:area@1 — areas, converted to m² (改建面积2753平方米);
 * - rule:beds@1 — bed counts (1145张开放床位, 床位1000张, 床位1⏎000张), never a ratio of beds to
 *   people (每1万名市民应配置50床);
 * - rule:metrics@1 — other counted figures with the indicator they measure (门诊量1.4万人次).
 */
import {
  findQuantityMentions,
  toSquareMetres,
  type ApproxQualifier,
  type Quantity,
} from '../../values';
import type { Mention } from '../../values/find-mentions';
import { CONFIDENCE } from '../confidence';
import { isBedsElsewhere } from './beds-elsewhere';
import { isBedsHandledOrPast, isFigureElsewhere } from './figures-elsewhere';
import { moneyIn, UNITLESS_WORD, WORTH_SCANNING } from './figures-money';
import { localCurrency } from '../local-currency';
import { isGuessedFigure, isRoughCount } from './rough-counts';
import { findInSentences } from '../pieces';
import { clauseStart, present, squeeze, suggestAt } from '../suggest';
import type { ExtractionContext, Extractor, Suggestion } from '../types';

export const INVESTMENT_RULE = 'rule:investment@1';
export const AREA_RULE = 'rule:area@1';
export const BEDS_RULE = 'rule:beds@1';
export const METRICS_RULE = 'rule:metrics@1';

/** Mentions carry code-point offsets of the view; suggestions want UTF-16 ones. */
function utf16(ctx: ExtractionContext, m: { start: number; end: number }): [number, number] {
  return [ctx.article.index.toUtf16(m.start), ctx.article.index.toUtf16(m.end)];
}

// 百/千: counts of a hundred or more in Chinese numerals (动员百余名医护) are metrics too, and so
// are exact counts written in two numerals or more (二十七个专科, 一三○位医师: precise-count below).
// A run's last two numerals before the counter are enough to find it: {2,} instead tried every
// numeral of a long run against the rest of it (a line of 一 took seconds).
const QUANTITY_WORTH_SCANNING =
  /[0-9０-９]|百分之|平方|㎡|亩|坪|公顷|床|(?:[百千][余多]?|[一二两三四五六七八九十〇○零]{2})(?:名|人|位|个|家|件|间|台|次|项|例)/u;

function quantities(ctx: ExtractionContext): Mention<Quantity>[] {
  // Metrics need Arabic digits or a hundred and more; areas and beds may be in Chinese numerals (三万平方米).
  return ctx.memo('quantities', () =>
    findInSentences(
      ctx.article.text,
      ctx.article.index,
      QUANTITY_WORTH_SCANNING,
      findQuantityMentions,
    ),
  );
}

/** The clause before a mention (UTF-16), whitespace removed: where its context words are. */
function lead(ctx: ExtractionContext, start: number): string {
  const text = ctx.article.text;
  return squeeze(text.slice(clauseStart(text, start), start));
}

// 总经费/建设经费: what a building costs (台湾 papers' 工程总经费); not a department's budget (办公经费).
// 造价: a new building's price (新大樓造價達四十六億元); 耗资/斥资/花费: what it cost (耗資21億元建造);
// 决标金额/总预算: the price a tender settled at, the budget a plan was approved with (Taiwan).
// 出资: what one party puts in (镇政府出资1500万元作为启动资金).
const INVESTMENT =
  /投资|投入|资金|拨款|筹资|融资|出资|建设项目|项目总|总经费|建设经费|工程经费|造价|耗资|斥资|花费|决标金额|总预算/u;
const NOT_INVESTMENT = /节省|节约|收入|营收|费用|负债|成本/u;

/** How close (characters of the clause, squeezed) such a word must stand before the amount. */
const UNITLESS_REACH = 8;

/**
 * An amount the next one replaced: 总经费由原先约15亿元提升至21亿元, 总投资从3亿元调整为3.5亿元. The
 * sum before 提升至/增至/降至/调整为… after 由/从 is a former estimate, not the investment.
 */
const REPLACED_FROM = /[由从](?:原先|原来|原|最初|当初|去年估算的?)?约?$/u;
const REPLACED_BY = /^[\s，,]*(?:提升|提高|增加|增|上调|调增|下调|调减|降|调整|变更)(?:至|到|为)/u;

/**
 * Money spent so far or granted, not what the project costs: 截至目前累计投资5566万元, 已完成投资
 * 2343万元, 中央预算内补助资金9540万元.
 */
const SPENT_SO_FAR_OR_GRANTED = /累计|完成|补助|补贴|利用|争取|申请|到位|下达/u;
/** A year's share of a project's spending (年度内计划投资, 今年计划投资: set X), not its total. */
const YEARLY_PLAN = /年(?:度内?|内)?计划投资/u;
/**
 * A list of projects closed by its count (某医院、某物流园等9个重点项目…总投资38亿元: set X): the
 * sentence's amounts are the list's, not one project's; 是…9个重点项目之一 is one of them.
 */
const LIST_OF_PROJECTS =
  /等[0-9０-９一二三四五六七八九十两百]+个(?:重点|重大|民生|建设)*项目(?!之一)/u;
const SENTENCE_END = /[。！？!?\n]/u;

/** Whether the sentence before `start` (at most 160 UTF-16 units back) lists projects. */
function inListOfProjects(text: string, start: number): boolean {
  const from = Math.max(0, start - 160);
  const before = text.slice(from, start);
  let sentence = before.length;
  while (sentence > 0 && !SENTENCE_END.test(before[sentence - 1]!)) sentence--;
  return LIST_OF_PROJECTS.test(before.slice(sentence));
}
/** A share of the sum just given, in the clause after 其中 (其中：中央预算内投资9540万元). */
const SHARE_OF_SUM = /其中[：:，,]?$/u;

function shareOfSum(text: string, start: number): boolean {
  const from = clauseStart(text, start);
  return SHARE_OF_SUM.test(squeeze(text.slice(Math.max(0, from - 4), from)));
}

function superseded(text: string, start: number, end: number): boolean {
  return (
    REPLACED_FROM.test(text.slice(Math.max(0, start - 10), start)) &&
    REPLACED_BY.test(text.slice(end, end + 8))
  );
}

/**
 * What building costs (建院成本, 建设成本): an investment, though 成本 alone is a running cost; and
 * what a building is worth (建筑连同医疗器材价值新台币40亿元的大楼), not a gift's value (捐赠价值…).
 */
const BUILDING_COST =
  /(?:建院|建设|兴建|工程|建筑)成本|(?:建筑|大楼|大厦|工程|院区|楼)[^，。；]{0,10}价值/u;
/**
 * Across a comma, the amount that replaced a superseded investment: 建院成本由去年估算约七十亿元，
 * 降至约六十三亿元 (the new amount's clause holds only the verb).
 */
const REPLACING =
  /^[\s，,]*(?:提升|提高|增加|增|上调|调增|下调|调减|降|调整|变更)(?:至|到|为)约?$/u;

export const investmentRule: Extractor = {
  id: INVESTMENT_RULE,
  outputs: [{ name: 'investments', kind: 'money' }],
  run(ctx) {
    const text = ctx.article.text;
    const out: (Suggestion | null)[] = [];
    let replacedEnd = -1;
    // The same sum told twice, once with 约 (总经费约21亿元 … 允诺总经费21亿元, set V): one value,
    // as first written, so that tidy() joins the two spans instead of offering it twice.
    const firstApprox = new Map<string, ApproxQualifier | null>();
    for (const m of findInSentences(text, ctx.article.index, WORTH_SCANNING, moneyIn)) {
      const [start, end] = utf16(ctx, m);
      const before = lead(ctx, start);
      const replacing = replacedEnd >= 0 && REPLACING.test(text.slice(replacedEnd, start));
      replacedEnd = -1;
      const cost = BUILDING_COST.test(before);
      if ((NOT_INVESTMENT.test(before) && !cost) || SPENT_SO_FAR_OR_GRANTED.test(before)) continue;
      if (YEARLY_PLAN.test(before) || inListOfProjects(text, start)) continue;
      if (superseded(text, start, end)) {
        if (cost || INVESTMENT.test(before)) replacedEnd = end;
        continue;
      }
      if (shareOfSum(text, start)) continue;
      const { money, unitless } = m.value;
      let confidence: number;
      // 总投资接近5亿, 投入资金300余万: 元 left out, the investment word right before the amount.
      if (unitless) {
        if (!UNITLESS_WORD.test(before.slice(-UNITLESS_REACH))) continue;
        confidence = CONFIDENCE.clauseCue;
      } else {
        if (!replacing && !cost && !INVESTMENT.test(before)) continue;
        confidence = /投资/u.test(before.slice(-6)) ? CONFIDENCE.strongCue : CONFIDENCE.clauseCue;
      }
      const currency = localCurrency(ctx, money.currency, text.slice(start, end));
      const sum = `${money.amount} ${currency}`;
      if (!firstApprox.has(sum)) firstApprox.set(sum, money.approx ?? null);
      const value = { amount: money.amount, currency, approx: firstApprox.get(sum) ?? null };
      out.push(suggestAt(ctx, INVESTMENT_RULE, 'investments', value, start, end, confidence));
    }
    return present(out);
  },
};

const AREA_CONTEXT = /面积|面\s*积|占地|建筑|用房|场地|空间/u;

export const areaRule: Extractor = {
  id: AREA_RULE,
  outputs: [{ name: 'areas', kind: 'quantity' }],
  run(ctx) {
    const out: (Suggestion | null)[] = [];
    for (const m of quantities(ctx)) {
      const squareMetres = toSquareMetres(m.value);
      if (squareMetres === null || m.value.unit === '%') continue;
      const [start, end] = utf16(ctx, m);
      const before = lead(ctx, start);
      // 已经完成主体结构2万平方米: how much is built so far, not the building's area.
      if (/完成|累计/u.test(before)) continue;
      const confidence = AREA_CONTEXT.test(before) ? CONFIDENCE.clauseCue : CONFIDENCE.weakCue;
      const value = { value: squareMetres, unit: 'm²', approx: m.value.approx };
      out.push(suggestAt(ctx, AREA_RULE, 'areas', value, start, end, confidence));
    }
    return present(out);
  },
};

/**
 * A ratio of beds to people, which is no bed count: 每1万名市民应配置50床, 每千人口床位数6张,
 * 6张/千人; nor is a yearly increase (其后逐年增加一百张, 每年新增床位50张: set L). Read in the clause
 * before the figure and just after it.
 */
const RATIO_BEFORE =
  /每[0-9０-９一二两三四五六七八九十百千万]*[名个位]?(?:常住人口|人口|市民|居民|人|户)|[千万]人口|每[百千万]|逐年|每年/u;
const RATIO_AFTER =
  /^[/／每](?:[0-9０-９]+|[一二两三四五六七八九十百千万]+)?[名个位]?(?:人|户|市民|居民)/u;

/** A bed count: N张 followed by …床/床位, or 床位 … N张 in the same clause; never a ratio. */
function isBedCount(
  ctx: ExtractionContext,
  m: Mention<Quantity>,
  start: number,
  end: number,
): boolean {
  const text = ctx.article.text;
  const after = squeeze(text.slice(end, end + 8));
  // 25個日間病房床位, 设50个床位 (set U): beds counted with 个, the beds named right after; 床位将增至
  // 40个, 现有病床48个 (set X): named right before, the count ending the clause.
  const countedWithGe =
    m.value.unit === '个' &&
    (BEDS_RIGHT_AFTER.test(after) ||
      (BEDS_RIGHT_BEFORE.test(lead(ctx, start)) && !/^\p{Script=Han}/u.test(after)));
  if (m.value.unit !== '床' && m.value.unit !== '张' && !countedWithGe) return false;
  const before = lead(ctx, start);
  if (RATIO_BEFORE.test(before) || RATIO_AFTER.test(after)) return false;
  if (countedWithGe) return true;
  if (m.value.unit === '床') return true;
  if (/^[^，。；]{0,4}床/u.test(after) || /床位?[^，。；]{0,6}$/u.test(before)) return true;
  // 床位1000张，比目前的870张增加不少: today's count, compared with the beds of the clause before.
  const from = clauseStart(text, start);
  return (
    CURRENT_COMPARED.test(before) &&
    from > 0 &&
    /床/u.test(text.slice(clauseStart(text, from - 1), from))
  );
}
const CURRENT_COMPARED = /比(?:目前|现在|现有|当前)的?$/u;
/** The beds named within a few characters after a count in 个: 个日间病房床位, 个床位. */
const BEDS_RIGHT_AFTER = /^[^，。；、]{0,6}?(?:床位|病床)/u;
/**
 * The beds named just before a count in 个, nothing but a verb between (床位将扩充至, 病床): no 的,
 * which would make the count another thing's (开放床位的病区达到12个).
 */
const BEDS_RIGHT_BEFORE = /(?:床位|病床)[^，。；、的\s]{0,5}$/u;

/** The end of a range (九十至一百張病牀, 400-500张): a rough figure, no count of beds (set L). */
const RANGE_BEFORE =
  /(?:[0-9０-９]+|[一二两三四五六七八九十百千万]+)[张床]?(?:至|到|~|～|-|－|—)$/u;

/**
 * A bed count the next one replaces: 床位由原有的300张增加到500张, 病床从120张扩充至200张 (set X). Both
 * are the hospital's beds, then and now (as the written references count them); the second is read
 * though 床 stands far before it.
 */
const BEDS_REPLACED_FROM = /[由从](?:原先|原来|原有|原|过去|以前|现有|目前)?的?$/u;
const BEDS_REPLACED_BY =
  /^[\s，,]*(?:增加|增|扩大|扩展|扩充|提升|提高|上升|调整|发展)(?:至|到|为)(?:约|近)?$/u;

export const bedsRule: Extractor = {
  id: BEDS_RULE,
  outputs: [{ name: 'beds', kind: 'count' }],
  // Whose beds: another hospital's named in the clause are not the subject's (beds-elsewhere.ts).
  options: ['subjectInstitution'],
  run(ctx) {
    const text = ctx.article.text;
    const out: (Suggestion | null)[] = [];
    let replacedEnd = -1;
    for (const m of quantities(ctx)) {
      const [start, end] = utf16(ctx, m);
      const replacing =
        replacedEnd >= 0 &&
        (m.value.unit === '张' || m.value.unit === '床') &&
        BEDS_REPLACED_BY.test(text.slice(replacedEnd, start));
      replacedEnd = -1;
      if (!Number.isInteger(m.value.value)) continue;
      if (!replacing && !isBedCount(ctx, m, start, end)) continue;
      if (
        BEDS_REPLACED_FROM.test(text.slice(Math.max(0, start - 8), start)) &&
        /^[\s，,]*(?:增加|增|扩大|扩展|扩充|提升|提高|上升|调整|发展)(?:至|到|为)/u.test(
          text.slice(end, end + 8),
        )
      ) {
        replacedEnd = end;
      }
      if (RANGE_BEFORE.test(lead(ctx, start)) || isGuessedFigure(lead(ctx, start))) continue;
      if (isBedsElsewhere(ctx, start, end, m.value.value)) continue;
      // Beds moved or given, or of a time the history tells of (当时仅有病床5张), not today's.
      if (isBedsHandledOrPast(ctx.article.text, start)) continue;
      out.push(suggestAt(ctx, BEDS_RULE, 'beds', m.value.value, start, end, CONFIDENCE.clauseCue));
    }
    return present(out);
  },
};

/** Units of counted or rated figures; lengths of time and areas have rules or meanings of their own. */
const METRIC_UNITS = new Set([
  '人次',
  '台次',
  '例次',
  '例',
  '台',
  '%',
  '人',
  '名',
  '位',
  '项',
  '个',
  '家',
  '篇',
  '倍',
  '套',
  '天',
  '分钟',
  // Rooms, equipment, visits and batches (手术室11间, 大型医疗设备200余件, 年门诊31余万次, 4批次).
  '间',
  '件',
  '次',
  '批次',
]);
/** Verbs and hedges between the indicator and its figure: 门诊量达, 手术量增长, 提升至. */
const TRAILING_VERB =
  /(?:同比)?(?:达到|达|为|增加|增长|提升至|提升到|提高|提升|降低|下降|缩短|超过|超|共|约|近|有|至|了|突破|累计|仅|就|均|占)+$/u;
const LEADING_NOISE = /^(?:目前|其中|如今|同时|此外|近年来|医院|集团|该院|全院|年均|首年)+/u;
/**
 * A change from an earlier figure between the indicator and this one: 病区数由原先的40个增加到52个
 * measures 病区数 twice, never 由原先的 nor 由原先的40个增加到 (they are the comparison, not a name).
 */
const CHANGE_VERB = '(?:增加|增长|提升|提高|上升|下降|降低|减少|缩短|扩大|扩展|跃升|升)';
const COMPARISON = new RegExp(
  '(?:由|从)(?:原先|原来|原|过去|以前|去年|上年|上一年|前年|[0-9０-９]{4}年(?:底|初)?)?的?' +
    `(?:[0-9０-９.,，]+(?<counted>[^0-9０-９，。；]{0,8}?)${CHANGE_VERB}?(?:到|至|为)?)?$`,
  'u',
);
/** What is counted, written after the earlier figure: 由原先的14个|党支部|扩展至23个. */
const COUNTED_AFTER = new RegExp(`^(\\p{Script=Han}{2,6}?)${CHANGE_VERB}?(?:到|至|为)`, 'u');

/**
 * The indicator a figure measures: the clause before it, without the verb or the comparison that
 * leads to it; where the comparison is all there is (由原先的14个党支部扩展至23个), the thing it counts.
 */
function indicatorOf(before: string, after: string, unit: string): string {
  const comparison = COMPARISON.exec(before);
  const named = (comparison ? before.slice(0, comparison.index) : before)
    .replace(TRAILING_VERB, '')
    .replace(LEADING_NOISE, '')
    .slice(-10);
  if (!comparison || [...named].length >= 2) return named;
  const counted = comparison.groups?.counted;
  if (counted !== undefined) {
    const noun = counted.startsWith(unit) ? counted.slice(unit.length) : counted;
    return /^\p{Script=Han}{2,6}$/u.test(noun) ? noun : named;
  }
  return COUNTED_AFTER.exec(after)?.[1] ?? named;
}

/**
 * Verbs of having that name nothing (医院设28个临床科室, 现有, 拥有: the trailing-verb strip leaves
 * 拥, 现, 共 of them), or a list going on (设28个临床科室和15个医技科室: 和 before the second).
 */
const BARE_INDICATOR = /^(?:设|设有|开设|有|拥|拥有|现|现有|共|共有|下设|共设|具)?$|[和及与、]$/u;
/** What a figure counts, written after it: 28个临床科室中有…, 28个临床科室和15个医技科室. */
const NOUN_AFTER = /^(\p{Script=Han}{2,8}?)(?=[，。、；,;和及与]|中|$)/u;

const PEOPLE_UNITS = new Set(['名', '人', '位', '人次', '例', '例次']);

/** Whether a line of the view starts at `at` (a short line that opens with its figure). */
function lineStartsAt(text: string, at: number): boolean {
  return at === 0 || text[at - 1] === '\n';
}

/**
 * The indicator before a figure, or where that is only a verb of having (or nothing, on a line
 * that opens with the figure), the noun after it. A clause opening with a figure and nothing
 * before it (12名幼童也参加了仪式) counts people in passing.
 */
function nounAfterIfBare(
  indicator: string,
  after: string,
  opensLine: boolean,
  unit: string,
): string {
  // Things counted at a clause's start (二十七个专科将开设) are the hospital's; people, in passing.
  const opens = opensLine || !PEOPLE_UNITS.has(unit);
  if (!BARE_INDICATOR.test(indicator) || (indicator === '' && !opens)) return indicator;
  return NOUN_AFTER.exec(after.split(/[，。；]/u)[0] ?? '')?.[1] ?? indicator;
}

/** A site's count of its readers under a page (已有0人发表了评论, 1.2万人阅读): no measure of a hospital. */
const READER_COUNTER = /^(?:发表了?评论|参与评论|点赞|阅读|浏览|看过|收藏|转发|分享)/u;

/**
 * A count in Chinese numerals exact enough to be a statistic, not rhetoric: written digit by digit
 * with a zero (一○八位), or with units after its tens (二十七个专科). Round ones (三个, 二十个, 十大)
 * are how a speech counts its points.
 */
function preciseChineseCount(raw: string, value: number): boolean {
  return /[〇○零]/u.test(raw) || (value > 10 && value % 10 !== 0);
}

export const metricsRule: Extractor = {
  id: METRICS_RULE,
  outputs: [{ name: 'metrics', kind: 'quantity' }],
  run(ctx) {
    const out: (Suggestion | null)[] = [];
    for (const m of quantities(ctx)) {
      if (!m.value.unit || !METRIC_UNITS.has(m.value.unit)) continue;
      // Figures in Chinese numerals are mostly rhetoric (一套, 两家, 三个转变), not statistics; a
      // hundred or more, or a hedged count, is a figure (动员百余名医护).
      // A percent spelled out (百分之二点七) is a rate, never rhetoric.
      const spelled = !/[0-9０-９]/u.test(m.text) && m.value.unit !== '%';
      if (spelled && m.value.value < 100 && m.value.approx === null) {
        if (!preciseChineseCount(m.text, m.value.value)) continue;
      }
      const [start, end] = utf16(ctx, m);
      if (isBedCount(ctx, m, start, end)) continue;
      if (isRoughCount(lead(ctx, start), m.text, m.value.approx)) continue;
      const after = squeeze(ctx.article.text.slice(end, end + 12));
      if (READER_COUNTER.test(after)) continue;
      // Another's figure, or the hospital's of long ago (isPastFigure inside).
      if (isFigureElsewhere(ctx.article.text, start, end, m.value.unit)) continue;
      const indicator = nounAfterIfBare(
        indicatorOf(lead(ctx, start), after, m.value.unit),
        after,
        lineStartsAt(ctx.article.text, start),
        m.value.unit,
      );
      // A figure without a named indicator (3名徒弟 … is a count of something in passing) is skipped.
      if ([...indicator].length < 2 || /[0-9]$/u.test(indicator)) continue;
      const value = { value: m.value.value, unit: m.value.unit, approx: m.value.approx, indicator };
      out.push(suggestAt(ctx, METRICS_RULE, 'metrics', value, start, end, CONFIDENCE.weakCue));
    }
    return present(out);
  },
};
