import type { RunningApp } from './harness';

/**
 * The opening the learning and word-list tests share: the schema's newest saved version, and the
 * Fields… dialog opened once the article list has loaded.
 */

/** The newest saved version of the project's schema. */
export function schemaVersion(app: RunningApp): number {
  return (
    app.project.db
      .prepare("SELECT max(version) AS v FROM field_schemas WHERE id = 'hospital-news'")
      .get() as { v: number }
  ).v;
}

/** The fields of a saved schema version, as stored. */
export function savedFields<Field extends { key: string }>(app: RunningApp, version: number) {
  const { json } = app.project.db
    .prepare("SELECT json FROM field_schemas WHERE id = 'hospital-news' AND version = ?")
    .get(version) as { json: string };
  return (JSON.parse(json) as { fields: Field[] }).fields;
}

/** Opens Fields… (English labels) once the article list shows its first row. */
export async function openFieldsDialog(app: RunningApp): Promise<void> {
  await app.page.locator('[role=option]').first().waitFor();
  await app.page.getByRole('button', { name: 'Fields…' }).click();
}
