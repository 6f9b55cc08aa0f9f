import fs from 'node:fs';
import path from 'node:path';
import type { ProjectDatabase } from '../database/open-project';
import { storeDocument, type PagePlanner } from './store-document';

/**
 * Fills a brand-new project with the sample articles shipped in seeds/, so a new user sees
 * articles at once. The seeds are UTF-8 text; a seed that fails to decode is a packaging bug,
 * so it throws instead of being skipped.
 */
export function importSeedFolder(
  db: ProjectDatabase,
  seedsDir: string,
  options: { actor: string; planner?: PagePlanner },
): number[] {
  const names = fs
    .readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const documentIds: number[] = [];
  for (const name of names) {
    const filePath = path.join(seedsDir, name);
    const text = decoder.decode(fs.readFileSync(filePath));
    const result = storeDocument(
      db,
      {
        name,
        sourcePath: filePath,
        kind: 'text',
        text,
        encoding: 'utf-8',
        encodingConfidence: 1,
        original: null,
      },
      options,
    );
    if (result.status === 'imported') documentIds.push(result.documentId);
  }
  return documentIds;
}
