/**
 * Lines that are never an article's headline, whatever their shape: page chrome (menus,
 * breadcrumbs, 来源/点击量 lines, login bars, tag lists, related-link headings), and picture
 * captions. Shared by the plain-text headline finder (./title) and the HTML one
 * (electron/import/html-title), in simplified and traditional characters.
 */
import {
  classifyChromeLine,
  isAccountBar,
  isRelatedLinksHeading,
  isTagLine,
} from '../text/chrome-rules';
import { stripPinyinGlosses } from '../extraction/pinyin-glosses';

export type UnfitTitleReason =
  'empty' | 'caption' | 'metadata' | 'account' | 'tags' | 'related-links' | 'chrome';

/** '（张三 供图）', '（記者 王五 攝）', '图/李四', '图为…', '张三 摄', '圖：…'. */
const CAPTIONS = [
  /^[（(][^（）()]{0,30}(供图|供圖|摄影?|攝影?|图|圖)[）)]$/u,
  /^(图为|圖為|图片为|圖片為|上图|上圖|下图|下圖|左图|左圖|右图|右圖)/u,
  /^(图|圖|图片|圖片|摄影|攝影)\s*[:：/／]/u,
  /^[^，。,]{0,24}\s(摄|攝|供图|供圖)$/u,
  /(供图|供圖)[）)]?$/u,
  // A sentence that closes with its photo credit: '…动土典礼现场。（记者X摄）', '…（XX医院提供）'.
  /[。.]\s*[（(][^（）()]{1,20}(摄|攝|摄影|攝影|提供)[）)]$/u,
  // A picture's label after the headline it repeats: '…投入使用(图1)', '…院区开工（圖二）' (set P).
  /[（(]\s*(图|圖)\s*[0-9一二三四五六七八九十]{1,3}\s*[）)]$/u,
];

/**
 * A metadata label anywhere in the line ('…来源：办公室 点击量：12'): chrome-rules wants the
 * label first or two of them, since prose may say 时间：; a headline never holds one.
 */
const METADATA_LABEL =
  /(原标题|原標題|来源|來源|点击|點擊|浏览|瀏覽|阅读|閱讀|发布|發布|发表|發表|更新|作者|编辑|編輯|审核|審核|字号|字號|专栏|專欄|栏目|欄目)(量|数|數|次数|次數|时间|時間|日期|于|於)?\s*[:：]/u;

/**
 * A site's category label after a space or a posting date ('2022-02-13 分类:养生资讯'), not inside
 * a headline's words ('垃圾分类：人人参与' stays a headline).
 */
const CATEGORY_LABEL = /(?:^|[\s\d])(?:分类|分類|类别|類別)\s*[:：]/u;

/**
 * A field of a government page's disclosure table, set off by spaces without a colon ('索引号 … 发布机构
 * …', '文号 浏览量', '主题词 其他': set X2): the document's metadata, never its title.
 */
const DISCLOSURE_FIELD =
  /(?:^|[ \t\u3000])(?:索引号|发布机构|发文机关|公开目录|公开方式|文号|主题词|主题分类|成文日期|发布日期|浏览量|浏览次数)(?=[ \t\u3000]|$)/u;

/** A date or time label holding a date anywhere in the line ('…时间:2021-03-17', '日期:11-20'). */
const DATE_LABEL = /(?:时间|時間|日期)\s*[:：]\s*\d/u;

/**
 * A wire dateline on a line of its own ('中央社／ 台中29日電', '新华社北京8月1日电'): the agency
 * and the place of the report, never its headline.
 */
const WIRE_DATELINE =
  /^[\p{Script=Han}]{1,8}\s*[／/]?\s*[\p{Script=Han}]{0,8}(?:\d{1,2}月)?\d{1,2}日\s*[电電]$/u;

/**
 * A credit line that ends with its dateline place ('某报／ 記者X／新北即時報導', '记者 X、Y 北京报道'),
 * or closes a story in brackets ('（某台記者X在台中報導）'): the reporters, never the headline,
 * whatever outlet name opens it.
 */
const CREDIT_LINE =
  /(?:记者|記者|通讯员|通訊員)\s*\p{Script=Han}{2,4}(?:\s*[、，,]\s*\p{Script=Han}{2,4})*\s*[／/∕⁄]?\s*\p{Script=Han}{0,8}(?:报道|报导|報導|報道)[）)]?$/u;

/**
 * A credit line that ends with its names after a role (某某日报·某某客户端记者 X 通讯员 Y): the
 * reporters, never the headline.
 */
const ROLE_NAMES_LINE =
  /(?:记者|記者|通讯员|通訊員)[ \t\u3000]*\p{Script=Han}{2,4}(?:[ \t\u3000、，,]+\p{Script=Han}{2,4})*$/u;

/**
 * A credit line without its role word: a name alone, or a name, a slash and the dateline place
 * ('林某某報道', '張某某/雲林報導', '(林某某報導)'), as Hong Kong and Taiwan outlets print it under the
 * headline or in the text.
 * Short on purpose: a headline that ends in 报道 says what was reported ('多家媒体报道某院义诊').
 */
