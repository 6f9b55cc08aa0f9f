import { decodeEntities } from './html-entities';

/**
 * The visible text of an HTML page, as a reader would copy it: one line per block, no markup.
 * A small tolerant scanner rather than a DOM: it runs in worker threads without a browser,
 * and for text extraction only four things matter: where tags are (quotes may hide '>'),
 * which elements hide their content, which elements break lines, and character references.
 */
export interface HtmlText {
  text: string;
  title: string | null;
}

/** Content is raw text up to the matching end tag and is never shown. */
const HIDDEN_RAW = new Set(['script', 'style', 'noscript', 'xmp', 'iframe', 'noembed', 'noframes']);
/** Content is parsed as markup but never shown. */
const HIDDEN_TREE = new Set(['template', 'svg', 'math', 'object', 'select', 'datalist']);
/** Elements allowed in <head>; any other start tag means the body has begun. */
const HEAD_ELEMENTS = new Set([
  'meta',
  'link',
  'base',
  'title',
  'script',
  'style',
  'noscript',
  'template',
  'basefont',
  'bgsound',
]);
// prettier-ignore
export const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'details',
  'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1',
  'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'listing',
  'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot',
  'thead', 'tr', 'ul', 'textarea', 'option',
]);
/** Table cells separate their text with a space, not a line. */
export const CELLS = new Set(['td', 'th']);

export interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  /** Index just after the tag's '>'. */
  end: number;
}

const isNameStart = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z]/.test(ch);

/** Reads a tag at `start` ('<'); attribute values in quotes may contain '>'. */
function readTag(html: string, start: number): Tag {
  const closing = html[start + 1] === '/';
  let i = start + (closing ? 2 : 1);
  const nameStart = i;
  while (i < html.length && !/[\s/>]/.test(html[i]!)) i++;
  const name = html.slice(nameStart, i).toLowerCase();
  let quote: string | null = null;
  let quoteStart = -1;
  for (; i < html.length; i++) {
    const ch = html[i]!;
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") {
      // Only a quote that opens an attribute value hides '>': `a="x>y"`, not `don't>`.
      if (/=\s*$/.test(html.slice(Math.max(start, i - 8), i))) {
        quote = ch;
        quoteStart = i;
      }
    } else if (ch === '>') {
      return { name, closing, selfClosing: html[i - 1] === '/', end: i + 1 };
    }
  }
  // Unclosed quote: a browser would swallow the rest of the page; end the tag at the first '>'
  // after the quote instead, so a typo does not lose the article.
  const fallback = quoteStart === -1 ? -1 : html.indexOf('>', quoteStart);
  const end = fallback === -1 ? html.length : fallback + 1;
  return { name, closing, selfClosing: false, end };
}

/** Index after the end tag `</name>` (case-insensitive), or the end of the input. */
function skipRawText(html: string, from: number, name: string): { content: string; end: number } {
  const pattern = new RegExp(`</${name}(?=[\\s/>])`, 'ig');
  pattern.lastIndex = from;
  const match = pattern.exec(html);
  if (!match) return { content: html.slice(from), end: html.length };
  const close = html.indexOf('>', match.index);
  return { content: html.slice(from, match.index), end: close === -1 ? html.length : close + 1 };
}

/** Collects text into lines: whitespace runs become one space, blocks start new lines. */
class LineWriter {
  private readonly lines: string[] = [];
  private current = '';

  text(chunk: string): void {
    this.current += chunk;
  }

  /** Inside <pre> the author's line breaks are the layout, so they become lines. */
  preformatted(chunk: string): void {
    chunk.split(/\r\n|\r|\n/).forEach((line, index) => {
      if (index > 0) this.breakLine();
      this.text(line);
    });
  }

  space(): void {
    this.current += ' ';
  }

  breakLine(): void {
    const line = this.current.replace(/\s+/g, ' ').trim();
    if (line) this.lines.push(line);
    this.current = '';
  }

  result(): string {
    this.breakLine();
    return this.lines.join('\n');
  }
}

