/**
 * The currency a page in traditional characters means by a bare 元 (總經費八億五千萬元): a Taiwan
 * paper writes New Taiwan dollars that way, a Hong Kong paper Hong Kong dollars. Decided by the
 * places the article names: Taiwan's (or Hong Kong's) and no full mainland division name, since a
 * mainland article written in traditional characters (遼寧省錦州市…) still counts in yuan.
 */
import type { Currency } from '../values/money';
import { findDivisionMentions } from './divisions';
import type { ExtractionContext } from './types';

const CURRENCY_OF_REGION: Readonly<Record<string, Currency>> = { '71': 'TWD', '81': 'HKD' };

/** A yuan amount that says so (人民币, RMB, ¥): never another region's dollars. */
const WRITTEN_AS_YUAN = /人民币|RMB|CNY|[¥￥]/u;

function regionCurrency(text: string): Currency | null {
  const regions = new Set<string>();
  let outsideEnd = -1;
  for (const mention of findDivisionMentions(text)) {
    const outside = mention.candidates.filter((d) => d.outside);
    // A full mainland name (锦州市, 辽宁省) makes the article a mainland one, unless it follows a
    // Taiwan city as its district (台中市太平区: Taiwan's districts are not in the table).
    if (outside.length === 0) {
      if (!mention.short && mention.start !== outsideEnd) return null;
      continue;
    }
    outsideEnd = mention.end;
    if (outside.length === mention.candidates.length) regions.add(outside[0]!.provinceCode);
  }
  if (regions.size !== 1) return null;
  return CURRENCY_OF_REGION[[...regions][0]!] ?? null;
}

/**
 * The currency of an amount the money parser read as yuan from its 元 alone (`raw` is its text in
 * the simplified view): the region's where a traditional article is from Taiwan or Hong Kong.
 */
export function localCurrency(ctx: ExtractionContext, currency: Currency, raw: string): Currency {
  if (currency !== 'CNY' || !ctx.article.traditional || WRITTEN_AS_YUAN.test(raw)) return currency;
  return ctx.memo('localCurrency', () => regionCurrency(ctx.article.text)) ?? currency;
}
