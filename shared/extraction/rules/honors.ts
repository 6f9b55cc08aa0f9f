/**
 * rule:honors@1 — titles and awards the hospital received: quoted names after 荣获/获得/被评为…
 * (“全国先进基层党组织”“国家级诚信单位”等称号, 「…」 in Taiwan), or unquoted lists closed by 称号/殊荣/荣誉
 * (获得全国五一劳动奖状、全国三八红旗集体等多项殊荣), or after 获评/评为 up to the clause end.
 * Honours of people (2位名师获得…专家称号) are left out.
 */
import { CONFIDENCE } from '../confidence';
import { present, squeeze, suggestAt } from '../suggest';
import type { Extractor, Suggestion } from '../types';
import { certifiedHonours, withoutShorterForms } from './honors-certified';
import { standingHonours } from './honors-standing';

export const HONORS_RULE = 'rule:honors@1';

const TRIGGER = /(荣获|获得|获评|被评为|评为|授予|荣膺)/gu;
/** A count of people right before the verb: the honour is theirs, not the hospital's. */
const PERSONAL = /[0-9一二三四五六七八九十两]+\s*(?:位|名|人)[^，。；、]{0,4}$/u;
// Taiwan and Hong Kong texts quote with 「」 where the mainland writes “”.
// A scope may stand before the quote: 荣获全国“某某医院”称号, 获第三届全国“某某”称号.
// So may the scheme's Latin initials: 榮獲SNQ「銀獎」.
const QUOTED =
  /^\s*(?:《[^》]{1,20}》\s*)?(?:第[一二三四五六七八九十0-9]{1,3}届)?(?:全国|全省|全市|全县|国家级|省级|市级|县级)?(?:[A-Z]{2,8}\s*)?(?:[“「]([^“”「」\n]{2,40})[”」]\s*)+/u;
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
/** What is given with an honour and is no part of it: 授予“全国文明单位”牌匾. */
const TOKEN_AFTER = /(?:牌匾|匾额|牌子|奖牌|证书)$/u;

/** The honour as it is named, or null for one that is a person's. */
function honourOf(written: string): string | null {
  const name = squeeze(written).replace(TOKEN_AFTER, '');
  return name.length < 2 || PERSONAL_HONOUR.test(name) ? null : name;
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
      const clause = /^[^，。；！？,;\n“”「」]{2,80}/u.exec(rest)?.[0] ?? '';
      const closing = /等?\s*(?:多项|一系列)?\s*(?:荣誉)?\s*(?:称号|殊荣|荣誉|奖项)\s*$/u.exec(
        clause,
      );
      const openEnded = m[1] === '获评' || m[1] === '被评为' || m[1] === '评为';
      if (!closing && !openEnded) continue;
      const list = closing ? clause.slice(0, closing.index) : clause;
      let at = after;
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
              closing ? CONFIDENCE.clauseCue : CONFIDENCE.weakCue,
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
