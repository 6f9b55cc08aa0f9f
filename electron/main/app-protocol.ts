import path from 'node:path';
import { appHost } from './security-policy';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

/**
 * Maps an app:// request onto a file of the built renderer, or null when the URL points
 * elsewhere or tries to climb out of the renderer folder (../, encoded or not).
 */
export function resolveAppRequest(
  rawUrl: string,
  rendererDir: string,
): { filePath: string; contentType: string } | null {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (url.host !== appHost) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  const root = path.resolve(rendererDir);
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const filePath = path.resolve(root, relative);
  if (!filePath.startsWith(root + path.sep)) return null;
  return {
    filePath,
    contentType: contentTypes[path.extname(filePath)] ?? 'application/octet-stream',
  };
}
