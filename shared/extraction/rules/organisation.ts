/**
 * - rule:partners@1 — other institutions named in a clause about working together (合作, 签约,
 *   医联体, 托管, 帮扶, 联盟…).
 * - rule:centers@1 — named centres (卒中中心, 女性健康管理中心, 大连市儿童疾病临床医学研究中心).
 */
import { CONFIDENCE } from '../confidence';
import { clauseStart, present, squeeze, suggestAt } from '../suggest';
import type { ExtractionContext, Extractor, Suggestion } from '../types';
import type { InstitutionMention } from '../institutions';
import { entitiesOf, hospitalOf, institutionsOf, type InstitutionEntity } from './hospital';
import {
  isDeclaredAlias,
  isDesignation,
  isParentUniversity,
  isPartnerAt,
  isShortFormOf,
  SISTER_BEFORE,
} from './partner-identity';

export const PARTNERS_RULE = 'rule:partners@1';
export const CENTERS_RULE = 'rule:centers@1';

/**
 * A name right after a metadata label on the page's posting line ('来源：某融媒体中心 作者：某医院
 * 编辑：…'): the line is kept in the article for its byline, but the source or author it names is
 * neither a partner nor a centre (found on set Q). The text is the simplified view.
 */
const AFTER_METADATA_LABEL =
  /(?:来源|作者|编辑|责任编辑|供稿|稿源|出品|审核|摄影|出处)\s*[:：︰]\s*$/u;

function afterMetadataLabel(text: string, start: number): boolean {
  return AFTER_METADATA_LABEL.test(text.slice(Math.max(0, start - 8), start));
}

export const partnersRule: Extractor = {
  id: PARTNERS_RULE,
  outputs: [{ name: 'partners', kind: 'institution' }],
  options: ['subjectInstitution'],
  run(ctx) {
    const text = ctx.article.text;
    const subject = hospitalOf(ctx);
    const hospital = subject?.name;
    const entityOf = new Map<InstitutionMention, InstitutionEntity>();
    for (const e of entitiesOf(ctx)) for (const m of e.mentions) entityOf.set(m, e);
    const out: (Suggestion | null)[] = [];
    for (const i of institutionsOf(ctx)) {
      const entity = entityOf.get(i);
      // Short forms of the subject (市中心医院, 中南医院) are the subject.
      if (!entity || entity === subject?.entity || afterMetadataLabel(text, i.start)) continue;
      const near = /与\s*$/u.test(text.slice(Math.max(0, i.start - 3), i.start));
      // A bare word met once is a name only right after 与 (与协和医院签约), not 送到医院.
      if (!entity.trusted && !(near && i.form === 'bare')) continue;
      const name = entity.name;
      if (hospital && (name === hospital || name.includes(hospital) || hospital.includes(name)))
        continue;
      if (isDeclaredAlias(text, i.start) || isDesignation(name)) continue;
      if (hospital && (isShortFormOf(name, hospital) || isParentUniversity(name, hospital)))
        continue;
      if (!isPartnerAt(text, i.start, i.end, entity.kind)) continue;
      out.push(
        suggestAt(
          ctx,
          PARTNERS_RULE,
          'partners',
          name,
          i.start,
          i.end,
          near ? CONFIDENCE.clauseCue : CONFIDENCE.weakCue,
        ),
      );
    }
    out.push(...sisterPartners(ctx, out));
    return present(out);
  },
};

/**
 * A sister hospital named after its cue (姐妹医院—某国医学中心): a partner, though its name may end in
 * a word no institution finder reads as one (医学中心 abroad). Names the finder read are kept as read.
 */
const SISTER_NAME =
  /(?:姐妹|姊妹)(?:医院|院)\s*[—–\-－:：、]*\s*(\p{Script=Han}{2,16}?(?:医学中心|医院|大学|医疗中心))/gu;
function sisterPartners(
  ctx: ExtractionContext,
  found: readonly (Suggestion | null)[],
): Suggestion[] {
  const out: Suggestion[] = [];
  for (const m of ctx.article.text.matchAll(SISTER_NAME)) {
    const start = m.index + m[0].length - m[1]!.length;
    const name = squeeze(m[1]!);
    if (found.some((s) => s?.value === name)) continue;
    const s = suggestAt(
      ctx,
      PARTNERS_RULE,
      'partners',
      name,
      start,
      start + m[1]!.length,
      CONFIDENCE.clauseCue,
    );
    if (s) out.push(s);
  }
  return out;
}

