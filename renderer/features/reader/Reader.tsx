import { ScrollArea, Stack, Text } from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useArticlesStore } from '../articles/articles-store';
import { SegmentationAlert } from '../segmentation/SegmentationAlert';
import { SegmentationConfirm } from '../segmentation/SegmentationConfirm';
import { AddValuePopover } from './AddValuePopover';
import { ArticleThreadsBar } from '../review/ArticleThreadsBar';
import { ArticleTextPieces } from './ArticleTextPieces';
import { CommentMarkers } from './CommentMarkers';
import { HighlightTooltip } from './HighlightTooltip';
import { ReaderFlags } from './ReaderFlags';
import { ReaderHeader, type ReaderMode } from './ReaderHeader';
import { readingPieces } from './reading-pieces';
import { SearchMatchNavigator } from './SearchMatchNavigator';
import { useArticleValues, useFocusedValuePulse } from './use-article-values';
import { useOpenAtTop } from './use-open-at-top';
import { usePendingSelection } from './use-pending-selection';
import { useReaderSearch } from './use-reader-search';
import { useTextPointer } from './use-text-pointer';
import classes from './Reader.module.css';

/**
 * Shows the selected article's text. Article text is untrusted: it is rendered as React text
 * nodes only, never as HTML. Non-contiguous ranges (OCR'd columns) are shown in order with a
 * divider where text of another article was skipped. The original is exactly the stored text;
 * the reading view joins lines broken inside sentences (its offsets map back exactly).
 */
export function Reader() {
  const { t } = useTranslation();
  const detail = useArticlesStore((s) => s.detail);
  // Remembered across a reload, like the list's filters and the theme.
  const [storedMode, setMode] = useLocalStorage<ReaderMode>({
    key: 'gleaner.reader.mode',
    defaultValue: 'original',
    getInitialValueInEffect: false,
  });
  const mode: ReaderMode = storedMode === 'reading' ? 'reading' : 'original';
  const textRef = useRef<HTMLDivElement>(null);
  // The article list's search query, painted in the text too.
  const query = useArticlesStore((s) => s.filter.query ?? null);
  const segments = detail?.segments;
  // The reading view in runs tagged with document offsets, like the original's pieces: spans,
  // hover, selection and search work in either view on the same offsets.
  const reading = useMemo(
    () =>
      detail && mode === 'reading'
        ? detail.segments.map((s) => readingPieces(s.text, s.start))
        : null,
    [detail, mode],
  );
  // What the text nodes were built from: highlights are set again when it changes.
  const shownText = reading ?? segments;
  const values = useArticleValues(textRef, detail, shownText);
  const { fields, painted } = values;
  const { matches, currentMatchIndex } = useReaderSearch(textRef, detail, query, shownText, mode);
  const pulses = useFocusedValuePulse(textRef, values);
  usePendingSelection(textRef, painted, detail?.id, segments, mode);
  const { hover, handlers } = useTextPointer(textRef, painted, detail);
  const viewport = useOpenAtTop(detail?.id);

  if (!detail) {
    return (
      <Text c="dimmed" p="lg">
        {t('reader.none')}
      </Text>
    );
  }
  return (
    <ScrollArea h="100%" type="auto" viewportRef={viewport}>
      <Stack gap="sm" p="lg" maw={860} mx="auto">
        <ReaderHeader detail={detail} mode={mode} onModeChange={setMode} textRef={textRef} />
        <SegmentationAlert />
        <SegmentationConfirm />
        <ReaderFlags detail={detail} />
        <ArticleThreadsBar />
        {matches.length > 0 && query && (
          <div className={classes.matchBar} data-reader-sticky>
            <SearchMatchNavigator
              query={query}
              total={matches.length}
              current={currentMatchIndex}
            />
          </div>
        )}
        <div className={classes.textWrap}>
          <div
            ref={textRef}
            className={classes.text}
            data-testid="article-text"
            data-mode={mode}
            lang="zh-CN"
            {...handlers}
          >
            <ArticleTextPieces detail={detail} reading={reading} />
          </div>
          <CommentMarkers textRef={textRef} painted={painted} id={detail.id} shown={shownText} />
          {pulses.map((box) => (
            <div
              key={box.key}
              className={classes.pulse}
              data-testid="focus-pulse"
              style={{ left: box.left, top: box.top, width: box.width, height: box.height }}
            />
          ))}
        </div>
      </Stack>
      {hover && fields && <HighlightTooltip hover={hover} fields={fields} />}
      <AddValuePopover />
    </ScrollArea>
  );
}
