/**
 * The encodings the import dialog offers under "Decode as…", most likely first for Chinese
 * articles. Each is an i18n key under import.decodeAs.choices, and (except auto) a name the main
 * side decodes.
 */
export const decodeChoices = [
  'auto',
  'utf-8',
  'gb18030',
  'big5',
  'utf-16le',
  'utf-16be',
  'hz-gb-2312',
  'shift_jis',
  'euc-jp',
  'iso-2022-jp',
  'euc-kr',
  'windows-1252',
] as const;

export type DecodeChoice = (typeof decodeChoices)[number];
