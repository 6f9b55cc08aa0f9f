/**
 * Keyword and line-shape rules that recognise one line of web-page chrome (menus, breadcrumbs,
 * footers, 备案 numbers…). Each rule looks at a single trimmed line; chrome.ts decides which lines
 * are eligible and spreads the marks to unlabelled lines sandwiched between chrome.
 */

import { hasTraditionalCharacter, simplifiedView } from '../extraction/simplified-view';
import { FULL_STOP } from './sentence-ends';
import { classifyEpaperLine } from './chrome-epaper';
import { classifySiteIdentityLine } from './chrome-site-identity';

export type { ChromeReason } from './chrome-reason';
import type { ChromeReason } from './chrome-reason';
import { isDisclosureTableLine, isProductionCredit } from './chrome-disclosure';

/** What chrome.ts knows about a line when asking the rules. */
export interface LineShape {
  /** The line without leading and trailing whitespace. */
  text: string;
  /**
   * False when the reading view joins the line to a neighbour, i.e. it is a wrapped piece of a
   * sentence. OCR'd newspaper lines like 通过微信公众号预约挂 must not be taken for chrome.
   */
  standalone: boolean;
}

// Colons: ':' and '：', and '︰' (U+FE30), which Hong Kong and Macau sites write after labels
// ('地址︰…'). A line with a full stop (FULL_STOP) is prose, not a label or a menu.
const PROSE_MAX_LENGTH = 160;

const ICP =
  /ICP\s*[备证]|公网安备|网安备|备案号|备案编号|增值电信业务经营许可证|(登记|登記)(编号|編號)\s*\d/i;
const COPYRIGHT =
  /版权所有|版权归|版權所有|版權歸|copyright|©|\(c\)\s*(19|20)\d\d|all rights reserved|未经(许可|授权|书面|同意)[^。]{0,12}(转载|复制|使用)|未經(許可|授權|書面|同意)[^。]{0,12}(轉載|複製|使用)/i;
/** The full-width full stops alone: the sentence ends of Chinese prose. */
const CJK_FULL_STOP = /[。！？]/u;
const SCROLL_AND_WINDOW =
  /^[【[]?(返回顶部|回到顶部|回到头部|回顶端|回到顶端|返回首页|打印(本页|此页|文章|页面)?|(友善)?列印(本页|此页|文章|页面)?|关闭(窗口|本页|页面|视窗|此视窗)?|加入收藏|收藏本页|设为首页|TOP)[】\]]?$/i;
const PREV_NEXT =
  /^(上一篇|下一篇|上一条|下一条|上一页|下一页|上篇|下篇|上一則|下一則|上一頁|下一頁|上一图集|下一图集|上一圖集|下一圖集)\s*[:：︰]?/;
const PREV_NEXT_LINK =
  /^(上一篇|下一篇|上一条|下一条|上一則|下一則|上篇|下篇|上一條|下一條)\s*[:：︰]\s*\S/u;
const WELCOME = /^(欢迎|歡迎)(您)?(来到|访问|光临|进入|來到|訪問|光臨|進入)/;
// '請至Edge官網下載': the links of a browser-upgrade prompt (set L's last chrome headline).
const BROWSER_ADVICE =
  /(建议|建議)(使用|采用|採用).{0,40}(浏览器|瀏覽器)|最佳(浏览|瀏覽)(效果|体验|體驗)|(浏览器|瀏覽器)版本过低|(请至|請至)\s*[A-Za-z]{2,12}\s*(官网|官網)(下载|下載)/;
/**
 * A site's subscription or notification prompt ('现在订阅，立即畅读…!', '订阅方案送…', '不再通知'):
 * chrome even though it reads like a sentence.
 */
const SUBSCRIPTION_PROMPT =
  /(立即|现在|現在|马上|馬上)(订阅|訂閱)|(订阅|訂閱)(送|方案|管理)|不限方案|^不再通知$|^(开启|開啟|关闭|關閉)通知$/;
/** The article's length or reading time as a site states it: '本文共659字', '阅读需要3分钟'. */
const WORD_COUNT =
  /^(本文|全文)(共|约|約)?[0-9０-９,，]+(字|個字|个字)|^(阅读|閱讀)(大约|大約|约|約)?(需要?|时间|時間)[:：︰]?\s*[0-9０-９]+\s*分钟|^(阅读|閱讀)(大约|大約|约|約)?(需要?|时间|時間)[:：︰]?\s*[0-9０-９]+\s*分鐘/;
/**
 * A counter a site prints with no colon ('人氣 2349', '阅读 88'), or its label left empty when
 * the number is drawn by a script ('点击:').
 */
const COUNTER =
  /^(人气|人氣|阅读|閱讀|浏览|瀏覽|点击|點擊|点阅|點閱)(数|數|量|次数|次數|人次)?\s*([:：︰]\s*)?(\d[\d,，]*\s*次?)?$/;
