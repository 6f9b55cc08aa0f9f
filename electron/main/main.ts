import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  screen,
  session,
  shell,
} from 'electron';
import { contentSecurityPolicy } from '../../shared/security/csp';
import { menuCommandChannel, type MenuCommand } from '../../shared/contract/menu-commands';
import { dispatch } from '../../shared/contract/dispatch';
import { windowCaller } from '../api/callers';
import { ProjectHost } from '../api/project-host';
import { bundledWorkerLauncher, JobRunner } from '../jobs/job-runner';
import { rememberLastProject, resolveStartupProject } from '../services/paths';
import {
  clearRecentProjects,
  loadRecentProjects,
  rememberRecentProject,
} from '../services/recent-projects';
import { fitToDisplays, loadWindowState, saveWindowState } from '../services/window-state';
import { resolveAppRequest } from './app-protocol';
import { registerApiHandlers } from './ipc';
import { chosenPaths, dialogPlan } from './native-dialogs';
import {
  isNativeDialogRequest,
  nativeDialogChannel,
  type NativeDialogRequest,
} from '../../shared/contract/native-dialogs';
import { projectExtension, projectFileFromArgv } from './launch-args';
import { backUpAsWindow } from './menu-actions';
import { buildMenuTemplate } from './menu-template';
import {
  appScheme,
  appStartUrl,
  createSecureWindow,
  isExternalWebLink,
  isTrustedSender,
  shouldAllowNavigation,
} from './security-policy';

// Electron's entry point. Kept thin: window, protocol, guards, menu and IPC registration;
// everything else is a service or a pure module that the tests exercise under plain Node.

