import { Button, Group, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roles, type Role } from '../../../shared/contract/profiles';
import type { NewProfile } from './profiles-store';

/** Name, role and an optional passphrase (at least 4 characters, as the API requires). */
export function NewProfileForm(props: {
  onCreate(input: NewProfile): Promise<void>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('curator');
  const [passphrase, setPassphrase] = useState('');
  const tooShort = passphrase.length > 0 && passphrase.length < 4;
  return (
    <form
      aria-label={t('review.profiles.create')}
      onSubmit={(event) => {
        event.preventDefault();
        void props
          .onCreate({ name: name.trim(), role, ...(passphrase ? { passphrase } : {}) })
          .then(() => {
            setName('');
            setPassphrase('');
          });
      }}
    >
      <Stack gap="xs">
        <Group grow align="flex-start">
          <TextInput
            label={t('review.profiles.name')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            maxLength={60}
          />
          <Select
            label={t('review.profiles.role')}
            data={roles.map((value) => ({ value, label: t(`review.roles.${value}`) }))}
            value={role}
            onChange={(value) => value && setRole(value as Role)}
            allowDeselect={false}
          />
        </Group>
        <PasswordInput
          label={t('review.profiles.passphrase')}
          description={t('review.profiles.passphraseHint')}
          value={passphrase}
          onChange={(event) => setPassphrase(event.currentTarget.value)}
          error={tooShort ? t('review.profiles.passphraseShort') : undefined}
        />
        <Group justify="flex-end">
          {props.onCancel && (
            <Button variant="default" onClick={props.onCancel}>
              {t('review.cancel')}
            </Button>
          )}
          <Button type="submit" disabled={name.trim() === '' || tooShort}>
            {t('review.profiles.createButton')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
