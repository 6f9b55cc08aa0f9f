/**
 * Where the words before an institution's name end inside a run of ideographs that the name
 * finder (institutions.ts) would otherwise read whole: a sentence's verb or time word glued to
 * the name (西华县举行经开区人民医院, 澳门特区今日举行镜湖医院), and a Taiwan city written before a
 * general hospital whose name does not hold it (台中光田综合医院 is 光田综合医院).
 */
import { divisionAt } from './divisions';

/**
 * Verbs and time words after which a name starts, wherever they stand in the run. Two characters
 * or more, and none that names hold (联合医院, 协和医院): a place written before them is where the
 * event happens, not part of the name. A person's courtesy title, with the preposition after it
 * (行政长官某某女士于X医院致辞), ends the words before the name too: no institution's name holds one,
 * nor a delegation's 一行 (市领导一行来X医院) or 共建 (两县合作共建X医院). Nor does any name hold
 * a verb by which a body names, honours or announces an institution (省委负责同志授予X医院…称号,
 * 市政府网站公示X医院, 市卫健委公布X医院): the body before it is the one that acts (set X). A
 * station's or a studio's name (…专家工作站, …名医工作室) ends where a hospital's starts: a caption
 * line naming one, joined by the reading view to the line below, is no part of the name there.
 * Nor does a name hold a post, a person and where they go (某某局局长王某到X医院调研, 院长李某赴X医院):
 * the post ends in 长, 书记, 主任 or 主席, the person's name is two or three characters, and 到,
 * 赴 or 来 follows it.
 */
const VERB_OR_TIME =
  /举行|举办|召开|开展|启动|今日|今天|昨日|昨天|日前|近日|明日|明天|现时|现在|目前|当时|同时|走进|来到|前往|莅临|深入|走访|看望|视察|调研|参观|慰问|签约|入驻|落户|出席|抵达|共建|授予|授牌|公示|公布|表彰|通报|命名|批复|工作站|工作室|一行[来到赴]?|(?:女士|先生|夫人)[于在到]?|(?:长|书记|主任|主席)\p{Script=Han}{2,3}?[到赴来]/gu;

/**
 * Where the run [runStart, suffixStart) starts once the words before the name are cut off: after
 * the last verb or time word that leaves at least two characters of name before the suffix.
 */
export function afterVerbOrTime(text: string, runStart: number, suffixStart: number): number {
  if (suffixStart - runStart < 5) return runStart;
  const run = text.slice(runStart, suffixStart);
  let cut = -1;
  VERB_OR_TIME.lastIndex = 0;
  for (let m = VERB_OR_TIME.exec(run); m; m = VERB_OR_TIME.exec(run)) {
    const after = m.index + m[0].length;
    if (run.length - after >= 2) cut = after;
  }
  return cut < 0 ? runStart : runStart + cut;
}

/**
 * A website's words, which no hospital's name holds: a site's name and its menu read as joined to
 * the headline under them ('某某政府入口網站 ⏎ 新聞 ⏎ 某某醫院介紹…' reads 某某入口网站新闻某某医院,
 * set Y). Not for companies, whose names may hold them (某某新闻传媒有限公司).
 */
const SITE_WORD = /网站|门户网|首页|新闻中心|新闻/gu;

/** Where the run [runStart, suffixStart) starts after the last website word in it. */
export function afterSiteWord(text: string, runStart: number, suffixStart: number): number {
  const run = text.slice(runStart, suffixStart);
  let cut = -1;
  for (const m of run.matchAll(SITE_WORD))
    if (run.length - (m.index + m[0].length) >= 2) cut = m.index + m[0].length;
  return cut < 0 ? runStart : runStart + cut;
}

/**
 * An ordinal count inside the run describes what a place will have, not a name (将成为某某区第一所
 * 综合医疗中心, 某市第一家市立医院, 全县首家…医院: set Y). The run starts after it, so that the words
 * left, a kind of hospital, are read as one (and refused) and nothing before the count is taken.
 */
const ORDINAL_COUNT = /第[一二三四五六七八九十0-9]+[个家所座间]|首[个家所座间]/gu;

/** Where the run [runStart, suffixStart) starts after the last ordinal count in it. */
export function afterOrdinalCount(text: string, runStart: number, suffixStart: number): number {
  const run = text.slice(runStart, suffixStart);
  let cut = -1;
  for (const m of run.matchAll(ORDINAL_COUNT)) cut = m.index + m[0].length;
  return cut < 0 ? runStart : runStart + cut;
}

/**
 * A Taiwan city's short name before a general hospital's proper name (台中光田综合医院, 台中童综合医院):
 * Taiwan names its general hospitals without their city, so the name starts after the city. A
 * city's full name (臺中市老人復健綜合醫院) is part of the name and stays.
 */
export function afterTaiwanCity(text: string, start: number, suffixStart: number): number {
  if (!text.startsWith('综合', suffixStart - 2)) return start;
  const city = divisionAt(text, start);
  if (!city?.short || !city.candidates.every((d) => d.outside)) return start;
  const name = text.slice(city.end, suffixStart - 2);
  return /^\p{Script=Han}{1,4}$/u.test(name) ? city.end : start;
}

/**
 * What trimWordsBefore reads and moves of an institution mention (institutions.ts), declared
 * here so the two modules do not import each other.
 */
export interface BareNameCandidate {
  start: number;
  name: string;
  form: string;
}

/** Characters a bare name may have swallowed from the words before it (让新光医院). */
const WORD_BEFORE = /^[将同让给暨]$/u;

/**
 * Bare names that swallowed a word before them, as another bare mention of the article shows
 * (让新光医院 next to 新光医院): the mention starts after that word. Changes `found` in place.
 */
export function trimWordsBefore(found: BareNameCandidate[]): void {
  const bare = new Set(found.filter((m) => m.form === 'bare').map((m) => m.name));
  for (const m of found) {
    if (m.form !== 'bare' || !WORD_BEFORE.test(m.name[0]!) || !bare.has(m.name.slice(1))) continue;
    m.start += 1;
    m.name = m.name.slice(1);
  }
}
