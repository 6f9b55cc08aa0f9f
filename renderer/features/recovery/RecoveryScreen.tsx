import { Alert, Button, Code, Container, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/contract/errors';
import { ProfileChooser } from '../profiles/ProfileChooser';
import { useProfilesStore } from '../profiles/profiles-store';
import { RecoveryBackups } from './RecoveryBackups';
import { useRecoveryStore } from './recovery-store';
import { useErrorText } from '../../i18n/use-error-text';

/** Shown instead of the app when the project file is damaged: restore a backup, or open another. */
export function RecoveryScreen({ failure }: { failure: ApiError }) {
  const { t } = useTranslation();
  const say = useErrorText();
  const error = useRecoveryStore((s) => s.error);
  const loadBackups = useRecoveryStore((s) => s.loadBackups);
  const restore = useRecoveryStore((s) => s.restoreNewest);
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
    void loadBackups();
  }, [loadBackups]);
  const refusedForWho = useRef(false);
  const restoreNewest = useCallback(async () => {
    const failure = await restore();
    if (failure) refusedForWho.current = failure.code === 'forbidden';
  }, [restore]);
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
          {say(failure)}
        </Code>
        {error && (
          <Alert color="red" role="alert">
            {say(error)}
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
        <RecoveryBackups onRestore={() => void restoreNewest()} />
        <Text size="sm">
          {window.gleaner
            ? t('desktop.recovery.openAnotherDesktop')
            : t('desktop.recovery.openAnotherBrowser')}
        </Text>
      </Stack>
    </Container>
  );
}
