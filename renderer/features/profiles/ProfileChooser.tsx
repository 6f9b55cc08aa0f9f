import {
  Alert,
  Badge,
  Button,
  Center,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../shared/contract/profiles';
import { NewProfileForm } from './NewProfileForm';
import { useProfilesStore } from './profiles-store';
import { roleColors } from './role-colors';
import classes from './profiles.module.css';
import { useErrorText } from '../../i18n/use-error-text';

/** Full-screen choice of who is working, shown whenever nobody is signed in. */
export function ProfileChooser() {
  const { t } = useTranslation();
  const say = useErrorText();
  const ready = useProfilesStore((s) => s.ready);
  const available = useProfilesStore((s) => s.available);
  const profile = useProfilesStore((s) => s.profile);
  const profiles = useProfilesStore((s) => s.profiles);
  const error = useProfilesStore((s) => s.error);
  const signIn = useProfilesStore((s) => s.signIn);
  const [chosen, setChosen] = useState<Profile | null>(null);
  const [passphrase, setPassphrase] = useState('');
  if (!ready || !available || profile) return null;
  const active = profiles.filter((p) => !p.retired);

  const choose = (p: Profile) => {
    setPassphrase('');
    if (p.hasPassphrase) setChosen(p);
    else void signIn(p.id);
  };

  return (
    <div
      className={classes.chooser}
      role="dialog"
      aria-modal
      aria-label={t('review.profiles.chooseTitle')}
    >
      <Center h="100%">
        <Paper withBorder shadow="md" p="xl" w={440} radius="md">
          <Stack>
            <Title order={3}>{t('review.profiles.chooseTitle')}</Title>
            <Text size="sm" c="dimmed">
              {t('review.profiles.chooseIntro')}
            </Text>
            {error && (
              <Alert color="red" role="alert" data-error-code={error.code}>
                {say(error)}
              </Alert>
            )}
            <Stack gap={6} role="list" aria-label={t('review.profiles.list')}>
              {active.map((p) => (
                <ProfileChoice
                  key={p.id}
                  profile={p}
                  selected={chosen?.id === p.id}
                  onChoose={() => choose(p)}
                />
              ))}
              {active.length === 0 && (
                <Text size="sm" c="dimmed">
                  {t('review.profiles.none')}
                </Text>
              )}
            </Stack>
            {chosen && (
              <PassphraseForm
                name={chosen.name}
                passphrase={passphrase}
                onChange={setPassphrase}
                onSubmit={() =>
                  void signIn(chosen.id, passphrase).then((ok) => ok && setChosen(null))
                }
              />
            )}
            <CreateProfile onCreated={choose} />
          </Stack>
        </Paper>
      </Center>
    </div>
  );
}

/** One profile in the list: name, role, and whether a passphrase protects it. */
function ProfileChoice({
  profile,
  selected,
  onChoose,
}: {
  profile: Profile;
  selected: boolean;
  onChoose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <UnstyledButton
      role="listitem"
      className={classes.choice}
      data-selected={selected || undefined}
      data-profile={profile.name}
      onClick={onChoose}
      aria-label={`${profile.name} (${t(`review.roles.${profile.role}`)})`}
    >
      <Group justify="space-between">
        <Text fw={500}>{profile.name}</Text>
        <Group gap={4}>
          {profile.hasPassphrase && (
            <Badge size="xs" variant="outline" color="gray">
              {t('review.profiles.protected')}
            </Badge>
          )}
          <Badge size="sm" variant="light" color={roleColors[profile.role]}>
            {t(`review.roles.${profile.role}`)}
          </Badge>
        </Group>
      </Group>
    </UnstyledButton>
  );
}

/** The passphrase of the profile chosen, asked before signing in. */
function PassphraseForm({
  name,
  passphrase,
  onChange,
  onSubmit,
}: {
  name: string;
  passphrase: string;
  onChange: (passphrase: string) => void;
  onSubmit: () => void;
}) {
  const { t } = useTranslation();
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <Group align="flex-end" wrap="nowrap">
        <PasswordInput
          style={{ flex: 1 }}
          label={t('review.profiles.passphraseFor', { name })}
          value={passphrase}
          onChange={(event) => onChange(event.currentTarget.value)}
          autoFocus
        />
        <Button type="submit">{t('review.profiles.signIn')}</Button>
      </Group>
    </form>
  );
}

/** Adds a profile from the chooser, then chooses it. */
function CreateProfile({ onCreated }: { onCreated: (profile: Profile) => void }) {
  const { t } = useTranslation();
  const create = useProfilesStore((s) => s.create);
  const [creating, setCreating] = useState(false);
  return creating ? (
    <NewProfileForm
      onCancel={() => setCreating(false)}
      onCreate={async (input) => {
        const created = await create(input);
        if (created) {
          setCreating(false);
          onCreated(created);
        }
      }}
    />
  ) : (
    <Button variant="subtle" onClick={() => setCreating(true)}>
      {t('review.profiles.create')}
    </Button>
  );
}
