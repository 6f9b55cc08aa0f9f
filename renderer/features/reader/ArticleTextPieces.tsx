import { Divider } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleDetail } from '../../../shared/contract/domain';
import { markedPieces } from './marked-pieces';
import type { ReadingPiece } from './reading-pieces';
import classes from './Reader.module.css';

/**
 * The article's text as React text nodes (never HTML: article text is untrusted), each piece
 * tagged with its document offset. Segments (OCR'd columns) come in order with a divider where
 * text of another article was skipped. `reading` holds the reading view's pieces per segment;
 * null shows the original, with repeats and page chrome marked in place, never removed.
 */
export function ArticleTextPieces({
  detail,
  reading,
}: {
  detail: ArticleDetail;
  reading: readonly ReadingPiece[][] | null;
}) {
  const { t } = useTranslation();
  return detail.segments.map((segment, index) => (
    <Fragment key={segment.start}>
      {index > 0 && <Divider my="md" variant="dashed" label={t('reader.gap')} />}
      {reading
        ? (reading[index] ?? []).map((piece, at) => (
            // A rewritten line break has no offset of its own, and no data-start.
            <span key={piece.start ?? `break-${at}`} data-start={piece.start ?? undefined}>
              {piece.text}
            </span>
          ))
        : markedPieces(segment.text, segment.start, detail.marks).map((piece) => {
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
  ));
}
