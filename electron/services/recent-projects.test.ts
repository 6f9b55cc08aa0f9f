import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../test-support/temp-dir';
import {
  clearRecentProjects,
  loadRecentProjects,
  maxRecentProjects,
  recentProjectsFile,
  rememberRecentProject,
  withRecentProject,
} from './recent-projects';

const tempDir = useTempDir();

describe('recent projects', () => {
  it('puts the latest first, without duplicates, at most 10', () => {
    let list: string[] = [];
    for (let i = 0; i < 12; i++) list = withRecentProject(list, `/p/${i}.gleaner`);
    list = withRecentProject(list, '/p/5.gleaner');
    expect(list).toHaveLength(maxRecentProjects);
    expect(list[0]).toBe(path.resolve('/p/5.gleaner'));
    expect(list.filter((p) => p.endsWith('5.gleaner'))).toHaveLength(1);
    expect(list).not.toContain(path.resolve('/p/0.gleaner'));
  });

  it('is stored in the user data folder and drops projects that were moved or deleted', () => {
    const data = tempDir();
    const projects = tempDir();
    const a = path.join(projects, 'a.gleaner');
    const b = path.join(projects, 'b.gleaner');
    fs.writeFileSync(a, '');
    fs.writeFileSync(b, '');
    rememberRecentProject(data, a);
    rememberRecentProject(data, b);
    expect(loadRecentProjects(data)).toEqual([b, a]);
    fs.rmSync(b);
    expect(loadRecentProjects(data)).toEqual([a]);
    clearRecentProjects(data);
    expect(loadRecentProjects(data)).toEqual([]);
  });

  it('reads a missing or broken file as an empty list', () => {
    const data = tempDir();
    expect(loadRecentProjects(data)).toEqual([]);
    fs.writeFileSync(recentProjectsFile(data), '{"not": "a list"');
    expect(loadRecentProjects(data)).toEqual([]);
    fs.writeFileSync(recentProjectsFile(data), JSON.stringify([42, 'relative.gleaner', null]));
    expect(loadRecentProjects(data, () => true)).toEqual([]);
  });
});