/**
 * Verbs after which a centre's name starts (医院成立辅助生殖中心); the last one in the run counts. A
 * delegation going to one (专家一行到某某中心, set Y) is one of them.
 */
const CENTER_LEAD =
  /^.*(?:建设运行|运行|建设|成立了|成立|创建|设立了|设立|启动|获批|建立|改建成|建成|成为|拥有|下设|开设|组建|打造|挂牌|牵头|设置|新建|包括|以及|其中|作为|依托|调动|助力|推动|推进|设有|来自|达到|为|一行到|一行赴|前往)/u;
// 将 (将某中心…, set Y) but not 将军.
const LEADING_WORD =
  /^(?:了|并|和|与|及|的|级|将(?!军)|医院|该院|集团|本院|我院|全院|院内|各级|各大|各家|各|个|大型)+/u;
/** Departments listed before the centre (各专科和卫生中心): the name starts after the list. */
const DEPARTMENT_LIST = /^.*[科室部][和与及]/u;
/**
 * A count inside the run (彩北两个社区卫生服务中心, 1000家胸痛中心, 首个, 多个, 首批, and the
 * measure words of a building or a machine: 一座, 首座, 多部, set Y): the name starts after it.
 */
const COUNT = /^.*(?:[0-9一二三四五六七八九十两百千多首]+(?:个|家|所|批|座|部|间)|首批)/u;
/**
 * The scope of a programme a centre is certified in, not part of the hospital's centre's name
 * (国家级胸痛中心, 中国胸痛中心, 通过了全国胸痛中心认证): the centre is 胸痛中心.
 */
const SCOPE = /^(?:中国|国家级|国家|全国|国际|美国|省级|市级|县级)+/u;
/** A level of certification (国家级, 省级) is never part of a centre's name, whatever its length. */
const LEVEL = /级$/u;
/**
 * Segmenter tags of words a centre's name never runs across: prepositions, particles and
 * pronouns. Not conjunctions (危重孕产妇和新生儿抢救中心 is one name), nor adverbs (失智共同照护中心,
 * 急重症中心): an adverb before a verb is cut with the verb.
 */
const NOT_IN_NAME_TAG = /^(?:p|u[a-z]*|r[a-z]*|y)$/u;
const JOINING = new Set(['与', '和', '及', '同']);

/**
 * Where a centre's name may start in `[from, at)` as the segmenter reads it: after the last
 * function word (根据|胸痛中心, 被|纳入…), and after the last verb that a noun follows
 * (达到|国家胸痛中心, 开展|日间手术中心) — a verb right before 中心 is part of the name
 * (危重孕产妇救治中心, 介入治疗中心). `from` without a segmenter.
 */
function nameStartByWords(ctx: ExtractionContext, from: number, at: number): number {
  const words = ctx.words.around(at - 1)?.filter((w) => w.start >= from && w.end <= at) ?? [];
  let start = from;
  words.forEach((word, i) => {
    // 与, 和, 及 join two parts of one name (盆底与产后康复中心), whatever the tag says.
    if (NOT_IN_NAME_TAG.test(word.tag) && !JOINING.has(word.text)) start = word.end;
    // A one-character verb before a noun is a modifier of the name (急|重症中心).
    else if (
      word.text.length > 1 &&
      /^v[d]?$/u.test(word.tag) &&
      words.slice(i + 1).some((w) => /^n/u.test(w.tag))
    )
      start = word.end;
  });
  return start;
}
/**
 * Kinds of centre that are not a named service of the hospital, or are institutions themselves;
 * 新闻中心 is a news site's newsroom signing its story (某某網新聞中心); 卫生中心 is Macao's
 * community clinic (衛生中心); a town's or district's centre (武汉新城中心, 市中心) is a place.
 * 医学中心 alone is a grade of hospital (醫學中心等級) or where doctors come from (来自各大医学中心),
 * and 专责中心 a kind of unit after a list (等专责中心): no centre of the hospital's (set T).
 */
const GENERIC =
  /^(?:诊疗|医疗|医学|服务|社区卫生服务|卫生服务|卫生|质控|合作|示范|专责|专业)?中心$|医疗中心$|妇计中心$|新闻中心$|社区卫生服务中心$|会议中心$|会展中心$|[城市]中心$|^[0-9一二三四五六七八九十]+大/u;
/** (新闻中心 is an outlet's newsroom, as news sites sign their stories: no centre of a hospital.) */
/** The characters before a 中心 that may belong to its name, back to punctuation or the previous 中心. */
const NAME_BEFORE_CENTER = /(?:[\p{Script=Han}]{1,20})(?:\([A-Za-z]+\)|（[A-Za-z]+）)?$/u;

