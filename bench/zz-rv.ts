import { buildReadingView } from '../shared/text';
import { ArticleText } from '../shared/extraction/article-text';
import { pathologicalPage } from '../electron/test-support/pathological-pages';
import { planPage } from '../shared/pages/plan-page';
import { CodePointIndex } from '../shared/text/codepoints';
const text = pathologicalPage('many-articles', 0.5e6);
const plan = planPage(text).articles; const index = new CodePointIndex(text);
const pieces = plan.map((a) => a.ranges.map((r) => index.slice(r.start, r.end)).join(''));
console.log(JSON.stringify(pieces[3]), pieces.length);
function t(name: string, f: () => void) { for (let i = 0; i < 3; i++) f(); const c = process.cpuUsage(); let n = 0; const w = performance.now(); while (performance.now() - w < 1500) { f(); n++; } const u = process.cpuUsage(c); console.log(name, ((u.user + u.system) / n / pieces.length).toFixed(2), 'us/article'); }
t('buildReadingView', () => { for (const p of pieces) buildReadingView(p); });
t('ArticleText', () => { for (const a of plan) new ArticleText(index, a.ranges); });
t('slice only', () => { for (const a of plan) for (const r of a.ranges) index.slice(r.start, r.end); });
t('Uint32Array(100)', () => { for (const p of pieces) new Uint32Array(p.length); });
t('Uint32Array(12)', () => { for (const p of pieces) new Uint32Array(12); });
