/**
 * rule:honors@1 — titles and awards the hospital received: quoted names after 荣获/获得/被评为…
 * (“全国先进基层党组织”“国家级诚信单位”等称号, 「…」 in Taiwan), or unquoted lists closed by 称号/殊荣/荣誉
 * (获得全国五一劳动奖状、全国三八红旗集体等多项殊荣), or after 获评/评为 up to the clause end.
 * Honours of people (2位名师获得…专家称号) are left out.
 */
import { CONFIDENCE } from '../confidence';
import { present, squeeze, suggestAt } from '../suggest';
import type { ExtractionContext, Extractor, Suggestion } from '../types';
import { certifiedHonours, withoutShorterForms } from './honors-certified';
import { standingHonours } from './honors-standing';

export const HONORS_RULE = 'rule:honors@1';

// 获颁 (Taiwan's 獲頒), 表彰为: found on the public pages read for session 12. Not 命名为: a
// building or a field hospital is named so too (命名为某某临时医院).
const TRIGGER = /(荣获|获得|获颁|获评|被评为|评为|授予|荣膺|表彰为|蝉联)/gu;
/**
 * Unquoted and not closed by 称号, a clause that ends in a collective honour's word names one
 * (set V: 再次蝉联全国文明单位, 获得国家卫计委改善医疗服务示范医院); the body that gives it is no
 * part of it, a scope (全国, 省级) is.
 */
const COLLECTIVE_END =
  /(?:文明单位|先进集体|先进单位|模范集体|示范医院|示范单位|示范基地|标兵单位|红旗集体|先进基层党组织|劳动奖状|诚信单位|满意医院)$/u;
const ISSUER_BODY =
  /^(?:由)?\p{Script=Han}{1,14}?(?:部|委|局|厅|政府|协会|学会|联合会|总会|基金会)(?:颁发|授予|评选|认定|命名)?的?/u;
/**
 * Who gives the honour, between the verb and a quoted name: 榮獲衛福部「…」, 获得国家卫生健康委
 * “…”, 被省委授予 (before the verb, no matter), 荣获由某省卫健委颁发的“…”. An issuer ends in an
 * office's or a body's word; a scope (某省, 市级) ends in a division's or a level's.
 */
const ISSUER =
  '(?:由)?[\\p{Script=Han}]{1,14}?(?:部|委|局|厅|政府|协会|学会|联合会|总会|基金会|中心|组织|省|市|县|区|级)(?:颁发|授予|评选|认定|命名)?的?';
/** The hospital itself as the object of 授予 before an unquoted honour: 授予该院…的称号. */
const OBJECT = /^(?:该院|我院|本院|医院|其|他们|该中心)/u;
/** A count of people right before the verb: the honour is theirs, not the hospital's. */
const PERSONAL = /[0-9一二三四五六七八九十两]+\s*(?:位|名|人)[^，。；、]{0,4}$/u;
// Taiwan and Hong Kong texts quote with 「」 where the mainland writes “”.
// A scope may stand before the quote: 荣获全国“某某医院”称号, 获第三届全国“某某”称号.
// So may the scheme's Latin initials: 榮獲SNQ「銀獎」.
const QUOTED = new RegExp(
  `^\\s*(?:《[^》]{1,20}》\\s*)?(?:${ISSUER})?(?:第[一二三四五六七八九十0-9]{1,3}届)?(?:全国|全省|全市|全县|国家级|省级|市级|县级)?(?:[A-Z]{2,8}\\s*)?(?:[“「]([^“”「」\\n]{2,40})[”」]\\s*[、和及]?\\s*)+`,
  'u',
);
/**
 * Unquoted, a count of marks or awards names them: 一舉榮獲3項國家品質認證標章, 获得2项省科技进步奖
 * (a patent or a project counted so is no honour: it does not end in 标章/奖/认证).
 */
const COUNTED = /^\s*[0-9一二三四五六七八九十两]+\s*项\s*([^\s，。；、,;]{2,16}(?:标章|奖|认证))/u;
/**
 * Honours given to people, not to a hospital: 先进工作者, 好医生, 白求恩奖章, 十佳护士. The hospital's
 * honours are collective (先进集体, 文明单位).
 */
const PERSONAL_HONOUR =
  /(?:工作者|个人|医生|医师|护士|名医|标兵|能手|奖章|导师|工匠|天使|楷模|提名奖)$/u;
/**
 * A description, not a title: 被评为某市第一家“三级甲等”医院, 全省首家…, 唯一一家… (a rank among the
 * region's hospitals that no one awards).
 */
const DESCRIPTION = /第一家|首家|首个|唯一一?家/u;
/** What is given with an honour and is no part of it: 授予“全国文明单位”牌匾. */
const TOKEN_AFTER = /(?:牌匾|匾额|牌子|奖牌|证书)$/u;

/**
 * 授予 with the institutions honoured before the quoted title (set X): 授予某医院等8家单位“…”称号,
 * 授予某县人民医院“…”荣誉称号. The object is one clause's words, no people counted in it (等3名同志
 * is a person's honour); the title may open with the closing quote, as pages type it (”…”称号),
 * and must be closed by 称号, which vouches for it.
 */
const OBJECT_THEN_TITLE =
  /^([^，。；！？,;\n“”「」]{2,30}?)[“”「]([^“”「」\n]{2,40})[”」]\s*(?:荣誉)?称号/u;
