import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../test-support/temp-dir';
import {
  defaultProjectPath,
  rememberLastProject,
  resolveStartupProject,
  userDataDir,
} from './paths';

const tempDir = useTempDir();

describe('paths', () => {
  it('matches Electron userData folders per platform, with GLEANER_HOME overriding', () => {
    expect(userDataDir({ XDG_CONFIG_HOME: '/x' }, 'linux')).toBe(path.join('/x', 'Gleaner'));
    expect(userDataDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toContain(
      'Gleaner',
    );
    expect(userDataDir({}, 'darwin')).toMatch(/Library[/\\]Application Support[/\\]Gleaner$/);
    expect(userDataDir({ GLEANER_HOME: '/portable' }, 'linux')).toBe(path.resolve('/portable'));
  });

  it('opens the last project when it still exists, else the default one', () => {
    const dataDir = tempDir();
    expect(resolveStartupProject(dataDir)).toBe(defaultProjectPath(dataDir));
    const last = path.join(dataDir, 'mine.gleaner');
    fs.writeFileSync(last, '');
    rememberLastProject(dataDir, last);
    expect(resolveStartupProject(dataDir)).toBe(last);
    fs.rmSync(last);
    expect(resolveStartupProject(dataDir)).toBe(defaultProjectPath(dataDir));
  });

  it('survives a damaged settings file', () => {
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, 'settings.json'), '{ broken');
    expect(resolveStartupProject(dataDir)).toBe(defaultProjectPath(dataDir));
  });
});
