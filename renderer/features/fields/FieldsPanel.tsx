import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The fields of the selected article; filled by extraction (see the extraction issue). */
export function FieldsPanel() {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" p="sm">
      <Text fw={600}>{t('fields.title')}</Text>
      <Text size="sm" c="dimmed">
        {t('fields.empty')}
      </Text>
    </Stack>
  );
}
