// What reading an XLSX word list costs (electron/import/xlsx-rows.ts), for the whole-archive
// budget its probe enforces before unpacking: a workbook of N rows of one ~90-character word is
// written with SheetJS as an outside program would, then read with limits high enough to let it
// through. Prints the archive's size, its declared unpacked size, CPU time and memory growth.
//
//   npx tsx --expose-gc bench/xlsx-word-list-cost.ts --rows 100000,200000
import * as XLSX from 'xlsx';
import { readXlsxRows } from '../electron/import/xlsx-rows';
import { ZipArchive } from '../electron/import/zip-entries';

const arg = process.argv.indexOf('--rows');
const counts = (arg > 0 ? process.argv[arg + 1]! : '100000').split(',').map(Number);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

for (const rows of counts) {
  const words = Array.from({ length: rows }, (_, i) => [`词条${i}${'x'.repeat(80)}`]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(words), 'Words');
  const bytes = XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
  const declared = new ZipArchive(bytes, 'bench.xlsx', Infinity).declaredTotalSize;
  gc();
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const cpu = process.cpuUsage();
  const read = readXlsxRows(bytes, 'bench.xlsx', {
    maxPartBytes: 1e9,
    maxRows: 1e7,
    maxTotalBytes: 1e10,
    maxEntries: 1e6,
  });
  const used = process.cpuUsage(cpu);
  peak = Math.max(peak, process.memoryUsage().rss);
  clearInterval(sampler);
  const mb = (n: number) => (n / 1_048_576).toFixed(1);
  console.log(
    `${rows} rows: archive ${mb(bytes.length)} MB, declared unpacked ${mb(declared)} MB, read ${read.rows.length} rows in ${((used.user + used.system) / 1000).toFixed(0)} ms CPU, RSS +${mb(peak - rssBefore)} MB (at least; sampled after the synchronous read)`,
  );
}
