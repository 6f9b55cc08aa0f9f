/**
 * Bidirectional control characters (embeddings, overrides, isolates) can make text read in an
 * order other than the one stored: `invoice‮fdp.exe‬` displays as "invoiceexe.pdf". The reader
 * shows each of them as a visible marker instead. One BMP character replaces one, so code-point
 * and UTF-16 offsets of everything after it are unchanged and highlights still line up.
 */
export const bidiControlPattern = /[\u202A-\u202E\u2066-\u2069]/gu;

/** What a bidi control is shown as. */
export const bidiControlMarker = '◇';

export function showBidiControls(text: string): string {
  return text.replace(bidiControlPattern, bidiControlMarker);
}