protocol.registerSchemesAsPrivileged([
  { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

// One Gleaner at a time: a second start (double-clicking a project in the file manager) hands
// its command line to this one ('second-instance') and quits.
if (!app.requestSingleInstanceLock()) app.quit();

const appPath = app.getAppPath();
const rendererDir = path.join(appPath, 'dist', 'renderer');
const seedsDir = app.isPackaged
  ? path.join(process.resourcesPath, 'seeds')
  : path.join(appPath, 'seeds');
const nativeBindingFile = path.join(appPath, '.electron-native', 'better_sqlite3.node');
const nativeBinding = fs.existsSync(nativeBindingFile) ? nativeBindingFile : undefined;
const projectFilters = [{ name: 'Gleaner project', extensions: [projectExtension.slice(1)] }];

let mainWindow: BrowserWindow | null = null;
let host: ProjectHost | null = null;
/** A project named before the app was ready (macOS open-file arrives early). */
let pendingProject: string | undefined = projectFileFromArgv(process.argv, process.cwd());

function dataDir(): string {
  return app.getPath('userData');
}

function showError(title: string, error: unknown): void {
  dialog.showErrorBox(title, (error as Error).message ?? String(error));
}

/** Opens a project in the host (a damaged one opens in recovery) and reloads the window. */
function openProject(projectPath: string, options: { withSamples?: boolean } = {}): void {
  if (!host) {
    pendingProject = projectPath;
    return;
  }
  try {
    host.open(projectPath, options);
  } catch (error) {
    showError('Gleaner could not open the project', error);
    return;
  }
  refreshMenu();
  mainWindow?.webContents.reload();
}

function sendToWindow(command: MenuCommand): void {
  mainWindow?.webContents.send(menuCommandChannel, command);
}

async function chooseProjectToOpen(): Promise<void> {
  const options = {
    title: 'Open Gleaner project',
    properties: ['openFile' as const],
    filters: projectFilters,
  };
  const result = mainWindow
    ? await dialog.showOpenDialog(mainWindow, options)
    : await dialog.showOpenDialog(options);
  const [chosen] = result.filePaths;
  if (!result.canceled && chosen) openProject(chosen);
}

async function chooseNewProject(): Promise<void> {
  const options = {
    title: 'New Gleaner project',
    defaultPath: path.join(app.getPath('documents'), `Untitled${projectExtension}`),
    filters: projectFilters,
  };
  const result = mainWindow
    ? await dialog.showSaveDialog(mainWindow, options)
    : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return;
  const target = result.filePath.endsWith(projectExtension)
    ? result.filePath
    : `${result.filePath}${projectExtension}`;
  // An existing file is opened, never replaced: replacing would throw away a project. A new one
  // starts without the sample articles, so the window asks which schema it collects with.
  openProject(target, { withSamples: false });
}

/** Shows the native dialog a request stands for; the paths the user chose (none if cancelled). */
async function showDialog(request: NativeDialogRequest): Promise<string[]> {
  const plan = dialogPlan(request, app.getPath('documents'));
  if (plan.type === 'save') {
    const result = mainWindow
      ? await dialog.showSaveDialog(mainWindow, plan.options)
      : await dialog.showSaveDialog(plan.options);
    return chosenPaths(plan, result);
  }
  const result = mainWindow
    ? await dialog.showOpenDialog(mainWindow, plan.options)
    : await dialog.showOpenDialog(plan.options);
  return chosenPaths(plan, result);
}

async function importFrom(kind: 'open-files' | 'open-folder') {
  const paths = await showDialog({ kind });
  // The window notices the started job (it polls jobs.list) and shows its progress and report.
  // The import is the window's: it runs as the profile signed in there (and needs one).
  if (paths.length === 0 || !host || !mainWindow) return;
  const envelope = await dispatch(
    host.handlers,
    'import.start',
    { paths },
    windowCaller(mainWindow.webContents.id),
  );
  if (!envelope.ok) showError('Gleaner could not import', new Error(envelope.error.message));
}

async function backUpNow(): Promise<void> {
  if (!host?.openProject || !mainWindow) return;
  const backup = await backUpAsWindow(host.handlers, mainWindow.webContents.id);
  await dialog.showMessageBox({
    type: 'info',
    message: 'Backup made',
    detail: backup.path,
  });
}

function refreshMenu(): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate(
        {
          newProject: () => void chooseNewProject(),
          openProject: () => void chooseProjectToOpen(),
          openRecent: (projectPath) => openProject(projectPath),
          clearRecent: () => {
            clearRecentProjects(dataDir());
            refreshMenu();
          },
          importFiles: () => void importFrom('open-files'),
          importFolder: () => void importFrom('open-folder'),
          backUpNow: () =>
            void backUpNow().catch((error: unknown) => showError('Backup failed', error)),
          sendToWindow,
          about: () =>
            void dialog.showMessageBox({
              type: 'info',
              message: `Gleaner ${app.getVersion()}`,
              detail: `Curate structured data out of articles, with provenance.\nElectron ${process.versions.electron}, Node ${process.versions.node}`,
            }),
        },
        {
          platform: process.platform,
          recentProjects: loadRecentProjects(dataDir()),
          development: !app.isPackaged,
        },
      ),
    ),
  );
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
      if (isExternalWebLink(url)) void shell.openExternal(url);
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
  const saved = loadWindowState(dataDir());
  const placed = fitToDisplays(
    saved,
    screen.getAllDisplays().map((d) => d.workArea),
    screen.getPrimaryDisplay().workArea,
  );
  const window = createSecureWindow(BrowserWindow, path.join(__dirname, 'preload.cjs'), placed);
  mainWindow = window;
  if (placed.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  // Remember the normal (unmaximised) bounds, so restoring a maximised window lands sensibly.
  window.on('close', () => {
    saveWindowState(dataDir(), { ...window.getNormalBounds(), maximized: window.isMaximized() });
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  void window.loadURL(appStartUrl);
}

// macOS: a project double-clicked in Finder or dropped on the Dock icon.
app.on('open-file', (event, file) => {
  event.preventDefault();
  openProject(file);
});

// Windows and Linux: a second start (e.g. from the file manager) passes its argv here.
app.on('second-instance', (_event, argv, workingDirectory) => {
  const named = projectFileFromArgv(argv, workingDirectory);
  if (named) openProject(named);
  if (mainWindow) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  }
});

void app.whenReady().then(() => {
  hardenSessions();
  serveRenderer();
  const projectHost = new ProjectHost({
    // Jobs yield the cores to the window that follows them.
    jobs: new JobRunner(bundledWorkerLauncher(path.join(__dirname, 'import-worker.cjs')), {
      background: true,
      // A job over a few articles starts at once instead of loading a worker first.
      warm: true,
    }),
    actor: os.userInfo().username || 'local',
    seedsDir,
    nativeBinding,
    onOpened: (project) => {
      rememberLastProject(dataDir(), project.filePath);
      rememberRecentProject(dataDir(), project.filePath);
    },
  });
  host = projectHost;
  try {
    projectHost.open(pendingProject ?? resolveStartupProject(dataDir()));
  } catch (error) {
    // A named file that cannot be opened (newer Gleaner, read-only folder): say so, then fall
    // back to the last or default project so the window still has something to show.
    showError('Gleaner could not open the project', error);
    projectHost.open(resolveStartupProject(dataDir()));
  }
  pendingProject = undefined;
  projectHost.startDailyBackups();
  registerApiHandlers(ipcMain, () => projectHost.handlers);
  // Save As… and Open… for the window's Export and Import dialogs: the window names only the
  // kind of dialog (and a file name); the answer is what the user picked.
  ipcMain.handle(nativeDialogChannel, (event, request: unknown) =>
    isTrustedSender(event.senderFrame) && isNativeDialogRequest(request) ? showDialog(request) : [],
  );
  refreshMenu();
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => {
  host?.close();
});
