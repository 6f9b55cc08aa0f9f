/** A schema file the user picked, read as JSON; a string says why it is not (file named). */
export async function readSchemaFile(
  file: File,
  notJson: (message: string) => string,
): Promise<Record<string, unknown> | string> {
  const text = await file.text();
  try {
    const json = JSON.parse(text) as unknown;
    if (json && typeof json === 'object' && !Array.isArray(json))
      return json as Record<string, unknown>;
    return notJson('not a JSON object');
  } catch (error) {
    return notJson((error as Error).message);
  }
}
