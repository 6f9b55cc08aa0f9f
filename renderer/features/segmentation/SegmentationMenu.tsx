import { Button, Menu, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useArticlesStore } from '../articles/articles-store';
import { pageNeighbours, textAround } from './page-articles';
import { readerSelection } from './selection-offsets';
import { useReaderSelection } from './use-reader-selection';
import { useSegmentationStore } from './segmentation-store';

/** Long selections are shown by their beginning: enough to recognise them. */
function preview(text: string): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length > 24 ? `${chars.slice(0, 24).join('')}…` : chars.join('');
}

/**
 * The reader's "Page…" menu: split the shown article at the caret, merge it with its neighbour
 * on the page, or move the selected text to another article of the page. The caret and the
 * selection are read as document offsets, in the original and the reading view alike.
 */
export function SegmentationMenu({ textRef }: { textRef: RefObject<HTMLElement | null> }) {
  const { t } = useTranslation();
  const detail = useArticlesStore((s) => s.detail);
  const items = useArticlesStore((s) => s.items);
  const busy = useSegmentationStore((s) => s.busy);
  const split = useSegmentationStore((s) => s.split);
  const merge = useSegmentationStore((s) => s.merge);
  const moveRange = useSegmentationStore((s) => s.moveRange);
  const textKey = detail ? `${detail.id}:${detail.revision}` : '';
  const selection = useReaderSelection(textRef, textKey);

  const splitAt = (at: number | undefined) => {
    if (!detail || at === undefined) return false;
    const around = textAround(detail.ranges, at);
    return around.before > 0 && around.after > 0;
  };
  useHotkeys([
    [
      'ctrl+shift+S',
      () => {
        const element = textRef.current;
        // The live selection first: the key is pressed while the text still has focus.
        const current = (element && readerSelection(element)) || selection;
        if (detail && current && splitAt(current.start) && !busy)
          void split(detail.id, current.start);
      },
    ],
  ]);

  if (!detail) return null;
  const { previous, next, others } = pageNeighbours(items, detail.id, detail.documentId);
  const canSplit = !busy && splitAt(selection?.start);
  // Moving needs some of this article's text selected, and some left behind.
  const moving = selection && textAround(detail.ranges, selection.start);
  const kept =
    selection && moving ? moving.before + textAround(detail.ranges, selection.end).after : 0;
  const canMove =
    !busy &&
    selection !== null &&
    moving !== null &&
    others.length > 0 &&
    kept > 0 &&
    kept < moving.before + moving.after;

  return (
    <Menu position="bottom-end" withinPortal shadow="md" width={320}>
      <Menu.Target>
        <Button
          size="xs"
          variant="default"
          loading={busy}
          aria-label={t('segmentation.label')}
          data-testid="segmentation-menu"
        >
          {t('segmentation.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown data-testid="segmentation-dropdown">
        <Menu.Label>
          {selection === null ? (
            t('segmentation.noSelection')
          ) : selection.end > selection.start ? (
            <Text span size="xs" lang="zh-CN">
              {t('segmentation.selected', { text: preview(selection.text) })}
            </Text>
          ) : (
            t('segmentation.caret', { offset: selection.start })
          )}
        </Menu.Label>
        <Menu.Item
          disabled={!canSplit}
          rightSection={
            <Text size="xs" c="dimmed">
              Ctrl+Shift+S
            </Text>
          }
          onClick={() => selection && void split(detail.id, selection.start)}
        >
          {t('segmentation.split')}
        </Menu.Item>
        <Menu.Item
          disabled={busy || !next}
          onClick={() => next && void merge([detail.id, next.id])}
        >
          {t('segmentation.mergeNext')}
        </Menu.Item>
        <Menu.Item
          disabled={busy || !previous}
          onClick={() => previous && void merge([previous.id, detail.id])}
        >
          {t('segmentation.mergePrevious')}
        </Menu.Item>
        <Menu.Sub>
          <Menu.Sub.Target>
            <Menu.Sub.Item disabled={!canMove}>{t('segmentation.move')}</Menu.Sub.Item>
          </Menu.Sub.Target>
          <Menu.Sub.Dropdown data-testid="segmentation-move-targets">
            {others.map((target) => (
              <Menu.Item
                key={target.id}
                data-article-id={target.id}
                onClick={() =>
                  selection && void moveRange(detail.id, target.id, selection.start, selection.end)
                }
              >
                <Text size="sm" lineClamp={1} lang="zh-CN">
                  {target.title ?? t('articles.untitled')}
                </Text>
              </Menu.Item>
            ))}
          </Menu.Sub.Dropdown>
        </Menu.Sub>
      </Menu.Dropdown>
    </Menu>
  );
}
