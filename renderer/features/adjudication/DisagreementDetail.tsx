import { Button, Group, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisagreementDto } from '../../../shared/contract/packages';
import { useAdjudicationStore } from './adjudication-store';
import { ArticleMarks } from './ArticleMarks';
import { ProjectCard, VersionCard } from './VersionCard';

export interface FieldInfo {
  label: string;
  type: string;
}

/** The reviewer's own value: Enter saves it as the decision, Escape goes back to the keys. */
function EditForm({ item }: { item: DisagreementDto }) {
  const { t } = useTranslation();
  const decide = useAdjudicationStore((s) => s.decide);
  const setEditing = useAdjudicationStore((s) => s.setEditing);
  const [text, setText] = useState(item.versions[0]?.raw ?? item.versions[1]?.raw ?? '');
  return (
    <Group align="flex-end">
      <TextInput
        data-autofocus
        autoFocus
        // Escape leaves the box, not the dialog (Mantine's modal reads this mark).
        data-mantine-stop-propagation="true"
        label={t('packages.adjudication.editLabel')}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') void decide('edit', text);
          if (e.key === 'Escape') setEditing(false);
        }}
        style={{ flex: 1 }}
      />
      <Button size="xs" onClick={() => void decide('edit', text)}>
        {t('packages.adjudication.save')}
      </Button>
      <Button size="xs" variant="default" onClick={() => setEditing(false)}>
        {t('packages.adjudication.cancel')}
      </Button>
    </Group>
  );
}

function ChoiceButtons({ item }: { item: DisagreementDto }) {
  const { t } = useTranslation();
  const decide = useAdjudicationStore((s) => s.decide);
  const undo = useAdjudicationStore((s) => s.undo);
  const setEditing = useAdjudicationStore((s) => s.setEditing);
  const busy = useAdjudicationStore((s) => s.busy);
  const canUndo = useAdjudicationStore((s) => s.decided.length > 0);
  const [a, b] = item.curators;
  return (
    <Group gap="xs">
      <Button size="xs" disabled={busy} onClick={() => void decide('a')}>
        {t('packages.adjudication.takeA', { curator: a })}
      </Button>
      <Button size="xs" disabled={busy} onClick={() => void decide('b')}>
        {t('packages.adjudication.takeB', { curator: b })}
      </Button>
      <Button size="xs" variant="light" disabled={busy} onClick={() => void decide('both')}>
        {t('packages.adjudication.both')}
      </Button>
      <Button size="xs" variant="light" disabled={busy} onClick={() => void decide('neither')}>
        {t('packages.adjudication.neither')}
      </Button>
      <Button size="xs" variant="default" disabled={busy} onClick={() => setEditing(true)}>
        {t('packages.adjudication.edit')}
      </Button>
      <Button size="xs" variant="subtle" disabled={busy || !canUndo} onClick={() => void undo()}>
        {t('packages.adjudication.undo')}
      </Button>
    </Group>
  );
}

/** One disagreement: both versions side by side, the project's value, the choices, the text. */
export function DisagreementDetail({ item, field }: { item: DisagreementDto; field: FieldInfo }) {
  const { t } = useTranslation();
  const editing = useAdjudicationStore((s) => s.editing);
  const article = useAdjudicationStore((s) => s.article);
  return (
    <Stack gap="sm" style={{ flex: 1, minWidth: 0 }} data-disagreement={item.key}>
      <Title order={5}>
        {t('packages.adjudication.article', { id: item.articleId })} · {field.label}
      </Title>
      <SimpleGrid cols={3}>
        <VersionCard
          which="a"
          curator={item.curators[0]}
          version={item.versions[0]}
          type={field.type}
        />
        <VersionCard
          which="b"
          curator={item.curators[1]}
          version={item.versions[1]}
          type={field.type}
        />
        <ProjectCard item={item} type={field.type} />
      </SimpleGrid>
      {editing ? <EditForm key={item.key} item={item} /> : <ChoiceButtons item={item} />}
      {article?.id === item.articleId && <ArticleMarks item={item} article={article} />}
    </Stack>
  );
}
