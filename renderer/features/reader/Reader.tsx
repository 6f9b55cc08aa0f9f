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
import { Fragment, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { selectableEncodings } from '../../../shared/contract/domain';
import { buildReadingView } from '../../../shared/text/reading-view';
import { useArticlesStore } from '../articles/articles-store';
import { useFieldsStore } from '../fields/fields-store';
import { SegmentationAlert } from '../segmentation/SegmentationAlert';
import { SegmentationMenu } from '../segmentation/SegmentationMenu';
import { markedPieces } from './marked-pieces';
import { useProvenanceHighlights } from './use-provenance-highlights';
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
  const focusedValueId = useFieldsStore((s) => s.focusedValueId);
  const fieldKeys = useMemo(() => fields?.schema.fields.map((f) => f.key) ?? [], [fields]);
  // Highlights are painted on the original text, whose offsets the spans count in.
  useProvenanceHighlights(
    textRef,
    mode === 'original' && fields && fields.values.length > 0 ? fields.values : null,
    fieldKeys,
    focusedValueId,
    detail,
  );
  const readingTexts = useMemo(
    () =>
      detail && mode === 'reading'
        ? detail.segments.map((s) => buildReadingView(s.text).text)
        : null,
    [detail, mode],
  );
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
            <SegmentationMenu textRef={textRef} original={mode === 'original'} />
          </Group>
        </Group>
        <SegmentationAlert />
        {(repeats > 0 || detail.signals.length > 0) && (
          <Group gap={6}>
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
        <div
          ref={textRef}
          className={classes.text}
          data-testid="article-text"
          data-mode={mode}
          lang="zh-CN"
        >
          {detail.segments.map((segment, index) => (
            <Fragment key={segment.start}>
              {index > 0 && <Divider my="md" variant="dashed" label={t('reader.gap')} />}
              {readingTexts ? (
                <span>{readingTexts[index]}</span>
              ) : (
                markedPieces(segment.text, segment.start, detail.marks).map((piece) =>
                  piece.kind === 'repeat' ? (
                    <mark
                      key={piece.start}
                      className={classes.repeat}
                      title={t('reader.repeatTitle')}
                      data-mark="repeat"
                      data-start={piece.start}
                    >
                      {piece.text}
                    </mark>
                  ) : piece.kind === 'chrome' ? (
                    <span
                      key={piece.start}
                      className={classes.chrome}
                      title={t('reader.chromeTitle')}
                      data-mark="chrome"
                      data-start={piece.start}
                    >
                      {piece.text}
                    </span>
                  ) : (
                    <span key={piece.start} data-start={piece.start}>
                      {piece.text}
                    </span>
                  ),
                )
              )}
            </Fragment>
          ))}
        </div>
      </Stack>
    </ScrollArea>
  );
}
