/**
 * Chinese personal names in running text, by cues rather than a list of name characters: a name
 * is a surname (single or compound) and one or two given characters, and its length is decided
 * by what stands after it (李志强表示 is 李志强, 段颖表示 is 段颖: 表示 is a word that follows
 * names, 颖表 is not) or before it (聘请杨焕名院士). All matching is on the simplified view.
 */

/** The common single-character surnames (the first few hundred by frequency). */
export const SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝洪赖萧伊揭冼来郜訾邰逯鄢竺阎巴晋帅钮茅查厉郦储练粟',
);

const COMPOUND_SURNAMES = [
  '欧阳',
  '司马',
  '诸葛',
  '上官',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '令狐',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '轩辕',
  '端木',
  '独孤',
  '南宫',
  '呼延',
];

/** Length of the surname starting at `at` (2 for 欧阳, 1 for 王), or 0 when there is none. */
export function surnameAt(text: string, at: number): number {
  if (COMPOUND_SURNAMES.some((s) => text.startsWith(s, at))) return 2;
  return SURNAMES.has(text[at] ?? '') ? 1 : 0;
}

/**
 * Words that follow a name (the verb or particle after it): the longest first so that 表示 is
 * tried before 表. Two-character words are safe cues; the single characters are those that are
 * rarely the last character of a given name.
 */
const FOLLOWING_WORDS = [
  '同志',
  '表示',
  '指出',
  '强调',
  '介绍',
  '认为',
  '说道',
  '称赞',
  '讲话',
  '致辞',
  '致欢迎词',
  '发言',
  '主持',
  '出席',
  '参加',
  '陪同',
  '带领',
  '率领',
  '率队',
  '一行',
  '代表',
  '宣读',
  '宣布',
  '提出',
  '要求',
  '希望',
  '先后',
  '亲自',
  '来到',
  '来院',
  '深入',
  '走访',
  '看望',
  '慰问',
  '调研',
  '检查',
  '视察',
  '考察',
  '获得',
  '获评',
  '荣获',
  '获颁',
  '当选',
  '担任',
  '兼任',
  '作为',
  '就任',
  '接任',
  '对此',
  '详细',
  '首先',
  '最后',
  '随后',
  '一起',
  '共同',
  '分别',
  '等人',
  '教授',
  '院士',
  '博士',
  '医生',
  '医师',
  '主任',
  '院长',
  '书记',
];
const FOLLOWING_CHARS = new Set(
  '的在和与及等对向为将把被说是也就又还到从率获携给让带代已曾仍均都'.split(''),
);

/** Whether a name may end at `at`: what stands there is punctuation, space, the end, or a cue. */
export function endsName(text: string, at: number): 'cue' | 'boundary' | null {
  if (at >= text.length) return 'boundary';
  const next = text[at]!;
  if (!/\p{Script=Han}/u.test(next)) return 'boundary';
  if (FOLLOWING_WORDS.some((w) => text.startsWith(w, at))) return 'cue';
  if (FOLLOWING_CHARS.has(next)) return 'cue';
  return null;
}

/** Characters that end institutions and posts, never a given name (党委, 医院, 该科). */
const NOT_NAME_END = new Set('委院局科部市县区省办会组室处厅司校所站队团社厂协'.split(''));
/** Characters that are never given names: particles and function words. */
const NOT_GIVEN = new Set('的了是在和与及等对向为将把被着过也就又还、'.split(''));

/** Whether `name` can be a name at all (the characters after the surname are plausible). */
export function plausibleName(name: string): boolean {
  const chars = [...name];
  const surname = surnameAt(name, 0);
  if (surname === 0 || chars.length < surname + 1 || chars.length > surname + 2) return false;
  const given = chars.slice(surname);
  if (given.some((c) => NOT_GIVEN.has(c) || !/\p{Script=Han}/u.test(c))) return false;
  return !NOT_NAME_END.has(given[given.length - 1]!);
}

/**
 * The name that starts at `at` (a post or byline role just before it): the longer reading when
 * what follows it is a cue or a boundary and the shorter one is not cut before a cue word; `sure`
 * says a cue confirmed the length. Null when no surname starts there.
 */
export function nameStartingAt(
  text: string,
  at: number,
  startsWord: (at: number) => boolean = () => false,
): { length: number; sure: boolean } | null {
  const surname = surnameAt(text, at);
  if (surname === 0) return null;
  const long = surname + 2;
  const short = surname + 1;
  const longName = text.slice(at, at + long);
  const shortName = text.slice(at, at + short);
  const longEnd = longName.length === long ? endsName(text, at + long) : null;
  const shortEnd = endsName(text, at + short);
  const shortIsCueWord =
    shortEnd === 'cue' && FOLLOWING_WORDS.some((w) => text.startsWith(w, at + short));
  const longOk = longName.length === long && plausibleName(longName);
  const shortOk = plausibleName(shortName);
  // 段颖表示: a whole cue word after the short reading beats a cue character after the long one.
  if (shortOk && (shortIsCueWord || startsWord(at + short))) return { length: short, sure: true };
  if (longOk && (longEnd !== null || startsWord(at + long))) return { length: long, sure: true };
  if (shortOk && shortEnd !== null) return { length: short, sure: true };
  if (longOk) return { length: long, sure: false };
  return shortOk ? { length: short, sure: false } : null;
}
