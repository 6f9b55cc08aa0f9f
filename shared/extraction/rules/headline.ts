/**
 * rule:title@1 — the headline planPage found for the article, located in the text for provenance.
 * rule:column@1 — the 【栏目】 label that opens the article, without its brackets.
 */
import { CONFIDENCE } from '../confidence';
import { isFitTitle, unfitTitleReason } from '../../segmentation/title-fitness';
import { isMenuLine } from '../../text/chrome-rules';
import { findLooseLiteral } from '../loose-literal';
import { stripPinyinGlosses } from '../pinyin-glosses';
import { present, squeeze, suggestAt } from '../suggest';
import type { Extractor } from '../types';

export const TITLE_RULE = 'rule:title@1';
export const COLUMN_RULE = 'rule:column@1';

/**
 * A page heading that is one menu word ('医院概况' over a profile page's text, the HTML page's
 * heading of its content): a title only where the article opens with it, and a weaker one than a
 * headline, since the same word elsewhere is a menu item.
 */
function isOpeningHeadingWord(title: string, text: string): boolean {
  const word = title.trim();
  return (
    !/\s/u.test(word) &&
    unfitTitleReason(word) === 'chrome' &&
    isMenuLine(word) &&
    text.trimStart().startsWith(word)
  );
}

export const titleRule: Extractor = {
  id: TITLE_RULE,
  outputs: [{ name: 'title', kind: 'text' }],
  run(ctx) {
    // The article is read without a mirror site's pinyin glosses (醫(yī)院): so is its headline.
    const squeezed = ctx.title ? squeeze(stripPinyinGlosses(ctx.title)) : '';
    if (!ctx.title || squeezed === '') return [];
    // A title a curator or a table gave may still be a caption or a chrome line: not a headline.
    const fit = isFitTitle(ctx.title);
    const headingWord = !fit && isOpeningHeadingWord(ctx.title, ctx.article.text);
    if (!headingWord && !fit) return [];
    // The headline allowing any whitespace between its characters (OCR line breaks).
    const whole = findLooseLiteral(ctx.article.text, squeezed);
    if (whole) {
      const end = whole.index + whole.length;
      const value = ctx.article.writtenAt(whole.index, end).replace(/\s+/gu, ' ');
      return present([
        suggestAt(
          ctx,
          TITLE_RULE,
          'title',
          value,
          whole.index,
          end,
          headingWord ? CONFIDENCE.weakCue : CONFIDENCE.strongCue,
        ),
      ]);
    }
    return [];
  },
};

const COLUMN = /【([^【】\n]{1,16})】/gu;
/** A bracketed credit or source label ('【责任编辑:张三】', '【來源：某報】'): metadata, not a column. */
const METADATA_IN_BRACKETS =
  /^(?:责任编辑|責任編輯|编辑|編輯|来源|來源|作者|审核|審核|校对|校對|供稿)\s*[:：]/u;
/**
 * Bracketed page buttons ('【打印本页】【关闭窗口】', '【字体：大 中 小】', '【大】【中】【小】'), which a page may write
 * inside the article's text: they are actions, never a column.
 */
const PAGE_BUTTON =
  /^(?:(?:我要)?(?:打印|列印|关闭|關閉|收藏|加入收藏|返回|分享|推荐|推薦|纠错|糾錯|评论|評論)(?:本页|此页|本頁|此頁|窗口|視窗|页面|頁面|文章|列表|顶部|頂部|首页|首頁)?|回到顶部|回到頂部|TOP|(?:字体|字體|字号|字號)(?:\s*[:：].*)?|[大中小](?:\s+[大中小]){2}|[大中小])$/iu;

/**
 * A dateline in brackets ('【本報訊】', '【特訊】', '【本报讯】'): the source of the report, as Macao and
 * Hong Kong papers open their stories, never a column.
 */
const DATELINE_IN_BRACKETS = /^(?:本[报報]|本[刊网網台]|特|专|專|综合|綜合|快)[讯訊]$/u;
/**
 * A paper's dateline with its date or its report verb ('【某报12月27日报导】', '【某社北京电】',
 * '【某台记者报道】'): the source of the report, never a column (found on set Q).
 */
