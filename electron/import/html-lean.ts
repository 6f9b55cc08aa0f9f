import { BLOCKS, CELLS, walkHtml } from './html';

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
  walkHtml(html, {
    text(start, end) {
      out.push(html.slice(start, end));
    },
    strayLessThan() {
      out.push('&lt;');
    },
    startTag(tag, start, visible) {
      const { name } = tag;
      if (name === 'meta') {
        // The Open Graph title names the article (./html-title); no other meta is read.
        const source = html.slice(start, tag.end);
        if (/property\s*=\s*["']?og:title\b/i.test(source)) out.push(ogTitleMeta(source));
      } else if (visible && isKept(name)) {
        out.push(`<${name}${keptAttributes(html.slice(start, tag.end), name)}>`);
      }
    },
    endTag({ name }, visible) {
      if (visible && isKept(name) && !VOID.has(name)) out.push(`</${name}>`);
    },
    title() {
      // Left out of the lean copy, like the rest of <head>.
    },
  });
  out.push('</body></html>');
  return out.join('');
}
