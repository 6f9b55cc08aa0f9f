import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SchemaChooser } from './SchemaChooser';
import { LexiconDialog } from '../learning/LexiconDialog';
import { PatternEditor } from '../patterns/PatternEditor';
import { SchemaDialog } from './SchemaDialog';
import { useSchemaStore } from './schema-store';

/** "Fields…" in the header: opens the field settings (the project's schema) in a dialog. */
export function SchemaButton() {
  const { t } = useTranslation();
  const open = useSchemaStore((s) => s.open);
  return (
    <>
      <Button size="xs" variant="default" onClick={() => void open()}>
        {t('schema.button')}
      </Button>
      <SchemaDialog />
      <SchemaChooser />
      <LexiconDialog />
      <PatternEditor />
    </>
  );
}
