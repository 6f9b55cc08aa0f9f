import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useArticlesStore } from '../articles/articles-store';
import classes from './review.module.css';

/**
 * An approved article is read-only until a reviewer reopens it: the fields panel inside is
 * disabled as a whole (a disabled fieldset disables every button and input in it), with the
 * reason said above it. The service refuses the edits anyway; this keeps them off the screen.
 * Other articles get the panel as it is, with no wrapper: a fieldset around a thousand values
 * made opening an article measurably slower (e2e/highlight-timing).
 */
export function ReadOnlyFields({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const approved = useArticlesStore((s) => s.detail?.status === 'approved');
  if (!approved) return children;
  return (
    <div className={classes.fieldsColumn}>
      <Alert color="green" variant="light" m="xs" p="xs" data-testid="read-only-note">
        {t('review.readOnly')}
      </Alert>
      <fieldset className={classes.fieldset} disabled data-read-only aria-label={t('fields.title')}>
        <div className={classes.fieldsBody}>{children}</div>
      </fieldset>
    </div>
  );
}
