/**
 * Lines by which a site names itself rather than saying anything: its skip link, its banner's or logo's alt text,
 * a column header with its English translation, the bar of its outlets and accounts, the outlet's
 * posting stamp with the font-size switcher, a yearly archive heading, the masthead's staff and a
 * press office's cover note. Each is one line of chrome; a rule here never reads a sentence. Found
 * on set R, where each gave a title, a place or a person (chrome-rules.ts asks these rules).
 */
/** The chrome reasons these lines get: a subset of chrome-rules.ts's, which asks this module. */
export type SiteIdentityReason = 'navigation' | 'metadata' | 'social';

/**
 * An image's alt text where the image did not come with the copy: the site's name and 'banner' or
 * 'logo' ('某某網路報banner', '某部LOGO', 'logo'). A headline about a logo says it is new
 * ('某院启用新LOGO'), and stays one.
 */
const IMAGE_ALT = /^[\p{Script=Han}A-Za-z0-9·・]{0,24}?(?<![新的款版换換])(?:banner|logo)$/iu;

/**
 * A column header with its English name ('医院要闻 Hospital News', '新闻中心 NEWS CENTER'): a few
 * ideographs, a space, then two or more capitalised English words, or one word in capitals. A
 * headline naming a machine ('医院引进 MRI') has one short word, and one naming a brand glues it on
 * ('某院启用新LOGO'), so they stay headlines.
 */
const BILINGUAL_HEADING =
  /^\p{Script=Han}{2,8}[ \t\u3000]+(?:[A-Z][A-Za-z&'’-]+(?:[ \t\u3000]+(?:[A-Z][A-Za-z&'’-]+|of|and|&)){1,4}|[A-Z]{4,}(?:[ \t\u3000]+[A-Z]{2,}){0,3})$/u;

/**
 * A site's switch of the text's size ('大字', '字号：大 中 小', '大 中 小') closing a stamp line.
 */
const FONT_SWITCH_TAIL =
  /[ \t\u3000]+(?:(?:字号|字號|字体|字體)[ \t\u3000]*[:：︰]?[ \t\u3000]*)?(?:大字|小字|中字|[大中小](?:[ \t\u3000]*[大中小]){0,2}|默认|默認)(?:[ \t\u3000]+(?:大字|小字|中字|默认|默認))*$/u;

/**
 * An outlet's name with its posting date and time ('某某日报 2014-02-10 14:53', '某某网 2024/3/1'):
 * the source bar, never the article (the date is the page's, not an event's).
 */
const DATED_OUTLET =
  /^[\p{Script=Han}A-Za-z]{2,12}[ \t\u3000]+\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:[ \t\u3000]+(?:上午|下午|AM|PM)?[ \t\u3000]*\d{1,2}:\d{2}(?::\d{2})?)?$/u;

/**
 * A yearly archive's heading ('110年某局新聞', '2023年医院新闻', '2024年度通知公告'): the year (a
 * Republic-era one too), an issuer, and the kind of item. A year's review ('2024年度十大新闻') is an
 * article, and a date with its channel ('2026年3月6日 即时新闻') a stamp, so no number, month or day
 * may stand among the issuer's words.
 */
const YEAR_SECTION =
  /^\d{2,4}[ \t\u3000]*年度?[ \t\u3000]*(?:(?![一二三四五六七八九十百大月日])\p{Script=Han}){0,12}?(?:新闻稿|新聞稿|新闻|新聞|公告|通知公告|动态|動態|消息|快讯|快訊)$/u;

/**
 * The staff a paper or news site prints in its masthead ('社长某某', '總編輯 某某 發行人 某某'): one
 * or more such posts, each with a name, and nothing else on the line.
 */
const MASTHEAD_STAFF =
  /^(?:(?:社长|社長|副社长|副社長|总编辑|總編輯|副总编辑|副總編輯|总编|總編|发行人|發行人|督印人|出版人)[ \t\u3000]*[:：︰]?[ \t\u3000]*\p{Script=Han}{2,4}[ \t\u3000]*)+$/u;

/**
 * A press office's note to the media over the release it forwards ('各位記者朋友大家好：檢附…新聞稿'):
 * the headline it quotes is the release's, and the line is not.
 */
