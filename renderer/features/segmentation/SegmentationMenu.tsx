import { Button, Menu, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import type { RefObject } from 'react';
import type { ArticleSummary } from '../../../shared/contract/domain';
import type { CodePointRange } from '../../../shared/text/codepoints';
import { useTranslation } from 'react-i18next';
import { useArticlesStore } from '../articles/articles-store';
import { pageNeighbours, textAround } from './page-articles';
import { readerSelection, type DocumentSelection } from './selection-offsets';
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

  useHotkeys([
    [
      'ctrl+shift+S',
      () => {
        const element = textRef.current;
        // The live selection first: the key is pressed while the text still has focus.
        const current = (element && readerSelection(element)) || selection;
        if (detail && current && splitsArticle(detail.ranges, current.start) && !busy)
          void split(detail.id, current.start);
      },
    ],
  ]);

  if (!detail) return null;
  const { previous, next, others } = pageNeighbours(items, detail.id, detail.documentId);
  const canSplit = !busy && splitsArticle(detail.ranges, selection?.start);
  const canMove = !busy && others.length > 0 && leavesSomeBehind(detail.ranges, selection);

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
          <SelectionLabel selection={selection} />
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
        <MoveTargets
          others={others}
          disabled={!canMove}
          onMove={(targetId) =>
            selection && void moveRange(detail.id, targetId, selection.start, selection.end)
          }
        />
      </Menu.Dropdown>
    </Menu>
  );
}

/** What the menu acts on: the selected text by its beginning, the caret, or nothing. */
function SelectionLabel({ selection }: { selection: DocumentSelection | null }) {
  const { t } = useTranslation();
  if (selection === null) return t('segmentation.noSelection');
  if (selection.end > selection.start)
    return (
      <Text span size="xs" lang="zh-CN">
        {t('segmentation.selected', { text: preview(selection.text) })}
      </Text>
    );
  return t('segmentation.caret', { offset: selection.start });
}

/** A split at `at` leaves text on both sides. */
function splitsArticle(ranges: readonly CodePointRange[], at: number | undefined): boolean {
  if (at === undefined) return false;
  const around = textAround(ranges, at);
  return around.before > 0 && around.after > 0;
}

/** Moving needs some of this article's text selected, and some left behind. */
function leavesSomeBehind(
  ranges: readonly CodePointRange[],
  selection: DocumentSelection | null,
): boolean {
  if (selection === null) return false;
  const moving = textAround(ranges, selection.start);
  const kept = moving.before + textAround(ranges, selection.end).after;
  return kept > 0 && kept < moving.before + moving.after;
}

/** "Move selection to…": the other articles of the page. */
function MoveTargets({
  others,
  disabled,
  onMove,
}: {
  others: readonly ArticleSummary[];
  disabled: boolean;
  onMove: (targetId: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <Menu.Sub>
      <Menu.Sub.Target>
        <Menu.Sub.Item disabled={disabled}>{t('segmentation.move')}</Menu.Sub.Item>
      </Menu.Sub.Target>
      <Menu.Sub.Dropdown data-testid="segmentation-move-targets">
        {others.map((target) => (
          <Menu.Item key={target.id} data-article-id={target.id} onClick={() => onMove(target.id)}>
            <Text size="sm" lineClamp={1} lang="zh-CN">
              {target.title ?? t('articles.untitled')}
            </Text>
          </Menu.Item>
        ))}
      </Menu.Sub.Dropdown>
    </Menu.Sub>
  );
}
