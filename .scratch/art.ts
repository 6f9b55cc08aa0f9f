import { performance } from 'node:perf_hooks';
import { Project } from '../electron/services/project';
import { getArticle } from '../electron/database/articles-repository';
import { articleFields } from '../electron/services/article-fields';
const p = Project.open('/tmp/gleaner-scale/articles-100000.gleaner');
for (const id of [5, 50000, 99999, 77777, 1234]) {
  let t = performance.now(); getArticle(p.db, id); const a = performance.now() - t;
  t = performance.now(); articleFields(p.db, id); const b = performance.now() - t;
  console.log(id, a.toFixed(1), b.toFixed(1));
}