const BARE_CREDIT_LINE =
  /^[（(]?\p{Script=Han}{2,4}(?:\s*[／/∕⁄]\s*\p{Script=Han}{1,6})?\s*(?:报道|报导|報導|報道)[）)]?$/u;

/**
 * An outlet's newsroom or local station on a line of its own ('某某网新闻中心', '某网某县站'), or a
 * paper's name alone ('某某日报', '某某電子報'), as news sites print it above or between the
 * headline and the text: the source, never the headline.
 */
const OUTLET_LINE =
  /^[\p{Script=Han}A-Za-z]{1,10}(?:新闻中心|新聞中心|编辑部|編輯部)$|^\p{Script=Han}{1,6}(?:日报|日報|晚报|晚報|时报|時報|早报|早報|电子报|電子報)$|^[\p{Script=Han}]{1,6}(?:网|網)[\p{Script=Han}]{1,6}(?:站|频道|頻道)$/u;

/**
 * An outlet's name and its posting stamp on a line of their own ('某某好新聞 2015-10-29 00:00',
 * '某某日报 2024/03/01'): the source bar, never the headline.
 */
const DATED_SOURCE =
  /^[\p{Script=Han}A-Za-z]{2,12}[ \t\u3000]+\d{4}[/\-.]\d{1,2}[/\-.]\d{1,2}(?:[ \t\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?$/u;

/**
 * A date and a time of day alone ('9月30日上午', '3月21日下午'): the first words of a text that a
 * hard wrap left on a line of their own, never a headline (found on set M); or a posting date with
 * its year alone ('2019年12月23日', '2019-12-23'), as a page prints it under a repeated headline
 * (found on set P).
 */
const DATE_ONLY =
  /^(\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(上午|下午|中午|晚上|晚间|晚間|傍晚|凌晨|早上|清晨)?$|^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/u;

/**
 * A credit line that opens with the writer's label and a colon ('文:某某 图:某某', '文字：某某',
 * '文/图：某某'): who wrote and shot the story, set under its headline, never the headline (found on
 * set V).
 */
const WRITER_CREDIT =
  /^(?:文|文字|撰文|撰稿|供稿|稿件)(?:\s*[/／、]\s*(?:图|圖|图片|圖片|摄影|攝影))?\s*[:：]\s*\p{Script=Han}/u;

/** A label alone or with a count ('- 粉丝:', '- 帖子:0'): a forum's profile card, never a headline. */
const BARE_LABEL = /^[-·•*]?\s*\p{Script=Han}{1,4}\s*[:：︰]\s*\d{0,6}$/u;

/**
 * A bulleted field of the page's metadata ('• 审校:某某', '· 日期:2020-01-01', '- 摄影:某部'): a label
 * after a bullet is a credit or a stamp, never a headline, whatever the label's word.
 */
const BULLETED_LABEL = /^[-·•●◆▪*]\s*\p{Script=Han}{1,6}\s*[:：︰]/u;

/**
 * A directory's profile card on one line ('某市医院 医院别名:某院 医院等级:二级甲等'): two labelled
 * fields or more after a name. The card describes the hospital; only the name before it is a heading.
 */
export const PROFILE_CARD =
  /^([^\s:：]{2,30})[ \t\u3000]+(?:\p{Script=Han}{2,6}[:：︰][^\s:：]*(?:[ \t\u3000]+|$)){2,}$/u;

/** A reading-time note ('本文共800字,阅读约2分钟', '全文1200字 讀完約3分鐘'): a site's widget. */
const READING_TIME =
  /^(?:本篇|本文|全文)?(?:文章)?共?\s*\d{1,6}\s*字[,，\s]*(?:预计|預計)?(?:读完|讀完|阅读|閱讀)(?:需|约|約|大约|大約)?\s*\d/u;

/** A button or tab with its count in brackets ('引用 (2)', '评论（15）', '回覆(3)'): never a headline. */
const COUNTED_BUTTON = /^\p{Script=Han}{1,4}\s*[(（]\s*\d{1,6}\s*[)）]$/u;

/**
 * A web address in the line ('…的费用 http://www.example.com/'): spam mirrors sign their pages
 * with one, and a news headline never holds one.
 */
const WEB_ADDRESS = /(?:https?:\/\/|www\.)[\w-]+\.[\w.-]/iu;

/**
 * A site's own section heading over the text it frames ('详细内容', '新聞類別', '基本資料'): the
 * name of a box on the page (content, details, category, profile, media), never what the article
 * says. Whole line only, so a headline that uses one of these words stays a headline.
 */
const SECTION_HEADING =
  /^(?:新闻|新聞|文章|信息|資訊|资讯|详细|詳細|基础|基礎|基本|相关|相關|自由|精彩|热门|熱門|专题|專題|友情)?(?:内容|內容|详情|詳情|正文|类别|類別|分类|分類|资料|資料|影音|视频|視頻|图片|圖片|简介|簡介|链接|鏈接|連結)$/u;

/** A reading button of a document site ('论文部分内容阅读', '全文阅读', '在線閱讀'): chrome. */
const READING_BUTTON = /^[\p{Script=Han}]{0,6}(?:内容|全文|在线|在線|免费|免費)(?:阅读|閱讀)$/u;

/**
 * A prompt about the reader's browser ('關閉此視窗 請至Edge官網下載…', '建议使用 Chrome 浏览器',
 * '您的浏览器版本过低') or age ('我已年滿18歲 進入'): a site's notice above its page, never a
 * headline.
 */
const BROWSER_PROMPT =
  /^我已年[满滿]\d{2}[岁歲]|关闭此?窗口|關閉此?視窗|官[网網]下[载載]|(?:浏览器|瀏覽器)(?:版本)?(?:过低|過低|过旧|過舊)|(?:升级|升級|更新|下载|下載)(?:您的)?(?:浏览器|瀏覽器)|建[议議]使用.{0,40}(?:浏览器|瀏覽器)/u;

/**
 * A site's own publication named alone in its menu ('电子院刊', '院报', '電子報'): a link to the
 * hospital's journal, not a headline. Whole line only.
 */
const PUBLICATION_LABEL =
  /^(?:电子|電子|网络|網路)?(?:院刊|院报|院報|期刊|报刊|報刊|杂志|雜誌)$|^(?:电子|電子)(?:报|報)$/u;

/**
 * One item of a hospital directory's card of attributes: its grade ('三级甲等', '二甲', '未定级'), its
 * kind ('综合医院', '中医医院', '专科') and its ownership ('国营', '公立', '民营', '非营利性').
 */
const HOSPITAL_ATTRIBUTE =
  /^(?:[一二三](?:[级級][甲乙丙特]?等?|[甲乙丙特]等?)|未定[级級]|(?:综合|綜合|专科|專科|中医|中醫|中西医结合|中西醫結合|民族医|民族醫|妇幼保健|婦幼保健|康复|康復|肿瘤|腫瘤|儿童|兒童|口腔|眼科|精神病?|传染病|傳染病)(?:医院|醫院)?|国营|國營|国有|國有|公立|公办|公辦|民营|民營|私立|私营|私營|非营利性?|非營利性?|营利性?|營利性?|医保定点|醫保定點)$/u;

/**
 * A directory's card of attributes over a hospital profile ('三级甲等 综合医院 国营'): two items or
 * more, each an attribute. It describes the hospital and never heads its profile (found on set R).
 */
function isAttributeCard(text: string): boolean {
  const items = text.split(/[\s|｜/,，、]+/u).filter((item) => item !== '');
  return items.length >= 2 && items.every((item) => HOSPITAL_ATTRIBUTE.test(item));
}

/** Why `line` cannot be a headline, or null when it may be one. */
export function unfitTitleReason(line: string): UnfitTitleReason | null {
  // A table's cell borders ('…合照。（某社 X攝） |') are not part of the line's words.
  // Glosses a mirror site prints after characters (來(lái)源) would hide a label's word.
  const text = stripPinyinGlosses(line)
    .replace(/\s+/gu, ' ')
    .replace(/^[ |｜]+|[ |｜]+$/gu, '')
    .trim();
  if (!/[\p{L}\p{N}]/u.test(text)) return 'empty';
  if (CAPTIONS.some((pattern) => pattern.test(text))) return 'caption';
  if (isTagLine(text)) return 'tags';
  if (
    METADATA_LABEL.test(text) ||
    CATEGORY_LABEL.test(text) ||
    DATE_LABEL.test(text) ||
    DISCLOSURE_FIELD.test(text) ||
    WIRE_DATELINE.test(text) ||
    OUTLET_LINE.test(text) ||
    DATED_SOURCE.test(text) ||
    (text.length <= 40 && (CREDIT_LINE.test(text) || ROLE_NAMES_LINE.test(text))) ||
    BARE_CREDIT_LINE.test(text) ||
    WRITER_CREDIT.test(text) ||
    DATE_ONLY.test(text) ||
    (BULLETED_LABEL.test(text) && !BARE_LABEL.test(text)) ||
    PROFILE_CARD.test(text) ||
    isAttributeCard(text)
  )
    return 'metadata';
  if (isAccountBar(text)) return 'account';
  if (isRelatedLinksHeading(text)) return 'related-links';
  if (
    READING_BUTTON.test(text) ||
    READING_TIME.test(text) ||
    BROWSER_PROMPT.test(text) ||
    PUBLICATION_LABEL.test(text) ||
    BARE_LABEL.test(text) ||
    COUNTED_BUTTON.test(text) ||
    WEB_ADDRESS.test(text) ||
    SECTION_HEADING.test(text) ||
    classifyChromeLine({ text, standalone: true })
  )
    return 'chrome';
  return null;
}

export function isFitTitle(line: string): boolean {
  return unfitTitleReason(line) === null;
}
