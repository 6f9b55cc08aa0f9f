import { Button, Popover, SimpleGrid, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { FIELD_HUES, type Field, type FieldHue } from '../../../shared/schema';
import { fieldColorIndexes, fieldLook } from '../fields/field-colors';
import { highlightSample } from '../reader/highlight-sample';
import { checkFieldColor, type ColorProblem } from './color-check';
import { useSchemaStore } from './schema-store';

const ratio = (value: number) => value.toFixed(1);

/**
 * A field's highlight colour in Fields…: a sample of how its values look in the text, a chooser
 * of the palette's colour-blind-safe hues (or "by its place"), and the check of the colour shown
 * — its underline's contrast with the page in both themes and the fields it would be taken for.
 * Saved with the schema like the guideline and the hotkey; the text, the legend and the panel
 * follow once the schema is saved.
 */
export function ColorCell({ field, fields }: { field: Field; fields: readonly Field[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'zh-CN';
  const setColor = useSchemaStore((s) => s.setColor);
  const [opened, { toggle, close }] = useDisclosure(false);
  // The panel numbers the fields it shows: retired ones take no place.
  const shown = fields.filter((f) => !f.retired);
  const colors = fieldColorIndexes(shown.some((f) => f.key === field.key) ? shown : [field]);
  const index = colors.get(field.key) ?? 0;
  const others = shown
    .filter((f) => f.key !== field.key)
    .map((f) => ({ label: f.labels[language], index: colors.get(f.key) ?? 0 }));
  const check = checkFieldColor(index, others);
  const hues = t('guidelines.hues', { returnObjects: true }) as string[];
  const nameOf = (at: number) =>
    t('guidelines.colorOption', {
      color: hues[at % FIELD_HUES.length],
      underline: t(`guidelines.underlines.${fieldLook(at).underline}`),
    });
  const choose = (hue: FieldHue | null) => {
    setColor(field.key, hue);
    close();
  };
  return (
    <Table.Td data-color-cell={field.key} data-color-index={index}>
      <Stack gap={2} align="flex-start">
        <Popover opened={opened} onChange={toggle} position="bottom-start" shadow="md" withinPortal>
          <Popover.Target>
            <UnstyledButton
              onClick={toggle}
              aria-label={t('guidelines.colorOf', { key: field.key, color: nameOf(index) })}
              aria-expanded={opened}
              data-testid={`color-button-${field.key}`}
              px={6}
            >
              {/* A short sample: the row already names the field, and the table must fit 1024 px. */}
              <Text span size="sm" {...highlightSample(index, true)}>
                字Aa
              </Text>
            </UnstyledButton>
          </Popover.Target>
          <Popover.Dropdown data-testid="color-chooser" maw={320}>
            <ColorChooser field={field} nameOf={nameOf} choose={choose} />
            {check.problems.map((problem) => (
              <ProblemLine key={problemKey(problem)} problem={problem} />
            ))}
          </Popover.Dropdown>
        </Popover>
        <Text
          size="xs"
          c="dimmed"
          data-testid={`color-contrast-${field.key}`}
          title={t('guidelines.markContrast', {
            light: ratio(check.mark.light),
            dark: ratio(check.mark.dark),
          })}
        >
          {t('guidelines.markContrastShort', {
            light: ratio(check.mark.light),
            dark: ratio(check.mark.dark),
          })}
        </Text>
        {check.problems.length > 0 && (
          <Text
            size="xs"
            c="orange"
            data-color-problems={check.problems.map((p) => p.kind).join(' ')}
            title={check.problems.map((p) => problemText(t, p)).join('\n')}
            aria-label={check.problems.map((p) => problemText(t, p)).join('；')}
          >
            ⚠ {check.problems.length}
          </Text>
        )}
      </Stack>
    </Table.Td>
  );
}

/** The palette's hues, each drawn as its highlight, and "by its place". */
function ColorChooser({
  field,
  nameOf,
  choose,
}: {
  field: Field;
  nameOf: (index: number) => string;
  choose: (hue: FieldHue | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap={6}>
      <Text size="xs" fw={600}>
        {t('guidelines.colorChoose', { key: field.key })}
      </Text>
      <SimpleGrid cols={5} spacing={4} verticalSpacing={4}>
        {FIELD_HUES.map((hue, at) => (
          <UnstyledButton
            key={hue}
            aria-label={nameOf(at)}
            title={nameOf(at)}
            aria-pressed={field.color === hue}
            data-hue={hue}
            onClick={() => choose(hue)}
            px={4}
            style={{
              outline: field.color === hue ? '2px solid var(--mantine-color-text)' : 'none',
            }}
          >
            <Text span size="sm" {...highlightSample(at, true)}>
              字Aa
            </Text>
          </UnstyledButton>
        ))}
      </SimpleGrid>
      <Button
        size="xs"
        variant={field.color ? 'default' : 'light'}
        aria-pressed={!field.color}
        title={t('guidelines.colorAutomaticHint')}
        onClick={() => choose(null)}
      >
        {t('guidelines.colorAutomatic')}
      </Button>
    </Stack>
  );
}

function problemKey(problem: ColorProblem): string {
  return 'field' in problem
    ? `${problem.kind}:${problem.field}`
    : `${problem.kind}:${problem.scheme}`;
}

/** A problem of the colour shown, in words. */
function problemText(t: TFunction, problem: ColorProblem): string {
  const params =
    'field' in problem
      ? { field: problem.field }
      : { scheme: t(`guidelines.schemes.${problem.scheme}`), ratio: ratio(problem.ratio) };
  return t(`guidelines.problems.${problem.kind}`, params);
}

function ProblemLine({ problem }: { problem: ColorProblem }) {
  const { t } = useTranslation();
  return (
    <Text size="xs" c="orange" mt={4} data-color-problem={problem.kind}>
      ⚠ {problemText(t, problem)}
    </Text>
  );
}
