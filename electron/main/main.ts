import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { contentSecurityPolicy } from '../../shared/security/csp';
import { createHandlers } from '../api/handlers';
import { bundledWorkerLauncher, JobRunner } from '../jobs/job-runner';
import { Project } from '../services/project';
import { rememberLastProject, resolveStartupProject } from '../services/paths';
import { resolveAppRequest } from './app-protocol';
import { registerApiHandlers } from './ipc';
import { buildMenuTemplate } from './menu-template';
import {
  appScheme,
  appStartUrl,
  secureWebPreferences,
  shouldAllowNavigation,
} from './security-policy';

// Electron's entry point. Kept thin: window, protocol, guards and IPC registration; everything
// else is a service that the tests exercise under plain Node.

protocol.registerSchemesAsPrivileged([
  { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

if (!app.requestSingleInstanceLock()) app.quit();

const appPath = app.getAppPath();
const rendererDir = path.join(appPath, 'dist', 'renderer');
const seedsDir = app.isPackaged
  ? path.join(process.resourcesPath, 'seeds')
  : path.join(appPath, 'seeds');
const nativeBinding = path.join(appPath, '.electron-native', 'better_sqlite3.node');

let project: Project | null = null;
let mainWindow: BrowserWindow | null = null;

function openStartupProject(): Project {
  const dataDir = app.getPath('userData');
  const opened = Project.open(resolveStartupProject(dataDir), {
    seedsDir,
    nativeBinding: fs.existsSync(nativeBinding) ? nativeBinding : undefined,
  });
  rememberLastProject(dataDir, opened.filePath);
  return opened;
}

function hardenSessions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [contentSecurityPolicy],
      },
    });
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!shouldAllowNavigation(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!shouldAllowNavigation(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      // Links in articles open in the system browser only when they are plain web links.
      if (/^https?:\/\//i.test(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}

function serveRenderer(): void {
  protocol.handle(appScheme, async (request) => {
    const resolved = resolveAppRequest(request.url, rendererDir);
    if (!resolved) return new Response('Not found', { status: 404 });
    try {
      const body = await fs.promises.readFile(resolved.filePath);
      return new Response(body, {
        headers: {
          'Content-Type': resolved.contentType,
          'Content-Security-Policy': contentSecurityPolicy,
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    title: 'Gleaner 拾穗',
    show: false,
    webPreferences: secureWebPreferences(path.join(__dirname, 'preload.cjs')),
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  void mainWindow.loadURL(appStartUrl);
}

app.on('second-instance', () => {
  if (mainWindow) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  }
});

void app.whenReady().then(() => {
  hardenSessions();
  serveRenderer();
  project = openStartupProject();
  const handlers = createHandlers({
    project,
    jobs: new JobRunner(bundledWorkerLauncher(path.join(__dirname, 'import-worker.cjs'))),
    actor: os.userInfo().username || 'local',
    nativeBinding: fs.existsSync(nativeBinding) ? nativeBinding : undefined,
  });
  registerApiHandlers(ipcMain, () => handlers);
  // The window notices the started job (it polls jobs.list) and shows its progress and report.
  const importFrom = async (
    properties: ('openFile' | 'openDirectory' | 'multiSelections')[],
  ): Promise<void> => {
    const options = {
      title: 'Import into Gleaner',
      properties,
      filters: [
        { name: 'Articles', extensions: ['txt', 'md', 'markdown', 'html', 'htm', 'csv', 'jsonl'] },
      ],
    };
    const result = mainWindow
      ? await dialog.showOpenDialog(mainWindow, options)
      : await dialog.showOpenDialog(options);
    if (!result.canceled && result.filePaths.length > 0)
      await handlers['import.start']({ paths: result.filePaths });
  };
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate(
        {
          importFiles: () => void importFrom(['openFile', 'multiSelections']),
          importFolder: () => void importFrom(['openDirectory', 'multiSelections']),
        },
        process.platform,
      ),
    ),
  );
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => {
  project?.close();
});
