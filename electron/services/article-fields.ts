import type { ArticleFieldsPayload } from '../../shared/contract/domain';
import { apiError } from '../../shared/contract/error-messages';
import { articleExists } from '../database/article-workflow-repository';
import type { ProjectDatabase } from '../database/open-project';
import { activeSchema } from '../database/schema-repository';
import { valuesOfArticle } from '../database/values-repository';

/** What the fields panel shows: the live fields of the schema and the article's values. */
export function articleFields(db: ProjectDatabase, articleId: number): ArticleFieldsPayload {
  if (!articleExists(db, articleId)) {
    throw apiError('article-missing', { articleId });
  }
  const schema = activeSchema(db);
  return {
    schema: {
      id: schema.id,
      version: schema.version,
      fields: schema.fields
        .filter((f) => !f.retired)
        .map((f) => ({
          key: f.key,
          labels: f.labels,
          type: f.type,
          cardinality: f.cardinality,
          required: f.required,
          ...(f.guideline ? { guideline: f.guideline } : {}),
          ...(f.hotkey ? { hotkey: f.hotkey } : {}),
          ...(f.color ? { color: f.color } : {}),
        })),
    },
    values: valuesOfArticle(db, articleId),
  };
}
