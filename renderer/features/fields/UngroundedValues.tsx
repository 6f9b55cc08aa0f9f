import { Badge, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useModelStore } from '../model/model-store';
import classes from './FieldsPanel.module.css';

/**
 * Values a model claimed whose words are not in the article: listed apart from the fields'
 * values, with their own badge and no highlight (they have no place in the text), and never
 * exported. The curator can find the words and add a value by selecting them.
 */
export function UngroundedValues({
  articleId,
  labels,
}: {
  articleId: number;
  labels: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  const load = useModelStore((s) => s.loadUngrounded);
  const forArticle = useModelStore((s) => s.ungroundedArticleId);
  const values = useModelStore((s) => s.ungrounded);
  useEffect(() => {
    void load(articleId);
  }, [articleId, load]);
  if (forArticle !== articleId || values.length === 0) return null;
  return (
    <Stack gap={4} data-testid="ungrounded-values">
      <Text size="sm" fw={600}>
        {t('curation.model.ungrounded.title')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('curation.model.ungrounded.hint')}
      </Text>
      {values.map((value) => (
        <div key={value.id} className={classes.meta} data-testid="ungrounded-value">
          <Badge size="xs" color="gray" variant="outline" data-testid="ungrounded-badge">
            {t('curation.model.ungrounded.badge')}
          </Badge>
          <span>{labels.get(value.fieldKey) ?? value.fieldKey}</span>
          <strong>{value.value}</strong>
          <span title={t('curation.model.ungrounded.reasons.' + value.reason)}>
            “{value.quote}” · {t(`curation.model.ungrounded.reasons.${value.reason}`)}
          </span>
          <span>{value.extractor}</span>
        </div>
      ))}
    </Stack>
  );
}
