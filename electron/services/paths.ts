import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeJsonFile } from './json-file';

/**
 * Where Gleaner keeps its settings and default project. Matches Electron's
 * `app.getPath('userData')` for an app named "Gleaner", so the desktop app, the browser mode and
 * the command line find the same last project. GLEANER_HOME overrides it (tests, portable use).
 */
export function userDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string {
  if (env.GLEANER_HOME) return path.resolve(env.GLEANER_HOME);
  const home = os.homedir();
  if (platform === 'win32')
    return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Gleaner');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Gleaner');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Gleaner');
}

export function defaultProjectPath(dataDir: string): string {
  return path.join(dataDir, 'projects', 'default.gleaner');
}

interface Settings {
  lastProject?: string;
}

function settingsPath(dataDir: string): string {
  return path.join(dataDir, 'settings.json');
}

function readSettings(dataDir: string): Settings {
  try {
    return JSON.parse(fs.readFileSync(settingsPath(dataDir), 'utf8')) as Settings;
  } catch {
    return {};
  }
}

/** The project to open when none is named: the last one used if it still exists, else the default. */
export function resolveStartupProject(dataDir: string): string {
  const last = readSettings(dataDir).lastProject;
  if (last && fs.existsSync(last)) return last;
  return defaultProjectPath(dataDir);
}

export function rememberLastProject(dataDir: string, projectPath: string): void {
  const settings = { ...readSettings(dataDir), lastProject: path.resolve(projectPath) };
  // Written then renamed (json-file.ts): a crash never leaves a half-written settings file.
  writeJsonFile(settingsPath(dataDir), settings);
}
