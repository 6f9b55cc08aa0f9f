import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDir, iconSizes, renderIconSet } from './make-icons.mjs';

const root = path.resolve(import.meta.dirname, '..');
// js-yaml and app-builder-lib come with electron-builder; they have no type definitions here.
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };

interface BuilderConfig {
  appId: string;
  productName: string;
  npmRebuild: boolean;
  asarUnpack: string[];
  directories: { buildResources: string };
  fileAssociations: { ext: string }[];
  linux: { target: string[]; icon: string };
  win: { target: string; icon: string };
  mac: { target: string; icon: string };
}

function loadConfig(): BuilderConfig {
  return yaml.load(
    fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'),
  ) as BuilderConfig;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8)).toEqual(
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  );
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('icons made from build/icon.svg', () => {
  it('has a PNG of every size for Linux, and a 1024 px build/icon.png', () => {
    for (const size of iconSizes) {
      const bytes = fs.readFileSync(path.join(buildDir, 'icons', `${size}x${size}.png`));
      expect(pngSize(bytes)).toEqual({ width: size, height: size });
    }
    expect(pngSize(fs.readFileSync(path.join(buildDir, 'icon.png')))).toEqual({
      width: 1024,
      height: 1024,
    });
  });

  it('has a Windows .ico holding 16…256 px images and a macOS .icns', () => {
    const ico = fs.readFileSync(path.join(buildDir, 'icon.ico'));
    // ICONDIR: reserved 0, type 1 (icon), then the image count; each entry's width 0 means 256.
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const widths = Array.from({ length: count }, (_, i) => ico[6 + i * 16] || 256);
    expect(widths).toEqual(expect.arrayContaining([16, 32, 48, 256]));

    const icns = fs.readFileSync(path.join(buildDir, 'icon.icns'));
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
  });

  // Rendering every size takes a few seconds, more on a busy machine.
  it(
    'is up to date with the svg (run `npm run icons` after editing it)',
    { timeout: 120_000 },
    () => {
      const fresh = renderIconSet(fs.readFileSync(path.join(buildDir, 'icon.svg')));
      for (const [relative, bytes] of Object.entries(fresh)) {
        const committed = fs.readFileSync(path.join(buildDir, relative));
        expect(committed.equals(bytes), `${relative} differs from a fresh rendering`).toBe(true);
      }
    },
  );
});

describe('electron-builder.yml', () => {
  it('builds AppImage and deb, an nsis installer and a dmg, with icons that exist', () => {
    const config = loadConfig();
    expect(config.productName).toBe('Gleaner');
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toBe('nsis');
    expect(config.mac.target).toBe('dmg');
    expect(config.directories.buildResources).toBe('build');
    for (const icon of [config.linux.icon, config.win.icon, config.mac.icon]) {
      expect(fs.existsSync(path.join(root, icon)), icon).toBe(true);
    }
  });

  it('opens .gleaner files and rebuilds better-sqlite3 for Electron, unpacked from the asar', () => {
    const config = loadConfig();
    expect(config.fileAssociations.map((a) => a.ext)).toContain('gleaner');
    expect(config.npmRebuild).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**');
    // jieba's loader, dictionary and per-platform binary are read from disk by the workers.
    expect(config.asarUnpack).toContain('node_modules/@node-rs/**');
  });

  it(
    "passes electron-builder's own configuration schema (offline)",
    { timeout: 120_000 },
    async () => {
      const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
        validateConfiguration(config: unknown, logger: unknown): Promise<void>;
      };
      const { DebugLogger } = require('builder-util') as {
        DebugLogger: new (on: boolean) => unknown;
      };
      await expect(
        validateConfiguration(loadConfig(), new DebugLogger(false)),
      ).resolves.toBeUndefined();
      await expect(
        validateConfiguration({ ...loadConfig(), linuxx: {} }, new DebugLogger(false)),
      ).rejects.toThrow(/unknown property 'linuxx'/);
    },
  );
});
