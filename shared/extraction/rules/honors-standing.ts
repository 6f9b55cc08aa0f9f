/**
 * Honours of standing that no award verb introduces (set Q), for rule:honors@1:
 * - membership of a ranked group: 是全国500家大型医院之一, 为国家首批县域医共体试点单位之一 → the
 *   group (全国500家大型医院); a group without a scope (是本地医院之一) names no honour;
 * - its departments' rank: 心内科、骨科为市级重点学科, 等11个科室为省级临床重点专科 → 市级重点学科;
 * - a scoped place it was chosen for (session 12): 入选全国首批“某某工程”示范医院, 入围全省十佳医院
 *   行列 → 全省十佳医院; not a list or a case that was chosen (入选…名单, …典型案例). Not a place it
 *   climbed to in a ranking (跻身全国地市级医院500强行列: the seeds' reference holds no such rank,
 *   set S's does; chosen by whoever awards, or ranked, is where we draw the line).
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

/** 入选/入围 + a scoped rank, up to the clause's end or the next item (、). */
const RANKED_PLACE =
  /(?:入选|入围)((?:全国|全省|全市|全县|国家|省级|市级|首批|中国)[^，。；、,;！？\n]{2,30}?)(?:行列|之列)?(?=[，。；、,;！？\n]|$)/gu;
/** What is chosen but held by no one: a list, a case, a project; or a group counted elsewhere. */
const NOT_A_RANK = /(?:名单|案例|项目|之一)$/u;

export function standingHonours(ctx: ExtractionContext): (Suggestion | null)[] {
  const text = ctx.article.text;
  const out: (Suggestion | null)[] = [];
  for (const pattern of [ONE_OF_RANKED_GROUP, DEPARTMENTS_RANKED, RANKED_PLACE]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (pattern === RANKED_PLACE && NOT_A_RANK.test(m[1]!)) continue;
      const start = m.index + m[0].lastIndexOf(m[1]!);
      const end = start + m[1]!.length;
      const honour = squeeze(ctx.article.writtenAt(start, end));
      out.push(suggestAt(ctx, 'rule:honors@1', 'honors', honour, start, end, CONFIDENCE.clauseCue));
    }
  }
  return out;
}