/**
 * What walkHtml reports, in document order. Offsets index into the page's source. Comments,
 * doctypes, CDATA and processing instructions are never reported; nor is the content of <script>,
 * <style> and the other raw-text elements, nor the <head> tag itself (it only switches state).
 */
export interface HtmlTokenHandler {
  /** Text between tags, undecoded (`html.slice(start, end)`), outside <head> and hidden content. */
  text(start: number, end: number): void;
  /** A '<' that starts no tag ("a < b"), outside <head> and hidden content. */
  strayLessThan(): void;
  /**
   * A start tag from `start` to `tag.end`. `visible`: outside <head> and hidden content, once
   * this tag took effect (the start of a hidden subtree is not visible).
   */
  startTag(tag: Tag, start: number, visible: boolean): void;
  /** An end tag; `visible` as for startTag, once it took effect. */
  endTag(tag: Tag, visible: boolean): void;
  /** The content of a <title> element, undecoded. */
  title(content: string): void;
}

/**
 * The one tag scanner: walks a page's markup once, tracking what a browser would not show
 * (<head>, hidden subtrees), and reports text and tags to `handler`. extractHtmlText and
 * leanHtml (./html-lean) both read pages through it, so they agree on what is text.
 */
export function walkHtml(html: string, handler: HtmlTokenHandler): void {
  let inHead = false;
  let hiddenDepth = 0;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt === -1 ? html.length : lt;
    if (textEnd > i && !inHead && hiddenDepth === 0) handler.text(i, textEnd);
    if (lt === -1) break;
    i = lt;
    const next = html[i + 1];
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      i = close === -1 ? html.length : close + 3;
      continue;
    }
    if (next === '!' || next === '?' || (next === '/' && !isNameStart(html[i + 2]))) {
      // Doctype, CDATA (a bogus comment in HTML) and processing instructions: never shown.
      const close = html.startsWith('<![CDATA[', i) ? html.indexOf(']]>', i) : -1;
      const end = html.indexOf('>', close === -1 ? i : close);
      i = end === -1 ? html.length : end + 1;
      continue;
    }
    if (next !== '/' && !isNameStart(next)) {
      if (!inHead && hiddenDepth === 0) handler.strayLessThan();
      i++;
      continue;
    }
    const start = i;
    const tag = readTag(html, i);
    i = tag.end;
    const { name } = tag;
    if (tag.closing) {
      if (HIDDEN_TREE.has(name)) hiddenDepth = Math.max(0, hiddenDepth - 1);
      else if (name === 'head') inHead = false;
      handler.endTag(tag, !inHead && hiddenDepth === 0);
      continue;
    }
    if (name === 'title') {
      const { content, end } = skipRawText(html, i, 'title');
      i = end;
      handler.title(content);
      continue;
    }
    if (HIDDEN_RAW.has(name)) {
      if (!tag.selfClosing || name !== 'iframe') i = skipRawText(html, i, name).end;
      continue;
    }
    if (name === 'head') {
      inHead = true;
      continue;
    }
    if (inHead && !HEAD_ELEMENTS.has(name)) inHead = false;
    if (HIDDEN_TREE.has(name) && !tag.selfClosing) hiddenDepth++;
    handler.startTag(tag, start, !inHead && hiddenDepth === 0);
  }
}

export function extractHtmlText(html: string): HtmlText {
  const out = new LineWriter();
  let title: string | null = null;
  let preDepth = 0;
  // Blocks start and end lines; table cells separate their text with a space.
  const separate = (name: string): void => {
    if (BLOCKS.has(name)) out.breakLine();
    else if (CELLS.has(name)) out.space();
  };
  walkHtml(html, {
    text(start, end) {
      const text = decodeEntities(html.slice(start, end));
      if (preDepth > 0) out.preformatted(text);
      else out.text(text);
    },
    strayLessThan() {
      out.text('<');
    },
    startTag({ name }) {
      if (name === 'pre') preDepth++;
      separate(name);
    },
    endTag({ name }) {
      if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
      separate(name);
    },
    title(content) {
      title ??= decodeEntities(content).replace(/\s+/g, ' ').trim() || null;
    },
  });
  return { text: out.result(), title };
}
