import {
  Alert,
  Badge,
  Button,
  Divider,
  Group,
  Modal,
  PasswordInput,
  Select,
  Stack,
  Switch,
  Table,
  Text,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roles, type Profile, type Role } from '../../../shared/contract/profiles';
import { NewProfileForm } from './NewProfileForm';
import { useProfilesStore } from './profiles-store';
import { useErrorText } from '../../i18n/use-error-text';

/** Admins: every profile with its role, passphrase and retirement, and a form for a new one. */
export function ProfilesDialog() {
  const { t } = useTranslation();
  const say = useErrorText();
  const open = useProfilesStore((s) => s.adminOpen);
  const close = useProfilesStore((s) => s.closeAdmin);
  const profiles = useProfilesStore((s) => s.profiles);
  const error = useProfilesStore((s) => s.error);
  const create = useProfilesStore((s) => s.create);
  const settings = useProfilesStore((s) => s.settings);
  const updateSettings = useProfilesStore((s) => s.updateSettings);
  return (
    <Modal opened={open} onClose={close} title={t('review.profiles.manage')} size="xl">
      <Stack>
        {error && (
          <Alert color="red" role="alert" data-error-code={error.code}>
            {say(error)}
          </Alert>
        )}
        <Table verticalSpacing={6} aria-label={t('review.profiles.list')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('review.profiles.name')}</Table.Th>
              <Table.Th>{t('review.profiles.role')}</Table.Th>
              <Table.Th>{t('review.profiles.passphrase')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {profiles.map((p) => (
              <ProfileRow key={p.id} profile={p} />
            ))}
          </Table.Tbody>
        </Table>
        <Switch
          label={t('review.profiles.allowSelfApproval')}
          description={t('review.profiles.allowSelfApprovalHint')}
          checked={settings?.allowSelfApproval ?? false}
          disabled={settings === null}
          onChange={(event) =>
            void updateSettings({ allowSelfApproval: event.currentTarget.checked })
          }
        />
        <Divider label={t('review.profiles.create')} labelPosition="left" />
        <NewProfileForm
          onCreate={async (input) => {
            await create(input);
          }}
        />
      </Stack>
    </Modal>
  );
}

function ProfileRow({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const update = useProfilesStore((s) => s.update);
  const [passphrase, setPassphrase] = useState('');
  return (
    <Table.Tr data-profile={profile.name} opacity={profile.retired ? 0.55 : 1}>
      <Table.Td>
        <Text size="sm" fw={500}>
          {profile.name}
        </Text>
        {profile.retired && (
          <Badge size="xs" color="gray">
            {t('review.profiles.retired')}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        <Select
          size="xs"
          w={120}
          aria-label={t('review.profiles.roleOf', { name: profile.name })}
          data={roles.map((value) => ({ value, label: t(`review.roles.${value}`) }))}
          value={profile.role}
          onChange={(value) => value && void update({ id: profile.id, role: value as Role })}
          allowDeselect={false}
          disabled={profile.retired}
        />
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <PasswordInput
            size="xs"
            w={150}
            aria-label={t('review.profiles.newPassphraseOf', { name: profile.name })}
            placeholder={
              profile.hasPassphrase ? t('review.profiles.protected') : t('review.profiles.open')
            }
            value={passphrase}
            onChange={(event) => setPassphrase(event.currentTarget.value)}
            disabled={profile.retired}
          />
          <Button
            size="compact-xs"
            variant="default"
            disabled={passphrase.length < 4}
            onClick={() =>
              void update({ id: profile.id, passphrase }).then((ok) => ok && setPassphrase(''))
            }
          >
            {t('review.profiles.setPassphrase')}
          </Button>
          {profile.hasPassphrase && (
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() => void update({ id: profile.id, passphrase: null })}
            >
              {t('review.profiles.removePassphrase')}
            </Button>
          )}
        </Group>
      </Table.Td>
      <Table.Td>
        <Button
          size="compact-xs"
          variant="subtle"
          color={profile.retired ? 'blue' : 'red'}
          onClick={() => void update({ id: profile.id, retired: !profile.retired })}
        >
          {profile.retired ? t('review.profiles.restore') : t('review.profiles.retire')}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}
