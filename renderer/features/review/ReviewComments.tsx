import { Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CommentCard } from './CommentCard';
import { useReviewStore } from './review-store';

/** The article's review comments, oldest first, and a box to add one (Ctrl+Enter sends). */
export function ReviewComments() {
  const { t } = useTranslation();
  const comments = useReviewStore((s) => s.comments);
  const addComment = useReviewStore((s) => s.addComment);
  const changes = useReviewStore((s) => s.changes);
  const [body, setBody] = useState('');
  const send = () => {
    if (body.trim() === '') return;
    void addComment(body.trim()).then((ok) => ok && setBody(''));
  };
  const fieldOf = (valueId: number | null) =>
    valueId === null ? null : (changes?.find((c) => c.valueId === valueId)?.fieldKey ?? null);
  return (
    <Stack gap="xs" data-testid="comments">
      <Title order={5}>{t('review.comments.title', { count: comments.length })}</Title>
      {comments.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('review.comments.none')}
        </Text>
      )}
      {comments.map((c) => (
        <CommentCard key={c.id} comment={c} field={fieldOf(c.valueId)} />
      ))}
      <Textarea
        aria-label={t('review.comments.add')}
        placeholder={t('review.comments.placeholder')}
        value={body}
        onChange={(event) => setBody(event.currentTarget.value)}
        onKeyDown={getHotkeyHandler([['mod+Enter', send]])}
        autosize
        minRows={2}
        maxLength={4000}
      />
      <Group justify="flex-end">
        <Button size="xs" variant="light" onClick={send} disabled={body.trim() === ''}>
          {t('review.comments.add')}
        </Button>
      </Group>
    </Stack>
  );
}
