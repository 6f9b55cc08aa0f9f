import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractHtmlText } from './html';
import { leanHtml } from './html-lean';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'html');

describe('leanHtml', () => {
  it.each(readdirSync(FIXTURES))('keeps every visible line of %s', (name) => {
    const html = readFileSync(join(FIXTURES, name), 'utf8');
    expect(extractHtmlText(leanHtml(html)).text).toBe(extractHtmlText(html).text);
  });

  it('drops inline formatting, styles and scripts, and keeps what Readability scores', () => {
    const html =
      '<head><title>题</title><meta property="og:title" content="县医院&quot;义诊&quot;"><style>p{}</style></head>' +
      '<div class="content" id="main" style="color:red" onclick="x()"><p style="text-indent:2em">' +
      '<span style="font-size:16px"><font face="宋体">正文</font></span><a href="/n/1" target="_blank">链接</a></p>' +
      '<div style="display: none">隐藏</div><img src="a.jpg" alt="图"><br></div>';
    expect(leanHtml(html)).toBe(
      '<html><body><meta property="og:title" content="县医院&quot;义诊&quot;">' +
        '<div class="content" id="main"><p>正文<a href="/n/1">链接</a></p>' +
        '<div style="display: none">隐藏</div><img><br></div></body></html>',
    );
  });

  it('keeps the visible lines of arbitrary well-formed markup', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        '<p>',
        '</p>',
        '<div class="a>b">',
        '</div>',
        '<span style="color:red">',
        '</span>',
        '<font size=3>',
        '</font>',
        '<table><tr><td>甲</td><td>乙</td></tr></table>',
        '<a href="/x">',
        '</a>',
        '<img src="a.jpg">',
        '<h1 class=t>',
        '</h1>',
        '<br/>',
        '<li>',
        '&amp;',
        '&nbsp;',
        '&#x4E2D;',
        ' < ',
        '\n',
        '<!-- <p>c</p> -->',
        '<script>var a = "<p>";</script>',
        '<svg><text>图</text></svg>',
        '<pre>一\n 二</pre>',
      ),
      fc.string({ maxLength: 6 }).map((text) => text.replace(/[<&]/g, '')),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const html = pieces.join('');
        expect(extractHtmlText(leanHtml(html)).text).toBe(extractHtmlText(html).text);
      }),
    );
  });
});
