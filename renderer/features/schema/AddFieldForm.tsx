import { Button, Fieldset, Group, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FIELD_TYPES, type Field, type FieldType } from '../../../shared/schema';
import type { ExtractorRef } from '../../../shared/schema';
import { ExtractorSelect } from './ExtractorSelect';
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
  const [extractor, setExtractor] = useState<ExtractorRef | null>(null);
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
      extractor,
    });
    setProblem(found);
    if (!found) {
      setText(empty);
      setExtractor(null);
    }
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
        <LabelInput
          label={t('schema.labelZh')}
          value={text.zh}
          missing={problem === 'labelsRequired' && !text.zh.trim()}
          onChange={(zh) => edit({ zh })}
        />
        <LabelInput
          label={t('schema.labelEn')}
          value={text.en}
          missing={problem === 'labelsRequired' && !text.en.trim()}
          onChange={(en) => edit({ en })}
        />
        <TypeSelects
          type={type}
          cardinality={cardinality}
          onType={setType}
          onCardinality={setCardinality}
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
        <ExtractorSelect type={type} value={extractor} onChange={setExtractor} />
        <Button size="xs" variant="light" onClick={submit}>
          {t('schema.add')}
        </Button>
      </Group>
    </Fieldset>
  );
}

/** The new field's type and whether it holds one value or many. */
function TypeSelects({
  type,
  cardinality,
  onType,
  onCardinality,
}: {
  type: FieldType;
  cardinality: Field['cardinality'];
  onType: (type: FieldType) => void;
  onCardinality: (cardinality: Field['cardinality']) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Select
        size="xs"
        w={130}
        label={t('schema.type')}
        allowDeselect={false}
        value={type}
        onChange={(value) => value && onType(value as FieldType)}
        data={FIELD_TYPES.map((v) => ({ value: v, label: t(`schema.types.${v}`) }))}
      />
      <Select
        size="xs"
        w={110}
        label={t('schema.cardinality')}
        allowDeselect={false}
        value={cardinality}
        onChange={(value) => value && onCardinality(value as Field['cardinality'])}
        data={(['one', 'many'] as const).map((v) => ({
          value: v,
          label: t(`schema.cardinalities.${v}`),
        }))}
      />
    </>
  );
}

/** A label of the new field, in one language; both are required. */
function LabelInput({
  label,
  value,
  missing,
  onChange,
}: {
  label: string;
  value: string;
  missing: boolean;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <TextInput
      size="xs"
      label={label}
      value={value}
      error={missing ? t('schema.problems.labelsRequired') : undefined}
      onChange={(e) => onChange(e.currentTarget.value)}
    />
  );
}
