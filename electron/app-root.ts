import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository (or unpacked app) root, found from this file's location so the command line
 * works from any working directory. This file sits at <root>/electron/app-root.ts.
 */
export const appRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const rendererDistDir = path.join(appRoot, 'dist', 'renderer');
export const bundledSeedsDir = path.join(appRoot, 'seeds');
