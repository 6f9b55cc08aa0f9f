import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/contract/errors';
import { useTempDir } from '../test-support/temp-dir';
import { importPaths } from './import-pipeline';
import { Project } from './project';
import { redecodeDocument } from './redecode-document';

const tempDir = useTempDir();
const big5Text = '臺北市立聯合醫院今年新建了胸痛中心，總投資達三千萬元，服務臺北市民。'.repeat(3);

async function projectWith(
  file: string,
  bytes: Buffer,
): Promise<{ project: Project; documentId: number }> {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, file), bytes);
  const project = Project.open(path.join(dir, 'p.gleaner'));
  const report = await importPaths(project.db, [path.join(dir, file)], { actor: 't' });
  return { project, documentId: report.imported[0]!.documentIds[0]! };
}

describe('redecodeDocument', () => {
  it('re-reads the kept bytes with the named encoding and rebuilds the articles', async () => {
    const bytes = iconv.encode(big5Text, 'big5');
    const { project, documentId } = await projectWith('tw.txt', bytes);
    // Whatever the detector guessed, forcing GBK gives different text and forcing Big5 the right one.
    const asGbk = redecodeDocument(project.db, { documentId, encoding: 'gbk' }, 'curator');
    const gbkText = (project.db.prepare('SELECT text FROM documents').get() as { text: string })
      .text;
    if (asGbk.changed) expect(gbkText).not.toBe(big5Text);
    const asBig5 = redecodeDocument(project.db, { documentId, encoding: 'big5' }, 'curator');
    const stored = project.db.prepare('SELECT text, encoding, original FROM documents').get() as {
      text: string;
      encoding: string;
      original: Buffer;
    };
    expect(stored.text).toBe(big5Text);
    expect(stored.encoding).toBe('big5');
    expect(stored.original.equals(bytes)).toBe(true);
    expect(asBig5.articleIds.length).toBeGreaterThan(0);
    const audit = project.db.prepare("SELECT actor FROM audit WHERE action = 'redecode'").all();
    expect(audit.length).toBeGreaterThanOrEqual(1);
    project.close();
  });

  it('refuses an encoding that does not fit the bytes, naming the document, and changes nothing', async () => {
    const { project, documentId } = await projectWith(
      'utf8.txt',
      Buffer.from('阜新市第二人民医院开启了高质量发展新征程。', 'utf8'),
    );
    const before = project.db.prepare('SELECT text, encoding FROM documents').get();
    expect(() =>
      redecodeDocument(project.db, { documentId, encoding: 'no-such-encoding' }, 'c'),
    ).toThrow(/utf8\.txt/);
    expect(() => redecodeDocument(project.db, { documentId, encoding: 'utf-16le' }, 'c')).toThrow(
      ApiError,
    );
    expect(project.db.prepare('SELECT text, encoding FROM documents').get()).toEqual(before);
    project.close();
  });

  it('does nothing when the text does not change', async () => {
    const { project, documentId } = await projectWith(
      'same.txt',
      Buffer.from('医院新闻。', 'utf8'),
    );
    const result = redecodeDocument(project.db, { documentId, encoding: 'utf-8' }, 'c');
    expect(result.changed).toBe(false);
    project.close();
  });
});
