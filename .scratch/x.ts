import { writeXlsx } from '../electron/export/xlsx';
import { selectArticlesForExport } from '../electron/export/select-articles';
import { Project } from '../electron/services/project';
const p = Project.open('/tmp/gleaner-scale/articles-10000.gleaner');
const sel = selectArticlesForExport(p.db, { status: 'any' });
const t = performance.now();
const r = await writeXlsx({ total: 0, schema: sel.schema, filter: sel.filter, *[Symbol.iterator]() { let n = 0; for (const x of sel) { if (++n > 2000) return; yield x; } } } as never, sel.schema, '/tmp/scratch/o.xlsx');
console.log(r, performance.now() - t);
