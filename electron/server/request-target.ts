/**
 * What a request line's target asks the browser-mode server for, decided without throwing:
 * the target comes straight off the network (a page on another local origin can make a browser
 * send `/%E0%A4%A`, and a raw socket can send anything), so every malformed form is a value
 * with the status to answer, never an exception.
 */
export type RequestTarget =
  | { kind: 'api'; method: string }
  | { kind: 'static'; segments: string[] }
  | { kind: 'refused'; status: 400 | 404; message: string };

const apiPrefix = 'api';

/** Control characters (NUL, newline, DEL …) have no business in a file or method name. */
// eslint-disable-next-line no-control-regex
const controlCharacter = /[\u0000-\u001f\u007f]/;

/**
 * Splits a request target (`req.url`: the path and query exactly as sent) into decoded path
 * segments. Only the origin form (`/path?query`) is served; the absolute form a proxy would
 * get (`GET http://host/`), `*` and anything else is refused.
 */
export function parseRequestTarget(rawTarget: string | undefined): RequestTarget {
  if (!rawTarget || !rawTarget.startsWith('/')) {
    return refused(400, 'Bad request target: only paths starting with "/" are served');
  }
  const end = rawTarget.search(/[?#]/);
  const rawPath = end === -1 ? rawTarget : rawTarget.slice(0, end);
  const segments: string[] = [];
  for (const rawSegment of rawPath.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(rawSegment);
    } catch {
      return refused(400, 'Bad request target: malformed percent-encoding');
    }
    if (controlCharacter.test(segment)) {
      return refused(400, 'Bad request target: control characters in the path');
    }
    // An encoded separator or a dot segment could only be meant to step out of the folder.
    if (segment.includes('/') || segment.includes('\\') || segment === '.' || segment === '..') {
      return refused(400, 'Bad request target: path traversal');
    }
    segments.push(segment);
  }
  if (segments[0] === apiPrefix && segments.length > 1) {
    if (segments.length !== 2 || segments[1] === '') {
      return refused(404, 'Not found: API calls are POST /api/<method>');
    }
    return { kind: 'api', method: segments[1]! };
  }
  // "/" is the renderer's entry page; an empty segment anywhere else names a folder.
  if (segments.length === 1 && segments[0] === '')
    return { kind: 'static', segments: ['index.html'] };
  if (segments.includes('')) return refused(404, 'Not found');
  return { kind: 'static', segments };
}

function refused(status: 400 | 404, message: string): RequestTarget {
  return { kind: 'refused', status, message };
}
