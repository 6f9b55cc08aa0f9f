import { Alert, Button, Code, Container, List, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupEntryDto } from '../../../shared/contract/desktop-contract';
import type { ApiError } from '../../../shared/contract/errors';
import { asApiError } from '../../api/as-api-error';
import { api } from '../../api/client';
import { formatBytes, formatWhen, kindLabel } from '../backups/format-backup';
import { ProfileChooser } from '../profiles/ProfileChooser';
import { useProfilesStore } from '../profiles/profiles-store';

/** Shown instead of the app when the project file is damaged: restore a backup, or open another. */
export function RecoveryScreen({ failure }: { failure: ApiError }) {
  const { t, i18n } = useTranslation();
  const [backups, setBackups] = useState<BackupEntryDto[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  // Restoring is an admin's (the backup's profiles say who is one): a window of a project with
  // several people signs in first, in the same chooser as in an open project.
  const startProfiles = useProfilesStore((s) => s.start);
  const hasProfiles = useProfilesStore((s) => s.profiles.length > 0);
  useEffect(() => {
    void startProfiles();
  }, [startProfiles]);
  useEffect(() => {
    api['backups.list']({}).then(
      (listed) => setBackups(listed.backups.filter((b) => b.kind !== 'damaged')),
      (e: unknown) => setError(asApiError(e)),
    );
  }, []);
  const restoreNewest = async () => {
    setBusy(true);
    setError(null);
    try {
      await api['backups.restore']({});
      window.location.reload();
    } catch (e) {
      setError(asApiError(e));
      setBusy(false);
    }
  };
  return (
    <Container size="sm" py="xl">
      {hasProfiles && <ProfileChooser />}
      <Stack gap="md" role="main" aria-labelledby="recovery-title">
        <Title order={2} id="recovery-title">
          {t('desktop.recovery.title')}
        </Title>
        <Text>{t('desktop.recovery.explanation')}</Text>
        <Code
          block
          data-testid="recovery-reason"
          style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
        >
          {failure.message}
        </Code>
        {error && (
          <Alert color="red" role="alert">
            {error.message}
          </Alert>
        )}
        {backups && backups.length > 0 && (
          <>
            <Button onClick={() => void restoreNewest()} loading={busy} w="fit-content">
              {busy ? t('desktop.recovery.restoring') : t('desktop.recovery.restoreNewest')}
            </Button>
            <Text size="sm" c="dimmed">
              {t('desktop.recovery.keptAside')}
            </Text>
            <Title order={4}>{t('desktop.recovery.backupsTitle')}</Title>
            <List size="sm" aria-label={t('desktop.recovery.backupsTitle')}>
              {backups.map((b) => (
                <List.Item key={b.name}>
                  {formatWhen(b.createdAt, i18n.language)} · {kindLabel(t, b)} ·{' '}
                  {formatBytes(b.bytes, i18n.language)}
                </List.Item>
              ))}
            </List>
          </>
        )}
        {backups && backups.length === 0 && (
          <Alert color="yellow">{t('desktop.recovery.noBackups')}</Alert>
        )}
        <Text size="sm">
          {window.gleaner
            ? t('desktop.recovery.openAnotherDesktop')
            : t('desktop.recovery.openAnotherBrowser')}
        </Text>
      </Stack>
    </Container>
  );
}