const PRESS_NOTE =
  /^(?:各位|亲爱的|親愛的)?(?:媒体朋友|媒體朋友|记者朋友|記者朋友|媒体记者|媒體記者)(?:们|們)?[,，、 \t\u3000]*(?:您好|你好|大家好)/u;

/** Names of an outlet's own sites and accounts ('某某新闻网', '某某视听网', '某某新闻APP'). */
const OUTLET_NAME =
  /^\p{Script=Han}{1,8}(?:新闻网|新聞網|视听网|視聽網|资讯网|資訊網|新闻APP|新聞APP|新闻App|新聞App|客户端|客戶端)$/u;
/** …and, beside them on a bar, its paper and its government account ('某某日报', '某某发布'). */
const OUTLET_BAR_NAME =
  /^\p{Script=Han}{1,8}(?:日报|日報|晚报|晚報|都市报|都市報|发布|發布|融媒|融媒体|融媒體|手机报|手機報)$/u;
/** The platforms a site links its accounts on, named alone. */
const PLATFORM =
  /^(?:抖音|快手|微信|微博|今日头条|今日頭條|头条号|頭條號|小红书|小紅書|哔哩哔哩|嗶哩嗶哩|B站|视频号|視頻號|公众号|公眾號|Facebook|YouTube|Instagram|Twitter|LINE)$/iu;
/** A link to the paper's own issues on the same bar. */
const ISSUES_LINK = /^(?:数字报刊|數字報刊|数字报|數字報|电子报|電子報|电子版|電子版|读报|讀報)$/u;

/**
 * The bar of an outlet's sites and accounts over its pages ('某某新闻网', '抖音', '某某新闻APP 某某日报',
 * '某某发布 数字报刊 大美某某'): a line of one outlet or platform name, or of a few short items of which
 * two in three are such names. The city the outlet is named after is not the article's place.
 */
function isOutletBar(text: string): boolean {
  const items = text.split(/[ \t\u3000|｜·•/]+/u).filter((item) => item !== '');
  if (items.length === 0 || items.length > 8) return false;
  if (items.length === 1) return OUTLET_NAME.test(items[0]!) || PLATFORM.test(items[0]!);
  if (items.some((item) => item.length > 10)) return false;
  const named = items.filter(
    (item) =>
      OUTLET_NAME.test(item) ||
      OUTLET_BAR_NAME.test(item) ||
      PLATFORM.test(item) ||
      ISSUES_LINK.test(item),
  ).length;
  return named >= 2 && named * 3 >= items.length * 2;
}

/**
 * The link a site puts first for keyboard and screen-reader users ('Skip to main content',
 * '按 Enter 到主內容區', '跳到主要內容'): it names no part of the article.
 */
const SKIP_LINK =
  /^(?:skip\s+to\s+(?:the\s+)?(?:main\s+)?content|skip\s+navigation|按\s*Enter\s*(?:键|鍵)?\s*(?:到|至|进入|進入)\s*主(?:要)?(?:内容|內容)(?:区|區)?|(?:跳到|跳至|跳转到|跳轉到)\s*主(?:要)?(?:内容|內容)(?:区|區)?|(?:跳过|跳過)(?:导航|導覽|導航))$/iu;

/** Longest line these rules read: each form is short. */
const MAX_LENGTH = 60;
/** Longest press office's note: it quotes the release's headline. */
const PRESS_NOTE_MAX_LENGTH = 160;

/** The chrome reason of a line by which a site names itself, or null. */
export function classifySiteIdentityLine(text: string): SiteIdentityReason | null {
  if (PRESS_NOTE.test(text) && text.length <= PRESS_NOTE_MAX_LENGTH) return 'metadata';
  if (text.length > MAX_LENGTH) return null;
  if (
    SKIP_LINK.test(text) ||
    IMAGE_ALT.test(text) ||
    BILINGUAL_HEADING.test(text) ||
    YEAR_SECTION.test(text)
  )
    return 'navigation';
  if (isOutletBar(text)) return 'social';
  if (MASTHEAD_STAFF.test(text)) return 'metadata';
  const stamp = text.replace(FONT_SWITCH_TAIL, '');
  if (DATED_OUTLET.test(stamp)) return 'metadata';
  return null;
}
