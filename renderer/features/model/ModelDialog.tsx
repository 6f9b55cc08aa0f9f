import { Alert, Button, Divider, Group, Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useArticlesStore } from '../articles/articles-store';
import { ModelSettingsForm } from '../settings/ModelSettingsForm';
import { useModelStore, type SuggestScope } from './model-store';

type ScopeName = SuggestScope['scope'];

/** "Model…": the project's model settings, and the job over this article, those listed, or all. */
export function ModelDialog() {
  const { t } = useTranslation();
  const open = useModelStore((s) => s.dialogOpen);
  const close = useModelStore((s) => s.closeDialog);
  const settings = useModelStore((s) => s.settings);
  const saved = useModelStore((s) => s.saved);
  const error = useModelStore((s) => s.error);
  const save = useModelStore((s) => s.save);
  const suggest = useModelStore((s) => s.suggest);
  const articleId = useArticlesStore((s) => s.detail?.id ?? null);
  const filter = useArticlesStore((s) => s.filter);
  const listed = useArticlesStore((s) => s.total);
  const [scope, setScope] = useState<ScopeName>('articles');
  const chosen: ScopeName = scope === 'articles' && articleId === null ? 'all' : scope;
  const start = () => {
    if (chosen === 'articles' && articleId !== null)
      void suggest({ scope: 'articles', articleIds: [articleId] });
    else if (chosen === 'listed') void suggest({ scope: 'listed', filter });
    else void suggest({ scope: 'all' });
  };
  return (
    <Modal
      opened={open}
      onClose={close}
      title={t('curation.model.title')}
      size="lg"
      lockScroll={false}
    >
      <Stack data-testid="model-dialog">
        {error && (
          <Alert color="red" role="alert" data-error-code={error.code} data-testid="model-error">
            {error.message}
          </Alert>
        )}
        {settings && (
          // Keyed by the stored settings, so the form starts again from what was saved.
          <ModelSettingsForm
            key={JSON.stringify(settings)}
            settings={settings}
            saved={saved}
            onSave={save}
          />
        )}
        <Divider />
        <Text size="sm">{t('curation.model.explain')}</Text>
        <SegmentedControl
          size="xs"
          aria-label={t('curation.model.scope.label')}
          value={chosen}
          onChange={(value) => setScope(value as ScopeName)}
          data={[
            {
              value: 'articles',
              label: t('curation.model.scope.article'),
              disabled: articleId === null,
            },
            { value: 'listed', label: t('curation.model.scope.listed', { count: listed }) },
            { value: 'all', label: t('curation.model.scope.all') },
          ]}
        />
        <Group justify="flex-end">
          <Button data-testid="model-start" disabled={!settings?.endpoint} onClick={start}>
            {t('curation.model.start')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The panel's button that opens the dialog (mounted with it). */
export function ModelButton() {
  const { t } = useTranslation();
  const openDialog = useModelStore((s) => s.openDialog);
  return (
    <>
      <Button
        size="compact-xs"
        variant="subtle"
        data-testid="model-open"
        onClick={() => void openDialog()}
      >
        {t('curation.model.open')}
      </Button>
      <ModelDialog />
    </>
  );
}
