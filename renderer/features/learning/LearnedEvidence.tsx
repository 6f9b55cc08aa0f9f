import { useTranslation } from 'react-i18next';
import { useLearningStore } from './learning-store';

/** Beside a learned suggestion: where curators kept its text ("kept in article 12, 15"). */
export function LearnedEvidence({ valueId }: { valueId: number }) {
  const { t } = useTranslation();
  const evidence = useLearningStore((s) => s.evidence.get(valueId));
  if (!evidence)
    return <span data-testid="learned-evidence">{t('curation.learning.learned')}</span>;
  const shown = evidence.articleIds.map((id) => `#${id}`).join(', ');
  return (
    <span
      data-testid="learned-evidence"
      title={t('curation.learning.evidenceTitle', { text: evidence.text })}
    >
      {evidence.articleIds.length > 0
        ? t('curation.learning.evidence', { count: evidence.keeps, articles: shown })
        : t('curation.learning.evidenceHere', { count: evidence.keeps })}
      {evidence.rejects > 0 &&
        ` · ${t('curation.learning.rejectedTimes', { count: evidence.rejects })}`}
    </span>
  );
}
