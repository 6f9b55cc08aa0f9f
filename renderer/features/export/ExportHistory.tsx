import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useExportStore } from './export-store';

/** Earlier exports of this project: format, when, who, how many articles and where. */
export function ExportHistory() {
  const { t, i18n } = useTranslation();
  const history = useExportStore((s) => s.history);
  return (
    <Stack gap={4}>
      <Title order={6}>{t('export.history')}</Title>
      {history.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('export.noHistory')}
        </Text>
      ) : (
        <Table fz="xs" striped data-testid="export-history">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('export.format')}</Table.Th>
              <Table.Th>{t('export.when')}</Table.Th>
              <Table.Th>{t('export.who')}</Table.Th>
              <Table.Th>{t('export.articles')}</Table.Th>
              <Table.Th>{t('export.path')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {history.map((entry) => (
              <Table.Tr key={entry.id}>
                <Table.Td>{entry.format}</Table.Td>
                <Table.Td>{new Date(entry.at).toLocaleString(i18n.language)}</Table.Td>
                <Table.Td>{entry.actor}</Table.Td>
                <Table.Td>{entry.articleCount}</Table.Td>
                <Table.Td style={{ wordBreak: 'break-all' }} title={entry.sha256}>
                  {entry.path}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
