/**
 * The posts people are named with in Chinese news (院长, 党委书记, 副县长…), where they stand
 * around a name, and how a chain of them reads (党委书记、院长): the vocabulary of rule:people@1.
 */

/** Posts written before a name; longest first so that 党委副书记 is not read as 书记. */
export const POSTS_BEFORE = [
  '省委副书记',
  '市委副书记',
  '县委副书记',
  '区委副书记',
  '党支部副书记',
  '支部副书记',
  '支部书记',
  '省领导',
  '市领导',
  '院领导',
  '县领导',
  '区领导',
  '党委副书记',
  '党委书记',
  '党总支书记',
  '党支部书记',
  '党组书记',
  '省委书记',
  '市委书记',
  '县委书记',
  '区委书记',
  '县委常委',
  // An autonomous prefecture's (州) leaders (恩施州: 州长某某, 州委常委、常务副州长某某; session 12).
  '州委副书记',
  '州委书记',
  '州委常委',
  '市委常委',
  '常委',
  '纪委书记',
  '执行院长',
  '常务副院长',
  '名誉副院长',
  '名誉院长',
  // Taiwan's 荣誉院长 (a former president honoured), as 名誉院长 (set Y).
  '荣誉副院长',
  '荣誉院长',
  '总院长',
  '副院长',
  '院长助理',
  '院长',
  '副主任医师',
  '主任医师',
  '主治医师',
  '主管护师',
  // A county's or city's title of honour for a doctor of Chinese medicine (市名中医某某; session 12).
  '名中医',
  '医师',
  '医生',
  '专家',
  '副主任委员',
  '主任委员',
  '副主任',
  '主任',
  '总护士长',
  '护士长',
  '主委',
  '副局长',
  '局长',
  '副厅长',
  '厅长',
  '副部长',
  '部长',
  '副处长',
  '处长',
  '副科长',
  '科长',
  '副省长',
  '省长',
  '副市长',
  '市长',
  '副县长',
  '县长',
  '常务副州长',
  '副州长',
  '州长',
  '副区长',
  '区长',
  '副镇长',
  '镇长',
  '副乡长',
  '乡长',
  '副主席',
  '主席',
  '副校长',
  '校长',
  '副所长',
  '所长',
  '副站长',
  '站长',
  '副秘书长',
  '秘书长',
  // A leader's secretary named in a list of guests (某会长秘书王某、某院士秘书李某; set X).
  '秘书',
  '总会计师',
  '副董事长',
  '董事长',
  '副总经理',
  '总经理',
  '理事长',
  '会长',
  // A newspaper's head (社长某某 led the reporters, found on set M).
  '副社长',
  '社长',
  '副研究员',
  '研究员',
  // Non-leading civil-service ranks (二级调研员, 副巡视员), named beside a commission's leaders.
  '调研员',
  '副巡视员',
  '巡视员',
  '副书记',
  '书记',
  '院士',
  // Taiwan and Hong Kong posts (read on the simplified view: 署長 is 署长).
  '副总统',
  '总统',
  '政务次长',
  '常务次长',
  '次长',
  '副议长',
  '议长',
  '副署长',
  '署长',
  '副司长',
  '司长',
  '立法委员',
  '立委',
  '议员',
  '发言人',
  // A colony's governor in Hong Kong and Macau history (时任港督某某, found on set P).
  '港督',
  '总督',
  '枢机主教',
  '总主教',
  '主教',
  // A deputy of a foundation's or company's head (副执行长某某, set Y): not 执行长 with 副 dropped.
  '副执行长',
  '执行长',
  '行政长官',
  '执行董事',
  '董事',
  // Acting posts: only the unambiguous 代理 form before a name (代院长 also ends 第一代院长).
  '代理院长',
  '代理主任',
  '导演',
  '行政总裁',
  '总裁',
  '总监',
  '创办人',
  '学科带头人',
  '博士生导师',
  '硕士生导师',
  // Who speaks for the people a hospital serves (前来就诊的村民某某说, 患者代表某某; set S): named
  // in the article like an official, their words quoted.
  '村民',
  '居民',
  '患者代表',
  '群众代表',
  '村民代表',
  '职工代表',
].sort((a, b) => b.length - a.length);
/** Posts that stand before a name only inside a chain (主任医师、教授、博士生导师X). */
const IN_CHAIN = ['副教授', '教授'];
/**
 * Posts written after a name (杨某某院士, 王某书记, 张某主任医师); 教授 and 博士 only here (before a
 * name 教授 is a verb), and 同志 (张某同志) which is no post but names a person all the same.
 */
