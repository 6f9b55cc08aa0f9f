import { Alert, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupEntryDto } from '../../../shared/contract/backups';
import { useBackupsStore } from './backups-store';
import { formatBytes, formatWhen, kindLabel } from './format-backup';
import { useErrorText } from '../../i18n/use-error-text';

/** The project's backups: list with dates and sizes, Back up now, Restore with confirmation. */
export function BackupsDialog() {
  const { t } = useTranslation();
  const say = useErrorText();
  const opened = useBackupsStore((s) => s.opened);
  const close = useBackupsStore((s) => s.close);
  const folder = useBackupsStore((s) => s.folder);
  const backups = useBackupsStore((s) => s.backups);
  const busy = useBackupsStore((s) => s.busy);
  const error = useBackupsStore((s) => s.error);
  const done = useBackupsStore((s) => s.done);
  const backUpNow = useBackupsStore((s) => s.backUpNow);
  const [confirming, setConfirming] = useState<BackupEntryDto | null>(null);

  return (
    <>
      <Modal opened={opened} onClose={close} title={t('desktop.backups.title')} size="xl">
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('desktop.backups.intro', { folder })}
          </Text>
          {error && (
            <Alert color="red" role="alert">
              {say(error)}
            </Alert>
          )}
          {done && (
            <Alert color="teal" role="status">
              {t('desktop.backups.made', { name: done.name })}
            </Alert>
          )}
          <Group>
            <Button size="xs" onClick={() => void backUpNow()} loading={busy}>
              {t('desktop.backups.backUpNow')}
            </Button>
          </Group>
          {backups.length === 0 ? (
            <Text size="sm">{t('desktop.backups.none')}</Text>
          ) : (
            <BackupsTable backups={backups} onRestore={setConfirming} />
          )}
        </Stack>
      </Modal>
      <ConfirmRestore backup={confirming} onClose={() => setConfirming(null)} />
    </>
  );
}

function BackupsTable({
  backups,
  onRestore,
}: {
  backups: BackupEntryDto[];
  onRestore: (backup: BackupEntryDto) => void;
}) {
  const { t, i18n } = useTranslation();
  const busy = useBackupsStore((s) => s.busy);
  const when = (b: BackupEntryDto) => formatWhen(b.createdAt, i18n.language);
  return (
    <Table striped aria-label={t('desktop.backups.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('desktop.backups.when')}</Table.Th>
          <Table.Th>{t('desktop.backups.kind')}</Table.Th>
          <Table.Th ta="right">{t('desktop.backups.size')}</Table.Th>
          <Table.Th>{t('desktop.backups.actions')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {backups.map((backup) => (
          <Table.Tr key={backup.name} data-backup={backup.name}>
            <Table.Td title={backup.path}>{when(backup)}</Table.Td>
            <Table.Td>{kindLabel(t, backup)}</Table.Td>
            <Table.Td ta="right">{formatBytes(backup.bytes, i18n.language)}</Table.Td>
            <Table.Td>
              {backup.kind !== 'damaged' && (
                <Button
                  size="compact-xs"
                  variant="light"
                  aria-label={t('desktop.backups.restoreLabel', { when: when(backup) })}
                  onClick={() => onRestore(backup)}
                  disabled={busy}
                >
                  {t('desktop.backups.restore')}
                </Button>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Asks before a restore replaces the project with `backup`; stays open while it runs. */
function ConfirmRestore({
  backup,
  onClose,
}: {
  backup: BackupEntryDto | null;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const busy = useBackupsStore((s) => s.busy);
  const restore = useBackupsStore((s) => s.restore);
  const when = (b: BackupEntryDto) => formatWhen(b.createdAt, i18n.language);
  return (
    <Modal
      opened={backup !== null}
      onClose={onClose}
      title={t('desktop.backups.confirmTitle')}
      size="md"
    >
      {backup && (
        <Stack gap="md">
          <Text size="sm">{t('desktop.backups.confirmText', { when: when(backup) })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('desktop.backups.cancel')}
            </Button>
            <Button
              color="orange"
              loading={busy}
              onClick={() => {
                void restore(backup.name).then((ok) => {
                  if (!ok) onClose();
                });
              }}
            >
              {t('desktop.backups.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
