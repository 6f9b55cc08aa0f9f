import { Badge, List, ScrollArea, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ModelSuggestReport as Report } from '../../../shared/contract/model';

/** What a finished "Suggest with model" job did, and each article it could not do, named. */
export function ModelSuggestReport({ report }: { report: Report }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" data-testid="model-report">
      <Text data-testid="model-summary">{t('curation.model.report.summary', report)}</Text>
      {report.heldBack > 0 && <Text size="sm">{t('curation.model.report.heldBack', report)}</Text>}
      {report.locked > 0 && <Text size="sm">{t('curation.model.report.locked', report)}</Text>}
      {report.cancelled && <Text size="sm">{t('curation.model.report.cancelled')}</Text>}
      {report.failures.length > 0 && (
        <ScrollArea.Autosize mah={300}>
          <Text size="sm" fw={600}>
            {t('curation.model.report.failures')}
          </Text>
          <List size="sm" spacing={4} data-testid="model-failures">
            {report.failures.map((failure) => (
              <List.Item key={`${failure.articleId}:${failure.code}`}>
                <Badge size="xs" color="red" variant="light" mr={6}>
                  {failure.code}
                </Badge>
                {failure.message}
              </List.Item>
            ))}
          </List>
        </ScrollArea.Autosize>
      )}
    </Stack>
  );
}
