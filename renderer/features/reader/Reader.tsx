import {
  Badge,
  Divider,
  Group,
  ScrollArea,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { Fragment, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { selectableEncodings } from '../../../shared/contract/domain';
import { useArticlesStore } from '../articles/articles-store';
import { OffSubjectBadge } from '../articles/OffSubjectBadge';
import { useFieldsStore } from '../fields/fields-store';
import { SegmentationAlert } from '../segmentation/SegmentationAlert';
import { SegmentationConfirm } from '../segmentation/SegmentationConfirm';
import { SegmentationMenu } from '../segmentation/SegmentationMenu';
import { readerSelection } from '../segmentation/selection-offsets';
import { AddValuePopover } from './AddValuePopover';
import { HighlightTooltip, type HoverState } from './HighlightTooltip';
import { markedPieces } from './marked-pieces';
import { useReaderSelectionStore } from './reader-selection-store';
import { readingPieces } from './reading-pieces';
import { offsetAtPoint, rangeFor } from './text-pieces';
import { useFocusPulse } from './use-focus-pulse';
import { useProvenanceHighlights, valuesAt } from './use-provenance-highlights';
import { currentMatch, useSearchMatchStore } from './search-match-store';
import { SearchMatchNavigator, useSearchMatchHotkeys } from './SearchMatchNavigator';
import { searchMatches } from './search-matches';
import { useSearchHighlights } from './use-search-highlights';
import classes from './Reader.module.css';

type Mode = 'original' | 'reading';

/**
 * Shows the selected article's text. Article text is untrusted: it is rendered as React text
 * nodes only, never as HTML. Non-contiguous ranges (OCR'd columns) are shown in order with a
 * divider where text of another article was skipped. The original is exactly the stored text;
 * the reading view joins lines broken inside sentences (its offsets map back exactly).
 */
export function Reader() {
  const { t } = useTranslation();
  const detail = useArticlesStore((s) => s.detail);
  const redecode = useArticlesStore((s) => s.redecode);
  const [mode, setMode] = useState<Mode>('original');
  const textRef = useRef<HTMLDivElement>(null);
  const fields = useFieldsStore((s) => s.data);
  const fieldsArticleId = useFieldsStore((s) => s.dataArticleId);
  const focusedValueId = useFieldsStore((s) => s.focusedValueId);
  const focusCount = useFieldsStore((s) => s.focusCount);
  const focus = useFieldsStore((s) => s.focus);
  const schema = fields?.schema;
  const fieldKeys = useMemo(() => schema?.fields.map((f) => f.key) ?? [], [schema]);
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
  const painted = useProvenanceHighlights(
    textRef,
    // Values of the article shown only: its fields may arrive before its text does.
    fields && fields.values.length > 0 && detail?.id === fieldsArticleId ? fields.values : null,
    fieldKeys,
    focusedValueId,
    shownText,
  );
  const matches = useMemo(
    () => (detail && query ? searchMatches(detail.segments, query) : []),
    [detail, query],
  );
  // Where the reader is among the query's matches: a new article or query starts at the first
  // (at the last when F3 stepped back into it from the next article).
  const matchKey = detail && query ? `${detail.id}\u0000${query}` : null;
  const currentMatchIndex = useSearchMatchStore((s) => currentMatch(s, matchKey, matches.length));
  const matchMoves = useSearchMatchStore((s) => s.moves);
  useSearchHighlights(
    textRef,
    matches,
    shownText,
    currentMatchIndex,
    `${matchKey}\u0000${mode}\u0000${currentMatchIndex}\u0000${matchMoves}`,
  );
  useEffect(() => {
    useSearchMatchStore.getState().show(matchKey, matches.length);
  }, [matchKey, matches.length]);
  useSearchMatchHotkeys();
  const focusedValue = fields?.values.find((v) => v.id === focusedValueId) ?? null;
  const pulses = useFocusPulse(textRef, painted, focusedValue, focusCount);
  const [hover, setHover] = useState<HoverState | null>(null);
  const hoverFrame = useRef(0);
  const selection = useReaderSelectionStore((s) => s.selection);
  const popoverOpen = useReaderSelectionStore((s) => s.popoverOpen);
  const chooseSelection = useReaderSelectionStore((s) => s.choose);

  // A new article (or view) forgets the selection the popover was for.
  useEffect(() => {
    chooseSelection(null);
  }, [detail?.id, segments, mode, chooseSelection]);

  // The popover takes the focus, and with it the browser's selection colour: paint it instead.
  useEffect(() => {
    const element = textRef.current;
    if (
      !element ||
      !selection ||
      !popoverOpen ||
      typeof CSS === 'undefined' ||
      !('highlights' in CSS)
    )
      return;
    const range = rangeFor(painted.current?.pieces ?? [], selection.start, selection.end);
    if (!range) return;
    CSS.highlights.set('pending-selection', new Highlight(range));
    return () => {
      CSS.highlights.delete('pending-selection');
    };
  }, [selection, popoverOpen, painted]);

  // The popover is placed for where the selection was on screen: scrolling the text away closes
  // it (the selection stays, for "Attach selection" in the fields panel).
  useEffect(() => {
    const scroller = textRef.current?.closest('.mantine-ScrollArea-viewport');
    if (!scroller || !popoverOpen) return;
    const opened = scroller.scrollTop;
    const close = () => {
      if (Math.abs(scroller.scrollTop - opened) > 40)
        useReaderSelectionStore.getState().closePopover();
    };
    scroller.addEventListener('scroll', close, { passive: true });
    return () => scroller.removeEventListener('scroll', close);
  }, [popoverOpen]);

  const onMouseMove = useCallback(
    (event: React.MouseEvent) => {
      const { clientX: x, clientY: y } = event;
      cancelAnimationFrame(hoverFrame.current);
      hoverFrame.current = requestAnimationFrame(() => {
        const text = painted.current;
        const offset = text ? offsetAtPoint(text.pieces, x, y) : null;
        const ids = text && offset !== null ? valuesAt(text.spans, offset) : [];
        setHover(ids.length > 0 ? { x, y, valueIds: ids } : null);
      });
    },
    [painted],
  );

  const onClick = (event: React.MouseEvent) => {
    if (document.getSelection()?.isCollapsed === false) return;
    const text = painted.current;
    const offset = text ? offsetAtPoint(text.pieces, event.clientX, event.clientY) : null;
    const id = text && offset !== null ? valuesAt(text.spans, offset)[0] : undefined;
    if (id === undefined) return;
    focus(id);
    requestAnimationFrame(() =>
      document.querySelector(`[data-value-id="${id}"]`)?.scrollIntoView({ block: 'nearest' }),
    );
  };

  /** A finished selection in the text opens the add-value popover under it. */
  const onSelectionDone = () => {
    const element = textRef.current;
    if (!element || !detail) return;
    const found = readerSelection(element);
    if (!found || found.end <= found.start) return;
    const pieces = painted.current?.pieces;
    const range = pieces ? rangeFor(pieces, found.start, found.end) : null;
    // Trimmed on the stored text the offsets count in (the reading view shows less whitespace).
    const trimmed = trimSelection(documentText(detail.segments, found.start, found.end));
    if (!range || trimmed.text.length === 0) return;
    const start = found.start + trimmed.leading;
    const end = found.end - trimmed.trailing;
    const rects = range.getClientRects();
    const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
    const first = rects[0] ?? last;
    chooseSelection({
      articleId: detail.id,
      start,
      end,
      text: trimmed.text,
      anchor: { left: last.left, top: first.top, bottom: last.bottom },
    });
  };

  if (!detail) {
    return (
      <Text c="dimmed" p="lg">
        {t('reader.none')}
      </Text>
    );
  }
  const repeats = detail.marks.filter((m) => m.kind === 'repeat').length;
  return (
    <ScrollArea h="100%" type="auto">
      <Stack gap="sm" p="lg" maw={860} mx="auto">
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
              onChange={(value) => setMode(value as Mode)}
              data={[
                { value: 'original', label: t('reader.original') },
                { value: 'reading', label: t('reader.reading') },
              ]}
            />
            <SegmentationMenu textRef={textRef} />
          </Group>
        </Group>
        <SegmentationAlert />
        <SegmentationConfirm />
        {(repeats > 0 || detail.signals.length > 0 || detail.offSubject) && (
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
        )}
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
            onMouseMove={onMouseMove}
            onMouseLeave={() => {
              cancelAnimationFrame(hoverFrame.current);
              setHover(null);
            }}
            onClick={onClick}
            onMouseUp={onSelectionDone}
            onKeyUp={(event) => event.shiftKey && onSelectionDone()}
          >
            {detail.segments.map((segment, index) => (
              <Fragment key={segment.start}>
                {index > 0 && <Divider my="md" variant="dashed" label={t('reader.gap')} />}
                {reading
                  ? (reading[index] ?? []).map((piece, at) => (
                      // A rewritten line break has no offset of its own, and no data-start.
                      <span
                        key={piece.start ?? `break-${at}`}
                        data-start={piece.start ?? undefined}
                      >
                        {piece.text}
                      </span>
                    ))
                  : markedPieces(segment.text, segment.start, detail.marks).map((piece) => {
                      // Repeats and page chrome are marked in place, never removed.
                      const Tag = piece.kind === 'repeat' ? 'mark' : 'span';
                      const mark = piece.kind;
                      return (
                        <Tag
                          key={piece.start}
                          className={mark ? classes[mark] : undefined}
                          title={mark ? t(`reader.${mark}Title`) : undefined}
                          data-mark={mark ?? undefined}
                          data-start={piece.start}
                        >
                          {piece.text}
                        </Tag>
                      );
                    })}
              </Fragment>
            ))}
          </div>
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

/** Whitespace around a selection is not part of a value: how much to drop at each end. */
function trimSelection(text: string): { text: string; leading: number; trailing: number } {
  const chars = Array.from(text);
  let leading = 0;
  while (leading < chars.length && /\s/u.test(chars[leading]!)) leading++;
  let trailing = 0;
  while (trailing < chars.length - leading && /\s/u.test(chars[chars.length - 1 - trailing]!))
    trailing++;
  return { text: chars.slice(leading, chars.length - trailing).join(''), leading, trailing };
}

/** The stored text between two document offsets (code points), across segments. */
function documentText(
  segments: readonly { start: number; text: string }[],
  start: number,
  end: number,
): string {
  return segments
    .map((segment) => {
      const chars = Array.from(segment.text);
      const from = Math.max(start, segment.start) - segment.start;
      const to = Math.min(end, segment.start + chars.length) - segment.start;
      return from < to ? chars.slice(from, to).join('') : '';
    })
    .join('');
}