const PEOPLE_COUNTED = /[0-9一二三四五六七八九十两]+\s*(?:位|名|人)/u;

/** Where the title after an object of 授予 stands in `rest`, or null. */
function titleAfterObject(rest: string): { start: number; end: number } | null {
  const m = OBJECT_THEN_TITLE.exec(rest);
  if (!m || PEOPLE_COUNTED.test(m[1]!)) return null;
  const start = m[1]!.length + 1;
  return { start, end: start + m[2]!.length };
}

/**
 * The quoted title after 授予 and its object (`rest` read from `after`), pushed unless it is a
 * person's honour; whether there was one.
 */
function pushedTitleAfterObject(
  ctx: ExtractionContext,
  out: (Suggestion | null)[],
  after: number,
  rest: string,
): boolean {
  const titled = titleAfterObject(rest);
  if (!titled) return false;
  const [start, end] = [after + titled.start, after + titled.end];
  const honour = honourOf(ctx.article.writtenAt(start, end));
  if (honour !== null)
    out.push(suggestAt(ctx, HONORS_RULE, 'honors', honour, start, end, CONFIDENCE.strongCue));
  return true;
}

/** The honour as it is named, or null for one that is a person's. */
function honourOf(written: string): string | null {
  const name = squeeze(written).replace(TOKEN_AFTER, '');
  return name.length < 2 || PERSONAL_HONOUR.test(name) || DESCRIPTION.test(name) ? null : name;
}
const QUOTE = /[“「]([^“”「」\n]{2,40})[”」]/gu;

export const honorsRule: Extractor = {
  id: HONORS_RULE,
  outputs: [{ name: 'honors', kind: 'honour' }],
  run(ctx) {
    const text = ctx.article.text;
    const out: (Suggestion | null)[] = [];
    TRIGGER.lastIndex = 0;
    for (let m = TRIGGER.exec(text); m; m = TRIGGER.exec(text)) {
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      if (PERSONAL.test(before)) continue;
      // 获得了…, 荣获过…: the aspect particle belongs to the verb, not to the honour.
      const after =
        m.index + m[0].length + (/[了过]/u.test(text[m.index + m[0].length] ?? '') ? 1 : 0);
      // Between the verb and the honour a publication may sit: 被《中国卫生杂志》评为 puts it first.
      const rest = text.slice(after, after + 400);
      const quoted = QUOTED.exec(rest);
      if (quoted) {
        const block = quoted[0];
        QUOTE.lastIndex = 0;
        for (let q = QUOTE.exec(block); q; q = QUOTE.exec(block)) {
          const start = after + q.index + 1;
          const honour = honourOf(ctx.article.writtenAt(start, start + q[1]!.length));
          if (honour === null) continue;
          out.push(
            suggestAt(
              ctx,
              HONORS_RULE,
              'honors',
              honour,
              start,
              start + q[1]!.length,
              CONFIDENCE.strongCue,
            ),
          );
        }
        continue;
      }
      if (m[1] === '授予' && pushedTitleAfterObject(ctx, out, after, rest)) continue;
      const counted = COUNTED.exec(rest);
      if (counted) {
        const start = after + counted[0].length - counted[1]!.length;
        const end = after + counted[0].length;
        const honour = honourOf(ctx.article.writtenAt(start, end));
        if (honour !== null)
          out.push(suggestAt(ctx, HONORS_RULE, 'honors', honour, start, end, CONFIDENCE.clauseCue));
        continue;
      }
      // Unquoted: a list up to the clause end, split at 、 and 及.
      // 授予该院全国卫生系统先进集体的称号: the hospital named as the object is no part of it.
      const object = m[1] === '授予' ? (OBJECT.exec(rest)?.[0].length ?? 0) : 0;
      const clause = /^[^，。；！？,;\n“”「」]{2,80}/u.exec(rest.slice(object))?.[0] ?? '';
      const closing =
        /等?\s*(?:多项|一系列)?\s*的?\s*(?:荣誉)?\s*(?:称号|殊荣|荣誉|奖项)\s*$/u.exec(clause);
      const openEnded = /^(?:获评|被评为|评为|表彰为)$/u.test(m[1]!);
      const collective =
        !closing && !openEnded && COLLECTIVE_END.test(clause) && clause.length <= 40;
      if (!closing && !openEnded && !collective) continue;
      const issuer = collective ? (ISSUER_BODY.exec(clause)?.[0].length ?? 0) : 0;
      const list = closing ? clause.slice(0, closing.index) : clause.slice(issuer);
      let at = after + object + issuer;
      for (const item of list.split(/(、|及|和)/u)) {
        // 授予创建单位的最高荣誉: a phrase with 的 describes an honour, it does not name one.
        const honour =
          /^(?:、|及|和)$/u.test(item) || squeeze(item).length < 4 || item.includes('的')
            ? null
            : honourOf(ctx.article.writtenAt(at, at + item.length));
        if (honour !== null) {
          out.push(
            suggestAt(
              ctx,
              HONORS_RULE,
              'honors',
              honour,
              at,
              at + item.length,
              closing || collective ? CONFIDENCE.clauseCue : CONFIDENCE.weakCue,
            ),
          );
        }
        at += item.length;
      }
    }
    out.push(...certifiedHonours(ctx), ...standingHonours(ctx));
    return present(withoutShorterForms(out));
  },
};
