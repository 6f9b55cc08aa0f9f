import { useHotkeys } from '@mantine/hooks';
import { useArticlesStore } from '../articles/articles-store';
import { useFieldsStore } from '../fields/fields-store';
import { useReaderSelectionStore } from '../reader/reader-selection-store';
import type { ThreadAnchor } from './threads';
import { useThreadsStore } from './threads-store';

/** Typing in a form must never open a comment. */
const tagsToIgnore = ['INPUT', 'TEXTAREA', 'SELECT'];

/**
 * What `C` comments on: the text selected in the reader (still selected on the page), else the
 * value focused in the panel, else the article.
 */
export function anchorHere(): ThreadAnchor | null {
  const detail = useArticlesStore.getState().detail;
  if (!detail) return null;
  const selection = useReaderSelectionStore.getState().selection;
  const pageSelected = !(document.getSelection()?.isCollapsed ?? true);
  if (selection && selection.articleId === detail.id && pageSelected) {
    return { kind: 'span', start: selection.start, end: selection.end, text: selection.text };
  }
  const { data, focusedValueId, dataArticleId } = useFieldsStore.getState();
  if (dataArticleId === detail.id && data?.values.some((v) => v.id === focusedValueId))
    return { kind: 'value', valueId: focusedValueId! };
  return { kind: 'article' };
}

/** Starts a thread where the work is (see anchorHere), in the comments drawer. */
export function commentHere(): void {
  const anchor = anchorHere();
  if (!anchor) return;
  useReaderSelectionStore.getState().closePopover();
  useThreadsStore.getState().compose(anchor);
}

/** C comments on the selection, the focused value or the article; Shift+C shows the comments. */
export function useCommentHotkeys(): void {
  useHotkeys(
    [
      [
        'c',
        (event) => {
          // The `c` must not land in the comment box that opens.
          event.preventDefault();
          commentHere();
        },
      ],
      [
        'shift+C',
        () => useArticlesStore.getState().detail && useThreadsStore.getState().openPanel(),
      ],
    ],
    tagsToIgnore,
  );
}
