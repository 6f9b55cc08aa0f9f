import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OffSubject } from '../../../shared/contract/domain';

/**
 * 'not about a hospital': extraction judged the article not about the schema's subject, so its
 * suggestions are low confidence. The counts behind the verdict show on hover.
 */
export function OffSubjectBadge({
  offSubject,
  long = false,
  className,
}: {
  offSubject: OffSubject;
  /** The reader's wording, which says what the flag means for the suggestions. */
  long?: boolean;
  className?: string;
}) {
  const { t, i18n } = useTranslation();
  const subject = offSubject.subject[i18n.language === 'en' ? 'en' : 'zh-CN'];
  return (
    <Badge
      size={long ? 'sm' : 'xs'}
      variant="light"
      color="orange"
      title={offSubject.reason}
      className={className}
      data-testid="off-subject-badge"
    >
      {long ? t('reader.offSubject', { subject }) : t('articles.offSubject', { subject })}
    </Badge>
  );
}
