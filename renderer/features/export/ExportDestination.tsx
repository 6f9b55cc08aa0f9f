import { Button, Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { nativeDialogs } from '../../api/native-dialogs';
import { exportExtension } from './export-formats';
import { useExportStore } from './export-store';
import type { ExportForm } from './use-export-form';
import { useErrorText } from '../../i18n/use-error-text';

/** Where the export goes: a typed path, or the desktop app's Save As… dialog. */
export function ExportDestination({ form, running }: { form: ExportForm; running: boolean }) {
  const { t } = useTranslation();
  const say = useErrorText();
  const error = useExportStore((s) => s.error);
  const { format, out, setOut } = form;
  // The desktop app's Save As… dialog; in browser mode the path is typed.
  const dialogs = nativeDialogs();

  return (
    <Group align="flex-end" wrap="nowrap">
      <TextInput
        style={{ flex: 1 }}
        label={t(format === 'dataset' ? 'export.outFolder' : 'export.outFile')}
        description={t('export.outHint')}
        placeholder={
          format === 'dataset' ? '/home/me/dataset' : `/home/me/export.${exportExtension(format)}`
        }
        value={out}
        onChange={(event) => setOut(event.currentTarget.value)}
        disabled={running}
        error={error?.code === 'invalid-input' ? say(error) : undefined}
      />
      {dialogs && (
        <Button
          variant="default"
          disabled={running}
          // The input's description and error sit below it: keep the button on the input's line.
          mb={error?.code === 'invalid-input' ? 'lg' : 0}
          onClick={() =>
            void dialogs
              .choose({
                kind: 'save',
                defaultName:
                  format === 'dataset'
                    ? 'gleaner-dataset'
                    : `gleaner-export.${exportExtension(format)}`,
                extensions: format === 'dataset' ? [] : [exportExtension(format)],
              })
              .then(([chosen]) => chosen && setOut(chosen))
          }
        >
          {t('export.browse')}
        </Button>
      )}
    </Group>
  );
}
