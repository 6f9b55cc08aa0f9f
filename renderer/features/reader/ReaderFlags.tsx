import { Badge, Group, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ArticleDetail } from '../../../shared/contract/domain';
import { OffSubjectBadge } from '../articles/OffSubjectBadge';

/** What the import noticed about the article: off subject, repeated paragraphs, other signals. */
export function ReaderFlags({ detail }: { detail: ArticleDetail }) {
  const { t } = useTranslation();
  const repeats = detail.marks.filter((m) => m.kind === 'repeat').length;
  if (repeats === 0 && detail.signals.length === 0 && !detail.offSubject) return null;
  return (
    <Group gap={6}>
      {detail.offSubject && <OffSubjectBadge offSubject={detail.offSubject} long />}
      {repeats > 0 && (
        <Badge color="yellow" variant="light" data-testid="repeat-flag">
          {t('reader.repeatFlag', { count: repeats })}
        </Badge>
      )}
      {detail.signals.length > 0 && (
        <Tooltip label={detail.signals.join(' · ')} multiline w={360}>
          <Badge color="gray" variant="outline">
            {t('reader.signals', { count: detail.signals.length })}
          </Badge>
        </Tooltip>
      )}
    </Group>
  );
}
