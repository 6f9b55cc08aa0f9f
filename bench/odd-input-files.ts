// Files from docs/reliability.md's hostile-input probe (issue 16) that are too big for a unit test:
// one long line naming a hospital and a place in every sentence, as a 20 MB one-paragraph web page
// and as one 2 MB and one 10 MB CSV cell. Import each with the command docs/benchmarks.md gives.
//
//   npx tsx bench/odd-input-files.ts DIR
import fs from 'node:fs';
import path from 'node:path';

const SENTENCE = '北京协和医院今天宣布成立新的心脏中心，投资三亿元人民币。';
const MEGABYTE = 1_000_000;

/** The sentence repeated to about `bytes` bytes of UTF-8, never more. */
function line(bytes: number): string {
  return SENTENCE.repeat(Math.floor(bytes / Buffer.byteLength(SENTENCE)));
}

const dir = process.argv[2];
if (!dir) {
  console.error('usage: npx tsx bench/odd-input-files.ts DIR');
  process.exit(2);
}
fs.mkdirSync(dir, { recursive: true });
const files: Record<string, string> = {
  'one-paragraph-20mb.html': `<html><body><p>${line(20 * MEGABYTE)}</p></body></html>`,
  'one-cell-2mb.csv': `title,text\nt,"${line(2 * MEGABYTE)}"\n`,
  'one-cell-10mb.csv': `title,text\nt,"${line(10 * MEGABYTE)}"\n`,
};
for (const [name, text] of Object.entries(files)) {
  fs.writeFileSync(path.join(dir, name), text);
  console.log(path.join(dir, name));
}
