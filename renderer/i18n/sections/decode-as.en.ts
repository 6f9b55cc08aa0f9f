/** The import dialog's choice of encoding ("Decode as…") and its hints. */
export const decodeAsEn = {
  label: 'Decode as…',
  reportHint:
    'Files skipped for their encoding can be imported again with the encoding chosen under “Decode as…”.',
  hint: 'Leave on automatic unless files were skipped for their encoding or as mojibake; a chosen encoding is used for every file of this import.',
  choices: {
    auto: 'Detect automatically',
    'utf-8': 'UTF-8',
    gb18030: 'GB18030 / GBK (Simplified Chinese)',
    big5: 'Big5 (Traditional Chinese)',
    'utf-16le': 'UTF-16LE',
    'utf-16be': 'UTF-16BE',
    'hz-gb-2312': 'HZ-GB-2312 (Simplified Chinese)',
    shift_jis: 'Shift_JIS (Japanese)',
    'euc-jp': 'EUC-JP (Japanese)',
    'iso-2022-jp': 'ISO-2022-JP (Japanese)',
    'euc-kr': 'EUC-KR (Korean)',
    'windows-1252': 'Windows-1252 (Western European)',
  },
};
