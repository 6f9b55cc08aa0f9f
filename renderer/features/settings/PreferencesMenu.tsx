import {
  Group,
  SegmentedControl,
  useComputedColorScheme,
  useMantineColorScheme,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { saveLanguage, type Language } from '../../i18n';

/** Language and theme switches in the header; both choices persist across restarts. */
export function PreferencesMenu() {
  const { t, i18n } = useTranslation();
  const { setColorScheme } = useMantineColorScheme();
  // The scheme may be 'auto' (following the system): show what is actually on screen, so
  // clicking the other choice always changes something.
  const shown = useComputedColorScheme('light', { getInitialValueInEffect: false });
  return (
    <Group gap="xs">
      <SegmentedControl
        size="xs"
        aria-label={t('settings.language')}
        value={i18n.language}
        onChange={(value) => saveLanguage(value as Language)}
        data={[
          { value: 'zh-CN', label: '中文' },
          { value: 'en', label: 'English' },
        ]}
      />
      <SegmentedControl
        size="xs"
        aria-label={t('settings.theme')}
        value={shown}
        onChange={(value) => setColorScheme(value as 'light' | 'dark')}
        data={[
          { value: 'light', label: t('settings.light') },
          { value: 'dark', label: t('settings.dark') },
        ]}
      />
    </Group>
  );
}
