import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleFilter } from '../../../shared/contract/articles';
import { useProfilesStore } from '../profiles/profiles-store';
import { currentListFilter } from './list-filter';
import { useWorkflowStore } from './workflow-store';
import { useErrorText } from '../../i18n/use-error-text';

/** Assigns every article the list's filter selects to one curator, after saying how many. */
export function BulkAssign() {
  const { t } = useTranslation();
  const profile = useProfilesStore((s) => s.profile);
  const profiles = useProfilesStore((s) => s.profiles);
  const loadProfiles = useProfilesStore((s) => s.loadProfiles);
  const assign = useWorkflowStore((s) => s.assign);
  const count = useWorkflowStore((s) => s.count);
  const busy = useWorkflowStore((s) => s.busy);
  const [open, setOpen] = useState(false);
  const [filter, setFilter] = useState<ArticleFilter>({});
  const [matching, setMatching] = useState<number | null>(null);
  const [assignee, setAssignee] = useState<string>('');
  const [done, setDone] = useState<number | null>(null);
  if (!profile || profile.role === 'curator') return null;
  const curators = profiles.filter((p) => !p.retired && p.role !== 'reviewer');
  const name = curators.find((p) => String(p.id) === assignee)?.name ?? t('review.assign.nobody');

  const start = () => {
    const now = currentListFilter();
    setFilter(now);
    setMatching(null);
    setDone(null);
    setOpen(true);
    void count(now).then(setMatching);
    // Someone may have added a curator since the profiles were read.
    void loadProfiles();
  };

  return (
    <>
      <Button size="compact-xs" variant="subtle" onClick={start}>
        {t('review.bulk.button')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('review.bulk.title')}>
        <Stack>
          <Text size="sm">
            {Object.keys(filter).length === 0 ? t('review.bulk.all') : t('review.bulk.filtered')}
          </Text>
          <Select
            label={t('review.assign.label')}
            data={[
              { value: '', label: t('review.assign.nobody') },
              ...curators.map((p) => ({ value: String(p.id), label: p.name })),
            ]}
            value={assignee}
            onChange={(value) => setAssignee(value ?? '')}
            allowDeselect={false}
          />
          <BulkOutcome matching={matching} done={done} name={name} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              {done === null ? t('review.cancel') : t('review.close')}
            </Button>
            {done === null && (
              <Button
                loading={busy}
                disabled={matching === null || matching === 0}
                onClick={() =>
                  void assign(assignee ? Number(assignee) : null, { filter }).then(setDone)
                }
              >
                {t('review.bulk.assign', { count: matching ?? 0 })}
              </Button>
            )}
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

/** How many articles would be assigned, then how many were; or why it failed. */
function BulkOutcome({
  matching,
  done,
  name,
}: {
  matching: number | null;
  done: number | null;
  name: string;
}) {
  const { t } = useTranslation();
  const say = useErrorText();
  const error = useWorkflowStore((s) => s.error);
  return (
    <>
      {matching !== null && done === null && (
        <Text size="sm" fw={500} data-testid="bulk-count">
          {t('review.bulk.confirm', { count: matching, name })}
        </Text>
      )}
      {done !== null && (
        <Alert color="green" role="status">
          {t('review.bulk.done', { count: done, name })}
        </Alert>
      )}
      {error && (
        <Alert color="red" role="alert" data-error-code={error.code}>
          {say(error)}
        </Alert>
      )}
    </>
  );
}