/**
 * When the page was posted: a date with its time and nothing else ('2009-06-28 (16:38)',
 * '2025/7/24 11:36', '2020/7/22 下午 05:01:40'), or a publication label with its date ('出版: 2024-08-14 10:10', '更新：2024/8/14').
 * Never an event of the article (found on set M). A date alone stays with the rules that read dates.
 */
const DATED_STAMP =
  /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*[（(]?\s*(?:上午|下午|AM|PM)?\s*\d{1,2}:\d{2}(:\d{2})?\s*[）)]?$|^(?:(出版|更新|刊出|刊登|上传|上傳|发布|發布|發佈)?(时间|時間|日期)\s*[:：︰]|(出版|更新|刊出|刊登|上传|上傳)\s*[:：︰]|(发布|发表|更新|刊登)于)\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(\s*\d{1,2}:\d{2}(:\d{2})?)?$/u;
/**
 * A posting bar that opens with its labelled date, then its source and editor ('发布时间:2020-01-02
 * 来源:某某网 编辑:某某'): the page's stamp, even where it reads as joined to the headline above it.
 */
const LABELLED_POSTING_BAR =
  /^(?:发布时间|發布時間|发布日期|發布日期|发表时间|發表時間)\s*[:：︰]\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+\p{Script=Han}{2,4}\s*[:：︰]\s*[^\s:：︰]{0,16}){0,4}$/u;
/**
 * A posting date set as one bulleted field of the metadata under a headline ('• 2011-08-03', then
 * '• 某某' its author): the page's stamp, never an event (found on set S). A list page's dated items
 * carry their headline on the line, not a bullet and a date alone.
 */
const BULLETED_DATE = /^[•●◆▪]\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?$/u;
/**
 * An advertisement's label and the prompt to read on that a site puts inside the text
 * ('廣告 更多內容請繼續往下閱讀', '广告'): chrome (found on set M).
 */
const AD_PROMPT =
  /^(广告|廣告)$|^(广告|廣告)?\s*(更多内容|更多內容)?\s*(请|請)(继续|繼續)(往下|向下)?(阅读|閱讀)$/u;
/**
 * A note on the pictures ('(资料图片仅供参考)', '（圖片來源於網絡）') or a bracketed picture marker
 * alone on its line ('【资料图】', '[图片]'): never the article's text, nor a column label.
 */
const PICTURE_NOTE =
  /^[（(]?\s*(资料图片|資料圖片|图片|圖片|配图|配圖)\s*(仅供参考|僅供參考|来源于?网络|來源於?網絡|来自网络|來自網絡)\s*[）)]?$|^[【[［(（]\s*(资料图片?|資料圖片?|图片|圖片|配图|配圖|组图|組圖|视频|視頻)\s*[】\]］)）]$/u;
/** A prompt to follow the site ('关注某某热线', '關注某某新聞'): chrome, not a headline (found on set M). */
const FOLLOW_PROMPT =
  /^(关注|關注)[\p{Script=Han}A-Za-z]{1,10}(热线|熱線|网|網|新闻|新聞|日报|日報|晚报|晚報|客户端|客戶端|公众号|公眾號|频道|頻道|App|APP)$/u;
/** A page's video or script placeholder: 'Loading', '加载中…', '未能播放Youtube視頻'. */
const PLACEHOLDER =
  /^(Loading|加载中|加載中|載入中|载入中)\s*[.…。]*$|^(未能|无法|無法|不能)(播放|加载|加載|載入)\s*(此|该|該|本)?\s*(Youtube)?\s*(视频|視頻|影片|影音|媒体|媒體)?\s*[。.!！]?$/i;
/**
 * A newspaper's issue line and its page links: '2026年 1月22日 第922期 共4版', '第二版 第三版'.
 */
const ISSUE = /第\s*\d+\s*期\s*共\s*\d+\s*版|^(第[一二三四五六七八九十\d]{1,3}版\s*)+$/;
/**
 * Where the text first ran: the paper, the issue's date and its page ('《 某某日报 》( 2024年09月17日
 * 02 版)'). The paper's date, never an event of the article (found on set L).
 */
const PRINT_SOURCE =
  /^《\s*[^《》]{2,16}\s*》\s*[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(第?\s*\d{1,3}\s*版)?\s*[）)]$/u;
/** A paper site's current-issue line ('當前報章2024年05月22日'): metadata even inside a header block. */
const CURRENT_ISSUE =
  /^(当前|當前|今日|本期)(报章|報章|报纸|報紙|版面)\s*[:：︰]?\s*\d{4}\s*年[\d\s月日]*$/;
/**
 * A posting stamp: a date (and time) with the channel or outlet that posted it and nothing else
 * ('2026年1月23日    即時資訊', '2025-05-13 17:01:00 / 中央社 /', '2022-11-16 10:01:27 来源: 某搜索'), the
 * outlet's channel after a dash ('…16:08  来源:某某网-某省频道', found on set U). A date alone is left to the
 * rules that read dates; a stamp with a byline ('05:30 記者X／台北報導') is not chrome.
 */
