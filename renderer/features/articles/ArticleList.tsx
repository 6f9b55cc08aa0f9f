import { Button, Group, ScrollArea, Stack, Text } from '@mantine/core';
import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ArticleFilters } from './ArticleFilters';
import { ArticleRow, PlaceholderRow } from './ArticleRow';
import { rowHeightFor, useArticlesStore } from './articles-store';
import { FilterChips } from './FilterChips';
import { isFiltered } from './filter-summary';
import { readScrollTop, writeScrollTop } from './list-persistence';
import { rowAt } from './list-window';
import { SavedSearchMenu } from './SavedSearchMenu';
import { SearchBox } from './SearchBox';
import { SortControl } from './SortControl';
import { BulkAssign } from '../review/BulkAssign';

/** The list's header: one line per control group, so another list-wide action is one more line. */
function ListHeader() {
  const { t } = useTranslation();
  return (
    <Stack gap={6} px="sm" pt="sm">
      <Group justify="space-between" wrap="nowrap">
        <Text fw={600}>{t('articles.title')}</Text>
        <BulkAssign />
      </Group>
      {/* A line of its own: a capped search's count is a sentence, and beside the title it
          squeezed the list's actions to a few letters. */}
      <ListCount />
      <SearchBox />
      {/* Wraps rather than squeezing: the sort drop-down cut its longest choice to a few letters
          in a narrow window, so there it takes a line of its own. */}
      <Group gap={4} justify="space-between">
        <Group gap={4} wrap="nowrap">
          <ArticleFilters />
          <SavedSearchMenu />
        </Group>
        <SortControl />
      </Group>
      <FilterChips />
    </Stack>
  );
}

/**
 * How many articles the list holds, or match the search. A new search or filter sets the query at
 * once but its total only when the answer comes: until then the count says it is counting, rather
 * than calling the previous total (all 9 articles) the matches of the new query.
 */
function ListCount() {
  const { t } = useTranslation();
  const total = useArticlesStore((s) => s.total);
  const capped = useArticlesStore((s) => s.totalCapped);
  const query = useArticlesStore((s) => s.filter.query);
  const counting = useArticlesStore((s) => s.loading);
  return (
    <Text
      size="sm"
      c="dimmed"
      data-testid="article-count"
      data-counting={counting || undefined}
      aria-live="polite"
      aria-busy={counting}
    >
      {counting
        ? t('curation.list.counting')
        : query
          ? t(capped ? 'curation.list.matchesCapped' : 'curation.list.matches', { count: total })
          : t('articles.count', { count: total })}
    </Text>
  );
}

/**
 * The article list, virtualised and paged lazily so that 100,000 articles cost the same as 20:
 * only the rows around the visible ones are fetched, and rows not loaded yet show as placeholders.
 */
