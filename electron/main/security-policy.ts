import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/** The renderer is served from this origin by our own protocol handler, never from file:// or the web. */
export const appScheme = 'app';
export const appHost = 'gleaner';
export const appOrigin = `${appScheme}://${appHost}`;
export const appStartUrl = `${appOrigin}/index.html`;

/**
 * Electron's security checklist as data, so tests can assert every item: an isolated, sandboxed
 * renderer without Node, no webviews, no remote content, no insecure content.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
    // Middle-click must not open article links in a new window (electronegativity AUXCLICK).
    disableBlinkFeatures: 'Auxclick',
  };
}

/** Where and how big the window opens: from window-state.ts. */
export interface WindowBounds {
  x?: number | undefined;
  y?: number | undefined;
  width: number;
  height: number;
}

/**
 * Creates the app's window. The web preferences are spelled out literally here (the same values
 * as secureWebPreferences, which a test checks) because the static scanner in
 * scripts/security-scan.mjs reads them from the `new BrowserWindow({...})` expression itself.
 * The constructor is a parameter so tests can record the options without Electron.
 */
export function createSecureWindow<W>(
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => W,
  preloadPath: string,
  bounds: WindowBounds,
): W {
  return new BrowserWindow({
    ...bounds,
    minWidth: 1024,
    minHeight: 640,
    title: 'Gleaner 拾穗',
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
    },
  });
}

/** Links the window may hand to the system browser: plain web links, nothing else. */
export function isExternalWebLink(rawUrl: string): boolean {
  try {
    const url = new URL(rawUrl);
    return (
      (url.protocol === 'https:' || url.protocol === 'http:') &&
      url.username === '' &&
      url.password === ''
    );
  } catch {
    return false;
  }
}

/** Is this URL part of the app itself? Anything else is remote content and is refused. */
export function isAppUrl(rawUrl: string): boolean {
  try {
    const url = new URL(rawUrl);
    return url.protocol === `${appScheme}:` && url.host === appHost;
  } catch {
    return false;
  }
}

/** Navigation away from the app is always refused: article links must never replace the app. */
export function shouldAllowNavigation(targetUrl: string): boolean {
  return isAppUrl(targetUrl);
}

/**
 * IPC calls are answered only for the app's own top-level frame: an iframe or a page that
 * somehow got loaded from elsewhere gets nothing.
 */
export function isTrustedSender(
  frame: { url: string; parent: unknown } | null | undefined,
): boolean {
  if (!frame) return false;
  return frame.parent === null && isAppUrl(frame.url);
}
