import { useTranslation } from 'react-i18next';
import type { JobStatePayload } from '../../../shared/contract/domain';
import { ReportList } from './ReportList';

type FinishedReport = NonNullable<JobStatePayload['report']>;

/**
 * Suggestions extraction did not store because their field was retired, removed or changed while
 * it ran (electron/services/fields-at-store.ts): said, so that a field with fewer suggestions than
 * the run found is explained.
 */
export function FieldsLeftOut({ report }: { report: FinishedReport }) {
  const { t } = useTranslation();
  return (
    <ReportList
      testId="import-fields-left-out"
      title={t('import.extraction.fieldsLeftOut.title')}
      items={(report.fieldsLeftOut ?? []).map((item) => ({
        key: item.field,
        text: t(`import.extraction.fieldsLeftOut.${item.reason}`, {
          field: item.field,
          count: item.suggestions,
        }),
      }))}
    />
  );
}
