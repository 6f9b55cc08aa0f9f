// Renders build/icon.svg into every icon file the installers need: build/icons/NxN.png (Linux),
// build/icon.png (1024 px, electron-builder's source for everything else), build/icon.ico
// (Windows) and build/icon.icns (macOS). Run it after editing the svg: `npm run icons`.
// The generated files are committed (they are small), and scripts/make-icons.test.ts checks they
// are in step with the svg, so a forgotten regeneration fails the tests.
import fs from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import png2icons from 'png2icons';

export const iconSizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

const root = path.resolve(import.meta.dirname, '..');
export const buildDir = path.join(root, 'build');

/** The svg rendered at one square size, as PNG bytes. */
export function renderPng(svg, size) {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: size },
    background: 'rgba(0,0,0,0)',
  });
  return Buffer.from(resvg.render().asPng());
}

/** Every generated file as { relative path: bytes }, without writing anything. */
export function renderIconSet(svg) {
  const files = {};
  for (const size of iconSizes) files[`icons/${size}x${size}.png`] = renderPng(svg, size);
  const master = files['icons/1024x1024.png'];
  files['icon.png'] = master;
  // BICUBIC scaling; 0 colours = keep full colour. ICO entries are PNG-compressed and include
  // the sizes Windows asks for (16…256).
  const ico = png2icons.createICO(master, png2icons.BICUBIC, 0, true, true);
  const icns = png2icons.createICNS(master, png2icons.BICUBIC, 0);
  if (!ico || !icns) throw new Error('png2icons could not convert build/icons/1024x1024.png');
  files['icon.ico'] = Buffer.from(ico);
  files['icon.icns'] = Buffer.from(icns);
  return files;
}

function main() {
  const svg = fs.readFileSync(path.join(buildDir, 'icon.svg'));
  const files = renderIconSet(svg);
  fs.mkdirSync(path.join(buildDir, 'icons'), { recursive: true });
  for (const [relative, bytes] of Object.entries(files)) {
    fs.writeFileSync(path.join(buildDir, relative), bytes);
  }
  console.log(`Wrote ${Object.keys(files).length} icon files into ${buildDir}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();
