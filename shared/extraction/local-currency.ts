/**
 * The currency a page in traditional characters means by a bare 元 (總經費八億五千萬元): a Taiwan
 * paper writes New Taiwan dollars that way, a Hong Kong paper Hong Kong dollars. Decided by the
 * places the article names: Taiwan's (or Hong Kong's) and no full mainland division name, since a
 * mainland article written in traditional characters (遼寧省錦州市…) still counts in yuan. A page
 * that names no place at all is placed by words only Taiwan or Hong Kong papers write: a Minguo
 * year (116年3月完工), 行政院 or 衛福部; 醫管局, 港聞 or 明報.
 */
import type { Currency } from '../values/money';
import { findDivisionMentions } from './divisions';
import type { ExtractionContext } from './types';

const CURRENCY_OF_REGION: Readonly<Record<string, Currency>> = {
  '71': 'TWD',
  '81': 'HKD',
  '82': 'MOP',
};

/** A yuan amount that says so (人民币, RMB, ¥): never another region's dollars. */
const WRITTEN_AS_YUAN = /人民币|RMB|CNY|[¥￥]/u;

/** What a page's places say: a region's currency, 'mainland' (yuan), or nothing. */
function regionCurrency(text: string): Currency | 'mainland' | null {
  const regions = new Set<string>();
  let outsideEnd = -1;
  for (const mention of findDivisionMentions(text)) {
    const outside = mention.candidates.filter((d) => d.outside);
    // A full mainland name (锦州市, 辽宁省) makes the article a mainland one, unless it follows a
    // Taiwan city as its district (台中市太平区: Taiwan's districts are not in the table).
    if (outside.length === 0) {
      if (!mention.short && mention.start !== outsideEnd) return 'mainland';
      continue;
    }
    outsideEnd = mention.end;
    if (outside.length === mention.candidates.length) regions.add(outside[0]!.provinceCode);
  }
  if (regions.size !== 1) return null;
  return CURRENCY_OF_REGION[[...regions][0]!] ?? null;
}

// Matched on the simplified view. A Minguo year is 100–119 followed by a month or 完工/底/度, so
// that a mainland hospital's 110年历史 is not one.
const TAIWAN_WORDS =
  /行政院|立法院|立委|卫福部|卫生福利部|健保署|国发会|新台币|民国\d|(?<!\d)1[01]\d年(?:\d{1,2}月|完工|底|度)/u;
const HONG_KONG_WORDS = /医管局|医院管理局|港闻|明报|立法会|特区政府|港府/u;

function currencyOfWords(text: string): Currency | null {
  const taiwan = TAIWAN_WORDS.test(text);
  const hongKong = HONG_KONG_WORDS.test(text);
  if (taiwan === hongKong) return null;
  return taiwan ? 'TWD' : 'HKD';
}

function pageCurrency(text: string): Currency | null {
  const byPlaces = regionCurrency(text);
  if (byPlaces === 'mainland') return null;
  return byPlaces ?? currencyOfWords(text);
}

/**
 * The currency of an amount the money parser read as yuan from its 元 alone (`raw` is its text in
 * the simplified view): the region's where a traditional article is from Taiwan or Hong Kong.
 */
export function localCurrency(ctx: ExtractionContext, currency: Currency, raw: string): Currency {
  if (currency !== 'CNY' || !ctx.article.traditional || WRITTEN_AS_YUAN.test(raw)) return currency;
  return articleCurrency(ctx) ?? currency;
}

function articleCurrency(ctx: ExtractionContext): Currency | null {
  return ctx.memo('localCurrency', () => pageCurrency(ctx.article.text));
}

/**
 * Whether a traditional article is from Taiwan, by the same evidence as its currency: there a
 * bare 108年 is the Republic's year (2019), which the event and founding rules read.
 */
export function isTaiwanArticle(ctx: ExtractionContext): boolean {
  return ctx.article.traditional && articleCurrency(ctx) === 'TWD';
}
