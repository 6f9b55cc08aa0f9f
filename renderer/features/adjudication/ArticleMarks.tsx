import { Box, Group, Text } from '@mantine/core';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisagreementDto } from '../../../shared/contract/packages';
import type { ArticleDetailDto } from './adjudication-types';
import { markedPieces, type MarkedPiece } from './marked-pieces';
import classes from './Adjudication.module.css';

const markClass: Record<NonNullable<MarkedPiece['mark']>, string> = {
  a: classes.markA!,
  b: classes.markB!,
  ab: classes.markBoth!,
};

/**
 * The article's text with each curator's spans marked (first, second, both), scrolled to the
 * first mark. Article text is untrusted: it is rendered as text, never as HTML.
 */
export function ArticleMarks({
  item,
  article,
}: {
  item: DisagreementDto;
  article: ArticleDetailDto;
}) {
  const { t } = useTranslation();
  const [a, b] = item.versions;
  const pieces = useMemo(
    () => markedPieces(article.segments, a?.spans ?? [], b?.spans ?? []),
    [article.segments, a, b],
  );
  const first = useRef<HTMLElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const firstMarked = pieces.findIndex((p) => p.mark !== null);
  useEffect(() => {
    // Scrolls the text box alone: scrollIntoView would also scroll the dialog, hiding its head.
    if (box.current && first.current)
      box.current.scrollTop = first.current.offsetTop - box.current.clientHeight / 3;
  }, [item.key, article.id]);
  return (
    <Box>
      <Group gap="xs" mb={4} className={classes.legend}>
        <Text size="xs" c="dimmed">
          {t('packages.adjudication.text')}
        </Text>
        <mark className={classes.markA}>{t('packages.adjudication.legendA')}</mark>
        <mark className={classes.markB}>{t('packages.adjudication.legendB')}</mark>
        <mark className={classes.markBoth}>{t('packages.adjudication.legendBoth')}</mark>
      </Group>
      <div ref={box} className={classes.text} data-testid="adjudication-text" tabIndex={-1}>
        {pieces.map((p, index) => (
          <span key={p.start}>
            {p.gapBefore && <span className={classes.gap}> … </span>}
            {p.mark ? (
              <mark
                ref={index === firstMarked ? first : undefined}
                className={markClass[p.mark]}
                data-version={p.mark}
                data-start={p.start}
              >
                {p.text}
              </mark>
            ) : (
              p.text
            )}
          </span>
        ))}
      </div>
    </Box>
  );
}
