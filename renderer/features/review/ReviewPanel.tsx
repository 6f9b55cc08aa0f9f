import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  ScrollArea,
  Stack,
  Switch,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useArticlesStore } from '../articles/articles-store';
import { useProfilesStore } from '../profiles/profiles-store';
import { useFieldWords } from './field-labels';
import { useHistoryStore } from './history-store';
import { useReviewStore, type DiffChange } from './review-store';
import { allowedActions } from './workflow';
import { useWorkflowStore } from './workflow-store';
import classes from './review.module.css';

const changeColors: Record<DiffChange['change'], string> = {
  unchanged: 'gray',
  accepted: 'green',
  edited: 'blue',
  added: 'teal',
  rejected: 'red',
};

/** The review of the selected article: what changed against the suggestions, and the comments. */
export function ReviewPanel() {
  const { t } = useTranslation();
  const detail = useArticlesStore((s) => s.detail);
  const profile = useProfilesStore((s) => s.profile);
  const changes = useReviewStore((s) => s.changes);
  const error = useReviewStore((s) => s.error);
  const load = useReviewStore((s) => s.load);
  const run = useWorkflowStore((s) => s.run);
  const openRequest = useWorkflowStore((s) => s.openRequest);
  const busy = useWorkflowStore((s) => s.busy);
  const [onlyChanges, setOnlyChanges] = useState(true);
  const articleId = detail?.id;
  const status = detail?.status;
  useEffect(() => {
    if (articleId !== undefined) void load(articleId);
  }, [articleId, status, profile?.id, load]);
  if (!detail) return null;
  const actions = allowedActions(detail.status, profile);
  const shown = (changes ?? []).filter((c) => !onlyChanges || c.change !== 'unchanged');
  const counts = (changes ?? []).reduce<Record<string, number>>((acc, c) => {
    acc[c.change] = (acc[c.change] ?? 0) + 1;
    return acc;
  }, {});

  return (
    <ScrollArea h="100%" type="auto">
      <Stack p="lg" gap="md" maw={1000} mx="auto" data-testid="review-panel">
        <Group justify="space-between">
          <Title order={4}>
            {t('review.diff.title', { title: detail.title ?? t('articles.untitled') })}
          </Title>
          <Group gap={6}>
            {actions.includes('approve') && (
              <Button size="xs" color="green" loading={busy} onClick={() => void run('approve')}>
                {t('review.actions.approve')}
              </Button>
            )}
            {actions.includes('requestChanges') && (
              <Button size="xs" color="red" onClick={openRequest}>
                {t('review.actions.requestChanges')}
              </Button>
            )}
          </Group>
        </Group>
        {error && (
          <Alert color="red" role="alert" data-error-code={error.code}>
            {error.message}
          </Alert>
        )}
        <Group gap="xs">
          {(['accepted', 'edited', 'added', 'rejected', 'unchanged'] as const).map((kind) => (
            <Badge key={kind} color={changeColors[kind]} variant="light" data-count={kind}>
              {t(`review.diff.kinds.${kind}`)} {counts[kind] ?? 0}
            </Badge>
          ))}
          <Switch
            ml="auto"
            size="xs"
            label={t('review.diff.onlyChanges')}
            checked={onlyChanges}
            onChange={(event) => setOnlyChanges(event.currentTarget.checked)}
          />
        </Group>
        <DiffTable
          changes={shown}
          loading={changes === null}
          emptyText={
            (changes ?? []).length === 0 ? t('review.diff.none') : t('review.diff.noChanges')
          }
        />
        <Comments />
      </Stack>
    </ScrollArea>
  );
}

