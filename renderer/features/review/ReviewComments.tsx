import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ThreadCard } from './ThreadCard';
import { groupThreads } from './threads';
import { useThreadsStore } from './threads-store';

/**
 * The article's comment threads in the review, open ones first (the same threads the bar above
 * the text, the value markers and the comments drawer show); a new one starts in the drawer.
 */
export function ReviewComments() {
  const { t } = useTranslation();
  const comments = useThreadsStore((s) => s.comments);
  const compose = useThreadsStore((s) => s.compose);
  const threads = useMemo(() => groupThreads(comments), [comments]);
  return (
    <Stack gap="xs" data-testid="comments">
      <Group justify="space-between">
        <Title order={5}>{t('review.comments.title', { count: threads.length })}</Title>
        <Button size="compact-sm" variant="light" onClick={() => compose({ kind: 'article' })}>
          {t('review.threads.commentOnArticle')}
        </Button>
      </Group>
      {threads.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('review.comments.none')}
        </Text>
      )}
      {threads.map((thread) => (
        <ThreadCard key={thread.root.id} thread={thread} focused={false} />
      ))}
    </Stack>
  );
}
