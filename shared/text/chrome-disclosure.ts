/**
 * Metadata lines of government and media pages that name a body (a publishing bureau, a county's
 * media centre) without being the article's text: what they name is not the article's place.
 */
/**
 * The header table of a government's information-disclosure page ('索引号 … 发布机构 某县某局',
 * '公开目录 … 发布日期 2020-09-03', '文号 浏览量'): its labels stand without colons, two or more
 * to a line, or 索引号 opens it (a label no other line starts with). Its cells name the publishing
 * body, whose county is not the article's place by being printed there.
 */
const DISCLOSURE_LABELS =
  /索引号|索引號|发布机构|發布機構|发文机关|發文機關|发文字号|發文字號|文号|文號|主题词|主題詞|主题分类|主題分類|公开目录|公開目錄|公开方式|公開方式|公开范围|公開範圍|发布日期|發布日期|成文日期|生成日期|有效性|浏览量|瀏覽量|信息名称|信息名稱|所属机构|所屬機構|体裁分类|體裁分類|组配分类|組配分類/gu;
const DISCLOSURE_OPENING = /^(?:索引号|索引號)/u;
const DISCLOSURE_LINE_MAX = 120;

export function isDisclosureTableLine(text: string): boolean {
  if (text.length > DISCLOSURE_LINE_MAX || /[。！？]/u.test(text)) return false;
  if (DISCLOSURE_OPENING.test(text)) return true;
  return new Set(text.match(DISCLOSURE_LABELS) ?? []).size >= 2;
}

/** A media outlet's production credits ('出品：某县委宣传部 某县融媒体中心', '监制：…'). */
const PRODUCTION_CREDIT = /^(?:出品|出品人|出品单位|出品單位|监制|監製|总监制|總監製)\s*[:：︰]/u;

export function isProductionCredit(text: string): boolean {
  return PRODUCTION_CREDIT.test(text);
}