export function ArticleList() {
  const { t } = useTranslation();
  const items = useArticlesStore((s) => s.items);
  const windowStart = useArticlesStore((s) => s.windowStart);
  const total = useArticlesStore((s) => s.total);
  const loading = useArticlesStore((s) => s.loading);
  const filter = useArticlesStore((s) => s.filter);
  const sort = useArticlesStore((s) => s.sort);
  const descending = useArticlesStore((s) => s.descending);
  const selectedId = useArticlesStore((s) => s.selectedId);
  const select = useArticlesStore((s) => s.select);
  const showRows = useArticlesStore((s) => s.showRows);
  const viewport = useRef<HTMLDivElement>(null);
  const rowHeight = rowHeightFor(filter);
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => viewport.current,
    estimateSize: () => rowHeight,
    overscan: 8,
  });
  const virtualRows = virtualizer.getVirtualItems();
  const first = virtualRows[0]?.index ?? 0;
  const last = virtualRows[virtualRows.length - 1]?.index ?? 0;
  const onSelect = useCallback((id: number) => void select(id), [select]);

  useEffect(() => {
    if (total > 0) showRows(first, last);
  }, [first, last, total, showRows]);

  useEffect(() => {
    virtualizer.measure();
  }, [rowHeight, virtualizer]);

  const rememberScroll = useRememberedScroll(virtualizer, loading, total);

  // Another filter or sort starts at the top.
  useScrollToTopOnChange(virtualizer, JSON.stringify([filter, sort, descending]));

  // Keys (j/k) move the selection: keep it on screen. The first selection is the restored one,
  // and the restored scroll position wins over it.
  const lastSelected = useRef<number | null>(null);
  useEffect(() => {
    const previous = lastSelected.current;
    lastSelected.current = selectedId;
    if (previous === null || selectedId === null || previous === selectedId) return;
    const index = items.findIndex((a) => a.id === selectedId);
    if (index >= 0) virtualizer.scrollToIndex(windowStart + index, { align: 'auto' });
  }, [selectedId, items, windowStart, virtualizer]);

  return (
    <Stack gap="xs" h="100%">
      <ListHeader />
      <EmptyListNotice />
      <ScrollArea
        viewportRef={viewport}
        style={{ flex: 1 }}
        type="auto"
        onScrollPositionChange={({ y }) => rememberScroll(y)}
      >
        <div
          role="listbox"
          aria-label={t('articles.title')}
          aria-busy={loading}
          style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
        >
          {virtualRows.map((row) => {
            const article = rowAt({ start: windowStart, rows: items }, row.index);
            if (!article) return <PlaceholderRow key={row.key} top={row.start} height={row.size} />;
            const next = rowAt({ start: windowStart, rows: items }, row.index + 1);
            return (
              <ArticleRow
                key={article.id}
                article={article}
                selected={article.id === selectedId}
                partOfPage={next?.documentId === article.documentId}
                query={filter.query}
                top={row.start}
                height={row.size}
                onSelect={onSelect}
              />
            );
          })}
        </div>
      </ScrollArea>
    </Stack>
  );
}

type ListVirtualizer = Virtualizer<HTMLDivElement, Element>;

/**
 * The scroll position survives a reload: read once before anything scrolls, restored once the
 * first rows are in, and written (after the restore) while the user scrolls. Gives the writer.
 */
function useRememberedScroll(
  virtualizer: ListVirtualizer,
  loading: boolean,
  total: number,
): (top: number) => void {
  const [savedTop] = useState(readScrollTop);
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current || loading || total === 0) return;
    restored.current = true;
    if (savedTop > 0) virtualizer.scrollToOffset(savedTop);
  }, [loading, total, savedTop, virtualizer]);
  const scrollTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  return (top: number) => {
    if (!restored.current) return;
    clearTimeout(scrollTimer.current);
    scrollTimer.current = setTimeout(() => writeScrollTop(top), 150);
  };
}

/** Scrolls back to the top whenever `view` (what the list shows, as a string) changes. */
function useScrollToTopOnChange(virtualizer: ListVirtualizer, view: string): void {
  const lastView = useRef(view);
  useEffect(() => {
    if (lastView.current === view) return;
    lastView.current = view;
    virtualizer.scrollToOffset(0);
  }, [view, virtualizer]);
}

/** Loading, an empty project, or nothing matching the filter (with a way out). */
function EmptyListNotice() {
  const { t } = useTranslation();
  const total = useArticlesStore((s) => s.total);
  const loading = useArticlesStore((s) => s.loading);
  const filtered = useArticlesStore((s) => isFiltered(s.filter));
  const clearFilters = useArticlesStore((s) => s.clearFilters);
  return (
    <>
      {loading && total === 0 && (
        <Text px="sm" c="dimmed" size="sm" data-testid="article-list-loading">
          {t('articles.loading')}
        </Text>
      )}
      {!loading && total === 0 && !filtered && (
        <Text px="sm" c="dimmed" size="sm">
          {t('articles.empty')}
        </Text>
      )}
      {!loading && total === 0 && filtered && (
        <Stack px="sm" gap="xs" align="flex-start" data-testid="article-list-no-match">
          <Text c="dimmed" size="sm">
            {t('curation.list.noMatch')}
          </Text>
          <Button size="xs" variant="light" onClick={clearFilters}>
            {t('curation.list.clearAll')}
          </Button>
        </Stack>
      )}
    </>
  );
}
