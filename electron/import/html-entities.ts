/**
 * Character references as browsers decode them in text. The named table covers what Chinese
 * news pages actually use (typography, spaces, currency, arrows, math signs), not all 2,231
 * HTML names; an unknown name stays as written, which is what a browser shows too.
 */
// prettier-ignore
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
  ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', zwnj: '\u200c', zwj: '\u200d', shy: '\u00ad',
  ldquo: '\u201c', rdquo: '\u201d', lsquo: '\u2018', rsquo: '\u2019', sbquo: '\u201a',
  bdquo: '\u201e', laquo: '\u00ab', raquo: '\u00bb', lsaquo: '\u2039', rsaquo: '\u203a',
  hellip: '\u2026', mdash: '\u2014', ndash: '\u2013', middot: '\u00b7', bull: '\u2022',
  prime: '\u2032', Prime: '\u2033', permil: '\u2030', dagger: '\u2020', Dagger: '\u2021',
  copy: '\u00a9', reg: '\u00ae', trade: '\u2122', deg: '\u00b0', plusmn: '\u00b1',
  times: '\u00d7', divide: '\u00f7', minus: '\u2212', le: '\u2264', ge: '\u2265', ne: '\u2260',
  asymp: '\u2248', infin: '\u221e', sup1: '\u00b9', sup2: '\u00b2', sup3: '\u00b3',
  frac12: '\u00bd', frac14: '\u00bc', frac34: '\u00be', micro: '\u00b5', para: '\u00b6',
  sect: '\u00a7', yen: '\u00a5', cent: '\u00a2', pound: '\u00a3', euro: '\u20ac', curren: '\u00a4',
  larr: '\u2190', uarr: '\u2191', rarr: '\u2192', darr: '\u2193', harr: '\u2194',
  hearts: '\u2665', spades: '\u2660', clubs: '\u2663', diams: '\u2666', loz: '\u25ca',
  iexcl: '\u00a1', iquest: '\u00bf', ordf: '\u00aa', ordm: '\u00ba', macr: '\u00af',
  acute: '\u00b4', cedil: '\u00b8', uml: '\u00a8', not: '\u00ac', brvbar: '\u00a6',
  alpha: '\u03b1', beta: '\u03b2', gamma: '\u03b3', delta: '\u03b4', pi: '\u03c0',
  mu: '\u03bc', sigma: '\u03c3', omega: '\u03c9', Omega: '\u03a9',
  agrave: '\u00e0', aacute: '\u00e1', eacute: '\u00e9', egrave: '\u00e8', uuml: '\u00fc',
  ouml: '\u00f6', auml: '\u00e4', ccedil: '\u00e7', ntilde: '\u00f1', szlig: '\u00df',
};

/** Names browsers also accept without the semicolon (legacy pages write "&nbsp" and "&copy"). */
const WITHOUT_SEMICOLON = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg']);

/** What browsers substitute for numeric references 0x80-0x9F (the windows-1252 meanings). */
// prettier-ignore
const WINDOWS_1252: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020,
  0x87: 0x2021, 0x88: 0x02c6, 0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152,
  0x8e: 0x017d, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022,
  0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc, 0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a,
  0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

function fromCodePoint(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(WINDOWS_1252[code] ?? code);
}

/**
 * Numeric references take every digit that follows, as browsers do: "&#99999999999;" is one
 * U+FFFD, not a character followed by the digits left over.
 */
const REFERENCE = /&(?:#[xX]([0-9a-fA-F]+);?|#([0-9]+);?|([a-zA-Z][a-zA-Z0-9]{1,31})(;?))/g;

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    REFERENCE,
    (whole, hex?: string, dec?: string, name?: string, semi?: string) => {
      if (hex !== undefined) return fromCodePoint(parseInt(hex, 16));
      if (dec !== undefined) return fromCodePoint(parseInt(dec, 10));
      const value = NAMED[name!];
      if (value === undefined || (semi === '' && !WITHOUT_SEMICOLON.has(name!))) return whole;
      return value;
    },
  );
}
