import { Alert, Button, Group, ScrollArea, Stack, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useArticlesStore } from '../articles/articles-store';
import { useProfilesStore } from '../profiles/profiles-store';
import { DiffSummary } from './DiffSummary';
import { DiffTable } from './DiffTable';
import { ReviewComments } from './ReviewComments';
import { useReviewStore, type DiffChange } from './review-store';
import { allowedActions } from './workflow';
import { useWorkflowStore } from './workflow-store';
import { useErrorText } from '../../i18n/use-error-text';

/** The review of the selected article: what changed against the suggestions, and the comments. */
export function ReviewPanel() {
  const { t } = useTranslation();
  const say = useErrorText();
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
  // What a reviewer must look at first: rejections, then edits and additions; plain accepts and
  // untouched suggestions only when asked for (they were most rows, and buried the changes).
  const shown = (changes ?? [])
    .filter((c) => !onlyChanges || isCuratorChange(c.change))
    .sort((a, b) => reviewOrder.indexOf(a.change) - reviewOrder.indexOf(b.change));
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
            {say(error)}
          </Alert>
        )}
        <DiffSummary
          counts={counts}
          onlyChanges={onlyChanges}
          onOnlyChangesChange={setOnlyChanges}
        />
        <DiffTable
          changes={shown}
          loading={changes === null}
          emptyText={
            (changes ?? []).length === 0 ? t('review.diff.none') : t('review.diff.noChanges')
          }
        />
        <ReviewComments />
      </Stack>
    </ScrollArea>
  );
}

const reviewOrder: DiffChange['change'][] = [
  'rejected',
  'edited',
  'added',
  'accepted',
  'unchanged',
];

function isCuratorChange(change: DiffChange['change']): boolean {
  return change === 'rejected' || change === 'edited' || change === 'added';
}
