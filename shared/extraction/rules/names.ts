/**
 * Chinese personal names in running text, by cues rather than a list of name characters: a name
 * is a surname (single or compound) and one or two given characters, and its length is decided
 * by the word segmenter's boundaries (words.ts: 刘|高峰|主持 is 刘高峰, 田涛|获省 is 田涛) together
 * with what stands after it (李志强表示 is 李志强, 段颖表示 is 段颖: 表示 is a word that follows
 * names, 颖表 is not) or before it (聘请杨焕名院士). All matching is on the simplified view.
 */
import { divisionAt } from '../divisions';
import { isPersonTag, isPlaceTag, isUnknownTag, type ArticleWords, type Word } from '../words';
import { FOLLOWING_CHARS, FOLLOWING_WORDS } from './name-cues';

/** The common single-character surnames (the first few hundred by frequency). */
export const SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝洪赖萧伊揭冼来郜訾邰逯鄢竺阎巴晋帅钮茅查厉郦储练粟危傅普鞠冀郁芮蔺晁邸栗濮逄扈',
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
/** Verbs of saying: never the last character of a given name (李明说, 王芳称). */
const SAYING = new Set('说称'.split(''));
/**
 * 李栋|作|工作汇报, 王立|作|《政府工作报告》: 作 (to deliver) before a report, speech or statement
 * is the verb after a two-character name, never its third character (set V). Only where what
 * follows is such a thing: a name may end in 作 elsewhere.
 */
const REPORT_AFTER_ZUO =
  /^(?:了|过)?(?:《|“|工作|报告|汇报|讲话|发言|表态|总结|部署|动员|主题|专题|典型|交流|说明|点评|辅导|述职|承诺|重要|开幕|闭幕|欢迎|致辞|政府)/u;
/** A courtesy title after a name closes it as punctuation would (林郑月娥女士). */
const HONORIFIC_AFTER = /^(?:女士|先生|夫人|太太)/u;

/** Characters that are never given names: particles and function words. */
const NOT_GIVEN = new Set('的了是在和与及等对向为将把被着过也就又还、'.split(''));

/**
 * A surname outside the common list, as the segmenter reads it where a post or a credit stands
 * before it: a character its dictionary tags a one-character name (赫/nr, 蒿/nr, 亓/nr in
 * 院长赫建国, 主任亓小龙), or one it does not know at all (禚/x) followed by a word it reads as a
 * given name (禚|文明/nr), or a name it reads as one unknown word closed as names are (禚伟/x介绍). jieba's dictionary holds the rare surnames so, with no list typed here;
 * its one-character names also hold given-name characters (峰, 涛) and syllables of foreign names
 * (斯, 萨), so it is asked only at such a cue, never to find names in running text.
 */
export function taggedSurnameAt(words: ArticleWords | undefined, text: string, at: number): number {
  if (!words?.available || !/\p{Script=Han}/u.test(text[at] ?? '')) return 0;
  const word = words.wordAt(at);
  if (!word || word.start !== at || NOT_GIVEN.has(text[at]!) || NOT_NAME_END.has(text[at]!))
    return 0;
  // A whole unknown word of a name's length (禚伟/x, 亓锋/x) where a name may end after it (a
  // mark, a cue): 自聘/x before 医师 is none.
  if (word.text.length > 1) {
    const closed = word.text.length <= 3 && endsName(text, word.end) !== null;
    return isUnknownTag(word.tag) && closed ? 1 : 0;
  }
  if (isPersonTag(word.tag)) return 1;
  if (!isUnknownTag(word.tag)) return 0;
  const given = words.wordAt(at + 1);
  return given && given.start === at + 1 && given.text.length <= 2 && isPersonTag(given.tag)
    ? 1
    : 0;
}

/**
 * Whether `name` can be a name at all (the characters after the surname are plausible);
 * `surname`: the surname's length when the segmenter read it (taggedSurnameAt).
 */
export function plausibleName(name: string, surname = surnameAt(name, 0)): boolean {
  const chars = [...name];
  if (surname === 0 || chars.length < surname + 1 || chars.length > surname + 2) return false;
  const given = chars.slice(surname);
  if (given.some((c) => NOT_GIVEN.has(c) || !/\p{Script=Han}/u.test(c))) return false;
  return !NOT_NAME_END.has(given[given.length - 1]!);
}

/**
 * Whether `name`, bounded on both sides by list punctuation (、, 等, a count), can be a name: the
 * bounds settle its length, so a given character that is also a function word (程向荣, 易为民,
 * 李为民) is read too. Particles and the list's own marks are still never given names.
 */
