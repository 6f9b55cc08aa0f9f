/**
 * Browser mode: the header in which each tab sends its session id (a random id the tab keeps in
 * sessionStorage), so the server keeps one signed-in profile per tab, not one for everybody.
 */
export const sessionHeader = 'x-gleaner-session';

/** What a session id looks like: long and random enough that one tab cannot guess another's. */
export const sessionIdPattern = /^[A-Za-z0-9_-]{16,128}$/;
