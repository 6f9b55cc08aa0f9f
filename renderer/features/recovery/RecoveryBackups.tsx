import { Alert, Button, List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatBytes, formatWhen, kindLabel } from '../backups/format-backup';
import { useRecoveryStore } from './recovery-store';

/** The backups a damaged project can be restored from, and the button restoring the newest. */
export function RecoveryBackups({ onRestore }: { onRestore(): void }) {
  const { t, i18n } = useTranslation();
  const backups = useRecoveryStore((s) => s.backups);
  const busy = useRecoveryStore((s) => s.restoring);
  return (
    <>
      {backups && backups.length > 0 && (
        <>
          <Button onClick={onRestore} loading={busy} w="fit-content">
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
    </>
  );
}
