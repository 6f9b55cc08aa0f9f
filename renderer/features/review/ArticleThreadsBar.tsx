import { Button, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { anchorOf } from './ThreadCard';
import { groupThreads } from './threads';
import { useThreadsStore } from './threads-store';
import { useAnchorWords } from './use-anchor-words';

const SHOWN = 3;

/**
 * The article's open comment threads right above its text, where a request for changes promised
 * its comment would be ("beside the article"): the newest few with what they are about, each
 * opening its thread. Nothing is shown while every thread is resolved.
 */
export function ArticleThreadsBar() {
  const { t } = useTranslation();
  const comments = useThreadsStore((s) => s.comments);
  const openPanel = useThreadsStore((s) => s.openPanel);
  const describe = useAnchorWords();
  const open = useMemo(() => groupThreads(comments).filter((th) => th.open), [comments]);
  if (open.length === 0) return null;
  const newest = [...open].sort((a, b) => b.root.at.localeCompare(a.root.at)).slice(0, SHOWN);
  return (
    <Paper
      withBorder
      p="xs"
      radius="sm"
      data-testid="threads-bar"
      role="region"
      aria-label={t('review.threads.barTitle', { count: open.length })}
    >
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm" fw={600}>
            {t('review.threads.barTitle', { count: open.length })}
          </Text>
          <Button size="compact-sm" variant="subtle" onClick={() => openPanel()}>
            {t('review.threads.showAll')}
          </Button>
        </Group>
        {newest.map(({ root, replies }) => (
          <UnstyledButton
            key={root.id}
            onClick={() => openPanel(root.id)}
            data-testid="threads-bar-item"
          >
            <Text size="sm" lineClamp={1}>
              <Text span fw={600}>
                {root.author}
              </Text>
              {' · '}
              <Text span c="dimmed" size="sm">
                {describe(anchorOf(root))}
              </Text>
              {' · '}
              {root.body}
              {replies.length > 0 && (
                <Text span c="dimmed" size="sm">
                  {' · '}
                  {t('review.threads.replies', { count: replies.length })}
                </Text>
              )}
            </Text>
          </UnstyledButton>
        ))}
      </Stack>
    </Paper>
  );
}
