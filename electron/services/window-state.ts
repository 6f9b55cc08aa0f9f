import path from 'node:path';
import { readJsonFile, writeJsonFile } from './json-file';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  x?: number | undefined;
  y?: number | undefined;
  width: number;
  height: number;
  maximized: boolean;
}

export const defaultWindowState: WindowState = { width: 1440, height: 900, maximized: false };
export const minimumWindowSize = { width: 1024, height: 640 };

export function windowStateFile(dataDir: string): string {
  return path.join(dataDir, 'window-state.json');
}

const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

/** The saved state, or the default when the file is missing or not a window state. */
export function loadWindowState(dataDir: string): WindowState {
  const raw = readJsonFile(windowStateFile(dataDir)) as Partial<WindowState> | undefined;
  if (!raw || !finite(raw.width) || !finite(raw.height)) return { ...defaultWindowState };
  return {
    ...(finite(raw.x) && finite(raw.y) ? { x: raw.x, y: raw.y } : {}),
    width: raw.width,
    height: raw.height,
    maximized: raw.maximized === true,
  };
}

export function saveWindowState(dataDir: string, state: WindowState): void {
  writeJsonFile(windowStateFile(dataDir), state);
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

/**
 * Where the window may really open, given the displays' work areas now (a monitor may have been
 * unplugged since the state was saved). The size is shrunk to fit the display it lands on; a
 * window whose title bar would be out of reach (less than 100 × 40 px of its top strip visible
 * on any display) is centred on the primary display instead.
 */
export function fitToDisplays(
  state: WindowState,
  workAreas: readonly Rectangle[],
  primary: Rectangle | undefined = workAreas[0],
): WindowState {
  if (!primary) return state;
  const fitSize = (area: Rectangle) => ({
    width: Math.min(Math.max(state.width, minimumWindowSize.width), area.width),
    height: Math.min(Math.max(state.height, minimumWindowSize.height), area.height),
  });
  if (state.x !== undefined && state.y !== undefined) {
    const titleBar = { x: state.x, y: state.y, width: state.width, height: 40 };
    const home = workAreas.find((area) => {
      const seen = overlap(titleBar, area);
      return seen.width >= 100 && seen.height >= 40;
    });
    if (home) {
      const size = fitSize(home);
      // Pull the window back inside the display if it hangs over an edge.
      const x = Math.min(Math.max(state.x, home.x), home.x + home.width - size.width);
      const y = Math.min(Math.max(state.y, home.y), home.y + home.height - size.height);
      return { ...size, x, y, maximized: state.maximized };
    }
  }
  const size = fitSize(primary);
  return {
    ...size,
    x: primary.x + Math.round((primary.width - size.width) / 2),
    y: primary.y + Math.round((primary.height - size.height) / 2),
    maximized: state.maximized,
  };
}