function DiffTable(props: { changes: DiffChange[]; loading: boolean; emptyText: string }) {
  const { changes } = props;
  const { t } = useTranslation();
  const words = useFieldWords();
  const openHistory = useHistoryStore((s) => s.open);
  if (props.loading) return <Text c="dimmed">{t('review.loading')}</Text>;
  if (changes.length === 0) return <Text c="dimmed">{props.emptyText}</Text>;
  return (
    <Table
      verticalSpacing={6}
      aria-label={t('review.diff.label')}
      className={classes.diff}
      layout="fixed"
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="18%">{t('review.diff.field')}</Table.Th>
          <Table.Th w="28%">{t('review.diff.suggested')}</Table.Th>
          <Table.Th w="28%">{t('review.diff.current')}</Table.Th>
          <Table.Th w="26%">{t('review.diff.change')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {changes.map((c) => (
          <Table.Tr
            key={c.valueId}
            data-change={c.change}
            data-field={c.fieldKey}
            data-value-id={c.valueId}
          >
            <Table.Td>
              <Text size="sm" fw={500}>
                {words.label(c.fieldKey)}
              </Text>
            </Table.Td>
            <Table.Td>
              <Snapshot
                fieldKey={c.fieldKey}
                snapshot={c.suggested}
                struck={c.change === 'edited' || c.change === 'rejected'}
              />
            </Table.Td>
            <Table.Td>
              <Snapshot
                fieldKey={c.fieldKey}
                snapshot={c.current}
                compareTo={c.suggested}
                highlight={c.change === 'edited' || c.change === 'added'}
              />
            </Table.Td>
            <Table.Td>
              <Badge
                size="sm"
                color={changeColors[c.change]}
                variant="light"
                className={classes.changeBadge}
              >
                {t(`review.diff.kinds.${c.change}`)}
              </Badge>
              {c.changedBy && (
                <Text size="xs" mt={2}>
                  {c.changedBy}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {words.when(c.changedAt)}
              </Text>
              <Button
                size="compact-xs"
                variant="subtle"
                px={0}
                aria-label={t('review.history.valueOf', { field: words.label(c.fieldKey) })}
                onClick={() =>
                  void openHistory({
                    kind: 'value',
                    valueId: c.valueId,
                    label: words.label(c.fieldKey),
                  })
                }
              >
                {t('review.history.short')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

type Spans = NonNullable<DiffChange['suggested']>['spans'];

const sameSpans = (a: Spans, b: Spans): boolean =>
  a.length === b.length && a.every((s, i) => s.start === b[i]?.start && s.end === b[i]?.end);

/** Where in the text a value comes from: the first two places, and how many more. */
function spansText(spans: Spans, t: TFunction): string {
  if (spans.length === 0) return t('fields.noProvenance');
  const shown = spans.slice(0, 2).map((s) => `${s.start}–${s.end} “${s.text}”`);
  if (spans.length > 2) shown.push(t('review.diff.moreSpans', { count: spans.length - 2 }));
  return shown.join(' · ');
}

function Snapshot(props: {
  fieldKey: string;
  snapshot: DiffChange['suggested'];
  /** The other side: when the places in the text are the same, they are not repeated. */
  compareTo?: DiffChange['suggested'];
  struck?: boolean;
  highlight?: boolean;
}) {
  const words = useFieldWords();
  const { t } = useTranslation();
  if (!props.snapshot)
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  const { value, spans } = props.snapshot;
  const unchangedSpans = props.compareTo && sameSpans(spans, props.compareTo.spans);
  return (
    <div>
      <Text
        size="sm"
        td={props.struck ? 'line-through' : undefined}
        c={props.struck ? 'dimmed' : undefined}
        className={props.highlight ? classes.now : undefined}
      >
        {words.format(props.fieldKey, value)}
      </Text>
      <Text size="xs" c="dimmed">
        {unchangedSpans ? t('review.diff.sameSpans') : spansText(spans, t)}
      </Text>
    </div>
  );
}

function Comments() {
  const { t } = useTranslation();
  const comments = useReviewStore((s) => s.comments);
  const addComment = useReviewStore((s) => s.addComment);
  const changes = useReviewStore((s) => s.changes);
  const words = useFieldWords();
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
      {comments.map((c) => {
        const field = fieldOf(c.valueId);
        return (
          <Paper
            key={c.id}
            withBorder
            p="xs"
            radius="sm"
            className={classes.comment}
            data-kind={c.kind}
          >
            <Group gap={6} mb={2}>
              <Text size="sm" fw={600}>
                {c.author}
              </Text>
              {c.kind !== 'comment' && (
                <Badge
                  size="xs"
                  variant="light"
                  color={
                    c.kind === 'changes_requested'
                      ? 'red'
                      : c.kind === 'approved'
                        ? 'green'
                        : 'orange'
                  }
                >
                  {t(`review.comments.kinds.${c.kind}`)}
                </Badge>
              )}
              {field && (
                <Badge size="xs" variant="outline" color="gray">
                  {words.label(field)}
                </Badge>
              )}
              <Text size="xs" c="dimmed">
                {words.when(c.at)}
              </Text>
            </Group>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {c.body}
            </Text>
          </Paper>
        );
      })}
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
