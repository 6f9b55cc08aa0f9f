/**
 * The units a quantity may carry, as spelled in articles, and the one spelling Gleaner stores.
 * Only true spelling variants are merged (平米 and ㎡ are both m²); different units stay apart
 * (亩 stays 亩) so that the stored value is what the article said. Conversions live elsewhere.
 */
const UNIT_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  // Area and volume: symbol forms, because the Chinese ones have several spellings.
  // M2, M²: the upper-case symbol some pages type (3.14万M2, set U).
  'm²': ['平方米', '平米', '平方公尺', '㎡', 'm²', 'm2', 'M²', 'M2'],
  'km²': ['平方公里', '平方千米', '㎢', 'km²', 'km2'],
  'm³': ['立方米', '立方', '㎥', 'm³', 'm3'],
  亩: ['亩'],
  坪: ['坪'],
  公顷: ['公顷'],
  '%': ['%', '％'],
  // Length, mass, capacity.
  公里: ['公里', '千米'],
  米: ['米'],
  厘米: ['厘米'],
  毫米: ['毫米'],
  吨: ['吨'],
  公斤: ['公斤', '千克'],
  克: ['克'],
  升: ['升'],
  毫升: ['毫升'],
  // Time spans. 年/月/日 alone are left to the date parser except 年 (duration: 超过28年).
  年: ['年'],
  个月: ['个月'],
  周: ['周'],
  天: ['天'],
  小时: ['小时', '个小时'],
  分钟: ['分钟'],
  秒: ['秒'],
  岁: ['岁'],
  // Counters (量词) seen with hospital, project and population figures.
  人次: ['人次'],
  台次: ['台次'],
  例次: ['例次'],
  人: ['人'],
  名: ['名'],
  位: ['位'],
  例: ['例'],
  张: ['张'],
  台: ['台'],
  套: ['套'],
  项: ['项'],
  个: ['个'],
  家: ['家'],
  所: ['所'],
  篇: ['篇'],
  条: ['条'],
  次: ['次'],
  间: ['间'],
  床: ['床'],
  支: ['支'],
  批: ['批'],
  批次: ['批次'],
  件: ['件'],
  种: ['种'],
  倍: ['倍'],
  辆: ['辆'],
  架: ['架'],
  座: ['座'],
  栋: ['栋'],
  层: ['层'],
  户: ['户'],
  份: ['份'],
  场: ['场'],
  期: ['期'],
  届: ['届'],
};

const CANONICAL_BY_SPELLING: ReadonlyMap<string, string> = new Map(
  Object.entries(UNIT_SPELLINGS).flatMap(([canonical, spellings]) =>
    spellings.map((spelling) => [spelling, canonical] as const),
  ),
);

/** Every spelling, longest first, so that 人次 wins over 人 and 平方米 over 米. */
export const UNIT_SPELLINGS_LONGEST_FIRST: readonly string[] = [
  ...CANONICAL_BY_SPELLING.keys(),
].sort((a, b) => b.length - a.length);

/** The stored spelling of a unit as written (OCR whitespace inside it is ignored), or null. */
export function canonicalUnit(written: string): string | null {
  return CANONICAL_BY_SPELLING.get(written.replace(/\s+/g, '')) ?? null;
}
