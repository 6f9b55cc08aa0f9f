import iconv from 'iconv-lite';

/**
 * One spelling per encoding, so the database and the UI never show 'GBK', 'gbk' and 'CP936'
 * as three different things. GBK and GB2312 are subsets of GB18030: decoding them as GB18030
 * gives the same text for every valid byte and also accepts the 4-byte sequences that real
 * "GBK" files often contain, so they are recorded as 'gb18030'.
 */
const ALIASES: Record<string, string> = {
  utf8: 'utf-8',
  'utf-8': 'utf-8',
  ascii: 'utf-8',
  'us-ascii': 'utf-8',
  utf16le: 'utf-16le',
  'utf-16le': 'utf-16le',
  'utf-16': 'utf-16le',
  utf16be: 'utf-16be',
  'utf-16be': 'utf-16be',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  'gb-2312': 'gb18030',
  cp936: 'gb18030',
  'windows-936': 'gb18030',
  euccn: 'gb18030',
  'euc-cn': 'gb18030',
  gb18030: 'gb18030',
  big5: 'big5',
  'big5-hkscs': 'big5hkscs',
  big5hkscs: 'big5hkscs',
  cp950: 'big5',
  shift_jis: 'shift_jis',
  'shift-jis': 'shift_jis',
  sjis: 'shift_jis',
  cp932: 'shift_jis',
  'windows-31j': 'shift_jis',
  'euc-jp': 'euc-jp',
  eucjp: 'euc-jp',
  'euc-kr': 'euc-kr',
  euckr: 'euc-kr',
  cp949: 'euc-kr',
  'ks_c_5601-1987': 'euc-kr',
  'iso-2022-jp': 'iso-2022-jp',
  csiso2022jp: 'iso-2022-jp',
  'hz-gb-2312': 'hz-gb-2312',
  hz: 'hz-gb-2312',
  'iso-2022-cn': 'iso-2022-cn',
  'iso-2022-cn-ext': 'iso-2022-cn',
  'iso-2022-kr': 'iso-2022-kr',
  csiso2022kr: 'iso-2022-kr',
};

/** The 7-bit escape encodings, decoded by escape-encodings.ts rather than iconv-lite. */
export const ESCAPE_ENCODINGS = [
  'iso-2022-jp',
  'iso-2022-cn',
  'iso-2022-kr',
  'hz-gb-2312',
] as const;
export type EscapeEncodingName = (typeof ESCAPE_ENCODINGS)[number];

export function isEscapeEncoding(encoding: string): encoding is EscapeEncodingName {
  return (ESCAPE_ENCODINGS as readonly string[]).includes(encoding);
}

/** The canonical lower-case name for an encoding label (unknown labels are just lower-cased). */
export function canonicalEncoding(label: string): string {
  const key = label.trim().toLowerCase();
  return ALIASES[key] ?? key;
}

/** True when Gleaner can decode this label (iconv-lite, or one of the escape encodings). */
export function isSupportedEncoding(label: string): boolean {
  const encoding = canonicalEncoding(label);
  return isEscapeEncoding(encoding) || iconv.encodingExists(encoding);
}

/**
 * null when `label` names an encoding Gleaner can decode; otherwise the message for the user,
 * naming the label and the usual choices.
 */
export function unknownEncodingMessage(label: string): string | null {
  if (label.trim() !== '' && isSupportedEncoding(label)) return null;
  return `unknown encoding "${label}" (use a name such as utf-8, gb18030, gbk, big5, utf-16le, utf-16be, shift_jis, euc-jp, euc-kr, iso-2022-jp, hz-gb-2312 or windows-1252)`;
}

/** Multi-byte East Asian encodings, in the order preferred when the evidence is a tie: the
 * project is about Chinese articles, so Chinese readings win ambiguous short texts. */
export const CJK_ENCODINGS = ['gb18030', 'big5', 'shift_jis', 'euc-jp', 'euc-kr'] as const;
export type CjkEncoding = (typeof CJK_ENCODINGS)[number];
