/**
 * rule:byline@1 — reporters from the byline (□本报记者 邹欣芮 特约记者 于宁 通讯员 吴飞 郭文文).
 * rule:people@1 — named people with their post (院长张丽丽, 党委书记段颖, 杨焕名院士).
 */
import { CONFIDENCE } from '../confidence';
import { present, suggestAt } from '../suggest';
import type { ExtractionContext, Extractor, Suggestion } from '../types';

export const BYLINE_RULE = 'rule:byline@1';
export const PEOPLE_RULE = 'rule:people@1';

const ROLES = ['本报记者', '特约记者', '本报通讯员', '通讯员', '实习生', '记者', '摄影'];
const ROLE = ROLES.join('|');
/** A byline: a role at a line start (or after □), then names separated by spaces. */
const BYLINE = new RegExp(
  `(?:^|[□■\\n])[ \\t\\u3000]*(${ROLE})[ \\t\\u3000]+([\\p{Script=Han}]+(?:[ \\t\\u3000]+[\\p{Script=Han}]+)*)`,
  'gu',
);
const COMPOUND_SURNAMES =
  /^(?:欧阳|司马|诸葛|上官|东方|皇甫|尉迟|公孙|慕容|令狐|长孙|宇文|司徒|夏侯|轩辕|端木|独孤|南宫|呼延)/u;

export interface PersonValue {
  name: string;
  role?: string;
  title?: string;
}

/**
 * The name in a byline token. OCR sometimes glues the next subhead onto the last name
 * (李波锤炼匠心): a token too long to be a name keeps its first two characters, as a guess.
 */
function bylineName(token: string): { name: string; confidence: number } {
  const chars = [...token];
  if (chars.length <= 3 || (chars.length === 4 && COMPOUND_SURNAMES.test(token))) {
    return { name: token, confidence: CONFIDENCE.fixedForm };
  }
  return { name: chars.slice(0, 2).join(''), confidence: CONFIDENCE.guess };
}

function bylines(
  ctx: ExtractionContext,
): { name: string; role: string; start: number; end: number; confidence: number }[] {
  return ctx.memo('bylines', () => {
    const text = ctx.article.text;
    const found = [];
    BYLINE.lastIndex = 0;
    for (let m = BYLINE.exec(text); m; m = BYLINE.exec(text)) {
      const role = m[1]!;
      let at = m.index + m[0].length - m[2]!.length;
      for (const token of m[2]!.split(/([ \t\u3000]+)/u)) {
        if (token.trim() !== '' && !/\s/u.test(token)) {
          const { name, confidence } = bylineName(token);
          found.push({ name, role, start: at, end: at + name.length, confidence });
        }
        at += token.length;
      }
      // The next role may follow on the next line: let the scan restart at that line.
      BYLINE.lastIndex = m.index + m[0].length;
    }
    return found;
  });
}

export const bylineRule: Extractor = {
  id: BYLINE_RULE,
  fields: ['reporters'],
  run(ctx) {
    return present(
      bylines(ctx).map((b) =>
        suggestAt(
          ctx,
          BYLINE_RULE,
          'reporters',
          { name: b.name, role: b.role } satisfies PersonValue,
          b.start,
          b.end,
          b.confidence,
        ),
      ),
    );
  },
};

// Longest first so that 党委副书记 is not read as 书记 and 副院长 not as 院长.
const TITLES = [
  '党委副书记',
  '党委书记',
  '党总支书记',
  '执行院长',
  '副院长',
  '院长',
  '副主任医师',
  '主任医师',
  '副主任',
  '主任',
  '副教授',
  '教授',
  '主委',
  '局长',
  '副局长',
  '董事长',
  '书记',
  '院士',
].sort((a, b) => b.length - a.length);
// 教授 and 院士 follow the name (杨焕名院士); before a name 教授 is usually the verb (教授成熟经验).
const TITLE = TITLES.filter((t) => t !== '教授' && t !== '副教授' && t !== '院士').join('|');
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝';
/** Characters that start the verb after a name, not a given name (院长李煌代表…, 段颖表示). */
const AFTER_NAME =
  '的是在从亲和与等说表代带指强介认高上担率也就又还向对将把被为到已称坚出任来主提要组深作到';
const TITLE_THEN_NAME = new RegExp(`(${TITLE})([${SURNAMES}][\\p{Script=Han}]{1,2})`, 'gu');
const NAME_THEN_TITLE = new RegExp(`([${SURNAMES}][\\p{Script=Han}]{1,2})(院士|教授)`, 'gu');

function trimName(name: string): string {
  const chars = [...name];
  if (chars.length === 3 && AFTER_NAME.includes(chars[2]!)) return chars.slice(0, 2).join('');
  return name;
}

export const peopleRule: Extractor = {
  id: PEOPLE_RULE,
  fields: ['people'],
  run(ctx) {
    const text = ctx.article.text;
    const reporters = new Set(bylines(ctx).map((b) => b.name));
    const out: (Suggestion | null)[] = [];
    const push = (name: string, title: string, start: number, confidence: number): void => {
      if (reporters.has(name) || AFTER_NAME.includes(name[1]!)) return;
      out.push(
        suggestAt(
          ctx,
          PEOPLE_RULE,
          'people',
          { name, title } satisfies PersonValue,
          start,
          start + name.length,
          confidence,
        ),
      );
    };
    TITLE_THEN_NAME.lastIndex = 0;
    for (let m = TITLE_THEN_NAME.exec(text); m; m = TITLE_THEN_NAME.exec(text)) {
      const name = trimName(m[2]!);
      push(name, m[1]!, m.index + m[1]!.length, CONFIDENCE.clauseCue);
    }
    NAME_THEN_TITLE.lastIndex = 0;
    for (let m = NAME_THEN_TITLE.exec(text); m; m = NAME_THEN_TITLE.exec(text)) {
      // The surname class also matches the verb before a name (聘请杨焕名): prefer a 3-character name.
      const name = m[1]!;
      push(name, m[2]!, m.index, CONFIDENCE.weakCue);
    }
    return present(out);
  },
};
