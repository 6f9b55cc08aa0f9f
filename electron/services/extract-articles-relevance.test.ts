import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OFF_SUBJECT_CONFIDENCE } from '../../shared/extraction';
import { getArticle, listArticles } from '../database/articles-repository';
import { valuesOfArticle } from '../database/values-repository';
import { useTempDir } from '../test-support/temp-dir';
import { articleIdsOfDocuments, extractArticles } from './extract-articles';
import { importPaths } from './import-pipeline';
import { Project } from './project';

const tempDir = useTempDir();

// Pages written for this test; none is taken from a real site.
const LIST_PAGE = [
  '医院动态',
  '',
  '市中心医院开展世界肾脏日义诊  2024-03-12',
  '市中心医院肾内科在门诊大厅开展义诊，为八十余名患者测量血压、解读化验单。',
  '',
  '市中心医院新建住院楼主体封顶  2024-03-08',
  '新住院楼总投资二亿元，建成后将新增床位五百张。',
  '',
  '市中心医院心内科完成首例左心耳封堵手术  2024-03-05',
  '手术历时一小时，患者术后恢复良好。',
  '',
  '市中心医院召开年度工作会议  2024-03-01',
  '院长总结了去年的医疗质量和患者服务工作。',
].join('\n');

const SCHOOL_PAGE = [
  '第二实验小学新校区开工建设',
  '4月18日，第二实验小学新校区开工建设，学校总投资一亿二千万元，建成后可容纳学生两千四百名。',
  '校长介绍，新校区设有四十八个教室和一座体育馆，将于明年秋季迎来第一批师生。',
  '区教育局局长王建国出席开工仪式，要求施工单位确保工程质量，让学生早日用上新校园。',
].join('\n');

async function importPages(pages: Record<string, string>) {
  const folder = path.join(tempDir(), 'pages');
  fs.mkdirSync(folder);
  for (const [name, text] of Object.entries(pages)) {
    fs.writeFileSync(path.join(folder, name), text);
  }
  const project = Project.open(path.join(tempDir(), 'p.gleaner'));
  const report = await importPaths(project.db, [folder], { actor: 'importer' });
  const ids = articleIdsOfDocuments(
    project.db,
    report.imported.flatMap((i) => i.documentIds),
  );
  extractArticles(project.db, ids, { actor: 'extractor' });
  return project;
}

describe('extraction over list pages and pages not about a hospital', () => {
  it('makes each item of a list page an article whose values are its own', async () => {
    const project = await importPages({ 'list.txt': LIST_PAGE });
    const items = listArticles(project.db, { offset: 0, limit: 100 }).items;
    expect(items.map((a) => a.title)).toEqual([
      '市中心医院开展世界肾脏日义诊',
      '市中心医院新建住院楼主体封顶',
      '市中心医院心内科完成首例左心耳封堵手术',
      '市中心医院召开年度工作会议',
    ]);
    // The investment and the beds belong to the second item alone.
    const withInvestment = items.filter((a) =>
      valuesOfArticle(project.db, a.id).some((v) => v.fieldKey === 'investments'),
    );
    expect(withInvestment.map((a) => a.title)).toEqual(['市中心医院新建住院楼主体封顶']);
    expect(items.every((a) => a.offSubject === null)).toBe(true);
    project.close();
  });

  it('flags a school page, keeps its values low, and lets the list filter it', async () => {
    const project = await importPages({ 'list.txt': LIST_PAGE, 'school.txt': SCHOOL_PAGE });
    const off = listArticles(project.db, { subject: 'off', offset: 0, limit: 100 }).items;
    expect(off.map((a) => a.title)).toEqual(['第二实验小学新校区开工建设']);
    expect(off[0]!.offSubject?.subject).toEqual({ 'zh-CN': '医院', en: 'a hospital' });
    expect(off[0]!.offSubject?.reason).toMatch(/^not about a hospital/);
    expect(getArticle(project.db, off[0]!.id).offSubject).toEqual(off[0]!.offSubject);
    const values = valuesOfArticle(project.db, off[0]!.id);
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) {
      expect(value.confidence, value.fieldKey).toBeLessThanOrEqual(OFF_SUBJECT_CONFIDENCE);
    }
    const on = listArticles(project.db, { subject: 'on', offset: 0, limit: 100 }).items;
    expect(on).toHaveLength(4);
    const audit = project.db
      .prepare("SELECT after FROM audit WHERE action = 'extract' AND entity_id = ?")
      .pluck()
      .get(off[0]!.id) as string;
    expect(JSON.parse(audit).offSubject).toMatch(/^not about a hospital/);
    project.close();
  });
});
