import { showBidiControls } from '../../../shared/text/bidi-controls';
import { buildReadingView } from '../../../shared/text/reading-view';

/** A run of the reading view as the reader shows it. */
export interface ReadingPiece {
  text: string;
  /**
   * The document offset (code points) of the run's first character, its characters standing at
   * consecutive offsets; null for a line break that stands for another (a CRLF shown as one).
   */
  start: number | null;
}

/**
 * One segment's reading view (lines joined inside sentences, letter-spacing removed) cut into
 * runs the reader can tag with document offsets, as it tags the original: highlights, hover,
 * the add-value popover and search then work in the reading view too, on the same offsets. The
 * view only removes whitespace and maps full-width letters one for one, so every view character
 * but a rewritten line break is an original character at a known offset; a run ends wherever the
 * view skipped something.
 */
export function readingPieces(segmentText: string, segmentStart: number): ReadingPiece[] {
  const view = buildReadingView(segmentText);
  const viewChars = Array.from(view.text);
  const originalChars = Array.from(segmentText);
  const pieces: ReadingPiece[] = [];
  let run: string[] = [];
  let runStart = 0;
  let nextOffset = -1;
  const flush = () => {
    if (run.length > 0)
      pieces.push({ text: showBidiControls(run.join('')), start: segmentStart + runStart });
    run = [];
  };
  viewChars.forEach((char, at) => {
    const offset = view.toOriginal(at);
    if (char === '\n' && originalChars[offset] !== '\n') {
      flush();
      pieces.push({ text: char, start: null });
      nextOffset = -1;
      return;
    }
    if (offset !== nextOffset) {
      flush();
      runStart = offset;
    }
    run.push(char);
    nextOffset = offset + 1;
  });
  flush();
  return pieces;
}
