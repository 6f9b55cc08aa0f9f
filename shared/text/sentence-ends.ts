/**
 * What ends a sentence, defined once. Chinese and Western full stops, exclamation and question
 * marks end one everywhere; a semicolon ends one as far as a value or a name is concerned (no
 * amount or name runs across 。 or ；); a blank line ends a paragraph and so its last sentence.
 */

/** 。！？ and their half-width forms. */
export const FULL_STOPS = '。！？!?';
/** The full stops and the semicolons (；;). */
export const SENTENCE_STOPS = `${FULL_STOPS}；;`;

/** One full stop (a line that ends with one reads as prose: chrome.ts). */
export const FULL_STOP = new RegExp(`[${FULL_STOPS}]`, 'u');
/** One sentence stop, semicolons included. */
export const SENTENCE_STOP = new RegExp(`[${SENTENCE_STOPS}]`, 'u');
/** A sentence stop or a blank line: where a value's sentence ends (pieces.ts). */
export const SENTENCE_OR_PARAGRAPH_END = new RegExp(`[${SENTENCE_STOPS}]|\\n\\s*\\n`, 'u');
