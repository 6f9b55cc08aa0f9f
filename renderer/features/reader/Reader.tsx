import { Divider, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useArticlesStore } from '../articles/articles-store';
import classes from './Reader.module.css';

/**
 * Shows the selected article's text. Article text is untrusted: it is rendered as React text
 * nodes only, never as HTML. Non-contiguous ranges (OCR'd columns) are shown in order with a
 * divider where text of another article was skipped.
 */
export function Reader() {
  const { t } = useTranslation();
  const detail = useArticlesStore((s) => s.detail);
  if (!detail) {
    return (
      <Text c="dimmed" p="lg">
        {t('reader.none')}
      </Text>
    );
  }
  return (
    <ScrollArea h="100%" type="auto">
      <Stack gap="sm" p="lg" maw={860} mx="auto">
        <Title order={3}>{detail.title ?? t('articles.untitled')}</Title>
        <Text size="xs" c="dimmed">
          {t('reader.source', {
            name: detail.documentName,
            encoding: detail.encoding,
            length: detail.length,
          })}
        </Text>
        <div className={classes.text} data-testid="article-text" lang="zh-CN">
          {detail.segments.map((segment, index) => (
            <Fragment key={segment.start}>
              {index > 0 && <Divider my="md" variant="dashed" label={t('reader.gap')} />}
              <span data-start={segment.start}>{segment.text}</span>
            </Fragment>
          ))}
        </div>
      </Stack>
    </ScrollArea>
  );
}
