import { Button, Fieldset, Group, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FIELD_TYPES, type Field, type FieldType } from '../../../shared/schema';
import type { NewFieldProblem } from './schema-draft';
import { useSchemaStore } from './schema-store';

const empty = { key: '', zh: '', en: '', enumValues: '' };

/** Adds a field to the draft; it is saved with the rest of the edits. */
export function AddFieldForm() {
  const { t } = useTranslation();
  const addField = useSchemaStore((s) => s.addField);
  const [text, setText] = useState(empty);
  const [type, setType] = useState<FieldType>('text');
  const [cardinality, setCardinality] = useState<Field['cardinality']>('one');
  const [problem, setProblem] = useState<NewFieldProblem | null>(null);
  const edit = (part: Partial<typeof empty>) => {
    setText({ ...text, ...part });
    setProblem(null);
  };

  const submit = () => {
    const found = addField({
      key: text.key.trim(),
      labels: { 'zh-CN': text.zh, en: text.en },
      type,
      cardinality,
      enumValues: text.enumValues,
    });
    setProblem(found);
    if (!found) setText(empty);
  };

  return (
    <Fieldset legend={t('schema.addTitle')}>
      <Group align="flex-end" gap="xs" wrap="wrap">
        <TextInput
          size="xs"
          label={t('schema.key')}
          description={t('schema.keyHint')}
          value={text.key}
          error={
            problem === 'keyFormat' || problem === 'keyTaken'
              ? t(`schema.problems.${problem}`)
              : undefined
          }
          onChange={(e) => edit({ key: e.currentTarget.value })}
        />
        <TextInput
          size="xs"
          label={t('schema.labelZh')}
          value={text.zh}
          error={
            problem === 'labelsRequired' && !text.zh.trim()
              ? t('schema.problems.labelsRequired')
              : undefined
          }
          onChange={(e) => edit({ zh: e.currentTarget.value })}
        />
        <TextInput
          size="xs"
          label={t('schema.labelEn')}
          value={text.en}
          error={
            problem === 'labelsRequired' && !text.en.trim()
              ? t('schema.problems.labelsRequired')
              : undefined
          }
          onChange={(e) => edit({ en: e.currentTarget.value })}
        />
        <Select
          size="xs"
          w={130}
          label={t('schema.type')}
          allowDeselect={false}
          value={type}
          onChange={(value) => value && setType(value as FieldType)}
          data={FIELD_TYPES.map((v) => ({ value: v, label: t(`schema.types.${v}`) }))}
        />
        <Select
          size="xs"
          w={110}
          label={t('schema.cardinality')}
          allowDeselect={false}
          value={cardinality}
          onChange={(value) => value && setCardinality(value as Field['cardinality'])}
          data={(['one', 'many'] as const).map((v) => ({
            value: v,
            label: t(`schema.cardinalities.${v}`),
          }))}
        />
        {type === 'enum' && (
          <TextInput
            size="xs"
            label={t('schema.enumValues')}
            description={t('schema.enumValuesHint')}
            value={text.enumValues}
            error={
              problem === 'enumValuesRequired' ? t('schema.problems.enumValuesRequired') : undefined
            }
            onChange={(e) => edit({ enumValues: e.currentTarget.value })}
          />
        )}
        <Button size="xs" variant="light" onClick={submit}>
          {t('schema.add')}
        </Button>
      </Group>
    </Fieldset>
  );
}
