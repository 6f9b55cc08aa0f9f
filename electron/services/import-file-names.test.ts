import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { storedDocument } from '../database/document-text-repository';
import { useTempDir } from '../test-support/temp-dir';
import { importPaths } from './import-pipeline';
import { Project } from './project';

const tempDir = useTempDir();

describe('importing files whose names are not UTF-8 (issue 16: a GBK filesystem)', () => {
  it('imports them, named in the report as a person reads them', async () => {
    const dir = tempDir();
    const folder = path.join(dir, 'in');
    fs.mkdirSync(folder);
    // 测试.txt with its name in GBK, as a Chinese Windows machine writes it.
    const gbkName = Buffer.from([0xb2, 0xe2, 0xca, 0xd4, 0x2e, 0x74, 0x78, 0x74]);
    const text = '第一人民医院投资4100万元建设新院区。';
    fs.writeFileSync(Buffer.concat([Buffer.from(folder + path.sep), gbkName]), text);
    const project = Project.open(path.join(dir, 'p.gleaner'));
    try {
      const report = await importPaths(project.db, [folder], { actor: 'importer' });
      expect(report.skipped).toEqual([]);
      expect(report.imported.map((file) => [file.name, file.path])).toEqual([
        ['测试.txt', path.join(folder, '测试.txt')],
      ]);
      expect(storedDocument(project.db, report.imported[0]!.documentIds[0]!)).toMatchObject({
        name: '测试.txt',
        text,
      });
    } finally {
      project.close();
    }
  });
});
