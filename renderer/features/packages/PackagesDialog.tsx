import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleStatus } from '../../../shared/contract/domain';
import { ConflictView } from './ConflictView';
import { usePackagesStore, type Done } from './packages-store';
import { useErrorText } from '../../i18n/use-error-text';

const statuses: ArticleStatus[] = [
  'new',
  'in_progress',
  'changes_requested',
  'submitted',
  'approved',
];

/** Project → Create Work Package… and Merge Work Package…, with the conflict view. */
export function PackagesDialog() {
  const { t } = useTranslation();
  const say = useErrorText();
  const opened = usePackagesStore((s) => s.opened);
  const close = usePackagesStore((s) => s.close);
  const error = usePackagesStore((s) => s.error);
  const done = usePackagesStore((s) => s.done);
  return (
    <Modal
      opened={opened !== null}
      onClose={close}
      size="xl"
      title={opened === 'merge' ? t('packages.mergeTitle') : t('packages.createTitle')}
    >
      <Stack gap="sm">
        {error && (
          <Alert color="red" role="alert">
            {say(error)}
          </Alert>
        )}
        {done && (
          <Alert color="teal" role="status">
            <DoneLine done={done} />
          </Alert>
        )}
        {opened === 'create' && <CreateForm />}
        {opened === 'merge' && <MergeForm />}
      </Stack>
    </Modal>
  );
}

function DoneLine({ done }: { done: Done }) {
  const { t } = useTranslation();
  if (done.kind === 'created') return <>{t('packages.created', done)}</>;
  if (done.kind === 'already-merged') return <>{t('packages.alreadyMerged', done)}</>;
  return <>{t('packages.merged', done)}</>;
}

function CreateForm() {
  const { t } = useTranslation();
  const busy = usePackagesStore((s) => s.busy);
  const create = usePackagesStore((s) => s.create);
  const [out, setOut] = useState('');
  const [savedSearchId, setSavedSearchId] = useState<string | null>(null);
  const [assigneeId, setAssigneeId] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const searches = usePackagesStore((s) => s.searches);
  const profiles = usePackagesStore((s) => s.profiles);
  return (
    <>
      <Text size="sm" c="dimmed">
        {t('packages.createIntro')}
      </Text>
      <TextInput
        label={t('packages.out')}
        value={out}
        onChange={(e) => setOut(e.currentTarget.value)}
        placeholder="/path/to/package.gleaner"
      />
      <Group grow>
        <Select
          label={t('packages.savedSearch')}
          placeholder={t('packages.any')}
          clearable
          data={searches.map((s) => ({ value: String(s.id), label: s.name }))}
          value={savedSearchId}
          onChange={setSavedSearchId}
        />
        <Select
          label={t('packages.assignee')}
          placeholder={t('packages.any')}
          clearable
          data={profiles.map((p) => ({ value: String(p.id), label: p.name }))}
          value={assigneeId}
          onChange={setAssigneeId}
        />
        <Select
          label={t('packages.status')}
          placeholder={t('packages.any')}
          clearable
          data={statuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          value={status}
          onChange={setStatus}
        />
      </Group>
      <Group>
        <Button
          loading={busy}
          disabled={out.trim() === ''}
          onClick={() =>
            void create({
              out: out.trim(),
              savedSearchId: savedSearchId === null ? null : Number(savedSearchId),
              assigneeId: assigneeId === null ? null : Number(assigneeId),
              status: status as ArticleStatus | null,
            })
          }
        >
          {t('packages.write')}
        </Button>
      </Group>
    </>
  );
}

function MergeForm() {
  const { t } = useTranslation();
  const busy = usePackagesStore((s) => s.busy);
  const file = usePackagesStore((s) => s.file);
  const setFile = usePackagesStore((s) => s.setFile);
  const merge = usePackagesStore((s) => s.merge);
  const conflicts = usePackagesStore((s) => s.conflicts);
  const choices = usePackagesStore((s) => s.choices);
  const chooseAll = usePackagesStore((s) => s.chooseAll);
  const undecided = conflicts.filter((c) => !choices[c.id]).length;
  return (
    <>
      <Text size="sm" c="dimmed">
        {t('packages.mergeIntro')}
      </Text>
      <TextInput
        label={t('packages.file')}
        value={file}
        onChange={(e) => setFile(e.currentTarget.value)}
        placeholder="/path/to/package.gleaner"
      />
      {conflicts.length > 0 && (
        <>
          <Alert color="orange" role="status">
            {t('packages.conflicts', { count: conflicts.length })}
          </Alert>
          <Group>
            <Button size="xs" variant="default" onClick={() => chooseAll('package')}>
              {t('packages.takeAll')}
            </Button>
            <Button size="xs" variant="default" onClick={() => chooseAll('main')}>
              {t('packages.keepAll')}
            </Button>
          </Group>
          <ConflictView onApply={() => void merge()} />
        </>
      )}
      <Group>
        <Button
          loading={busy}
          disabled={file.trim() === '' || (conflicts.length > 0 && undecided > 0)}
          onClick={() => void merge()}
        >
          {conflicts.length > 0 ? t('packages.apply') : t('packages.mergeNow')}
        </Button>
      </Group>
    </>
  );
}
