import { Button, Group, Modal, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useGridStore } from './grid-store';

/** Sets every selected value to one text, each parsed by its field's type on the main side. */
export function GridEditDialog() {
  const { t } = useTranslation();
  const editing = useGridStore((s) => s.editing);
  const count = useGridStore((s) => s.selection.selected.size);
  const setEditing = useGridStore((s) => s.setEditing);
  return (
    <Modal
      opened={editing}
      onClose={() => setEditing(false)}
      title={t('workbench.grid.editTitle', { count })}
    >
      {/* Mounted only while open, so a text typed and then given up with Esc is not offered again. */}
      {editing && <GridEditForm count={count} />}
    </Modal>
  );
}

function GridEditForm({ count }: { count: number }) {
  const { t } = useTranslation();
  const setEditing = useGridStore((s) => s.setEditing);
  const edit = useGridStore((s) => s.edit);
  const [text, setText] = useState('');
  const apply = () => {
    if (text.trim() !== '') void edit(text.trim());
  };
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        apply();
      }}
    >
      <TextInput
        data-autofocus
        aria-label={t('workbench.grid.editTitle', { count })}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        lang="zh-CN"
      />
      <Group justify="flex-end" mt="sm">
        <Button variant="default" onClick={() => setEditing(false)}>
          {t('review.cancel')}
        </Button>
        <Button type="submit" disabled={text.trim() === ''}>
          {t('workbench.grid.editApply')}
        </Button>
      </Group>
    </form>
  );
}
