import { Group, SegmentedControl, Select, Text, Title } from '@mantine/core';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { selectableEncodings, type ArticleDetail } from '../../../shared/contract/domain';
import { useArticlesStore } from '../articles/articles-store';
import { SegmentationMenu } from '../segmentation/SegmentationMenu';
import { HighlightLegend } from './HighlightLegend';

export type ReaderMode = 'original' | 'reading';

/** The article's title, its source and encoding (re-decodable), the view and segmentation. */
export function ReaderHeader({
  detail,
  mode,
  onModeChange,
  textRef,
}: {
  detail: ArticleDetail;
  mode: ReaderMode;
  onModeChange(mode: ReaderMode): void;
  textRef: RefObject<HTMLDivElement | null>;
}) {
  const { t } = useTranslation();
  const redecode = useArticlesStore((s) => s.redecode);
  return (
    <>
      <Title order={3}>{detail.title ?? t('articles.untitled')}</Title>
      <Group gap="xs" justify="space-between">
        <Group gap={6}>
          <Text size="xs" c="dimmed">
            {t('reader.source', { name: detail.documentName, length: detail.length })}
          </Text>
          <Select
            size="xs"
            w={130}
            aria-label={t('reader.encoding')}
            data-testid="encoding-select"
            value={detail.encoding}
            data={[...new Set([detail.encoding, ...selectableEncodings])]}
            onChange={(value) =>
              value && value !== detail.encoding && void redecode(detail.documentId, value)
            }
            allowDeselect={false}
          />
        </Group>
        <Group gap={6}>
          <SegmentedControl
            size="xs"
            aria-label={t('reader.mode')}
            value={mode}
            onChange={(value) => onModeChange(value as ReaderMode)}
            data={[
              { value: 'original', label: t('reader.original') },
              { value: 'reading', label: t('reader.reading') },
            ]}
          />
          <HighlightLegend />
          <SegmentationMenu textRef={textRef} />
        </Group>
      </Group>
    </>
  );
}
