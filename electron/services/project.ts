import fs from 'node:fs';
import path from 'node:path';
import { apiError } from '../../shared/contract/error-messages';
import { countArticles } from '../database/articles-repository';
import { countDocuments } from '../database/documents-repository';
import { getMeta, setMeta } from '../database/meta-repository';
import { schemaVersionOf } from '../database/migrate';
import { activateSchema, installSchema } from '../database/schema-repository';
import type { FieldSchema } from '../../shared/schema';
import {
  inWriteTransaction,
  openProjectDatabase,
  type ProjectDatabase,
} from '../database/open-project';
import type { ProjectInfo } from '../../shared/contract/domain';
import { planPage } from '../../shared/pages/plan-page';
import { articleIdsOfDocuments, extractArticles } from './extract-articles';
import { importSeedFolder } from './seed-import';
import { sweepDeadExportsOnOpen } from '../export/exports-in-flight';

export interface OpenProjectOptions {
  /** Folder of sample articles imported into a brand-new project; omit to start empty. */
  seedsDir?: string | undefined;
  /** The schema a brand-new project collects with (default: hospital-news); ignored otherwise. */
  schema?: FieldSchema | undefined;
  actor?: string;
  /** Refuse to create the file: for commands that work on an existing project. */
  mustExist?: boolean;
  /** Path of a better-sqlite3 binary built for Electron's ABI, when running inside Electron. */
  nativeBinding?: string | undefined;
}

/** An open project file: the database plus what the services need to know about it. */
export class Project {
  readonly db: ProjectDatabase;
  readonly filePath: string;

  private constructor(db: ProjectDatabase, filePath: string) {
    this.db = db;
    this.filePath = filePath;
  }

  static open(filePath: string, options: OpenProjectOptions = {}): Project {
    const absolute = path.resolve(filePath);
    if (options.mustExist && !fs.existsSync(absolute)) {
      throw apiError('project-file-missing', { file: absolute });
    }
    const db = openProjectDatabase(absolute, { nativeBinding: options.nativeBinding });
    const project = new Project(db, absolute);
    if (getMeta(db, 'created_at') === undefined) {
      // First open of a new file: record its birth and seed it in one go, so a crash midway
      // leaves a file that is seeded again on the next open rather than half-filled.
      inWriteTransaction(db, () => {
        setMeta(db, 'created_at', new Date().toISOString());
        if (options.schema) {
          installSchema(db, options.schema);
          activateSchema(db, options.schema);
        }
        if (options.seedsDir) {
          const actor = options.actor ?? 'gleaner';
          const documentIds = importSeedFolder(db, options.seedsDir, { actor, planner: planPage });
          extractArticles(db, articleIdsOfDocuments(db, documentIds), { actor });
        }
      });
    }
    // What exports killed midway left beside their outputs, wherever those are.
    sweepDeadExportsOnOpen(db);
    return project;
  }

  info(): ProjectInfo {
    return {
      path: this.filePath,
      name: path.basename(this.filePath).replace(/\.(gleaner|sqlite|db)$/i, ''),
      schemaVersion: schemaVersionOf(this.db),
      documentCount: countDocuments(this.db),
      articleCount: countArticles(this.db),
      createdAt: getMeta(this.db, 'created_at') ?? '',
    };
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
