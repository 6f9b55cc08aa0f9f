import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useHistoryStore } from '../review/history-store';
import { ProfilesDialog } from './ProfilesDialog';
import { useProfilesStore } from './profiles-store';
import { roleColors } from './role-colors';

/** The header's "who is working" menu: switch profile, sign out, and (admins) manage people. */
export function ProfileMenu() {
  const { t } = useTranslation();
  const profile = useProfilesStore((s) => s.profile);
  const signOut = useProfilesStore((s) => s.signOut);
  const openAdmin = useProfilesStore((s) => s.openAdmin);
  const openHistory = useHistoryStore((s) => s.open);
  if (!profile) return null;
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            size="xs"
            variant="light"
            title={t(`review.roles.${profile.role}`)}
            color={roleColors[profile.role]}
            aria-label={t('review.profiles.menu', {
              name: profile.name,
              role: t(`review.roles.${profile.role}`),
            })}
            data-testid="profile-menu"
          >
            {profile.name}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            {t('review.profiles.menu', {
              name: profile.name,
              role: t(`review.roles.${profile.role}`),
            })}
          </Menu.Label>
          <Menu.Item onClick={() => void signOut()}>{t('review.profiles.switch')}</Menu.Item>
          {profile.role === 'admin' && (
            <Menu.Item onClick={openAdmin}>{t('review.profiles.manage')}</Menu.Item>
          )}
          <Menu.Item onClick={() => void openHistory({ kind: 'all' })}>
            {t('review.profiles.auditLog')}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item color="red" onClick={() => void signOut()}>
            {t('review.profiles.signOut')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ProfilesDialog />
    </>
  );
}
