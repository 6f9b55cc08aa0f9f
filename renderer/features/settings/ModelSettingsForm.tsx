import { Button, Group, NumberInput, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModelSettings } from '../../../shared/contract/model';

/**
 * The project's model settings (kept in the project file): where the OpenAI-compatible server
 * is, which model, how long an article may take, and whether a host that is not this machine
 * is allowed. The Node side checks them on save and names a refused host.
 */
export function ModelSettingsForm({
  settings,
  saved,
  onSave,
}: {
  settings: ModelSettings;
  saved: boolean;
  onSave(settings: ModelSettings): Promise<void>;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(settings);
  const change = (patch: Partial<ModelSettings>) => setDraft({ ...draft, ...patch });
  return (
    <Stack gap="xs" data-testid="model-settings">
      <Text fw={600} size="sm">
        {t('curation.model.settings.title')}
      </Text>
      <TextInput
        size="xs"
        label={t('curation.model.settings.endpoint')}
        description={t('curation.model.settings.endpointHint')}
        value={draft.endpoint}
        data-testid="model-endpoint"
        onChange={(event) => change({ endpoint: event.currentTarget.value })}
      />
      <Group grow>
        <TextInput
          size="xs"
          label={t('curation.model.settings.model')}
          value={draft.model}
          data-testid="model-name"
          onChange={(event) => change({ model: event.currentTarget.value })}
        />
        <NumberInput
          size="xs"
          label={t('curation.model.settings.timeout')}
          min={1}
          max={3600}
          allowDecimal={false}
          value={draft.timeoutSeconds}
          onChange={(value) => change({ timeoutSeconds: typeof value === 'number' ? value : 60 })}
        />
      </Group>
      <Switch
        size="xs"
        label={t('curation.model.settings.allowRemote')}
        description={t('curation.model.settings.allowRemoteHint')}
        checked={draft.allowRemote}
        data-testid="model-allow-remote"
        onChange={(event) => change({ allowRemote: event.currentTarget.checked })}
      />
      <Group justify="flex-end" gap="xs">
        {saved && (
          <Text size="xs" c="teal" data-testid="model-saved">
            {t('curation.model.settings.saved')}
          </Text>
        )}
        <Button
          size="xs"
          variant="default"
          data-testid="model-save"
          onClick={() => void onSave(draft)}
        >
          {t('curation.model.settings.save')}
        </Button>
      </Group>
    </Stack>
  );
}
