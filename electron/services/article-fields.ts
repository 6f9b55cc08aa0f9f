import type { ArticleFieldsPayload } from '../../shared/contract/domain';
import { ApiError } from '../../shared/contract/errors';
import type { ProjectDatabase } from '../database/open-project';
import { activeSchema } from '../database/schema-repository';
import { statement } from '../database/statement-cache';
import { valuesOfArticle } from '../database/values-repository';

/** What the fields panel shows: the live fields of the schema and the article's values. */
export function articleFields(db: ProjectDatabase, articleId: number): ArticleFieldsPayload {
  if (!statement(db, 'SELECT 1 FROM articles WHERE id = ?').get(articleId)) {
    throw new ApiError('not-found', `There is no article ${articleId} in this project.`);
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
        })),
    },
    values: valuesOfArticle(db, articleId),
  };
}
