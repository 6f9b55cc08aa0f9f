import { List, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { JobStatePayload } from '../../../shared/contract/domain';

type FinishedReport = NonNullable<JobStatePayload['report']>;

/**
 * Suggestions extraction did not store because their field was retired, removed or changed while
 * it ran (electron/services/fields-at-store.ts): said, so that a field with fewer suggestions than
 * the run found is explained.
 */
export function FieldsLeftOut({ report }: { report: FinishedReport }) {
  const { t } = useTranslation();
  const leftOut = report.fieldsLeftOut ?? [];
  if (leftOut.length === 0) return null;
  return (
    <div data-testid="import-fields-left-out">
      <Title order={6}>{t('import.extraction.fieldsLeftOut.title')}</Title>
      <List size="sm" spacing={4} mb="sm">
        {leftOut.map((item) => (
          <List.Item key={item.field}>
            {t(`import.extraction.fieldsLeftOut.${item.reason}`, {
              field: item.field,
              count: item.suggestions,
            })}
          </List.Item>
        ))}
      </List>
    </div>
  );
}