const DATED_DATELINE = /\d{1,2}\s*月\s*\d{1,2}\s*日|[报報](?:道|导|導)$|社.{0,8}[电電]$/u;

/**
 * A part of the piece in brackets ('【对话背景】', '【访谈嘉宾】', '【人物简介】', '【编者按】', '【记者手记】',
 * '【相关链接】'): a heading inside an interview or a feature, never its column (found on set V).
 */
const SECTION_IN_BRACKETS =
  /^(?:对话|對話|访谈|訪談|人物|专家|專家|院长|院長|记者|記者|编者|編者|新闻|新聞|相关|相關|延伸)?(?:背景|简介|簡介|档案|檔案|名片|手记|手記|按|导读|導讀|链接|鏈接|連結|阅读|閱讀|嘉宾|嘉賓|实录|實錄)$/u;

/** A bracketed label alone on its line. */
const HEADING_LINE = /^[ \t\u3000]*【[^【】\n]{1,16}】[ \t\u3000]*$/gmu;
/** Fewest such headings that make a piece sectioned. */
const SECTIONED_HEADINGS = 3;

function onLineOfItsOwn(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  return (
    text.slice(lineStart, start).trim() === '' &&
    text.slice(end, lineEnd < 0 ? text.length : lineEnd).trim() === ''
  );
}

/**
 * A paper's page label over the story ('第7版：县域·某县', '第三版:健康周刊'): the page's name is the
 * story's column, as a 【】 label is (found on set S). Only on a line of its own near the top.
 */
const PAGE_LABEL =
  /^[ \t\u3000]*第\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*版\s*[:：]\s*([^\s:：]{2,12})[ \t\u3000]*$/mu;
/** How far into the article the page label may stand: its first lines. */
const PAGE_LABEL_REACH = 120;

export const columnRule: Extractor = {
  id: COLUMN_RULE,
  outputs: [{ name: 'column', kind: 'text' }],
  run(ctx) {
    const text = ctx.article.text;
    COLUMN.lastIndex = 0;
    const out = [];
    let rank = 0;
    // Three bracketed headings or more, each on a line of its own: the piece's sections (an
    // interview's 【背景】, 【嘉宾】, 【面对面】, found on set V), none of them its column.
    const sectioned = (text.match(HEADING_LINE) ?? []).length >= SECTIONED_HEADINGS;
    for (let m = COLUMN.exec(text); m; m = COLUMN.exec(text)) {
      const label = m[1]!.trim();
      if (
        (sectioned && onLineOfItsOwn(text, m.index, m.index + m[0].length)) ||
        PAGE_BUTTON.test(label) ||
        METADATA_IN_BRACKETS.test(label) ||
        DATELINE_IN_BRACKETS.test(label) ||
        DATED_DATELINE.test(label) ||
        SECTION_IN_BRACKETS.test(label)
      )
        continue;
      // The first label is the article's column; later ones are often the next article's.
      const confidence = rank++ === 0 ? CONFIDENCE.fixedForm : CONFIDENCE.weakCue;
      out.push(
        suggestAt(
          ctx,
          COLUMN_RULE,
          'column',
          squeeze(ctx.article.writtenAt(m.index + 1, m.index + 1 + m[1]!.length)),
          m.index + 1,
          m.index + 1 + m[1]!.length,
          confidence,
        ),
      );
    }
    const label = PAGE_LABEL.exec(text.slice(0, PAGE_LABEL_REACH));
    if (label) {
      const start = label.index + label[0].indexOf(label[1]!, label[0].search(/[:：]/u));
      const end = start + label[1]!.length;
      const confidence = out.length === 0 ? CONFIDENCE.clauseCue : CONFIDENCE.weakCue;
      out.push(
        suggestAt(
          ctx,
          COLUMN_RULE,
          'column',
          squeeze(ctx.article.writtenAt(start, end)),
          start,
          end,
          confidence,
        ),
      );
    }
    return present(out);
  },
};
