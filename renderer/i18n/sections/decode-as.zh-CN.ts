/** The import dialog's choice of encoding ("Decode as…") and its hints. */
export const decodeAsZhCN = {
  label: '解码方式…',
  reportHint: '因编码被跳过的文件，可在“解码方式…”中选择编码后重新导入。',
  hint: '一般保持自动识别；若有文件因编码或乱码被跳过，再选择编码。所选编码用于本次导入的所有文件。',
  choices: {
    auto: '自动识别',
    'utf-8': 'UTF-8',
    gb18030: 'GB18030 / GBK（简体中文）',
    big5: 'Big5（繁体中文）',
    'utf-16le': 'UTF-16LE',
    'utf-16be': 'UTF-16BE',
    'hz-gb-2312': 'HZ-GB-2312（简体中文）',
    shift_jis: 'Shift_JIS（日文）',
    'euc-jp': 'EUC-JP（日文）',
    'iso-2022-jp': 'ISO-2022-JP（日文）',
    'euc-kr': 'EUC-KR（韩文）',
    'windows-1252': 'Windows-1252（西欧语言）',
  },
};
