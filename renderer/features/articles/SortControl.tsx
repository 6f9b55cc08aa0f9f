import { ActionIcon, Group, NativeSelect, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { articleSortSchema } from '../../../shared/contract/articles';
import { useArticlesStore } from './articles-store';
import { SortDownIcon, SortUpIcon } from './icons';

/** Sort by document order, title, status, last update or length, either way round. */
export function SortControl() {
  const { t } = useTranslation();
  const sort = useArticlesStore((s) => s.sort);
  const descending = useArticlesStore((s) => s.descending);
  const setSort = useArticlesStore((s) => s.setSort);
  const direction = descending ? t('curation.list.descending') : t('curation.list.ascending');
  return (
    // Never shrunk below its longest choice: the row above wraps instead (ArticleList).
    <Group gap={2} wrap="nowrap" style={{ flexShrink: 0 }}>
      <NativeSelect
        size="xs"
        aria-label={t('curation.list.sortBy')}
        value={sort}
        onChange={(event) => {
          const parsed = articleSortSchema.safeParse(event.currentTarget.value);
          if (parsed.success) setSort(parsed.data, descending);
        }}
        data={articleSortSchema.options.map((s) => ({
          value: s,
          label: t(`curation.list.sort.${s}`),
        }))}
      />
      <Tooltip label={direction}>
        <ActionIcon
          size="md"
          variant="default"
          aria-label={t('curation.list.direction', { direction })}
          aria-pressed={descending}
          onClick={() => setSort(sort, !descending)}
        >
          {descending ? <SortDownIcon /> : <SortUpIcon />}
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