export function boundedName(name: string): boolean {
  const chars = [...name];
  const surname = surnameAt(name, 0);
  if (surname === 0 || chars.length < surname + 1 || chars.length > surname + 2) return false;
  const given = chars.slice(surname);
  if (given.some((c) => BOUNDED_NOT_GIVEN.has(c) || !/\p{Script=Han}/u.test(c))) return false;
  return !NOT_NAME_END.has(given[given.length - 1]!) && !NOT_GIVEN.has(given[given.length - 1]!);
}
const BOUNDED_NOT_GIVEN = new Set('的了是在和与及等、'.split(''));

/**
 * Whether `name`, closed by a credit's bracket (通讯员王在昭）) and read as a name by the segmenter,
 * can be one: a given character may be a preposition or conjunction (在, 和, 与), never a particle.
 */
export function closedName(name: string, surname = surnameAt(name, 0)): boolean {
  const chars = [...name];
  if (surname === 0 || chars.length !== surname + 2) return false;
  const given = chars.slice(surname);
  if (given.some((c) => CLOSED_NOT_GIVEN.has(c) || !/\p{Script=Han}/u.test(c))) return false;
  return !NOT_NAME_END.has(given[1]!) && !NOT_GIVEN.has(given[1]!);
}
const CLOSED_NOT_GIVEN = new Set('的了是着过等、'.split(''));

/**
 * Dictionary words the segmenter tags as names (or that read as a surname and a given character)
 * which are not people after a post: 张口 (to open one's mouth), 王府井 (a Beijing street).
 */
const NOT_PERSON_WORDS = new Set([
  '张口',
  '高度',
  '王府',
  '王府井',
  '高级',
  '高等',
  '高层',
  '全体',
]);

/** Tags of function words (conjunctions, prepositions, particles, pronouns): never in a name. */
const FUNCTION_TAG = /^(?:c|p|u[a-z]*|r[a-z]*|y|e|o)$/u;
/**
 * Surnames that are far more often function words (和 and, 向 towards, 于 at): read as such when
 * the segmenter tags them so. Other surnames it may tag as pronouns (任 in 任建军) stay surnames.
 */
export const FUNCTION_FIRST = new Set('和向于与同从对为将把被在时应'.split(''));

/** Whether a word of a reading is a function word, so that the reading is no name. */
function functionWord(word: Word, index: number): boolean {
  if (!FUNCTION_TAG.test(word.tag)) return false;
  return index > 0 || word.text.length > 1 || FUNCTION_FIRST.has(word.text);
}

/** The segmenter's idioms and set phrases (i, l). */
const IDIOM_TAG = /^[il]$/u;
/** Tags of time, direction, number and measure words: never a given name. */
const NOT_GIVEN_TAG = /^(?:t|tg|f|m|mq|q)$/u;

/**
 * What the segmenter says of the reading `[at, end)` as a name: 'name' when it is made of whole
 * words that can form a name, 'split' when a word runs across its end or a word inside it cannot
 * be part of a name (和|李四 read as 和李四), null without a segmenter.
 */
export function segmentedAsName(
  words: ArticleWords | undefined,
  text: string,
  at: number,
  end: number,
): 'name' | 'split' | null {
  if (!words?.available) return null;
  if (NOT_PERSON_WORDS.has(text.slice(at, end))) return 'split';
  if (!words.isBoundary(at) || !words.isBoundary(end)) return 'split';
  const inside = words.wordsIn(at, end) ?? [];
  if (inside.length === 0 || inside[inside.length - 1]!.end !== end) return 'split';
  // One dictionary word that is no name (高度, 高级): not a person, whatever stands around it.
  if (inside.length === 1 && inside[0]!.text.length > 1 && !nameLike(inside[0]!)) return 'split';
  // 和|李四, 向|大家: a conjunction, preposition or pronoun is never part of a name; a time,
  // direction or number word never its given name (全|周期).
  if (inside.some(functionWord)) return 'split';
  if (inside.some((w, i) => i > 0 && NOT_GIVEN_TAG.test(w.tag))) return 'split';
  return 'name';
}

/**
 * A word the segmenter reads as a name, or could not place in its dictionary (孔德明/x), or one
 * it tags a place that is none: a surname and two characters no division is called (jieba tags
 * some well-known people's names ns, as it does 钟南山), where a post beside it vouches for a person.
 */
function nameLike(word: Word): boolean {
  return isPersonTag(word.tag) || isUnknownTag(word.tag) || placeTaggedName(word);
}

function placeTaggedName(word: Word): boolean {
  return (
    isPlaceTag(word.tag) &&
    word.text.length === 3 &&
    SURNAMES.has(word.text[0]!) &&
    divisionAt(word.text, 0) === null
  );
}

/**
 * The name that starts at `at` (a post or byline role just before it), in this order of evidence:
 * a cue word right after the short reading (段颖表示); the segmenter ending the name before a
 * word that follows names (高峰|说, 余文|强调); the segmenter's boundary after the long reading
 * (刘|高峰|主持, 张来|福|同志); then the cue characters and punctuation after either reading. `sure`
 * says a cue or the segmenter confirmed the length. Null when no surname starts there, or when the
 * segmenter reads the surname as the start of another word (高度重视).
 */
