import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../test-support/temp-dir';
import {
  defaultWindowState,
  fitToDisplays,
  loadWindowState,
  saveWindowState,
  windowStateFile,
} from './window-state';

const tempDir = useTempDir();
const laptop = { x: 0, y: 0, width: 1920, height: 1050 };
const monitorOnRight = { x: 1920, y: 0, width: 2560, height: 1410 };

describe('window size and position', () => {
  it('are remembered across restarts', () => {
    const data = tempDir();
    expect(loadWindowState(data)).toEqual(defaultWindowState);
    saveWindowState(data, { x: 2000, y: 40, width: 1600, height: 1000, maximized: true });
    expect(loadWindowState(data)).toEqual({
      x: 2000,
      y: 40,
      width: 1600,
      height: 1000,
      maximized: true,
    });
  });

  it('fall back to the default when the file is broken', () => {
    const data = tempDir();
    fs.writeFileSync(windowStateFile(data), '{"width": "wide"}');
    expect(loadWindowState(data)).toEqual(defaultWindowState);
  });

  it('stay where they were when that display is still there', () => {
    const state = { x: 2000, y: 40, width: 1600, height: 1000, maximized: false };
    expect(fitToDisplays(state, [laptop, monitorOnRight])).toEqual(state);
  });

  it('come back to the primary display when the monitor they were on is gone', () => {
    const fitted = fitToDisplays({ x: 2000, y: 40, width: 1600, height: 1000, maximized: false }, [
      laptop,
    ]);
    expect(fitted).toEqual({ x: 160, y: 25, width: 1600, height: 1000, maximized: false });
  });

  it('shrink to fit a smaller display and pull back inside its edges', () => {
    const small = { x: 0, y: 0, width: 1280, height: 720 };
    const fitted = fitToDisplays({ x: 900, y: 10, width: 2400, height: 1300, maximized: false }, [
      small,
    ]);
    expect(fitted).toEqual({ x: 0, y: 0, width: 1280, height: 720, maximized: false });
  });

  it('centre a first window on the primary display', () => {
    expect(fitToDisplays(defaultWindowState, [laptop])).toEqual({
      x: 240,
      y: 75,
      width: 1440,
      height: 900,
      maximized: false,
    });
  });
});
