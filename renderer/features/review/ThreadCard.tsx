import { Badge, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommentPayload } from '../../../shared/contract/review';
import { useFieldsStore } from '../fields/fields-store';
import { useFieldWords } from './field-labels';
import type { Thread, ThreadAnchor } from './threads';
import { useThreadsStore } from './threads-store';
import { useAnchorWords } from './use-anchor-words';
import classes from './review.module.css';

export const anchorOf = (c: CommentPayload): ThreadAnchor =>
  c.valueId !== null
    ? { kind: 'value', valueId: c.valueId }
    : c.span
      ? { kind: 'span', ...c.span }
      : { kind: 'article' };

function CommentLine({ comment: c }: { comment: CommentPayload }) {
  const { t } = useTranslation();
  const words = useFieldWords();
  return (
    <div>
      <Group gap={6} mb={2}>
        <Text size="sm" fw={600}>
          {c.author}
        </Text>
        {c.kind !== 'comment' && (
          <Badge
            size="sm"
            variant="light"
            color={
              c.kind === 'changes_requested' ? 'red' : c.kind === 'approved' ? 'green' : 'orange'
            }
          >
            {t(`review.comments.kinds.${c.kind}`)}
          </Badge>
        )}
        <Text size="xs" c="dimmed">
          {words.when(c.at)}
        </Text>
      </Group>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {c.body}
      </Text>
    </div>
  );
}

/** Reply box of a thread: Ctrl+Enter (or the button, once something is typed) sends. */
function ReplyBox({ threadId }: { threadId: number }) {
  const { t } = useTranslation();
  const reply = useThreadsStore((s) => s.reply);
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const send = () => {
    if (body.trim() === '' || busy) return;
    setBusy(true);
    void reply(threadId, body.trim()).then((ok) => {
      setBusy(false);
      if (ok) setBody('');
    });
  };
  return (
    <>
      <Textarea
        size="xs"
        aria-label={t('review.threads.reply')}
        placeholder={t('review.threads.replyPlaceholder')}
        value={body}
        onChange={(event) => setBody(event.currentTarget.value)}
        onKeyDown={getHotkeyHandler([['mod+Enter', send]])}
        autosize
        minRows={1}
        maxLength={4000}
        data-testid="thread-reply"
      />
      {body.trim() !== '' && (
        <Group justify="flex-end">
          <Button size="compact-xs" variant="light" onClick={send} loading={busy}>
            {t('review.threads.reply')}
          </Button>
        </Group>
      )}
    </>
  );
}

/** What the thread is about (a value's badge focuses it) and Resolve / Reopen. */
function ThreadHeader({ thread }: { thread: Thread }) {
  const { t } = useTranslation();
  const describe = useAnchorWords();
  const resolve = useThreadsStore((s) => s.resolve);
  const anchor = anchorOf(thread.root);
  const show = () => {
    if (anchor.kind === 'value') useFieldsStore.getState().focus(anchor.valueId);
  };
  return (
    <Group justify="space-between" wrap="nowrap" gap={4}>
      <Badge
        size="sm"
        variant="outline"
        color="gray"
        style={{ cursor: anchor.kind === 'value' ? 'pointer' : undefined, textTransform: 'none' }}
        onClick={show}
        data-testid="thread-anchor"
      >
        {describe(anchor)}
      </Badge>
      <Button
        size="compact-xs"
        variant={thread.open ? 'light' : 'subtle'}
        color={thread.open ? 'green' : 'gray'}
        onClick={() => void resolve(thread.root.id, thread.open)}
        data-testid="thread-resolve"
      >
        {thread.open ? t('review.threads.resolve') : t('review.threads.reopen')}
      </Button>
    </Group>
  );
}

/** One thread: what it is about, its comments oldest first, who resolved it, a reply box. */
export function ThreadCard({ thread, focused }: { thread: Thread; focused: boolean }) {
  const { t } = useTranslation();
  const words = useFieldWords();
  const { root } = thread;
  return (
    <Paper
      withBorder
      p="xs"
      radius="sm"
      className={classes.comment}
      data-kind={root.kind}
      data-open={thread.open}
      data-focused={focused || undefined}
      data-thread-id={root.id}
      data-testid="comment-thread"
    >
      <Stack gap={6}>
        <ThreadHeader thread={thread} />
        <CommentLine comment={root} />
        {thread.replies.map((r) => (
          <div key={r.id} className={classes.reply}>
            <CommentLine comment={r} />
          </div>
        ))}
        {!thread.open && root.resolvedBy && (
          <Text size="xs" c="dimmed">
            {t('review.threads.resolvedBy', {
              name: root.resolvedBy,
              when: words.when(root.resolvedAt),
            })}
          </Text>
        )}
        <ReplyBox threadId={root.id} />
      </Stack>
    </Paper>
  );
}
