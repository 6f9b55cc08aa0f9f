import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldsStore } from './fields-store';

/**
 * "Re-run extraction" asks first, saying what it does (every article, in the background, curated
 * values untouched): a click alone must not start project-wide work.
 */
export function RerunExtraction() {
  const { t } = useTranslation();
  const rerunExtraction = useFieldsStore((s) => s.rerunExtraction);
  const [asking, setAsking] = useState(false);
  return (
    <>
      <Button
        size="compact-xs"
        variant="subtle"
        data-testid="rerun-extraction"
        onClick={() => setAsking(true)}
      >
        {t('fields.rerun')}
      </Button>
      <Modal
        opened={asking}
        onClose={() => setAsking(false)}
        title={t('fields.rerunConfirm.title')}
        lockScroll={false}
      >
        <Stack data-testid="rerun-confirm">
          <Text size="sm">{t('fields.rerunConfirm.body')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsking(false)}>
              {t('fields.rerunConfirm.cancel')}
            </Button>
            <Button
              data-autofocus
              onClick={() => {
                setAsking(false);
                void rerunExtraction();
              }}
            >
              {t('fields.rerunConfirm.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
