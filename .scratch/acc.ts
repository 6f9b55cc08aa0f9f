import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Project } from '../electron/services/project';
import { acceptSuggestionsOfArticles } from '../electron/database/bulk-accept-queries';
import { appendAuditRows } from '../electron/database/audit-repository';
fs.copyFileSync('/tmp/gleaner-scale/articles-10000.gleaner', '/tmp/scratch/a.gleaner');
for (const f of ['-wal','-shm']) fs.rmSync('/tmp/scratch/a.gleaner'+f,{force:true});
const p = Project.open('/tmp/scratch/a.gleaner');
const db = p.db;
if (process.env.CACHE) db.pragma('cache_size = -' + process.env.CACHE);
if (process.env.DROPIDX) db.exec('DROP INDEX audit_after_article; DROP INDEX audit_before_article');
const filter = { fields: (db.prepare('select distinct field_key from field_values').pluck().all() as string[]), minConfidence: 0, rule: null };
let tSel = 0, tAud = 0, n = 0;
const t0 = performance.now();
for (let first = 1; first <= 10000; first += 500) {
  db.transaction(() => {
    let t = performance.now();
    const taken = acceptSuggestionsOfArticles(db, filter, first, first + 499, 'x');
    tSel += performance.now() - t; t = performance.now();
    appendAuditRows(db, taken.map(v => ({actor:'a', entity:'value', entityId: v.valueId, action:'set-state', before:{state:'suggested', revision: v.revision}, after:{state:'accepted', field: v.fieldKey, article: v.articleId}})), 'x');
    tAud += performance.now() - t; n += taken.length;
  }).immediate();
}
console.log({ n, total: performance.now() - t0, tSel, tAud });
