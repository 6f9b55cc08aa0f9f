import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { seededRandom } from '../electron/test-support/pathological-pages';

export interface CorpusOptions {
  /** Folder to write into; created if missing. */
  dir: string;
  /** Folder of seed pages (*.txt, UTF-8) that every generated file is a variant of. */
  seedsDir: string;
  files: number;
  /** Share of files written as GBK, as Chinese users' older exports often are. */
  gbkShare?: number;
  /** Share of files with Windows line ends. */
  crlfShare?: number;
  /** Files per sub-folder: users bring trees of folders, not one flat folder. */
  filesPerFolder?: number;
  /** Seed of the pseudo-random choices, so two runs write the same corpus. */
  seed?: number;
}

export interface CorpusSummary {
  dir: string;
  paths: string[];
  bytes: number;
  gbkFiles: number;
  crlfFiles: number;
}

export function readSeedPages(seedsDir: string): string[] {
  const names = fs
    .readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  if (names.length === 0) throw new Error(`No seed pages (*.txt) in ${seedsDir}`);
  return names.map((name) => fs.readFileSync(path.join(seedsDir, name), 'utf8'));
}

/**
 * One variant of a seed page: the first number of the page becomes the file's own number and
 * a line naming the file is added, so every file has different text (the importer skips exact
 * duplicates, which would make the benchmark measure nothing) while keeping the page's shape.
 */
export function variantOf(page: string, index: number, lineChoice: number): string {
  const renumbered = page.replace(/\d+/, String(10_000 + index));
  const lines = renumbered.split('\n');
  const at = 1 + Math.floor(lineChoice * (lines.length - 1));
  lines.splice(at, 0, `稿件编号：GL-${String(index).padStart(6, '0')}`);
  return lines.join('\n');
}

/** Writes the corpus and says what it wrote. */
export function generateCorpus(options: CorpusOptions): CorpusSummary {
  const pages = readSeedPages(options.seedsDir);
  // Seeded (mulberry32): Math.random would make runs incomparable.
  const random = seededRandom(options.seed ?? 20240601);
  const gbkShare = options.gbkShare ?? 0.3;
  const crlfShare = options.crlfShare ?? 0.03;
  const perFolder = options.filesPerFolder ?? 1000;
  const width = String(Math.max(0, options.files - 1)).length;
  const summary: CorpusSummary = {
    dir: options.dir,
    paths: [],
    bytes: 0,
    gbkFiles: 0,
    crlfFiles: 0,
  };

  for (let index = 0; index < options.files; index++) {
    const folder = path.join(options.dir, `batch-${String(Math.floor(index / perFolder))}`);
    if (index % perFolder === 0) fs.mkdirSync(folder, { recursive: true });
    let text = variantOf(pages[index % pages.length]!, index, random());
    const crlf = random() < crlfShare;
    if (crlf) text = text.replace(/\n/g, '\r\n');
    const gbk = random() < gbkShare;
    const bytes = gbk ? iconv.encode(gbkSafe(text), 'gbk') : Buffer.from(text, 'utf8');
    const filePath = path.join(folder, `article-${String(index).padStart(width, '0')}.txt`);
    fs.writeFileSync(filePath, bytes);
    summary.paths.push(filePath);
    summary.bytes += bytes.length;
    if (gbk) summary.gbkFiles++;
    if (crlf) summary.crlfFiles++;
  }
  return summary;
}

/**
 * GBK has no no-break space (one seed page has some); a GBK file made from such a page would
 * have had a plain space there, not the '?' iconv-lite would write.
 */
export function gbkSafe(text: string): string {
  return text.replace(/\u00a0/g, ' ');
}

/** Seed characters GBK cannot represent would silently turn into '?' in the GBK files. */
export function seedsSurviveGbk(seedsDir: string): boolean {
  return readSeedPages(seedsDir).every((page) => {
    const safe = gbkSafe(page);
    return iconv.decode(iconv.encode(safe, 'gbk'), 'gbk') === safe;
  });
}
