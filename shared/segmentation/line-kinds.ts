/**
 * Recognisers for the layout lines of Chinese newspaper and web pages. Each takes one line's text
 * and answers from its shape alone; deciding what the shapes mean for articles is left to
 * ./units and ./assign.
 */

import {
  HEADLINE_INSTITUTION_SUFFIXES,
  ORGANISATION_ENDINGS,
  suffixAlternation,
} from '../text/institution-suffixes';
import { SENTENCE_STOPS } from '../text/sentence-ends';

/** Headlines, kicker lines, bylines and captions are short; body paragraphs rarely are. */
export const SHORT_LINE = 40;

/** A sentence stop, or a closing quote, bracket or ellipsis ending the sentence's last clause. */
const SENTENCE_END = new RegExp(`[${SENTENCE_STOPS}…」』”’）)]$`);

/** Whether a line ends a sentence; a line that does not continues in the next text block. */
export function endsSentence(line: string): boolean {
  const trimmed = line.trim();
  if (!SENTENCE_END.test(trimmed)) return false;
  // A closing quote or bracket only ends a sentence when a full stop sits inside it ('……。”').
  if (/[」』”’）)]$/.test(trimmed)) return /[。！？!?；;…][」』”’）)]+$/.test(trimmed);
  return true;
}

/** '【高质量发展】' on a line of its own: a column or sub-section label, never an article. */
export function isSectionLabel(line: string): boolean {
  if (!line.includes('【')) return false;
  return /^【[^【】]{1,20}】$/.test(line.trim());
}

const KICKER_SUFFIX = new RegExp(`(${suffixAlternation(ORGANISATION_ENDINGS)})$`);

/**
 * '阜新市第二人民医院（妇产医院）：' — an institution name alone on a line, closed by a colon
 * (full- or half-width: OCR output mixes them). Returns the name without the colon, or null.
 */
export function parseKickerLine(line: string): string | null {
  const trimmed = line.trimEnd();
  const last = trimmed.charCodeAt(trimmed.length - 1);
  if (last !== 0xff1a && last !== 0x3a) return null; // cheap test first: most lines are body text
  const match = /^([^\s，。！？；：,.!?;:“”"]{3,40})[：:]$/.exec(line.trim());
  if (!match) return null;
  const name = match[1]!;
  const core = name.replace(/[（(][^（）()]*[）)]$/, '');
  // Five characters at least: '新闻中心：' on a web page is navigation, '辽阳市中心医院：' a kicker.
  return core.length >= 5 && KICKER_SUFFIX.test(core) ? name : null;
}

const BYLINE_FIRST = new Set(['□', '■', '◆', '◇', '●', '○', '本', '特', '见', '实', '通', '记']);
const BYLINE_START =
  /^[□■◆◇●○]?\s*(本报记者|本报通讯员|本报特约记者|特约记者|见习记者|实习生|通讯员|记者)/;

/**
 * '□本报记者 邹欣芮', '通讯员 刘宏超': short, no sentence punctuation (so that a paragraph opening
 * with '记者观察到，…' is not taken for one).
 */
export function isByline(line: string): boolean {
  const trimmed = line.trim();
  if (!BYLINE_FIRST.has(trimmed.charAt(0))) return false;
  return (
    trimmed.length <= SHORT_LINE && BYLINE_START.test(trimmed) && !/[，。！？,!?]/.test(trimmed)
  );
}

/** '本专版由辽宁省卫生健康委主办', '图片由各医院分别提供': the closing credits of a page or section. */
export function isSponsorLine(line: string): boolean {
  const trimmed = line.trim();
  if (!trimmed.includes('由')) return false;
  if (trimmed.length > SHORT_LINE) return false;
  return (
    /^本(专版|专刊|版|刊)由/.test(trimmed) || /^(图片|照片|图)由.{1,30}提供[。.]?$/.test(trimmed)
  );
}

/**
 * A picture caption: a short standalone line that does not end a sentence ('医院外景'), or any
 * short line opening with '图为'. Captions are only reported; they are assigned like body text.
 */
export function isCaption(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > 30) return false;
  return trimmed.startsWith('图为') || !/[，。！？；,.!?;：:]/.test(trimmed);
}

const PHRASE = '[^\\s，。！？；：、,.!?;:]';
const SLOGAN_PAIR = new RegExp(`^${PHRASE}{3,20}[ \\u3000]+${PHRASE}{3,20}$`);

/**
 * '聚核心竞争力 促高质量发展': two phrases of at least three characters side by side, the layout of
 * a newspaper headline (and, alas, of some sub-section headings, hence the institution test).
 */
export function isSloganPair(line: string): boolean {
  const trimmed = line.trim();
  return SLOGAN_PAIR.test(trimmed) && /[\u4e00-\u9fff]/.test(trimmed);
}

const LEADING_INSTITUTION = new RegExp(
  `^[\\u4e00-\\u9fff]{2,30}(${suffixAlternation(HEADLINE_INSTITUTION_SUFFIXES)})([（(][^（）()]{1,20}[）)])?`,
);
/** Institutions in headlines are named after their place: '…市…', '…旗…', '…省…'. */
const PLACE_NAMED = /^[\u4e00-\u9fff]{1,8}?(省|自治区|市|县|旗|州|盟|区)/;

/**
 * The place-named institution a headline line opens with: '辽宁省大连市妇女儿童医疗中心（集团）' out of
 * '辽宁省大连市妇女儿童医疗中心（集团）创“一院多区”新模式'. The greedy run backs off to the last
 * institution suffix, so '盘锦市中心医院医疗集团' is not cut at '中心'.
 */
export function leadingInstitution(line: string): string | null {
  const match = LEADING_INSTITUTION.exec(line.trim());
  return match && PLACE_NAMED.test(match[0]) ? match[0] : null;
}
