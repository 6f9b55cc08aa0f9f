import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../shared/security/csp';
import {
  appStartUrl,
  createSecureWindow,
  isAppUrl,
  isExternalWebLink,
  isTrustedSender,
  secureWebPreferences,
  shouldAllowNavigation,
} from './security-policy';

describe('window security (Electron checklist)', () => {
  it('isolates, sandboxes and strips Node from the renderer', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
  });

  it('allows navigation only inside the app', () => {
    expect(shouldAllowNavigation(appStartUrl)).toBe(true);
    expect(shouldAllowNavigation('app://gleaner/index.html#article-3')).toBe(true);
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:5178/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'app://evil/index.html',
      'data:text/html,<script>alert(1)</script>',
      'not a url',
    ]) {
      expect(shouldAllowNavigation(url), url).toBe(false);
    }
  });

  it('answers IPC only from the app top-level frame', () => {
    expect(isTrustedSender({ url: appStartUrl, parent: null })).toBe(true);
    expect(isTrustedSender({ url: appStartUrl, parent: {} })).toBe(false);
    expect(isTrustedSender({ url: 'https://example.com/', parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
    expect(isAppUrl('app://gleaner.evil.com/')).toBe(false);
  });

  it('has a CSP with no inline or remote script and no remote content', () => {
    const directives = Object.fromEntries(
      contentSecurityPolicy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]),
    );
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(contentSecurityPolicy).not.toMatch(/unsafe-eval|https?:|\*/);
  });
});

describe('the window itself', () => {
  it('is created with exactly the checklist web preferences', () => {
    const seen: BrowserWindowConstructorOptions[] = [];
    class BrowserWindow {
      constructor(options: BrowserWindowConstructorOptions) {
        seen.push(options);
      }
    }
    createSecureWindow(BrowserWindow, '/app/preload.cjs', {
      x: 10,
      y: 20,
      width: 1200,
      height: 800,
    });
    expect(seen[0]?.webPreferences).toEqual(secureWebPreferences('/app/preload.cjs'));
    expect(seen[0]).toMatchObject({ x: 10, y: 20, width: 1200, height: 800, show: false });
  });

  it('hands only plain web links to the system browser', () => {
    expect(isExternalWebLink('https://example.com/a?b=1')).toBe(true);
    expect(isExternalWebLink('http://example.com/')).toBe(true);
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'smb://host/share',
      'app://gleaner/index.html',
      'https://user:pass@example.com/',
      'ms-msdt:/id',
      'not a url',
    ]) {
      expect(isExternalWebLink(url), url).toBe(false);
    }
  });
});
