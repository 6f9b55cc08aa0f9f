// What each phase of a first import writes (issue 16 point 7): one generated page imported into a
// new project by the phases `gleaner import` runs on a file it has just created (a bulk load:
// store, extract, index for search; electron/cli/import-command.ts), with the bytes this process
// wrote (/proc/self/io write_bytes) and the project file's growth after each, then where the
// file's bytes are. Written beyond the growth is what the phase wrote twice: the rollback
// journal's copies of pages an earlier commit wrote, and those pages written again.
//
//   npx tsx bench/page-stress-phases.ts [--mb 2] [--shape many-articles]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  pathologicalPage,
  pathologicalShapes,
  type PathologicalShape,
} from '../electron/test-support/pathological-pages';
import { beginBulkLoad, endBulkLoad, importPaths } from '../electron/services/import-pipeline';
import { extractArticlesInSteps } from '../electron/services/extract-in-steps';
import { articlesToExtract, indexSearchInSteps } from '../electron/services/finish-import';
import { Project } from '../electron/services/project';
import { describeBreakdown, projectBreakdown } from './page-stress-breakdown';
import { numberOption } from './options';

// The bulk load's settings of electron/cli/import-command.ts.
const STORE_COMMITS = { bytes: 16 * 1024 * 1024, milliseconds: 2000 };
const ARTICLES_PER_COMMIT = 5000;
const INDEX_STEP = 20_000;

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const megabytes = numberOption(option('--mb'), 2, 'mb');
const shape = (option('--shape') ?? 'many-articles') as PathologicalShape;
if (!pathologicalShapes.includes(shape))
  throw new Error(`--shape must be one of ${pathologicalShapes.join(', ')}`);

function writtenBytes(): number {
  const io = fs.readFileSync('/proc/self/io', 'utf8');
  return Number(/^write_bytes:\s*(\d+)/m.exec(io)?.[1] ?? NaN);
}

const size = (file: string): number => (fs.existsSync(file) ? fs.statSync(file).size : 0);
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(2)} MB`;

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-page-phases-'));
  try {
    const file = path.join(dir, `${shape}.txt`);
    fs.writeFileSync(file, pathologicalPage(shape, Math.round(megabytes * 1e6)));
    const pageBytes = size(file);
    const out = path.join(dir, `${shape}.gleaner`);
    console.log(`${shape}, ${mb(pageBytes)}; bytes written by each phase of a first import:`);
    console.log('| phase | written | × page | file grew by | written beyond the growth |');
    console.log('| --- | ---: | ---: | ---: | ---: |');
    let written = writtenBytes();
    let fileBytes = 0;
    const lap = (phase: string): void => {
      const nowWritten = writtenBytes();
      const nowFile = size(out) + size(`${out}-wal`);
      const w = nowWritten - written;
      console.log(
        `| ${phase} | ${mb(w)} | ${(w / pageBytes).toFixed(2)}× | ${mb(nowFile - fileBytes)} | ${mb(w - (nowFile - fileBytes))} |`,
      );
      written = nowWritten;
      fileBytes = nowFile;
    };
    const total = writtenBytes();
    const project = Project.open(out);
    const bulk = beginBulkLoad(project.db);
    lap('open a new project (migrations)');
    const report = await importPaths(project.db, [file], {
      actor: 'bench',
      ...(bulk ? { commitEvery: STORE_COMMITS } : {}),
    });
    lap('store (text, articles, audit)');
    const { articleIds } = articlesToExtract(
      project.db,
      report.imported.flatMap((i) => i.documentIds),
    );
    await extractArticlesInSteps(project.db, articleIds, {
      actor: 'bench',
      onlyUnextracted: true,
      ...(bulk ? { articlesPerCommit: ARTICLES_PER_COMMIT } : {}),
    });
    lap(`extract (${articleIds.length} articles)`);
    await indexSearchInSteps(project.db, bulk ? { step: INDEX_STEP } : {});
    lap('index for search');
    if (bulk) endBulkLoad(project.db);
    project.close();
    lap('close');
    const all = writtenBytes() - total;
    console.log(
      `\nIn all ${mb(all)} = ${(all / pageBytes).toFixed(2)}× the page; the project ${mb(size(out))} = ` +
        `${(size(out) / pageBytes).toFixed(2)}×. Where its bytes are:`,
    );
    const breakdown = projectBreakdown(out);
    if (breakdown) console.log(describeBreakdown(breakdown, pageBytes, 12).join('\n'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
