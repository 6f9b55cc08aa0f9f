import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ExportDialog } from './ExportDialog';
import { useExportStore } from './export-store';

/** The header's Export button and its dialog. */
export function ExportButton() {
  const { t } = useTranslation();
  const openDialog = useExportStore((s) => s.openDialog);
  return (
    <>
      <Button size="xs" variant="default" onClick={openDialog}>
        {t('export.button')}
      </Button>
      <ExportDialog />
    </>
  );
}
