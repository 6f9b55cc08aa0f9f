import { Alert, Button, Code, Container, List, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupEntryDto } from '../../../shared/contract/backups';
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
  // Restoring is an admin's (the backup's profiles say who is one). A window of a project with
  // several people is asked who is working once a restore was refused for want of it, in the
  // same chooser as in an open project; signed in as someone who may not restore, it can switch.
  const startProfiles = useProfilesStore((s) => s.start);
  const hasProfiles = useProfilesStore((s) => s.profiles.length > 0);
  const profile = useProfilesStore((s) => s.profile);
  const switchProfile = useProfilesStore((s) => s.signOut);
  const refused = error?.code === 'forbidden' && hasProfiles;
  useEffect(() => {
    void startProfiles();
  }, [startProfiles]);
  useEffect(() => {
    api['backups.list']({}).then(
      (listed) => setBackups(listed.backups.filter((b) => b.kind !== 'damaged')),
      (e: unknown) => setError(asApiError(e)),
    );
  }, []);
  const refusedForWho = useRef(false);
  const restoreNewest = useCallback(async () => {
    setBusy(true);
    setError(null);
    try {
      await api['backups.restore']({});
      window.location.reload();
    } catch (e) {
      const failure = asApiError(e);
      refusedForWho.current = failure.code === 'forbidden';
      setError(failure);
      setBusy(false);
    }
  }, []);
  // Signing in after a refusal (the chooser shows only then) was for restoring: go on with it.
  // Not on the automatic sign-in of a project's lone profile as the screen opens.
  useEffect(
    () =>
      useProfilesStore.subscribe((state, before) => {
        if (refusedForWho.current && state.profile && !before.profile) void restoreNewest();
      }),
    [restoreNewest],
  );
  return (
    <Container size="sm" py="xl">
      {refused && !profile && <ProfileChooser />}
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
            {refused && profile && (
              <Button
                variant="subtle"
                size="compact-sm"
                ml="xs"
                onClick={() => void switchProfile()}
              >
                {t('review.profiles.switch')}
              </Button>
            )}
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
