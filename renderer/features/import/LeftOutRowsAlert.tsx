import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { leftOutMessage, leftOutSummary } from './left-out-rows';
import type { InspectedTable } from './table-groups';

/**
 * Before the import, which rows of the tables will not be imported (ragged, not a JSON object,
 * no text in the chosen text column), so that nobody learns of it only from the report.
 */
export function LeftOutRowsAlert({
  tables,
}: {
  tables: { table: InspectedTable; textColumn: string }[];
}) {
  const { t } = useTranslation();
  const messages = tables.flatMap(({ table, textColumn }) => {
    const summary = leftOutSummary(table, textColumn);
    return summary ? [{ path: table.path, text: leftOutMessage(t, table.name, summary) }] : [];
  });
  if (messages.length === 0) return null;
  return (
    <Alert color="yellow" title={t('import.leftOut.title')} data-testid="import-left-out-rows">
      <List size="sm">
        {messages.map((message) => (
          <List.Item key={message.path}>{message.text}</List.Item>
        ))}
      </List>
      <Text size="xs" c="dimmed" mt={4}>
        {t('import.leftOut.hint')}
      </Text>
    </Alert>
  );
}