const POSTING_STAMP =
  /^(https?:\/\/\S+\s+)?\d{4}\s*[年/.-]\s*\d{1,2}\s*[月/.-]\s*\d{1,2}\s*日?(\s*\d{1,2}:\d{2}(:\d{2})?)?\s*[/|｜]?\s*(?:((来源|來源)\s*[:：︰]\s*)?[\p{Script=Han}A-Za-z]{2,8}|(?:来源|來源)\s*[:：︰]\s*[\p{Script=Han}A-Za-z]{2,8}[-—·][\p{Script=Han}A-Za-z]{2,8})\s*[/|｜]?$/u;
/**
 * A teaser that links elsewhere: cut-off text, then its link ('…是... [ 详细 ]', '…更多>>'). Chrome
 * even though it reads like a sentence: the full text is on another page.
 */
const TEASER_LINK =
  /(\.{3}|…)\s*[[【]?\s*(详细|詳細|详情|詳情|更多|阅读全文|閱讀全文|查看全文)\s*[\]】]?\s*(>>|»)?$/u;
/**
 * A post's stamp as a bar of fields split by '|': its date with counters, its poster or its
 * categories ('2017-08-28 | 4474 |', 'Posted by | 2017-11-10 | Articles, Essay'), found on set P.
 * Han fields of four characters at most: a date and a headline split by '|' is a list's item.
 */
