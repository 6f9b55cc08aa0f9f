import { Group, SegmentedControl, useMantineColorScheme } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { saveLanguage, type Language } from '../../i18n';

/** Language and theme switches in the header; both choices persist across restarts. */
export function PreferencesMenu() {
  const { t, i18n } = useTranslation();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
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
        value={colorScheme === 'dark' ? 'dark' : 'light'}
        onChange={(value) => setColorScheme(value as 'light' | 'dark')}
        data={[
          { value: 'light', label: t('settings.light') },
          { value: 'dark', label: t('settings.dark') },
        ]}
      />
    </Group>
  );
}
