/**
 * - rule:founded@1 — the year the hospital was founded (始建于1983年, 前身为1895年设立的…), unless the sentence names
 *   another institution as the one founded (本溪市金山医院始建于1956年 in an article on 本溪市中心医院).
 * - rule:partners@1 — other institutions named in a clause about working together (合作, 签约,
 *   医联体, 托管, 帮扶, 联盟…).
 * - rule:centers@1 — named centres (卒中中心, 女性健康管理中心, 大连市儿童疾病临床医学研究中心).
 */
import { CONFIDENCE } from '../confidence';
import { clauseStart, present, sentenceEnd, sentenceStart, squeeze, suggestAt } from '../suggest';
import type { Extractor, Suggestion } from '../types';
import type { InstitutionMention } from '../institutions';
import { entitiesOf, hospitalOf, institutionsOf, type InstitutionEntity } from './hospital';

export const FOUNDED_RULE = 'rule:founded@1';
export const PARTNERS_RULE = 'rule:partners@1';
export const CENTERS_RULE = 'rule:centers@1';

/** 1983 or 一九八三 (digit by digit, as years are written). */
function yearOf(written: string): number {
  return Number(
    [...written].map((c) => (/[0-9]/u.test(c) ? c : String(YEAR_DIGITS.indexOf(c) % 10))).join(''),
  );
}
const YEAR_DIGITS = '〇一二三四五六七八九零';

const FOUNDED =
  /(?:始建于|创建于|建于|成立于|创办于|始创于|建院于|前身(?:为|是|系))\s*((?:1[89]|20)[0-9]{2}|[一二][〇零○一二三四五六七八九]{3})\s*年/gu;

export const foundedRule: Extractor = {
  id: FOUNDED_RULE,
  outputs: [{ name: 'founded_year', kind: 'year' }],
  options: ['subjectInstitution'],
  run(ctx) {
    const text = ctx.article.text;
    const hospital = hospitalOf(ctx);
    const institutions = institutionsOf(ctx);
    const out: (Suggestion | null)[] = [];
    FOUNDED.lastIndex = 0;
    for (let m = FOUNDED.exec(text); m; m = FOUNDED.exec(text)) {
      const year = yearOf(m[1]!);
      const from = sentenceStart(text, m.index);
      const subject = institutions.filter((i) => i.start >= from && i.end <= m!.index).pop();
      if (subject && hospital && !hospital.mentions.includes(subject)) continue;
      const confidence = subject ? CONFIDENCE.strongCue : CONFIDENCE.weakCue;
      const yearStart = m.index + m[0].indexOf(m[1]!);
      out.push(
        suggestAt(
          ctx,
          FOUNDED_RULE,
          'founded_year',
          year,
          yearStart,
          m.index + m[0].length,
          confidence,
        ),
      );
    }
    return present(out);
  },
};

const PARTNER_CUE =
  /合作|联合|签约|签订|医联体|医共体|托管|帮扶|联盟|共建|牵手|联手|对接|协作|会诊|结对/u;

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
      if (!entity || entity === subject?.entity) continue;
      const near = /与\s*$/u.test(text.slice(Math.max(0, i.start - 3), i.start));
      // A bare word met once is a name only right after 与 (与协和医院签约), not 送到医院.
      if (!entity.trusted && !(near && i.form === 'bare')) continue;
      const name = entity.name;
      if (hospital && (name === hospital || name.includes(hospital) || hospital.includes(name)))
        continue;
      const sentence = text.slice(sentenceStart(text, i.start), sentenceEnd(text, i.end));
      const cue = PARTNER_CUE.exec(sentence);
      if (!cue) continue;
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
    return present(out);
  },
};

/** Verbs after which a centre's name starts (医院成立辅助生殖中心); the last one in the run counts. */
const CENTER_LEAD =
  /^.*(?:建设运行|运行|建设|成立了|成立|创建|设立了|设立|启动|获批|建立|改建成|建成|成为|拥有|下设|开设|组建|打造|挂牌|牵头|设置|新建|包括|以及|其中|作为|依托|调动|助力|推动|推进|设有|为)/u;
const LEADING_WORD = /^(?:了|并|和|与|及|的|级|医院|该院|集团|本院|院内|各级|各|个)+/u;
/** Departments listed before the centre (各专科和卫生中心): the name starts after the list. */
const DEPARTMENT_LIST = /^.*[科室部][和与及]/u;
/** A count inside the run (彩北两个社区卫生服务中心): the name starts after it. */
const COUNT = /^.*[0-9一二三四五六七八九十两]+个/u;
/**
 * Kinds of centre that are not a named service of the hospital, or are institutions themselves;
 * 新闻中心 is a news site's newsroom signing its story (某某網新聞中心); 卫生中心 is Macao's
 * community clinic (衛生中心); a town's or district's centre (武汉新城中心, 市中心) is a place.
 */
const GENERIC =
  /^(?:诊疗|医疗|服务|社区卫生服务|卫生服务|卫生|质控|合作)?中心$|医疗中心$|妇计中心$|新闻中心$|[城市]中心$|^[0-9一二三四五六七八九十]+大/u;
/** (新闻中心 is an outlet's newsroom, as news sites sign their stories: no centre of a hospital.) */
/** The characters before a 中心 that may belong to its name, back to punctuation or the previous 中心. */
const NAME_BEFORE_CENTER = /(?:[\p{Script=Han}]{1,20})(?:\([A-Za-z]+\)|（[A-Za-z]+）)?$/u;

/** Each 中心 not followed by 医/化 (中心医院, 中心化), with the Han run before it (UTF-16). */
function centerRuns(text: string): { start: number; end: number }[] {
  const runs = [];
  let floor = 0;
  for (let at = text.indexOf('中心'); at >= 0; at = text.indexOf('中心', at + 2)) {
    const next = text[at + 2];
    if (next === '医' || next === '化') continue;
    const from = Math.max(floor, at - 24);
    const run = NAME_BEFORE_CENTER.exec(text.slice(from, at));
    floor = at + 2;
    if (run) runs.push({ start: from + run.index, end: at + 2 });
  }
  return runs;
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
      let name = text.slice(run.start, run.end);
      let start = run.start;
      // The run may start with the hospital's name (…医疗集团患者服务中心) or a verb phrase.
      if (hospital && name.startsWith(hospital)) {
        start += hospital.length;
        name = name.slice(hospital.length);
      }
      const lead = CENTER_LEAD.exec(name.slice(0, -2));
      if (lead) {
        start += lead[0].length;
        name = name.slice(lead[0].length);
      }
      const count = COUNT.exec(name.slice(0, -2));
      if (count) {
        start += count[0].length;
        name = name.slice(count[0].length);
      }
      const list = DEPARTMENT_LIST.exec(name.slice(0, -2));
      if (list) {
        start += list[0].length;
        name = name.slice(list[0].length);
      }
      const word = LEADING_WORD.exec(name);
      if (word) {
        start += word[0].length;
        name = name.slice(word[0].length);
      }
      if (name.length < 4 || GENERIC.test(name) || (hospital && name.includes(hospital))) continue;
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
