import { Badge, Group, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleStatus } from '../../../shared/contract/domain';
import { useArticlesStore } from './articles-store';
import classes from './ArticleList.module.css';

const statusColors: Record<ArticleStatus, string> = {
  new: 'gray',
  in_progress: 'blue',
  submitted: 'yellow',
  approved: 'green',
  changes_requested: 'red',
};

/** The article list, virtualised so that 100,000 rows cost the same as 20. */
export function ArticleList() {
  const { t } = useTranslation();
  const items = useArticlesStore((s) => s.items);
  const total = useArticlesStore((s) => s.total);
  const loading = useArticlesStore((s) => s.loading);
  const selectedId = useArticlesStore((s) => s.selectedId);
  const select = useArticlesStore((s) => s.select);
  const viewport = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => viewport.current,
    estimateSize: () => 64,
    overscan: 8,
  });

  return (
    <Stack gap="xs" h="100%">
      <Group justify="space-between" px="sm" pt="sm">
        <Text fw={600}>{t('articles.title')}</Text>
        <Text size="sm" c="dimmed" data-testid="article-count">
          {t('articles.count', { count: total })}
        </Text>
      </Group>
      {loading && items.length === 0 && (
        <Text px="sm" c="dimmed">
          {t('articles.loading')}
        </Text>
      )}
      {!loading && items.length === 0 && (
        <Text px="sm" c="dimmed">
          {t('articles.empty')}
        </Text>
      )}
      <ScrollArea viewportRef={viewport} style={{ flex: 1 }} type="auto">
        <div
          role="listbox"
          aria-label={t('articles.title')}
          style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
        >
          {virtualizer.getVirtualItems().map((row) => {
            const article = items[row.index]!;
            const selected = article.id === selectedId;
            return (
              <UnstyledButton
                key={article.id}
                role="option"
                aria-selected={selected}
                data-article-id={article.id}
                className={classes.row}
                data-selected={selected || undefined}
                onClick={() => void select(article.id)}
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  width: '100%',
                  transform: `translateY(${row.start}px)`,
                  height: row.size,
                }}
              >
                <Text size="sm" fw={500} lineClamp={1}>
                  {article.title ?? t('articles.untitled')}
                </Text>
                <Group gap={6} wrap="nowrap">
                  <Badge size="xs" variant="light" color={statusColors[article.status]}>
                    {t(`status.${article.status}`)}
                  </Badge>
                  {article.flagged && (
                    <Badge size="xs" variant="light" color="yellow" title={t('reader.repeatTitle')}>
                      {t('articles.flagged')}
                    </Badge>
                  )}
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    {article.documentName}
                    {article.ordinal > 0 || items[row.index + 1]?.documentId === article.documentId
                      ? ` · ${t('articles.part', { n: article.ordinal + 1 })}`
                      : ''}
                  </Text>
                </Group>
              </UnstyledButton>
            );
          })}
        </div>
      </ScrollArea>
    </Stack>
  );
}
