import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { appRoot } from '../app-root';
import { listArticles } from '../database/articles-repository';
import { valuesOfArticle } from '../database/values-repository';
import { importPaths } from '../services/import-pipeline';
import { Project } from '../services/project';
import {
  startChatCompletionServer,
  type ChatCompletionServer,
} from '../test-support/chat-completion-server';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir();
const bin = path.join(appRoot, 'bin', 'gleaner.mjs');

let server: ChatCompletionServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

/** Runs the real `gleaner` in a child process; asynchronously, so the test's server can answer. */
function gleaner(
  ...args: string[]
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A project of one article written for this test, with the rules' suggestions cleared. */
async function project(): Promise<{ file: string; articleId: number }> {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, 'in'));
  fs.writeFileSync(
    path.join(dir, 'in', 'a.txt'),
    '臺北市立聯合醫院啟用新大樓\r\n\r\n臺北市立聯合醫院今日啟用新大樓，院長王\r\n小明主持。\r\n',
  );
  const file = path.join(dir, 'p.gleaner');
  const opened = Project.open(file);
  await importPaths(opened.db, [path.join(dir, 'in')], { actor: 'importer' });
  opened.db.prepare('DELETE FROM field_values').run();
  const articleId = listArticles(opened.db, { offset: 0, limit: 10 }).items[0]!.id;
  opened.close();
  return { file, articleId };
}

describe('gleaner suggest', { timeout: 120_000 }, () => {
  it('asks the model, stores what is grounded, and answers a second run from the project', async () => {
    const { file, articleId } = await project();
    server = await startChatCompletionServer(() =>
      JSON.stringify({
        values: [
          { field: 'people', value: '王小明', quote: '院长王小明' },
          { field: 'partners', value: '台大医院', quote: '与台大医院合作' },
        ],
      }),
    );
    const args = ['suggest', '--project', file, '--endpoint', server.baseUrl, '--model', 'cli-m'];
    const first = await gleaner(...args, '--all');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(
      'Asked about 1 articles (1 requests, 0 from earlier answers): 1 suggestions, 1 values not found in the text',
    );
    const second = await gleaner(...args, '--article', String(articleId));
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('(0 requests, 1 from earlier answers)');
    expect(server.requests).toHaveLength(1);

    const opened = Project.open(file, { mustExist: true });
    const values = valuesOfArticle(opened.db, articleId);
    expect(values.map((v) => [v.fieldKey, v.extractor, v.spans[0]!.text])).toEqual([
      ['people', 'model:cli-m', '院長王\r\n小明'],
    ]);
    opened.close();
  });

  it('refuses a host that is not this machine, an unknown article, and unclear usage', async () => {
    const { file } = await project();
    const remote = await gleaner(
      'suggest',
      '--project',
      file,
      '--endpoint',
      'http://192.0.2.7:11434/v1',
      '--model',
      'm',
      '--all',
    );
    expect(remote.code).toBe(1);
    expect(remote.stderr).toContain('192.0.2.7 is not this machine');
    const unknown = await gleaner(
      'suggest',
      '--project',
      file,
      '--endpoint',
      'http://127.0.0.1:9/v1',
      '--model',
      'm',
      '--article',
      '999',
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('has no article 999');
    const neither = await gleaner('suggest', '--project', file);
    expect(neither.code).toBe(2);
    expect(neither.stderr).toContain('either --all or --article N');
  });
});
