import { useTranslation } from 'react-i18next';
import type { JobStatePayload } from '../../../shared/contract/domain';
import { ReportList } from './ReportList';

type FinishedReport = NonNullable<JobStatePayload['report']>;

/**
 * Field patterns extraction skipped because they ran over their time budget on an article: the
 * pattern, its field and the articles it was not run on, so that a field with fewer suggestions
 * than expected is explained (and the curator knows which pattern to bound).
 */
export function SkippedPatterns({ report }: { report: FinishedReport }) {
  const { t } = useTranslation();
  return (
    <ReportList
      testId="import-patterns-skipped"
      title={t('import.extraction.patternsSkipped')}
      items={(report.patternsSkipped ?? []).map((s) => ({
        key: `${s.field}\u0000${s.pattern}`,
        text: t('import.extraction.patternSkippedItem', {
          pattern: s.pattern,
          field: s.field,
          count: s.articles,
          articles:
            s.examples.map((e) => `${e.name} (${e.articleId})`).join(', ') +
            (s.articles > s.examples.length
              ? ` ${t('import.moreArticles', { count: s.articles - s.examples.length })}`
              : ''),
        }),
      }))}
    />
  );
}
