import { Badge, createTheme, InputWrapper } from '@mantine/core';
import { fieldThemeColors } from '../features/fields/field-colors';

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

/** Heights of the badge sizes whose text is raised to 12 px; larger sizes keep Mantine's. */
const badgeHeights: Record<string, string> = { xs: '18px', sm: '20px', md: '22px' };

export const theme = createTheme({
  fontFamily: cjkSans,
  headings: { fontFamily: cjkSans },
  primaryColor: 'teal',
  // One colour per field of the schema, for badges, swatches and highlights alike.
  colors: fieldThemeColors,
  components: {
    // Mantine's small badges are 9–11 px, too small for Chinese (新建, 重复段): 12 px at least.
    Badge: Badge.extend({
      vars: (_theme, props) => {
        const height = badgeHeights[String(props.size ?? 'md')];
        return height ? { root: { '--badge-fz': '12px', '--badge-height': height } } : { root: {} };
      },
    }),
    // A small input's hint is 10 px (the key hint of Add field): 12 px at least too.
    InputWrapper: InputWrapper.extend({
      styles: { description: { fontSize: 'max(12px, var(--input-description-size))' } },
    }),
  },
});
