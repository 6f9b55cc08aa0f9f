import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppRequest } from './app-protocol';

const root = path.resolve('/opt/gleaner/dist/renderer');

describe('resolveAppRequest', () => {
  it('serves the renderer files with their content types', () => {
    expect(resolveAppRequest('app://gleaner/', root)).toEqual({
      filePath: path.join(root, 'index.html'),
      contentType: 'text/html; charset=utf-8',
    });
    expect(resolveAppRequest('app://gleaner/assets/index-abc.js', root)?.contentType).toBe(
      'text/javascript; charset=utf-8',
    );
  });

  it('refuses other hosts and every way out of the renderer folder', () => {
    expect(resolveAppRequest('app://other/index.html', root)).toBeNull();
    expect(resolveAppRequest('app://gleaner/..%2f..%2fetc%2fpasswd', root)).toBeNull();
    expect(resolveAppRequest('app://gleaner/%E0%A4%A', root)).toBeNull();
    // The URL parser folds plain and dot-encoded ../ away; what is left must stay inside the root.
    for (const url of [
      'app://gleaner/../../etc/passwd',
      'app://gleaner/%2e%2e/%2e%2e/etc/passwd',
    ]) {
      expect(resolveAppRequest(url, root)?.filePath).toBe(path.join(root, 'etc', 'passwd'));
    }
  });
});
