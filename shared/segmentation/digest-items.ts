/**
 * Finds the items of a digest page: a page of news briefs, each a paragraph (sometimes under a
 * headline of its own) that closes with its source in brackets — '……工作迈上新台阶。（某某网）',
 * '……（据某某日报）'. Morning digests and news round-ups are built this way, and each brief is a
 * different story: read as one article, their hospitals, people and places mix.
 *
 * SIGNALS
 * - A sourced paragraph: a long line (a sentence, not a headline) that ends with a bracketed
 *   source naming a kind of outlet (…网, …报, …社, …台, 客户端, 公众号, 官网…), optionally
 *   after 据 or 来源：. It closes an item.
 * - An item is the sourced paragraph with the body paragraphs and headline lines right above
 *   it, back to the previous item. Text after the last sourced paragraph that holds body text is
 *   the last item (a brief cut off, or one whose source was left out).
 *
 * WHAT IS NOT A DIGEST
 * - Fewer than MIN_SOURCED sourced paragraphs: an article citing its source once, at its end.
 * - An item longer than MAX_ITEM_PARAGRAPHS paragraphs: an article that cites sources along the
 *   way ('……（据新华社）' in its third and ninth paragraphs) is one article, not briefs.
 */
import { SHORT_LINE, endsSentence } from './line-kinds';
import type { ListItem } from './list-item-shape';
import type { PageList } from './list-items';
import type { PageLine } from './lines';

/** A digest has at least two briefs that name their source. */
const MIN_SOURCED = 2;
/** A brief is a paragraph or a few, never a whole article. */
const MAX_ITEM_PARAGRAPHS = 3;
/** Headline lines kept with the brief below them. */
const MAX_HEADLINE_LINES = 2;

/**
 * The bracketed source at a paragraph's end: an outlet's name (up to 16 characters, no sentence
 * punctuation) ending in a word for a kind of outlet.
 */
const SOURCE_AT_END =
  /[（(](?:据|来源[：:]\s*|來源[：:]\s*)?[^（()）。，,；;！？!?：:\s]{1,14}(?:网|網|网站|網站|官网|官網|报|報|日报|日報|晚报|晚報|社|台|客户端|客戶端|公众号|公眾號|微信|微博|新闻|新聞|频道|頻道|电视|電視|广播|廣播|在线|在線)[）)]。?$/u;

function isParagraph(line: PageLine): boolean {
  return line.text.trim().length > SHORT_LINE;
}

function isSourcedParagraph(line: PageLine): boolean {
  return isParagraph(line) && SOURCE_AT_END.test(line.text.trim());
}

function isHeadlineLine(line: PageLine): boolean {
  const text = line.text.trim();
  return text.length > 0 && text.length <= SHORT_LINE * 2 && !endsSentence(text);
}

/** The briefs of a digest page, as list items, or null when the page is not a digest. */
export function findDigestItems(lines: readonly PageLine[]): PageList | null {
  const content = lines.filter((line) => !line.blank && !line.chrome);
  let sourced = 0;
  for (const line of content) if (isSourcedParagraph(line)) sourced++;
  if (sourced < MIN_SOURCED) return null;

  const items: ListItem[] = [];
  let group: PageLine[] = [];
  const close = (markerLine: PageLine): boolean => {
    const item = briefOf(group, markerLine);
    group = [];
    if (!item) return false;
    items.push(item);
    return true;
  };
  for (const line of content) {
    group.push(line);
    if (isSourcedParagraph(line) && !close(line)) return null;
  }
  // The brief after the last source: only when it holds a paragraph (not a footer).
  const trailing = group.filter(isParagraph);
  if (trailing.length > 0 && !close(trailing[trailing.length - 1]!)) return null;
  return { kind: 'source-trail', items };
}

/**
 * One brief from the lines read since the last one: the paragraphs and the headline lines right
 * above them. Lines above those (the page's own header) are left to the page around the list.
 * Null when the paragraphs are too many for a brief.
 */
function briefOf(group: readonly PageLine[], markerLine: PageLine): ListItem | null {
  let first = group.length;
  let paragraphs = 0;
  while (first > 0 && isParagraph(group[first - 1]!)) {
    first--;
    paragraphs++;
  }
  if (paragraphs > MAX_ITEM_PARAGRAPHS) return null;
  let headlines = 0;
  while (first > 0 && headlines < MAX_HEADLINE_LINES && isHeadlineLine(group[first - 1]!)) {
    first--;
    headlines++;
  }
  const itemLines = group.slice(first);
  const title = headlines > 0 ? itemLines[0]!.text.trim() : null;
  return { lines: itemLines, markerLine, title };
}