export function nameStartingAt(
  text: string,
  at: number,
  startsWord: (at: number) => boolean = () => false,
  words?: ArticleWords,
): { length: number; sure: boolean } | null {
  const listed = surnameAt(text, at);
  const surname = listed || taggedSurnameAt(words, text, at);
  if (surname === 0) return null;
  if (listed === 1 && marriedName(text, at, words)) return { length: 4, sure: true };
  const long = surname + 2;
  const short = surname + 1;
  const longName = text.slice(at, at + long);
  const shortName = text.slice(at, at + short);
  const longEnd = longName.length === long ? endsName(text, at + long) : null;
  const shortEnd = endsName(text, at + short);
  const shortIsCueWord =
    shortEnd === 'cue' && FOLLOWING_WORDS.some((w) => text.startsWith(w, at + short));
  // 李明|说: a given name never ends in a verb of saying, though the segmenter glues 明说 into one
  // word and so reads 李明说 whole (胡宗明说 keeps its three characters: 说 follows them).
  const zuoVerb = longName.at(-1) === '作' && REPORT_AFTER_ZUO.test(text.slice(at + long));
  const longOk =
    longName.length === long &&
    plausibleName(longName, surname) &&
    !(SAYING.has(longName.at(-1)!) && plausibleName(shortName, surname)) &&
    !zuoVerb;
  const shortOk = plausibleName(shortName, surname);
  const segmented = words?.available === true;
  if (segmented && startsOtherWord(words!, text, at, long)) return null;
  if (zuoVerb && shortOk) return { length: short, sure: true };
  // 陈向波|汇报: one word the segmenter reads as a name, a preposition among its given characters.
  if (segmented && !longOk && !zuoVerb && wholeWordName(words!, text, at, long, surname))
    return { length: long, sure: true };
  // 段颖表示: a whole cue word after the short reading beats a cue character after the long one.
  if (shortOk && (shortIsCueWord || startsWord(at + short))) return { length: short, sure: true };
  if (segmented) {
    const fromWords = lengthFromWords(text, at, short, long, shortOk, longOk, words!);
    if (fromWords !== undefined) return fromWords;
  }
  if (longOk && (longEnd !== null || startsWord(at + long))) return { length: long, sure: true };
  if (shortOk && shortEnd !== null) return { length: short, sure: true };
  // The segmenter read neither as a name, and no cue says otherwise: no guess.
  if (segmented) return null;
  if (longOk) return { length: long, sure: false };
  return shortOk ? { length: short, sure: false } : null;
}

/**
 * A married woman's name in Taiwan and Hong Kong news, her husband's surname before her own
 * (议长陈林美玲、…): two single surnames and two given characters, closed by punctuation or the
 * text's end. Not where the fourth character is a word that follows names (高文彬说,) or a photo
 * credit's 摄, nor where the segmenter reads the last two as another word (全程|指导).
 */
function marriedName(text: string, at: number, words?: ArticleWords): boolean {
  const name = text.slice(at, at + 4);
  if (
    name.length !== 4 ||
    !SURNAMES.has(name[1]!) ||
    (endsName(text, at + 4) !== 'boundary' && !HONORIFIC_AFTER.test(text.slice(at + 4, at + 6)))
  ) {
    return false;
  }
  const given = name.slice(2);
  if (![...given].every((c) => /\p{Script=Han}/u.test(c) && !NOT_GIVEN.has(c))) return false;
  // 局長李某治昨(16)天: a time word (昨, 今) after a three-character name is no given character.
  if (
    NOT_NAME_END.has(given[1]!) ||
    FOLLOWING_CHARS.has(given[1]!) ||
    /[摄攝昨今]/u.test(given[1]!)
  ) {
    return false;
  }
  if (words?.available !== true) return false;
  const word = words.wordAt(at + 2);
  return !word || word.text.length < 2 || nameLike(word);
}

/** Tags of nouns (徐海|涛 is read as a place and a name, and is still a name). */
const NOUN_TAG = /^n[a-z]*$/u;

/**
 * Whether the segmenter reads the surname at `at` as the start of another word: a preposition or
 * conjunction (向大家, 和护士), a verb, adverb or adjective (安排, 明确指出, 高度重视), a word
 * known not to be a name (张口), or a dictionary word longer than any name (王府井大街).
 */