export const POSTS_AFTER = [
  '党委书记',
  '党委副书记',
  '常务副院长',
  '名誉副院长',
  '名誉院长',
  '总院长',
  '副院长',
  '院长',
  '副书记',
  '书记',
  '副主任医师',
  '主任医师',
  '主治医师',
  '医师',
  '医生',
  '专家',
  '副主任委员',
  '主任委员',
  '副主任',
  '主任',
  '副教授',
  '教授',
  '博士',
  '副研究员',
  '研究员',
  '调研员',
  '副巡视员',
  '巡视员',
  '院士',
  '同志',
  '副局长',
  '局长',
  '副处长',
  '处长',
  '副科长',
  '科长',
  '副部长',
  '部长',
  '副厅长',
  '厅长',
  '副省长',
  '省长',
  '副州长',
  '州长',
  // 某某名中医看诊 (session 12).
  '名中医',
  '副县长',
  '县长',
  '副市长',
  '市长',
  '副区长',
  '区长',
  '镇长',
  '乡长',
  '副主席',
  '主席',
  '副校长',
  '校长',
  '所长',
  '秘书长',
  '董事长',
  '总经理',
  '理事长',
  '会长',
  '副社长',
  '社长',
  '总护士长',
  '护士长',
  '署长',
  '司长',
  '立法委员',
  '立委',
  '议员',
  // A knight of Hong Kong's history (何某爵士), named after the name (found on set P).
  '爵士',
  '执行长',
  '总裁',
  '总统',
  '次长',
  '议长',
  '执行董事',
  // Acting posts after a name (梁某代主任).
  '代院长',
  '代主任',
].sort((a, b) => b.length - a.length);

export const BEFORE_SET = new Set(POSTS_BEFORE);
export const AFTER_SET = new Set(POSTS_AFTER);
/** Every post, in one pass over the text (longest first); each match is tried both ways. */
export const POST = new RegExp(
  [...new Set([...POSTS_BEFORE, ...POSTS_AFTER])].sort((a, b) => b.length - a.length).join('|'),
  // No `u`: the posts are plain BMP characters, and the pattern runs over every article (a third
  // faster without it).
  'g',
);
/** 张某同志: a person, but no post (a real post read elsewhere in the article replaces it). */
export const COMRADE = '同志';

/** Every post, longest first (for a post at the end of a bracket). */
export const POSTS_BY_LENGTH = [...new Set([...POSTS_BEFORE, ...POSTS_AFTER])]
  .filter((p) => p !== COMRADE)
  .sort((a, b) => b.length - a.length);
/** The posts by their last character, longest first: most brackets end in none of them. */
export const POSTS_BY_LAST = new Map<string, string[]>();
for (const post of POSTS_BY_LENGTH) {
  const last = post[post.length - 1]!;
  POSTS_BY_LAST.set(last, [...(POSTS_BY_LAST.get(last) ?? []), post]);
}

/** Any post, for the first one of a profile's sentence (张某，男，主任医师). */
export const FIRST_POST = new RegExp(POSTS_BY_LENGTH.join('|'), 'u');

/** How many posts a chain before a name holds at most (市委常委、副市长、…). */
const MAX_CHAIN = 6;

export function postEndingAt(text: string, at: number): string | undefined {
  return POSTS_BEFORE.find((p) => text.startsWith(p, at - p.length));
}

export function postEndsAt(text: string, at: number): boolean {
  return postEndingAt(text, at) !== undefined;
}

/** The posts before a name joined by 、 (党委书记、院长), from the last one's `[start, end)`. */
export function postChain(text: string, start: number, end: number): string {
  let from = start;
  // At most a few posts: a page of thousands of posts joined by 、 stays linear.
  for (let links = 0; links < MAX_CHAIN && text[from - 1] === '、'; links++) {
    const at = from - 1;
    const previous =
      postEndingAt(text, at) ?? IN_CHAIN.find((p) => text.startsWith(p, at - p.length));
    if (!previous) break;
    from -= 1 + previous.length;
  }
  return text.slice(from, end);
}

/**
 * A colon or spaces (not a line break) between a post and its name: 院长：张某, 院长 张某; or the
 * field the post is in, bracketed (副行政总监（中医）张某), never a photo's position note (院长（右一）).
 */
const POST_GAP =
  /^(?:[ \t\u3000]{0,2}[:：][ \t\u3000]{0,2}|[ \t\u3000]{1,2}|[（(]\p{Script=Han}{1,4}[）)](?=\p{Script=Han}))/u;
const POSITION_NOTE = /^[（(](?:前排|后排|第.排)?[左右中坐站]起?[一二三四五六七八九十\d]*[）)]$/u;

export function gapAfterPost(text: string, at: number): number {
  const gap = POST_GAP.exec(text.slice(at, at + 8))?.[0] ?? '';
  return POSITION_NOTE.test(gap) ? 0 : gap.length;
}

export function postStartsAt(text: string, at: number): boolean {
  return POSTS_BEFORE.some((p) => text.startsWith(p, at));
}

/**
 * A 司, 部, 局, 厅, 委 or 署 closing an office's name right before `at` (社会文化司张某司长,
 * 卫生福利部陈某部长): a bound, no surname. Such characters never end a given name either.
 */
export const closesOffice = (text: string, at: number): boolean =>
  OFFICE_END.test(text[at - 1] ?? '') && /\p{Script=Han}/u.test(text[at - 2] ?? '');
const OFFICE_END = /^[司部局厅委署]$/u;
