import { describe, expect, it } from 'vitest';
import { parseRequestTarget } from './request-target';

describe('parseRequestTarget', () => {
  it('maps "/" to the entry page and paths to decoded segments', () => {
    expect(parseRequestTarget('/')).toEqual({ kind: 'static', segments: ['index.html'] });
    expect(parseRequestTarget('/?x=1')).toEqual({ kind: 'static', segments: ['index.html'] });
    expect(parseRequestTarget('/assets/%E5%8C%BB.js?v=2#top')).toEqual({
      kind: 'static',
      segments: ['assets', '医.js'],
    });
  });

  it('maps /api/<method> to the method, decoded', () => {
    expect(parseRequestTarget('/api/project.info')).toEqual({
      kind: 'api',
      method: 'project.info',
    });
    expect(parseRequestTarget('/api/articles%2Elist')).toEqual({
      kind: 'api',
      method: 'articles.list',
    });
    expect(parseRequestTarget('/api/')).toMatchObject({ kind: 'refused', status: 404 });
    expect(parseRequestTarget('/api/a/b')).toMatchObject({ kind: 'refused', status: 404 });
  });

  it('refuses malformed percent-encoding instead of throwing', () => {
    for (const target of ['/%', '/%E0%A4%A', '/api/%', '/%uD800', '/%ED%A0%80', '/?ok=1%']) {
      const result = parseRequestTarget(target);
      if (target === '/?ok=1%') expect(result.kind, target).toBe('static');
      else expect(result, target).toMatchObject({ kind: 'refused', status: 400 });
    }
  });

  it('refuses control characters, NUL included, encoded or not', () => {
    for (const target of ['/index.html%00.js', '/a%0Ab', '/a\u0000b', '/%7F']) {
      expect(parseRequestTarget(target), target).toMatchObject({
        kind: 'refused',
        status: 400,
        message: expect.stringContaining('control characters') as unknown,
      });
    }
  });

  it('refuses dot segments and encoded separators (path traversal)', () => {
    for (const target of ['/../x', '/a/./b', '/%2e%2e/x', '/..%2fx', '/a%5C..%5Cx', '/api/..']) {
      expect(parseRequestTarget(target), target).toMatchObject({
        kind: 'refused',
        status: 400,
        message: expect.stringContaining('traversal') as unknown,
      });
    }
  });

  it('refuses anything but a path: absolute URLs, "*", nothing', () => {
    for (const target of ['http://[/', 'http://127.0.0.1/', '*', '', undefined]) {
      expect(parseRequestTarget(target), String(target)).toMatchObject({
        kind: 'refused',
        status: 400,
      });
    }
  });

  it('answers 404 for folder paths', () => {
    expect(parseRequestTarget('/assets/')).toMatchObject({ kind: 'refused', status: 404 });
    expect(parseRequestTarget('//index.html')).toMatchObject({ kind: 'refused', status: 404 });
  });
});