function startsOtherWord(words: ArticleWords, text: string, at: number, long: number): boolean {
  const first = words.wordAt(at);
  if (!first || isUnknownTag(first.tag)) return false;
  if (functionWord(first, 0) || NOT_PERSON_WORDS.has(first.text)) return true;
  // 荣获, 来院: a word that follows names is none, whatever tag the segmenter gives it (荣获/nr).
  if (FOLLOWING_WORDS.includes(first.text)) return true;
  if (first.text.length > long) return true;
  // 副县长|陈璧君/i|等人: a name the dictionary holds as an idiom, closed where a name ends (set M).
  if (IDIOM_TAG.test(first.tag) && first.end === at + long && endsName(text, at + long) !== null)
    return false;
  return first.text.length > 1 && !nameLike(first) && !NOUN_TAG.test(first.tag);
}

/**
 * The name's length as the segmenter reads it (see nameStartingAt), undefined when it cannot tell
 * (its unknown words run across both readings: 张来|福说).
 */
function lengthFromWords(
  text: string,
  at: number,
  short: number,
  long: number,
  shortOk: boolean,
  longOk: boolean,
  words: ArticleWords,
): { length: number; sure: boolean } | undefined {
  const shortReading = shortOk ? segmentedAsName(words, text, at, at + short) : 'split';
  const next = words.wordAt(at + short);
  // 高峰|说, 余文|强调, 李四|和: a word that follows names, or a dictionary word, ends it; unless
  // that word is the given name's last character glued to what follows (胡宗|明说, 王安|仍|等).
  if (
    shortReading === 'name' &&
    next &&
    ((next.text.length === 1 && FOLLOWING_CHARS.has(next.text)) ||
      (next.text.length > 1 && !isUnknownTag(next.tag))) &&
    !(longOk && lastCharGlued(text, at + long, next)) &&
    !(longOk && followingWordAfterGlue(text, at + long, next))
  ) {
    return { length: short, sure: true };
  }
  if (longOk && segmentedAsName(words, text, at, at + long) === 'name') {
    const last = words.wordAt(at + long - 1);
    // 高峰|说 read as a three-character name: the last word is one that follows names.
    if (last && last.text.length === 1 && FOLLOWING_CHARS.has(last.text)) return undefined;
    // 李英到|奉节县: the segmenter glued a verb or preposition to an unknown name, and a noun
    // (a place, a unit) follows it: the verb is no given character.
    const after = words.wordAt(at + long);
    if (
      shortOk &&
      VERB_AFTER_NAME.has(text[at + long - 1]!) &&
      after &&
      after.text.length > 1 &&
      NOUN_TAG.test(after.tag)
    )
      return { length: short, sure: true };
    return { length: long, sure: true };
  }
  return undefined;
}

/** Verbs and prepositions that follow a name (李英到, 王芳在, 张军对): see lengthFromWords. */
const VERB_AFTER_NAME = new Set('到在对向为将把被从给让带获携'.split(''));

/**
 * Whether the character before `end` (a name's third) was read by the segmenter into the word
 * `next` that starts there: a verb of two characters whose second says what the person did
 * (胡宗|明说), or a function character right before a list's bound (王安|仍|等, 王安仍、).
 */
function lastCharGlued(text: string, end: number, next: Word): boolean {
  if (next.end === end)
    return /[等、]/u.test(text[end] ?? '') && !/[待候]/u.test(text[end + 1] ?? '');
  return (
    next.end === end + 1 &&
    /^v/u.test(next.tag) &&
    SAID.has(next.text[1]!) &&
    !NOT_GIVEN.has(next.text[0]!) &&
    !ADVERB_BEFORE_SAID.has(next.text[0]!)
  );
}
const SAID = new Set('说称讲道'.split(''));

/**
 * Whether the segmenter glued the name's third character to the first of a word that follows
 * names (王乃|弘一|同至: 王乃弘 then 一同, found on set P): the word `next` runs past `end`, where
 * that following word starts.
 */
function followingWordAfterGlue(text: string, end: number, next: Word): boolean {
  return next.end > end && FOLLOWING_WORDS.some((w) => w.length > 1 && text.startsWith(w, end));
}
/** 再说, 却说, 来说 (对某某来说): the first character is the adverb of the verb, no given name. */
const ADVERB_BEFORE_SAID = new Set('再却才便都只曾仍均没不所来常又'.split(''));

/**
 * A name the segmenter reads as one word (tagged a name, or unknown to its dictionary) of exactly
 * `long` characters, whose given characters may be prepositions (陈向波, 张和平): the word vouches
 * for what plausibleName alone refuses.
 */
function wholeWordName(
  words: ArticleWords,
  text: string,
  at: number,
  long: number,
  surname: number,
): boolean {
  const word = words.wordAt(at);
  return (
    word !== undefined &&
    word !== null &&
    word.start === at &&
    word.end === at + long &&
    (isPersonTag(word.tag) || isUnknownTag(word.tag)) &&
    closedName(text.slice(at, at + long), surname)
  );
}
