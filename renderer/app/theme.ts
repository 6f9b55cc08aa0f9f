import { createTheme } from '@mantine/core';

// Fonts that render Chinese well on every platform, in order of preference: the CJK faces that
// ship with Linux (Noto/Source Han), macOS (PingFang) and Windows (Microsoft YaHei).
const cjkSans = [
  'system-ui',
  '-apple-system',
  '"Segoe UI"',
  '"Noto Sans CJK SC"',
  '"Noto Sans SC"',
  '"Source Han Sans SC"',
  '"PingFang SC"',
  '"Hiragino Sans GB"',
  '"Microsoft YaHei"',
  'sans-serif',
].join(', ');

export const theme = createTheme({
  fontFamily: cjkSans,
  headings: { fontFamily: cjkSans },
  primaryColor: 'teal',
});