/** Each 中心 not followed by 医/化 (中心医院, 中心化), with the Han run before it (UTF-16). */
function centerRuns(text: string): { start: number; end: number }[] {
  const runs = [];
  let floor = 0;
  for (let at = text.indexOf('中心'); at >= 0; at = text.indexOf('中心', at + 2)) {
    const next = text[at + 2];
    // 中心医院, 中心化, and 中心城区/中心城镇 (a town's centre).
    if (next === '医' || next === '化' || next === '城') continue;
    const from = Math.max(floor, at - 24);
    const run = NAME_BEFORE_CENTER.exec(text.slice(from, at));
    floor = at + 2;
    if (run) runs.push({ start: from + run.index, end: at + 2 });
  }
  return runs;
}

/** Cuts `cut` units off the front of a candidate. */
function cutFront(c: { start: number; name: string }, cut: number): void {
  c.start += cut;
  c.name = c.name.slice(cut);
}

/**
 * A centre's name in its run: after the hospital's name or another institution's
 * (某某县人民医院胸痛中心, unless what is left is generic: …医院合作中心 is one name), after the
 * verb phrase, count or function word that leads to it (as listed, or as the segmenter reads
 * it), and after the scope of a certification programme (国家级胸痛中心 → 胸痛中心).
 */
function centreName(
  ctx: ExtractionContext,
  run: { start: number; end: number },
  hospital: string | undefined,
): { start: number; name: string } {
  const text = ctx.article.text;
  const c = { start: run.start, name: text.slice(run.start, run.end) };
  if (hospital && c.name.startsWith(hospital)) cutFront(c, hospital.length);
  const institution = c.name.slice(0, -2).lastIndexOf('医院');
  if (institution >= 0 && !GENERIC.test(c.name.slice(institution + 2)))
    cutFront(c, institution + 2);
  const lead = CENTER_LEAD.exec(c.name.slice(0, -2));
  const byWords = nameStartByWords(ctx, c.start, run.end - 2) - c.start;
  cutFront(c, Math.max(lead?.[0].length ?? 0, byWords));
  const count = COUNT.exec(c.name.slice(0, -2));
  if (count) cutFront(c, count[0].length);
  const list = DEPARTMENT_LIST.exec(c.name.slice(0, -2));
  if (list) cutFront(c, list[0].length);
  const word = LEADING_WORD.exec(c.name);
  if (word) cutFront(c, word[0].length);
  // 1000家胸痛中心: the run of ideographs starts at the count's measure word.
  if (/[0-9０-９]/u.test(text[c.start - 1] ?? '') && /^[个家所批]/u.test(c.name)) cutFront(c, 1);
  const scope = SCOPE.exec(c.name);
  const rest = scope ? c.name.slice(scope[0].length) : '';
  // A programme's scope before a kind of centre (中国胸痛中心, 全国卒中中心); a longer name keeps it
  // (国家心血管病诊疗中心 is a centre of its own).
  if (scope && (rest.length === 4 || (LEVEL.test(scope[0]) && rest.length > 4)))
    cutFront(c, scope[0].length);
  return c;
}

export const centersRule: Extractor = {
  id: CENTERS_RULE,
  outputs: [{ name: 'centers', kind: 'institution' }],
  options: ['subjectInstitution'],
  run(ctx) {
    const text = ctx.article.text;
    const hospital = hospitalOf(ctx)?.name;
    const out: (Suggestion | null)[] = [];
    for (const run of centerRuns(text)) {
      const { start, name } = centreName(ctx, run, hospital);
      if (name.length < 4 || GENERIC.test(name) || (hospital && name.includes(hospital))) continue;
      // 以国家儿童医院中心为目标, 国家区域医疗中心建设项目: what the hospital is or aims to be.
      if (isDesignation(squeeze(name))) continue;
      if (afterMetadataLabel(text, start)) continue;
      // A centre that is a partner of the hospital's (姐妹医院—某国医学中心) is an institution of its own.
      if (SISTER_BEFORE.test(text.slice(Math.max(0, start - 8), start))) continue;
      // A number right before (20个诊疗中心, 21个市级质控中心) makes it a count, not a name.
      if (/[0-9一二三四五六七八九十]+个\s*$/u.test(text.slice(clauseStart(text, start), start)))
        continue;
      out.push(
        suggestAt(
          ctx,
          CENTERS_RULE,
          'centers',
          squeeze(name),
          start,
          start + name.length,
          CONFIDENCE.clauseCue,
        ),
      );
    }
    return present(out);
  },
};
