/**
 * Honours of standing that no award verb introduces (set Q), for rule:honors@1:
 * - membership of a ranked group: 是全国500家大型医院之一, 为国家首批县域医共体试点单位之一 → the
 *   group (全国500家大型医院); a group without a scope (是本地医院之一) names no honour;
 * - its departments' rank: 心内科、骨科为市级重点学科, 等11个科室为省级临床重点专科 → 市级重点学科.
 */
import { CONFIDENCE } from '../confidence';
import { squeeze, suggestAt } from '../suggest';
import type { ExtractionContext, Suggestion } from '../types';

/** 是/为/系 + a scoped group of institutions + 之一. */
const ONE_OF_RANKED_GROUP =
  /(?:是|为|系|作为|成为|入选)((?:全国|全省|全市|国家|省级|市级|首批|中国)[^，。；、,;“”]{2,20}?(?:医院|单位|基地|机构|医共体))之一/gu;

/** A department list then its rank: …科为市级重点学科, …等11个科室为为省级临床重点专科. */
const DEPARTMENTS_RANKED =
  /(?:科|中心|室|专业)(?:等[0-9一二三四五六七八九十]+个(?:科室|学科|专科))?(?:为|是|成为|被评为|被确定为|被列为)+((?:国家|省|市|县|区)级?(?:临床)?重点(?:学科|专科|实验室)(?:建设项目)?)/gu;

export function standingHonours(ctx: ExtractionContext): (Suggestion | null)[] {
  const text = ctx.article.text;
  const out: (Suggestion | null)[] = [];
  for (const pattern of [ONE_OF_RANKED_GROUP, DEPARTMENTS_RANKED]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index + m[0].lastIndexOf(m[1]!);
      const end = start + m[1]!.length;
      const honour = squeeze(ctx.article.writtenAt(start, end));
      out.push(suggestAt(ctx, 'rule:honors@1', 'honors', honour, start, end, CONFIDENCE.clauseCue));
    }
  }
  return out;
}