const BAR_DATE = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(\s+\d{1,2}:\d{2}(:\d{2})?)?$/u;
const BAR_FIELD = /^\d[\d,，]*$|^[A-Za-z][A-Za-z ,.&'-]{0,30}$|^\p{Script=Han}{1,4}$/u;
function isPostStampBar(text: string): boolean {
  if (text.length > 60 || !/[|｜]/u.test(text)) return false;
  const fields = text
    .split(/[|｜]/u)
    .map((field) => field.trim())
    .filter((field) => field !== '');
  const dates = fields.filter((field) => BAR_DATE.test(field)).length;
  return (
    fields.length >= 2 &&
    dates === 1 &&
    fields.every((field) => BAR_DATE.test(field) || BAR_FIELD.test(field))
  );
}
/** A newspaper's masthead line: its name, then the issue's date and weekday ('某报 周刊  2024年11月8日 星期五'). */
const MASTHEAD_DATE = /\d{1,2}\s*日\s*(星期|礼拜|禮拜|週|周)[一二三四五六日天]$/u;
/** A comment box's counters and prompts: '评论 0人参与,0条评论', '快来抢沙发吧!'. */
const COMMENTS =
  /^评论\s*\d+\s*人参与|\d+\s*条评论$|抢沙发|^(评论一下|發表評論|发表评论|我要评论|留言|留言板|网友评论|網友評論)$/u;
/**
 * A news site's age gate before a restricted story ('限制級', '需滿18歲 方可瀏覽。', '未滿18歲',
 * '我已年滿18歲進入', '或不同意本條款離開'): buttons and a notice, never the article (set L).
 */
const AGE_GATE =
  /^(限制级|限制級)$|(需满|需滿)\s*18\s*(岁|歲)\s*方可|^(我已)?(年满|年滿|未满|未滿)\s*18\s*(岁|歲)\S{0,4}$|不同意本(条款|條款)|^我同意$/u;
/** A site's greeting banner: '今天是 … 某医院祝您身体健康!'. */
const GREETING = /^(今天是|今日是).{0,40}祝您|^(您好|你好)\s*[!！,，]?\s*(今天是|今日是)/u;
/**
 * A prompt to open or fetch the site's app: '打開 App', '下载客户端', and a news app's prompt over
 * each picture ('打开某某新闻 查看精彩图片').
 */
const APP_PROMPT =
  /^(打开|打開|下载|下載|安装|安裝)\s*(App|APP|app|客户端|客戶端|应用|應用)$|^(打开|打開)[\p{Script=Han}A-Za-z]{0,8}(新闻|新聞|App|APP|客户端|客戶端)\s*(查看|阅读|閱讀)[\p{Script=Han}]{0,6}$/u;
/**
 * A breadcrumb without its 首页: short parts chained by '>' ('新闻中心 > 社会新闻 > 正文'): two
 * links or more, or a chain that ends at 正文.
 */
const BREADCRUMB_CHAIN =
  /^[^>＞»›]{1,12}(\s*[>＞»›]\s*[^>＞»›]{1,12}){2,}$|^[^>＞»›]{1,12}(\s*[>＞»›]\s*[^>＞»›]{1,12})*\s*[>＞»›]\s*(正文|內文|内文)$/;
/**
 * The note an encyclopedia mirror puts above its text ('某类 来自维基百科，自由的百科全书'), and the
 * toggle it prints over an infobox ('Quick Facts 某某醫院, 基本資訊 ...', set N's last chrome value).
 */
const SOURCE_NOTE =
  /(来自|來自)(维基百科|維基百科|百度百科)|自由的百科全[书書]|^Quick Facts\s.*(\.{3}|…)$/;
const BREADCRUMB =
  /(当前位置|目前位置|您的位置|您现在的位置|现在的位置|所在位置|所在的位置|您現在的位置|現在位置)\s*[:：是]|^(首页|主页|网站首页|首頁|網站首頁)\s*[>»›/]/;
// Follow/share prompts and account labels, not headlines that merely mention an account
// (医院公众号上线预约功能, 微博问政 倾听民声).
const SOCIAL =
  /^(社交网站|社交網站|社交媒体|社交媒體)\s*[:：︰]?$|粉丝团|粉絲團|粉丝专页|粉絲專頁|扫一扫|扫码关注|扫描二维码|关注我们|分享到|分享至|^分享\s*[:：︰]|^分享此文$|(官方|微信)(公众号|视频号|微博|抖音)|^(微信|微博|抖音|公众号|视频号)\s*[:：︰]|(公众号|视频号|二维码|官方微博|官方抖音)$/;
const ADDRESS = /(地址|院址|通讯地址|联系地址)\s*[:：︰]|邮编\s*[:：︰]?\s*\d|邮政编码/;
/**
 * A line that opens with an address or phone label ('地址:…', '電話:…'). Such a line is chrome even
 * when a '?' stands in it: pages whose encoding lost characters write them as '?' ('地址:中國某省??某市'),
 * and that '?' ends no sentence (found on set O).
 */
const LABELLED_ADDRESS = /^(地址|院址|通讯地址|通訊地址|联系地址|聯繫地址|聯絡地址)\s*[:：︰]/;
const LABELLED_CONTACT = /^(电话|電話|联系电话|聯繫電話|聯絡電話|传真|傳真)\s*[:：︰]/;
/** Longest line that a leading address or phone label makes chrome whatever '?' it holds. */
const LABELLED_LINE_MAX_LENGTH = 80;
const CONTACT =
  /(电话|热线|传真|手机|电子?邮箱|電話|熱線|傳真|手機|電子?郵箱|電郵|e-?mail|tel|fax|QQ)\s*[:：︰]/i;
const PHONE_ONLY = /^[\d\s\-+()（）转、,，]{7,}$/;
/** A site's notice on the works it reprints, labelled or told of the site itself (凡本站…转载). */
const REPRINT_NOTICE =
  /^[【[（(]?\s*(?:版权声明|版權聲明|转载声明|轉載聲明|免责声明|免責聲明)|凡本(?:站|网|網)[^。]{0,40}(?:转载|轉載|转自|轉自)/u;
const REPRINT_NOTICE_MAX_LENGTH = 200;
const SITE_FOOTER =
  /技术支持|主办单位|承办单位|^主办\s*[:：︰]|^承办\s*[:：︰]|网站标识码|事业单位标识|党政机关标识|网站地图|隐私(政策|声明)|免责声明|法律声明|建议使用.{0,20}浏览器|建議使用.{0,40}瀏覽器|最佳(分辨率|解析度|瀏覽效果|浏览效果)|访问人数|访问量|访问次数|今日访问|在线人数|访客\s*[:：︰]|第\s*[0-9０-９,，]+\s*位(访客|访问者|浏览者)/;
// Simplified and traditional labels: Taiwan and Hong Kong sites write 來源, 點擊, 發布時間.
const METADATA_LABEL =
  /(发布时间|發布時間|发布日期|發布日期|更新时间|更新時間|时间|時間|日期|来源|來源|文章来源|文章來源|信息来源|資訊來源|作者|编辑|編輯|责任编辑|責任編輯|审核|審核|供稿|浏览次数|瀏覽次數|浏览量|瀏覽量|阅读次数|閱讀次數|阅读量|閱讀量|点击数|點擊數|点击次数|點擊次數|点击量|點擊量|人气|人氣|字号|字號|发布者|發布者|发布人|發布人|发稿人|發稿人|阅读|閱讀|浏览|瀏覽|点击|點擊)\s*[:：︰]/g;
const STRONG_METADATA =
  /^(发布时间|發布時間|发布日期|發布日期|更新时间|更新時間|文章来源|文章來源|信息来源|資訊來源|来源|來源|作者|责任编辑|責任編輯|浏览次数|瀏覽次數|阅读次数|閱讀次數|点击数|點擊數|点击次数|點擊次數|点击量|點擊量)\s*[:：︰]/;

/** A login or member bar: '登录 | 注册', '會員中心', '登出'. */
const ACCOUNT =
  /^(登录|登錄|登入|登出|注册|註冊|退出|注销|註銷|会员中心|會員中心|会员登录|會員登入|个人中心|個人中心|用户中心|用戶中心|忘记密码|忘記密碼|我的账号|我的帳號)$/;
const ACCOUNT_WORD = /登录|登錄|登入|登出|注册|註冊|退出登录|会员|會員|个人中心|個人中心|密码|密碼/;
const BAR_SEPARATORS = /[\s|｜/·•]+/;
/** A line of hashtags ('#地方 #義診 #健康'): two or more, nothing else. */
const HASHTAGS = /^[#＃][^\s#＃]{1,20}(\s*[#＃][^\s#＃]{1,20})+$/u;
/** '标签：义诊 健康', '標籤:', '关键词：'; the label alone on its line too. */
const TAGS = /^(标签|標籤|標簽|关键词|關鍵詞|关键字|關鍵字|tags?)\s*([:：︰]|$)/i;
/** Headings of the boxes of links around an article: '相关新闻', '熱門文章', '推荐阅读'. */
const RELATED_LINKS =
  /^(相关|相關|热门|熱門|推荐|推薦|最新|热点|熱點|延伸|往期)(新闻|新聞|文章|阅读|閱讀|链接|鏈接|連結|资讯|資訊|报道|報導|动态|動態|推荐|推薦|图集|圖集)$/;
/** One window action in a bar of them: '【打印本页】【关闭窗口】', '[列印] [關閉視窗]'. */
const WINDOW_ACTION =
  /^((字体|字號|字号|字體|字级|字級)\s*[:：︰]?\s*[大中小]?|[大中小]|返回顶部|回到顶部|返回頂部|回到頂端|返回首页|返回首頁|打印(本页|此页|文章|页面)?|列印(本頁|此頁)?|关闭(窗口|本页|页面|视窗|此视窗)?|關閉(此視窗|視窗|窗口|本頁)?|转寄|轉寄|转发|收藏|发送给(?:我的?)?(?:好友|朋友)|發送給(?:我的?)?(?:好友|朋友)|推荐给(?:好友|朋友)|推薦給(?:好友|朋友)|回上一?頁|回上頁|友善列印|加入收藏|收藏本页|设为首页|設為首頁|TOP|返回|返回列表|分享|放大|缩小|縮小|还原|還原)$/i;

/**
 * Words of a site's utility bar. Two of them on one short line are that bar, even glued to the
 * site's name by inline links without spaces ('某县医院会员中心English').
 */
const UTILITY_WORDS =
  /会员中心|會員中心|登录|登錄|登入|注册|註冊|登出|English|ENGLISH|繁体|繁體|简体|簡體|无障碍|無障礙|网站地图|網站地圖|设为首页|設為首頁|设为主页|設為主頁|加入收藏|收藏本页|收藏本頁|手机版|手機版/g;

/** One utility word anywhere in an item (no `g`: a test keeps no state between items). */
const UTILITY_WORD = new RegExp(UTILITY_WORDS.source);

/** A login or member bar ('会员登录 | 注册 | 帮助', '登出', '某县医院会员中心English'). */
export function isAccountBar(text: string): boolean {
  if (ACCOUNT.test(text)) return true;
  if (text.length <= 40 && new Set(text.match(UTILITY_WORDS) ?? []).size >= 2) return true;
  // A longer bar split by '|' ('網站首頁 | 歡迎訪問某醫院官方網站 | 設為首頁 | 加入收藏').
  if (text.length <= 80 && /[|｜]/u.test(text)) {
    const items = text.split(/\s*[|｜]\s*/u).filter((item) => item.length > 0);
    const utility = items.filter((item) => UTILITY_WORD.test(item) || MENU_WORDS.has(item));
    if (items.length >= 3 && utility.length >= 2) return true;
  }
  if (text.length > 30 || !ACCOUNT_WORD.test(text)) return false;
  const items = text.split(BAR_SEPARATORS).filter((item) => item.length > 0);
  return items.length >= 2 && items.every((item) => item.length <= 6);
}

/** Two utility links glued into one short line ('設為主頁收藏本頁'), whatever the lines around it. */
function isUtilityPair(text: string): boolean {
  return text.length <= 16 && new Set(text.match(UTILITY_WORDS) ?? []).size >= 2;
}

/** A tag or keyword list of a page ('標籤: 義診 社區'). */
export function isTagLine(text: string): boolean {
  if (HASHTAGS.test(text) && text.length <= 120) return true;
  return TAGS.test(text) && text.length <= 60 && !FULL_STOP.test(text);
}

/** The heading of a box of links to other articles ('相关新闻'). */
export function isRelatedLinksHeading(text: string): boolean {
  return RELATED_LINKS.test(text);
}

/** Two or more bracketed window actions on one line: '【打印本页】 【关闭窗口】'. */
function isWindowActionBar(text: string): boolean {
  const items = text.split(/[\s【】[\]|｜]+/).filter((item) => item.length > 0);
  return items.length >= 2 && items.every((item) => WINDOW_ACTION.test(item));
}

/** Words that make up site menus; a line made only of them is navigation. */
const MENU_WORDS = new Set(
  (
    '首页 主页 网站首页 返回首页 新闻 新闻中心 新闻动态 医院新闻 医院动态 通知公告 公告 动态 ' +
    '医院概况 医院简介 医院介绍 关于我们 联系我们 科室导航 科室介绍 科室设置 专家介绍 专家团队 ' +
    '名医风采 就医指南 就诊指南 患者服务 健康科普 健康教育 党建工作 党建园地 院务公开 信息公开 ' +
    '政务公开 招聘信息 人才招聘 护理园地 科研教学 医学教育 医院文化 领导信息 组织机构 视频中心 ' +
    '图片新闻 媒体报道 网站导航 网站地图 更多 更多>> 搜索 登录 注册 English 无障碍 繁体 简体 ' +
    '会员中心 个人中心 登出 退出 首頁 網站首頁 最新消息 新聞 新聞中心 醫院新聞 醫院簡介 關於我們 ' +
    '聯絡我們 就醫指南 門診時間 醫療團隊 衛教園地 衛教資訊 登入 登錄 註冊 會員中心 網站導覽 ' +
    '正文 正文内容 正文內容 今日导读 今日導讀 本报新闻 本報新聞 社区新闻 社區新聞 地方新闻 地方新聞 ' +
    '本地新闻 本地新聞 即时新闻 即時新聞 快讯 快訊 聯系我們 聯繫我們 联络我们 ' +
    // A hospital site's service links (found on set P): a bar of them closes many article pages.
    '预约挂号 网上预约 在线预约 预约挂號 預約掛號 缴费 在线缴费 繳費 报告查询 報告查詢 ' +
    '检验结果查询 檢驗結果查詢 检查结果查询 病历复印 病例复印 病歷複印 出诊信息 出診資訊 ' +
    '专家门诊 來院路線 来院路线 交通指南 在线咨询 投诉建议 院长信箱 院長信箱 满意度调查 ' +
    // …and its sections' menu (set N's last chrome headline: 电子院刊).
    '看病就医 医务管理 护理服务 感控工作 党风廉政 电子院刊 院刊 专题链接'
  ).split(' '),
);
const MENU_SEPARATORS = /[\s|｜·•/>»›]+/;
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
/**
 * Pinyin glosses that mirror sites print after characters ('醫(yī)院新聞'): a menu word with them is
 * still a menu word (found on set O). The same shape as extraction/pinyin-glosses.ts, which the
 * text layer does not import.
 */
const PINYIN_GLOSS = new RegExp(
  `(?<=\\p{Script=Han})\\((?=[a-zü]*[${TONED}])[a-zü${TONED}]{1,7}\\)`,
  'gu',
);
function withoutGlosses(text: string): string {
  return text.includes('(') ? text.replace(PINYIN_GLOSS, '') : text;
}

/** A line made only of site-menu words ('首页 | 新闻中心', '医院概况'). */
export function isMenuLine(text: string): boolean {
  const words = withoutGlosses(text)
    .split(MENU_SEPARATORS)
    .filter((word) => word.length > 0);
  return words.length > 0 && words.every((word) => MENU_WORDS.has(word));
}

/** Fewest items of a channel bar ('即時 熱門 政治 軍武 社會 生活 健康 國際 …'). */
const CHANNEL_BAR_ITEMS = 6;
/**
 * A news site's bar of channel names whatever they are: many short items (a word or two of two to
 * four characters: '3C', '蒐奇') split by spaces or bars, and no sentence. OCR'd lines of single
 * spaced characters ('本 报 讯') are not: most items must have two characters or more.
 */
function isChannelBar(text: string): boolean {
  const items = text.split(/[\s|｜·•/]+/u).filter((item) => item.length > 0);
  if (items.length < CHANNEL_BAR_ITEMS) return false;
  // One link of another shape may close the bar ('… 科技生化 e-mail', found on set R).
  const channels = items.filter((item) => /^[\p{Script=Han}A-Za-z0-9]{1,4}$/u.test(item));
  if (channels.length < items.length - 1 || channels.length < CHANNEL_BAR_ITEMS) return false;
  return channels.filter((item) => item.length >= 2).length >= items.length * 0.75;
}

/**
 * A label that credits a writer, reporter or photographer ('作者：', '记者 X', '〔記者X／台北報導〕',
 * '文/图 X'): a line with one carries the article's reporters, so it is never chrome however much
 * metadata sits beside it ('来源：宣传科 作者：周晓 点击量：326').
 */
const BYLINE_LABEL = /作者|记者|記者|通讯员|通訊員|撰稿|撰文|摄影|攝影|[文图圖]\s*[/／]|报道|報導/;

export function hasBylineLabel(text: string): boolean {
  return BYLINE_LABEL.test(text);
}

function isMetadataLine(text: string): boolean {
  if (BYLINE_LABEL.test(text)) return false;
  if (STRONG_METADATA.test(text)) return true;
  return (text.match(METADATA_LABEL) ?? []).length >= 2;
}

/**
 * The chrome reason of one line, or null for content. A line in traditional characters is read
 * again in its simplified form when its own form matched nothing: the rules then need each label
 * once ('當前位置：首頁 >' is '当前位置：首页 >', '瀏覽人次' is '浏览人次'), and only the words
 * Taiwan and Hong Kong sites use instead (列印, 視窗, 回頂端) are written out in them.
 */
export function classifyChromeLine(line: LineShape): ChromeReason | null {
  const reason = classifyUnbulletedLine(line);
  if (reason) return reason;
  const item = LIST_BULLET.exec(line.text);
  // A bulleted line was an item of a list of its own (an HTML <li>): never a wrapped sentence's
  // piece, whatever the joins say, and judged without its bullet too ('• 上一篇', set Y).
  // Only as a link ('• 上一篇'): a bulleted dated line is a link too, which the related-links rule
  // (chrome.ts) or a list page's items read, not a posting stamp.
  if (!item || item[0].length === line.text.length) return null;
  const rest = { text: line.text.slice(item[0].length), standalone: true };
  return classifyUnbulletedLine(rest) === 'navigation' ? 'navigation' : null;
}

function classifyUnbulletedLine(line: LineShape): ChromeReason | null {
  const reason = classifyWrittenLine(line);
  if (reason || line.text.length > PROSE_MAX_LENGTH || !hasTraditionalCharacter(line.text))
    return reason;
  // Most simplified lines with such a character read the same simplified (着 goes to 著 and back):
  // the same text would be classified the same way again.
  const simplified = simplifiedView(line.text);
  if (simplified === line.text) return reason;
  return classifyWrittenLine({ text: simplified, standalone: line.standalone });
}

/** The bullet a page's text keeps from a list item ('• ', '· ', '▪ '), with the space after it. */
const LIST_BULLET = /^[•·▪◦●■◆►▶]\s*/u;

/**
 * A breadcrumb of one link under its section, or one opened or closed by its separator: '健康 >
 * 某某動態', '> 科技 >' (set Y). Two short parts of words only, no sentence: a chain BREADCRUMB_CHAIN
 * needs three parts for, since a line such as '收入>支出' could be prose's; a leading or trailing
 * '>' is a link chain's alone. Two parts need the spaces a link bar puts around its separator.
 */
const SHORT_BREADCRUMB =
  /^[\p{Script=Han}A-Za-z]{1,8}\s+[>＞»›]\s+[\p{Script=Han}A-Za-z]{1,8}$|^[>＞»›]\s*[\p{Script=Han}A-Za-z]{1,12}(?:\s*[>＞»›]\s*[\p{Script=Han}A-Za-z]{1,12})*\s*[>＞»›]?$/u;
/** A menu item with its expander ('研究进展 +'): a collapsible menu's label. */
const EXPANDABLE_MENU_ITEM = /^[\p{Script=Han}A-Za-z]{2,10}\s+[+＋]$/u;
/** A line of separators only ('|', '- -', '···'): what is left of a bar whose links were lost. */
const SEPARATORS_ONLY = /^[|｜·•\-—_=*~\s]+$/u;
/** A time stamp with its year apart from month and day: '2023 10/12 09:26:50' (a news site's). */
const SPACED_DATE_TIME = /^\d{4}\s+\d{1,2}\/\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?$/u;
/** The font-size switch over an article, its buttons lost or kept: '字体:', '字號：【大】【中】【小】'. */
const FONT_SIZE_SWITCH = /^(?:字体|字體|字号|字號)\s*[:：︰]?\s*(?:[【[]?[大中小][】\]]?\s*)*$/u;
/**
 * A page's <title> of parts joined by underscores ('某文章_某栏目_某网', a search-engine title of
 * keywords): prose never joins words with '_', and three parts or more make it the site's.
 */
const UNDERSCORED_TITLE = /^[^_。！？]{1,40}(?:_[^_。！？]{1,40}){2,}$/u;
/** A prompt to scan a code for the page's video or text: '请扫码观看视频', '扫码阅读全文'. */
const SCAN_PROMPT =
  /^(?:请|請)?(?:扫码|掃碼|扫一扫|掃一掃|扫描二维码|掃描二維碼)(?:观看|觀看|阅读|閱讀|收听|收聽|查看|下载|下載)\S{0,6}$/u;

/** Fewest items of a menu mostly made of known menu words. */
const MOSTLY_MENU_ITEMS = 3;
/** Longest item of such a menu: a menu's items are a word or two. */
const MENU_ITEM_MAX_LENGTH = 6;
/**
 * A menu of short items, most of them known menu words, with a few the site names its own way
 * ('首页 医院概况 护理天地 联系我们'): navigation, though a strict menu line needs every word known.
 */
function isMostlyMenu(text: string): boolean {
  const items = withoutGlosses(text)
    .split(MENU_SEPARATORS)
    .filter((item) => item.length > 0);
  if (items.length < MOSTLY_MENU_ITEMS) return false;
  if (!items.every((item) => /^[\p{Script=Han}A-Za-z]+$/u.test(item))) return false;
  if (items.some((item) => item.length > MENU_ITEM_MAX_LENGTH)) return false;
  const known = items.filter((item) => MENU_WORDS.has(item)).length;
  return known >= 2 && known * 3 >= items.length * 2;
}

function classifyWrittenLine(line: LineShape): ChromeReason | null {
  const { text } = line;
  if (text.length === 0 || text.length > PROSE_MAX_LENGTH) return null;
  const prose = FULL_STOP.test(text);
  // 备案 numbers and copyright notices are unmistakable even inside a sentence-like line.
  if (ICP.test(text)) return 'icp';
  // A Latin notice's '?' (a © the page's encoding lost: 'Copyright ? 2024 …') ends no sentence.
  if (COPYRIGHT.test(text) && (!CJK_FULL_STOP.test(text) || text.length <= 60)) return 'copyright';
  // A site's reprint notice is a sentence, and its own: '版权声明：凡本网…均转载自…'.
  if (REPRINT_NOTICE.test(text) && text.length <= REPRINT_NOTICE_MAX_LENGTH) return 'copyright';
  // Teasers, comment prompts and greetings read as sentences and are still chrome.
  if (TEASER_LINK.test(text)) return 'navigation';
  if (COMMENTS.test(text) && text.length <= 40) return 'navigation';
  if (GREETING.test(text) && text.length <= 60) return 'footer';
  if (AGE_GATE.test(text) && text.length <= 40) return 'navigation';
  // Browser advice is a sentence ('為達最佳瀏覽效果，建議使用 Chrome…的瀏覽器。') and still chrome.
  if (BROWSER_ADVICE.test(text) && text.length <= 80) return 'footer';
  // A member bar or a bar of bracketed buttons is never a piece of a wrapped sentence: a page
  // whose lines are all joined (no sentence ends in its header) still has them marked.
  if (!prose && (ACCOUNT.test(text) || isWindowActionBar(text) || isUtilityPair(text)))
    return 'navigation';
  if (CURRENT_ISSUE.test(text)) return 'metadata';
  // A stamp, a font switch or a scan prompt is never a wrapped sentence's piece.
  if (SPACED_DATE_TIME.test(text)) return 'metadata';
  if (SEPARATORS_ONLY.test(text) || EXPANDABLE_MENU_ITEM.test(text)) return 'navigation';
  if (!prose && (FONT_SIZE_SWITCH.test(text) || SCAN_PROMPT.test(text))) return 'navigation';
  if (text.length <= 80 && SUBSCRIPTION_PROMPT.test(text)) return 'navigation';
  if (text.length <= 30 && AD_PROMPT.test(text)) return 'navigation';
  // A stamp may read as joined to the headline above it (neither ends a sentence): its shape decides.
  if (
    DATED_STAMP.test(text) ||
    BULLETED_DATE.test(text) ||
    (LABELLED_POSTING_BAR.test(text) && text.length <= 60 && !BYLINE_LABEL.test(text)) ||
    PICTURE_NOTE.test(text) ||
    PRINT_SOURCE.test(text) ||
    isPostStampBar(text)
  )
    return 'metadata';
  // An e-paper's edition labels, page buttons and headline list: unmistakable by their shape.
  const epaper = prose ? null : classifyEpaperLine(text);
  if (epaper) return epaper;
  if (line.standalone && text.length <= LABELLED_LINE_MAX_LENGTH && !CJK_FULL_STOP.test(text)) {
    if (LABELLED_ADDRESS.test(text)) return 'address';
    if (LABELLED_CONTACT.test(text)) return 'contact';
  }
  // A link to the next or previous story with its headline ('下一条:某某…') is one even where the
  // joins read it with the line under it as one wrapped sentence (neither ends one).
  if (!prose && PREV_NEXT_LINK.test(text)) return 'navigation';
  if (prose || !line.standalone) return null;
  const identity = classifySiteIdentityLine(text);
  if (identity) return identity;
  if (FOLLOW_PROMPT.test(text)) return 'social';
  if (
    SCROLL_AND_WINDOW.test(text) ||
    isWindowActionBar(text) ||
    PREV_NEXT.test(text) ||
    WELCOME.test(text) ||
    APP_PROMPT.test(text) ||
    isAccountBar(text) ||
    isRelatedLinksHeading(text)
  ) {
    return 'navigation';
  }
  if (PLACEHOLDER.test(text) && text.length <= 30) return 'navigation';
  if (isTagLine(text) || WORD_COUNT.test(text) || COUNTER.test(text)) return 'metadata';
  if (ISSUE.test(text) && text.length <= 40) return 'metadata';
  if (POSTING_STAMP.test(text) && !BYLINE_LABEL.test(text)) return 'metadata';
  if (MASTHEAD_DATE.test(text) && text.length <= 60 && !BYLINE_LABEL.test(text)) return 'metadata';
  if (BREADCRUMB.test(text) || BREADCRUMB_CHAIN.test(text) || SHORT_BREADCRUMB.test(text))
    return 'breadcrumb';
  if (UNDERSCORED_TITLE.test(text)) return 'navigation';
  if (SOURCE_NOTE.test(text) && text.length <= 40) return 'metadata';
  if (isMenuLine(text) || isChannelBar(text) || isMostlyMenu(text)) return 'navigation';
  if (SOCIAL.test(text) && text.length <= 40) return 'social';
  if (ADDRESS.test(text)) return 'address';
  if (CONTACT.test(text) || PHONE_ONLY.test(text)) return 'contact';
  if (SITE_FOOTER.test(text)) return 'footer';
  if (isMetadataLine(text)) return 'metadata';
  if (isDisclosureTableLine(text) || isProductionCredit(text)) return 'metadata';
  return null;
}
