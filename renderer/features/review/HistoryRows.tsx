import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../shared/contract/review';
import { useArticlesStore } from '../articles/articles-store';
import type { useFieldWords } from './field-labels';
import { groupHistory } from './history-groups';
import { readableEntry } from './history-format';
import { useHistoryStore } from './history-store';

type Words = ReturnType<typeof useFieldWords>;

/** The log's rows: single changes, and bulk actions as one row that opens to its changes. */
export function HistoryRows({ items, words }: { items: AuditEntry[]; words: Words }) {
  return (
    <>
      {groupHistory(items).map((row) =>
        row.kind === 'single' ? (
          <HistoryEntry key={row.entry.id} entry={row.entry} words={words} />
        ) : (
          <HistoryGroup key={row.id} entries={row.entries} words={words} />
        ),
      )}
    </>
  );
}

/** A bulk action (Accept all…): who, what, how many, on which article; opens to its entries. */
function HistoryGroup({ entries, words }: { entries: AuditEntry[]; words: Words }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const first = entries[0]!;
  const r = readableEntry(first, t, words.label);
  return (
    <Paper withBorder p="xs" radius="sm" data-history-group={entries.length}>
      <Group gap={6} justify="space-between" wrap="nowrap">
        <Group gap={6}>
          <Text size="sm" fw={600}>
            {first.actor}
          </Text>
          <Badge size="sm" variant="light" color={actionColor(first)}>
            {t(first.entity === 'value' ? 'audit.group' : 'audit.groupOther', {
              action: r.action,
              count: entries.length,
            })}
          </Badge>
          {r.after && <Text size="sm">{r.after}</Text>}
        </Group>
        <Text size="xs" c="dimmed">
          {words.when(first.at)}
        </Text>
      </Group>
      <Group gap={6} mt={2} justify="space-between">
        <ArticleLink entry={first} />
        <Button
          size="compact-xs"
          variant="subtle"
          aria-expanded={open}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? t('audit.collapse') : t('audit.expand', { count: entries.length })}
        </Button>
      </Group>
      {open && (
        <Stack gap={4} mt={4}>
          {entries.map((entry) => (
            <HistoryEntry key={entry.id} entry={entry} words={words} />
          ))}
        </Stack>
      )}
    </Paper>
  );
}

/** The article a row is about, named; a click opens it (and closes the log). */
function ArticleLink({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const shownInScope = useHistoryStore((s) => s.target?.kind !== 'all');
  if (entry.articleId === null || entry.articleId === undefined || shownInScope) return null;
  const id = entry.articleId;
  const name = entry.articleTitle
    ? t('audit.articleLink', { id, title: entry.articleTitle })
    : t('audit.articleLinkUntitled', { id });
  return (
    <Anchor
      component="button"
      type="button"
      size="sm"
      data-article-link={id}
      title={t('audit.openArticle', { id })}
      onClick={() => {
        useHistoryStore.getState().close();
        void useArticlesStore.getState().select(id);
      }}
    >
      {name}
    </Anchor>
  );
}

/** One audit row: who, what, on which field, when; the change and the comment if any. */
function HistoryEntry({ entry, words }: { entry: AuditEntry; words: Words }) {
  const { t } = useTranslation();
  const r = readableEntry(entry, t, words.label);
  return (
    <Paper
      withBorder
      p="xs"
      radius="sm"
      data-history-action={entry.action}
      data-actor={entry.actor}
    >
      <Group gap={6} justify="space-between" wrap="nowrap">
        <Group gap={6}>
          <Text size="sm" fw={600}>
            {entry.actor}
          </Text>
          <Badge size="sm" variant="light" color={actionColor(entry)}>
            {r.action}
          </Badge>
          {r.field && (
            <Badge size="sm" variant="outline" color="gray">
              {r.field}
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {words.when(entry.at)}
        </Text>
      </Group>
      {(r.before || r.after) && (
        <Text size="sm" mt={2} style={{ wordBreak: 'break-all' }}>
          {r.before && (
            <Text span c="dimmed" td={r.after ? undefined : 'line-through'}>
              {r.before}
            </Text>
          )}
          {r.before && r.after && ' → '}
          {r.after}
        </Text>
      )}
      <ArticleLink entry={entry} />
      {r.comment && (
        <Text size="sm" mt={2} fs="italic" style={{ whiteSpace: 'pre-wrap' }}>
          “{r.comment}”
        </Text>
      )}
    </Paper>
  );
}

/** Workflow steps stand out in the colours of the statuses they lead to. */
function actionColor(entry: AuditEntry): string {
  const after = entry.after as { action?: unknown } | null;
  const step = entry.action === 'transition' ? after?.action : entry.action;
  switch (step) {
    case 'approve':
      return 'green';
    case 'requestChanges':
      return 'red';
    case 'submit':
      return 'yellow';
    case 'reopen':
      return 'orange';
    case 'assign':
      return 'grape';
    default:
      return 'blue';
  }
}
