import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractHtmlText } from './html';

describe('extractHtmlText', () => {
  it('keeps only the visible text of a hostile page', () => {
    const html = `<!DOCTYPE html><HTML><HEAD><TITLE>标题 &amp; 副题</TITLE>
      <meta charset="utf-8"><link rel=stylesheet href="a.css">
      <script>alert(1); document.write('<p>fake</p>')</script>
      <STYLE>p { color: red } </style></HEAD>
      <BODY onload="x()">
      <p>第一段<img src=x onerror="alert('>still attribute<')">文字</p>
      <!-- <p>commented out</p> -->
      <![CDATA[ <p>cdata</p> ]]>
      <div title='a > b'>第二段<b>加粗<i>斜体</b></div>
      <noscript><p>请启用脚本</p></noscript>
      <template><p>模板</p></template>
      <p>未闭合段落<p>另一段 <SCRIPT type="text/javascript">var s = "</scr" + "ipt>";</SCRIPT>结尾
      <svg><title>图标</title><text>svg text</text></svg>
      <scRipt>evil()</SCRIPT >
      </body></html>`;
    const { text, title } = extractHtmlText(html);
    expect(title).toBe('标题 & 副题');
    expect(text.split('\n')).toEqual(['第一段文字', '第二段加粗斜体', '未闭合段落', '另一段 结尾']);
  });

  it('never lets a tag or script text through', () => {
    const html =
      '<p>a</p><script>alert(1)</script><p onclick="<script>">b</p><style>x{}</style>' +
      '<iframe src="javascript:alert(1)">inner</iframe><p>c</p><object><param>hidden</object>';
    const { text } = extractHtmlText(html);
    expect(text).toBe('a\nb\nc');
    expect(text).not.toMatch(/[<>]|alert|hidden|inner/);
  });

  it('decodes named, decimal and hexadecimal character references', () => {
    const html =
      '<p>&#x4E2D;&#20013;&ldquo;引号&rdquo;&mdash;&hellip;&middot;&yen;100&nbsp;元 &copy 2024 &lt;b&gt; &unknown; &#0;</p>';
    expect(extractHtmlText(html).text).toBe('中中“引号”—…·¥100 元 © 2024 <b> &unknown; \ufffd');
  });

  it('turns any out-of-range numeric reference into one replacement character, as browsers do', () => {
    const html =
      '<p>甲&#99999999999999999999;乙&#x0000000000041;丙&#xFFFFFFFFFF;丁&#xD800;戊&#x110000</p>';
    expect(extractHtmlText(html).text).toBe('甲\ufffd乙A丙\ufffd丁\ufffd戊\ufffd');
  });

  it('treats a "<" that starts no tag as text', () => {
    expect(extractHtmlText('<p>3 < 5 and 5 > 3</p>').text).toBe('3 < 5 and 5 > 3');
  });

  it('turns blocks into lines and collapses whitespace within a line', () => {
    const html = `<ul><li>一</li><li>二
        三</li></ul><h2>标题</h2>正文<br>下一行<br/><br>再下一行
      <table><tr><td>甲</td><td>乙</td></tr><tr><th>丙</th><td>丁</td></tr></table>`;
    expect(extractHtmlText(html).text.split('\n')).toEqual([
      '一',
      '二 三',
      '标题',
      '正文',
      '下一行',
      '再下一行',
      '甲 乙',
      '丙 丁',
    ]);
  });

  it('keeps the line breaks of <pre>', () => {
    expect(extractHtmlText('<pre>第一行\r\n  第二行\n</pre>').text).toBe('第一行\n第二行');
  });

  it('gives the paragraphs of a realistic Chinese news page on separate lines', () => {
    const html = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>阜新市第二人民医院开启高质量发展新征程_新闻中心</title>
<script src="/js/jquery.min.js"></script><script>var _hmt = _hmt || [];</script>
</head><body>
<div class="header"><a href="/">首页</a> &gt; <a href="/news/">新闻中心</a></div>
<div class="article">
  <h1>提质升级&nbsp;打造高端医疗&ldquo;服务圈&rdquo;</h1>
  <div class="info">来源：阜新日报&nbsp;&nbsp;发布时间：2023-05-18</div>
  <div class="content">
    <p style="text-indent:2em">面对新时代的新要求，阜新市第二人民医院（妇产医院）开启了高质量发展新征程。</p>
    <p style="text-indent:2em">为了给百姓提供更加优质、便利的医疗服务，院长张丽丽从大处着眼，在实际工作中着手。</p>
    <p><img src="/upload/2023/05/1.jpg" alt="医院外景"></p>
  </div>
</div>
<div class="footer">版权所有&copy;阜新市第二人民医院</div>
<script>document.write(unescape("%3Cspan%3E"));</script>
</body></html>`;
    const { text, title } = extractHtmlText(html);
    expect(title).toBe('阜新市第二人民医院开启高质量发展新征程_新闻中心');
    expect(text.split('\n')).toEqual([
      '首页 > 新闻中心',
      '提质升级 打造高端医疗“服务圈”',
      '来源：阜新日报 发布时间：2023-05-18',
      '面对新时代的新要求，阜新市第二人民医院（妇产医院）开启了高质量发展新征程。',
      '为了给百姓提供更加优质、便利的医疗服务，院长张丽丽从大处着眼，在实际工作中着手。',
      '版权所有©阜新市第二人民医院',
    ]);
  });

  it('survives truncated markup without losing the text before it', () => {
    expect(extractHtmlText('<p>完整的段落</p><p>半截<a href="x').text).toBe('完整的段落\n半截');
    expect(extractHtmlText('<p>正文</p><!-- 没有结束的注释').text).toBe('正文');
    expect(extractHtmlText('<div>前文</div><script>never closed').text).toBe('前文');
    expect(extractHtmlText('').text).toBe('');
    expect(extractHtmlText('<p>x</p>').title).toBeNull();
  });
});

describe('extractHtmlText on arbitrary markup', () => {
  const anyPiece = fc.oneof(
    fc.constantFrom(
      '<p>',
      '</p>',
      '<div class="a>b">',
      '<script>',
      '</script>',
      '<style>',
      '<!--',
      '-->',
      '<br/>',
      '<',
      '>',
      '&amp;',
      '&#x4E2D;',
      '"',
      "'",
      '\n',
      '<title>',
      '</title>',
      '<![CDATA[',
      ']]>',
      '<template>',
      '</template>',
    ),
    fc.string({ maxLength: 6 }),
  );
  // Well-formed fragments: after them a browser is back in plain body text.
  const closedPiece = fc.oneof(
    fc.constantFrom(
      '<p>',
      '</p>',
      '<div title="a>b">',
      '<br/>',
      '&amp;',
      '&#x4E2D;',
      '\n',
      '<!-- <p>c</p> -->',
      '<![CDATA[ <b>x</b> ]]>',
      '<script>var a = "<p>";</script>',
      '<b\nclass=x>',
      '</b>',
    ),
    fc.string({ maxLength: 6 }).map((text) => text.replace(/[<&]/g, '')),
  );

  it('never throws and always yields trimmed, non-empty lines', () => {
    fc.assert(
      fc.property(fc.array(anyPiece, { maxLength: 40 }), (pieces) => {
        const { text } = extractHtmlText(pieces.join(''));
        for (const line of text ? text.split('\n') : []) {
          expect(line).toBe(line.trim());
          expect(line).not.toBe('');
        }
      }),
    );
  });

  it('never shows script, style or comment content after well-formed markup', () => {
    fc.assert(
      fc.property(fc.array(closedPiece, { maxLength: 40 }), (pieces) => {
        const html = pieces.join('') + '<script>SECRET</script><STYLE>SECRET</STYLE><!--SECRET-->';
        const { text } = extractHtmlText(html);
        expect(text).not.toMatch(/SECRET|<\/?[a-z!]/i);
      }),
    );
  });
});
