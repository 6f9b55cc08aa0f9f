/** Public API of the text model: code-point offsets, the reading view, chrome and repeat marks. */
export { CodePointIndex, codePointLength, sliceCodePoints } from './codepoints';
export type { CodePointRange } from './codepoints';
export { buildReadingView } from './reading-view';
export type { ReadingView, ReadingViewOptions } from './reading-view';
export { detectPageChrome } from './chrome';
export type { ChromeRange, ChromeReason } from './chrome';
export { detectRepeatedParagraphs, MIN_KEY_LENGTH, MIN_SIMILARITY } from './repeats';
export type { RepeatedParagraph } from './repeats';
