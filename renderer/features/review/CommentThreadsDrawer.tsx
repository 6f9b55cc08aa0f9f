import { Button, Drawer, Group, Stack, Text } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NewThreadForm } from './NewThreadForm';
import { ThreadCard } from './ThreadCard';
import { groupThreads } from './threads';
import { useThreadsStore } from './threads-store';

/**
 * Every thread of the article beside it: open ones first, resolved ones on request, a new thread
 * being written at the top. Opened from the bar above the text, a value's marker, a marker in
 * the text, or the keyboard (C to comment, Shift+C to open).
 */
export function CommentThreadsDrawer() {
  const { t } = useTranslation();
  const open = useThreadsStore((s) => s.panelOpen);
  const close = useThreadsStore((s) => s.closePanel);
  const comments = useThreadsStore((s) => s.comments);
  const composing = useThreadsStore((s) => s.composing);
  const compose = useThreadsStore((s) => s.compose);
  const focusedThreadId = useThreadsStore((s) => s.focusedThreadId);
  const error = useThreadsStore((s) => s.error);
  const threads = useMemo(() => groupThreads(comments), [comments]);
  const [showResolved, setShowResolved] = useState(false);
  const openThreads = threads.filter((th) => th.open);
  const resolved = threads.filter((th) => !th.open);
  const focusedIsResolved = resolved.some((th) => th.root.id === focusedThreadId);
  const shown = showResolved || focusedIsResolved ? threads : openThreads;

  useEffect(() => {
    if (!open || focusedThreadId === null) return;
    const frame = requestAnimationFrame(() =>
      document
        .querySelector(`[data-thread-id="${focusedThreadId}"]`)
        ?.scrollIntoView({ block: 'nearest' }),
    );
    return () => cancelAnimationFrame(frame);
  }, [open, focusedThreadId, comments]);

  return (
    <Drawer
      opened={open}
      onClose={close}
      position="right"
      size="md"
      title={t('review.threads.drawerTitle')}
      closeButtonProps={{ 'aria-label': t('review.close') }}
      data-testid="comment-threads"
    >
      <Stack gap="sm">
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('review.threads.openCount', { count: openThreads.length })}
          </Text>
          {!composing && (
            <Button size="compact-sm" variant="light" onClick={() => compose({ kind: 'article' })}>
              {t('review.threads.commentOnArticle')}
            </Button>
          )}
        </Group>
        {composing && <NewThreadForm anchor={composing} />}
        {error && (
          <Text size="sm" c="red" role="alert">
            {error.message}
          </Text>
        )}
        {threads.length === 0 && !composing && (
          <Text size="sm" c="dimmed">
            {t('review.threads.none')}
          </Text>
        )}
        {shown.map((thread) => (
          <ThreadCard
            key={thread.root.id}
            thread={thread}
            focused={thread.root.id === focusedThreadId}
          />
        ))}
        {resolved.length > 0 && !focusedIsResolved && (
          <Button size="compact-sm" variant="subtle" onClick={() => setShowResolved((s) => !s)}>
            {showResolved
              ? t('review.threads.hideResolved')
              : t('review.threads.showResolved', { count: resolved.length })}
          </Button>
        )}
      </Stack>
    </Drawer>
  );
}
