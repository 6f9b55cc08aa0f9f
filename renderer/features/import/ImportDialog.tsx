import {
  Alert,
  Button,
  FileButton,
  Group,
  Modal,
  Select,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nativeDialogs } from '../../api/native-dialogs';
import { decodeChoices, type DecodeChoice } from './decode-choices';
import { useImportStore } from './import-store';
import { TableMappingStep } from './TableMappingStep';
import { useErrorText } from '../../i18n/use-error-text';

const accepted = '.txt,.md,.markdown,.html,.htm,.csv,.jsonl';

/** Choose what to import: files or a folder from the picker, or paths typed on this computer. */
export function ImportDialog() {
  const { t } = useTranslation();
  const say = useErrorText();
  const open = useImportStore((s) => s.dialogOpen);
  const close = useImportStore((s) => s.closeDialog);
  const checkTablesThenImport = useImportStore((s) => s.checkTablesThenImport);
  const tableStep = useImportStore((s) => s.tableStep);
  const inspecting = useImportStore((s) => s.inspecting);
  const error = useImportStore((s) => s.error);
  const [paths, setPaths] = useState('');
  // "Decode as…": auto detects each file's encoding; any other choice reads every file with it.
  const [choice, setChoice] = useState<DecodeChoice>('auto');
  const encoding = choice === 'auto' ? undefined : choice;
  const typedPaths = paths
    .split('\n')
    .map((p) => p.trim())
    .filter(Boolean);

  return (
    <Modal
      opened={open}
      onClose={close}
      title={tableStep ? t('import.mapping.title') : t('import.title')}
      size={tableStep ? 'xl' : 'lg'}
    >
      {tableStep ? (
        <Stack>
          <TableMappingStep
            paths={tableStep.paths}
            inspections={tableStep.tables}
            encoding={tableStep.encoding}
          />
          {error && (
            <Alert color="red" role="alert" data-error-code={error.code}>
              {say(error)}
            </Alert>
          )}
        </Stack>
      ) : (
        <Stack>
          <Text size="sm" c="dimmed">
            {t('import.intro')}
          </Text>
          {/* Before the buttons: choosing files starts the import with the encoding chosen here. */}
          <DecodeAsSelect choice={choice} onChange={setChoice} />
          <SourceButtons encoding={encoding} />
          <Textarea
            label={t('import.pathsLabel')}
            description={t('import.pathsHint')}
            placeholder="/home/me/articles"
            autosize
            minRows={2}
            value={paths}
            onChange={(event) => setPaths(event.currentTarget.value)}
          />
          {error && (
            <Alert color="red" role="alert" data-error-code={error.code}>
              {say(error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('import.cancel')}
            </Button>
            <Button
              disabled={typedPaths.length === 0}
              loading={inspecting}
              onClick={() => void checkTablesThenImport(typedPaths, encoding)}
            >
              {t('import.start')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

function DecodeAsSelect({
  choice,
  onChange,
}: {
  choice: DecodeChoice;
  onChange: (choice: DecodeChoice) => void;
}) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('import.decodeAs.label')}
      description={t('import.decodeAs.hint')}
      data-testid="import-decode-as"
      value={choice}
      data={decodeChoices.map((value) => ({
        value,
        label: t(`import.decodeAs.choices.${value}`),
      }))}
      onChange={(value) => value && onChange(value as DecodeChoice)}
      allowDeselect={false}
    />
  );
}

/** Choosing files (or a folder) starts the import at once, read with `encoding`. */
function SourceButtons({ encoding }: { encoding: Exclude<DecodeChoice, 'auto'> | undefined }) {
  const { t } = useTranslation();
  const checkTablesThenImport = useImportStore((s) => s.checkTablesThenImport);
  const uploadFiles = useImportStore((s) => s.uploadFiles);
  // The desktop app's native Open dialogs; in browser mode files are uploaded or paths typed.
  const dialogs = nativeDialogs();
  return dialogs ? (
    // The desktop app: native Open dialogs, importing the files where they are.
    <Group>
      {(['open-files', 'open-folder'] as const).map((kind) => (
        <Button
          key={kind}
          variant={kind === 'open-files' ? 'filled' : 'default'}
          onClick={() =>
            void dialogs.choose({ kind }).then((chosen) => {
              if (chosen.length > 0) void checkTablesThenImport(chosen, encoding);
            })
          }
        >
          {t(kind === 'open-files' ? 'import.chooseFiles' : 'import.chooseFolder')}
        </Button>
      ))}
    </Group>
  ) : (
    <Group>
      <FileButton
        multiple
        accept={accepted}
        onChange={(files) => void uploadFiles(files, encoding)}
      >
        {(props) => <Button {...props}>{t('import.chooseFiles')}</Button>}
      </FileButton>
      <Text size="xs" c="dimmed" style={{ flex: 1 }}>
        {t('import.mapping.uploadNote')}
      </Text>
    </Group>
  );
}
