/**
 * Honours a hospital earns by certification (part of rule:honors@1): the national schemes of
 * centres a hospital is certified as (胸痛中心, 卒中中心, 创伤中心…), written without 荣获 or quotes:
 * - `通过…认证/评审/验收`: 通过国家标准版胸痛中心认证, 通过中国胸痛中心(标准版)评审, 通過2025年第二批次
 *   國家胸痛中心認證 (the year and batch are no part of the honour);
 * - `成功创建…`: 成功创建中国胸痛中心和国家高级卒中中心, 向成功创建的中国胸痛中心、高级卒中中心颁发牌匾.
 * Matched on the simplified view; the honour is given as written.
 */
import { CONFIDENCE } from '../confidence';
import { suggestAt } from '../suggest';
import type { ExtractionContext, Suggestion } from '../types';

/** A centre's name, with the version of the standard after it: 胸痛中心(标准版), 胸痛中心“基层版”. */
const CENTRE = String.raw`[\p{Script=Han}]{2,14}?中心(?:[（(“"「][\p{Script=Han}]{2,4}[）)”"」]|标准版|基层版)?`;
/** A year and a batch written before the scheme's name: 2025年第二批次, 2024年度. */
const BATCH = String.raw`(?:[0-9]{4}年度?)?(?:第[一二三四五六七八九十0-9]+批次?)?`;
const PASSED = new RegExp(
  String.raw`(?:顺利|正式|成功)?通过了?${BATCH}(${CENTRE})(?:的)?(?:认证|评审|验收|复审)`,
  'gud',
);
const CREATED = new RegExp(
  String.raw`成功创建(?:了|的)?(${CENTRE}(?:[、和及与]${CENTRE})*)`,
  'gud',
);
/**
 * A centre built is no honour unless a scheme's scope or grade names it (国家高级卒中中心,
 * 中国胸痛中心, 基层版): 成功创建胸痛中心 alone may only say that one was set up.
 */
const SCHEME = /^(?:中国|国家|全国|省|市)|高级|示范|标准版|基层版/u;
/** One centre of a list; the item after the first starts at its 、/和. */
const ITEM = new RegExp(CENTRE, 'gu');

function suggestion(ctx: ExtractionContext, start: number, end: number): Suggestion | null {
  const written = ctx.article.writtenAt(start, end);
  return suggestAt(ctx, 'rule:honors@1', 'honors', written, start, end, CONFIDENCE.clauseCue);
}

/** Certified centres in the article, as honours. */
export function certifiedHonours(ctx: ExtractionContext): (Suggestion | null)[] {
  const text = ctx.article.text;
  if (!text.includes('中心')) return [];
  const out: (Suggestion | null)[] = [];
  PASSED.lastIndex = 0;
  for (let m = PASSED.exec(text); m; m = PASSED.exec(text)) {
    const [start, end] = m.indices![1]!;
    out.push(suggestion(ctx, start, end));
  }
  CREATED.lastIndex = 0;
  for (let m = CREATED.exec(text); m; m = CREATED.exec(text)) {
    const listStart = m.indices![1]![0];
    ITEM.lastIndex = 0;
    for (let item = ITEM.exec(m[1]!); item; item = ITEM.exec(m[1]!)) {
      const name = item[0].replace(/^[、和及与]/u, '');
      const start = listStart + item.index + (item[0].length - name.length);
      if (SCHEME.test(name)) out.push(suggestion(ctx, start, start + name.length));
    }
  }
  return withoutShorterForms(out);
}

/**
 * One scheme written twice, once without its scope (高级卒中中心, later 国家高级卒中中心; 國家品質認證標章,
 * later SNQ國家品質認證標章), is one honour: the shorter form is dropped.
 */
export function withoutShorterForms(found: (Suggestion | null)[]): (Suggestion | null)[] {
  // Compared among distinct values only: a page repeating a paragraph names one honour thousands
  // of times, and comparing every mention with every other would grow with their square.
  const distinct = [...new Set(found.map((s) => (s ? String(s.value) : '')))];
  const shorter = new Set(
    distinct.filter((value) => distinct.some((other) => other !== value && other.endsWith(value))),
  );
  return found.filter((s) => s !== null && !shorter.has(String(s.value)));
}
