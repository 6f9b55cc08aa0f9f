import {
  BLOCKS,
  CELLS,
  HEAD_ELEMENTS,
  HIDDEN_RAW,
  HIDDEN_TREE,
  isNameStart,
  readTag,
  skipRawText,
} from './html';

/**
 * A lean copy of a page's markup for Readability: the same blocks, links and text, without what
 * it does not read. Old CMS pages wrap every run of text in <span style> and <font>; each style
 * attribute costs linkedom a CSSStyleDeclaration and each element a DOM node that Readability
 * visits several times, which made a page three to four times slower to read. Dropping them
 * changes no line of the visible text: they are inline, and lines break only at blocks (./html).
 *
 * Kept: block and table elements, headings, links and images, with the attributes Readability's
 * scoring reads (class, id, href, role, rel, itemprop, hidden, aria-hidden, and a style only when
 * it hides the element). Dropped: comments, <head>, scripts and styles, hidden subtrees (as ./html
 * drops them), inline formatting tags (their text stays), every <meta> but the og:title.
 */
const KEPT_INLINE = new Set(['a', 'img']);
const VOID = new Set(['br', 'hr', 'img']);
const KEPT_ATTRIBUTES = new Set([
  'class',
  'id',
  'href',
  'role',
  'rel',
  'itemprop',
  'hidden',
  'aria-hidden',
]);
const HIDING_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

const isKept = (name: string): boolean =>
  (BLOCKS.has(name) || CELLS.has(name) || KEPT_INLINE.has(name)) &&
  name !== 'html' &&
  name !== 'body';

/** The kept attributes of the tag whose source is `source` ('<p class="x" style="…">'). */
function keptAttributes(source: string, name: string): string {
  const inner = source.slice(1 + name.length).replace(/\/?>$/, '');
  let out = '';
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(inner); m; m = ATTRIBUTE.exec(inner)) {
    const attribute = m[1]!.toLowerCase();
    const value = m[2] ?? m[3] ?? m[4] ?? '';
    const kept =
      KEPT_ATTRIBUTES.has(attribute) || (attribute === 'style' && HIDING_STYLE.test(value));
    if (kept) out += ` ${attribute}="${value.replace(/"/g, '&quot;')}"`;
  }
  return out;
}

function ogTitleMeta(source: string): string {
  ATTRIBUTE.lastIndex = 0;
  const inner = source.slice('<meta'.length).replace(/\/?>$/, '');
  for (let m = ATTRIBUTE.exec(inner); m; m = ATTRIBUTE.exec(inner)) {
    if (m[1]!.toLowerCase() !== 'content') continue;
    const value = (m[2] ?? m[3] ?? m[4] ?? '').replace(/"/g, '&quot;');
    return `<meta property="og:title" content="${value}">`;
  }
  return '';
}

export function leanHtml(html: string): string {
  const out: string[] = ['<html><body>'];
  let inHead = false;
  let hiddenDepth = 0;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt === -1 ? html.length : lt;
    if (textEnd > i && !inHead && hiddenDepth === 0) out.push(html.slice(i, textEnd));
    if (lt === -1) break;
    i = lt;
    const next = html[i + 1];
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      i = close === -1 ? html.length : close + 3;
      continue;
    }
    if (next === '!' || next === '?' || (next === '/' && !isNameStart(html[i + 2]))) {
      const close = html.startsWith('<![CDATA[', i) ? html.indexOf(']]>', i) : -1;
      const end = html.indexOf('>', close === -1 ? i : close);
      i = end === -1 ? html.length : end + 1;
      continue;
    }
    if (next !== '/' && !isNameStart(next)) {
      if (!inHead && hiddenDepth === 0) out.push('&lt;');
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
      else if (hiddenDepth === 0 && !inHead && isKept(name) && !VOID.has(name))
        out.push(`</${name}>`);
      continue;
    }
    if (name === 'title' || HIDDEN_RAW.has(name)) {
      if (!tag.selfClosing || name !== 'iframe') i = skipRawText(html, i, name).end;
      continue;
    }
    if (name === 'head') {
      inHead = true;
      continue;
    }
    if (name === 'meta') {
      // The Open Graph title names the article (./html-title); no other meta is read.
      const source = html.slice(start, tag.end);
      if (/property\s*=\s*["']?og:title\b/i.test(source)) out.push(ogTitleMeta(source));
      continue;
    }
    if (inHead && !HEAD_ELEMENTS.has(name)) inHead = false;
    if (HIDDEN_TREE.has(name) && !tag.selfClosing) hiddenDepth++;
    else if (hiddenDepth === 0 && !inHead && isKept(name)) {
      out.push(`<${name}${keptAttributes(html.slice(start, tag.end), name)}>`);
    }
  }
  out.push('</body></html>');
  return out.join('');
}
