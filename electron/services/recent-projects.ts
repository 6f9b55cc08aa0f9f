import fs from 'node:fs';
import path from 'node:path';
import { readJsonFile, writeJsonFile } from './json-file';

/** File ▸ Open Recent holds at most this many projects. */
export const maxRecentProjects = 10;

export function recentProjectsFile(dataDir: string): string {
  return path.join(dataDir, 'recent-projects.json');
}

/** The list with `projectPath` moved (or added) to the front, without duplicates, capped. */
export function withRecentProject(
  list: readonly string[],
  projectPath: string,
  max = maxRecentProjects,
): string[] {
  const absolute = path.resolve(projectPath);
  return [absolute, ...list.filter((p) => p !== absolute)].slice(0, max);
}

/**
 * The stored list, newest first, without projects that no longer exist (moved or deleted
 * files would only give an error when chosen) and without anything that is not a path.
 */
export function loadRecentProjects(
  dataDir: string,
  exists: (file: string) => boolean = fs.existsSync,
): string[] {
  const stored = readJsonFile(recentProjectsFile(dataDir));
  const list = Array.isArray(stored)
    ? stored.filter((p): p is string => typeof p === 'string' && path.isAbsolute(p))
    : [];
  return [...new Set(list)].filter((p) => exists(p)).slice(0, maxRecentProjects);
}

export function rememberRecentProject(dataDir: string, projectPath: string): string[] {
  const list = withRecentProject(loadRecentProjects(dataDir), projectPath);
  writeJsonFile(recentProjectsFile(dataDir), list);
  return list;
}

export function clearRecentProjects(dataDir: string): void {
  writeJsonFile(recentProjectsFile(dataDir), []);
}
