import { List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { JobStatePayload } from '../../../shared/contract/domain';

type FinishedReport = NonNullable<JobStatePayload['report']>;

/**
 * Articles the import stored but whose rules failed: named with their file, so the curator knows
 * which articles have no suggestions (the next import tries them again).
 */
export function UnextractedArticles({ report }: { report: FinishedReport }) {
  const { t } = useTranslation();
  if (report.unextracted.length === 0) return null;
  const more = report.unextractedCount - report.unextracted.length;
  return (
    <div data-testid="import-unextracted">
      <Title order={6}>{t('import.unextracted')}</Title>
      <List size="sm" spacing={4} mb="sm">
        {report.unextracted.map((u) => (
          <List.Item key={u.articleId}>
            {t('import.unextractedItem', {
              name: u.name,
              article: u.articleId,
              message: u.message,
            })}
          </List.Item>
        ))}
      </List>
      {more > 0 && (
        <Text size="sm" c="dimmed" mb="sm">
          {t('import.moreArticles', { count: more })}
        </Text>
      )}
    </div>
  );
}
