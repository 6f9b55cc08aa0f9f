import path from 'node:path';
import { expect, it } from 'vitest';
import { bundledSeedsDir } from '../app-root';
import { Project } from '../services/project';
import { useTempDir } from '../test-support/temp-dir';
import { commentById, insertCommentRow, type CommentRow } from './comments-repository';
import { readSide } from './package-side-repository';
import { fillIdTable } from './package-schema';

const tempDir = useTempDir();

it('writes every column of a comment row, and a package reads the same row back', () => {
  const project = Project.open(path.join(tempDir(), 'p.gleaner'), { seedsDir: bundledSeedsDir });
  const { articleId, documentId } = project.db
    .prepare('SELECT id AS articleId, document_id AS documentId FROM articles ORDER BY id LIMIT 1')
    .get() as { articleId: number; documentId: number };
  const thread: Omit<CommentRow, 'id'> = {
    articleId,
    valueId: null,
    author: 'li',
    kind: 'comment',
    body: '金额对吗？',
    at: '2026-12-01T08:00:00.000Z',
    replyTo: null,
    spanStart: 0,
    spanEnd: 2,
    resolvedAt: '2026-12-02T08:00:00.000Z',
    resolvedBy: 'wang',
  };
  const threadId = insertCommentRow(project.db, thread);
  const reply = { ...thread, body: '对。', replyTo: threadId, spanStart: null, spanEnd: null };
  const replyId = insertCommentRow(project.db, { ...reply, resolvedAt: null, resolvedBy: null });

  fillIdTable(project.db, 'package_documents', [documentId]);
  const { comments } = readSide(project.db, 'main', { values: 'all', spans: false });
  expect(comments).toEqual([
    { id: threadId, ...thread },
    { id: replyId, ...reply, resolvedAt: null, resolvedBy: null },
  ]);
  expect(commentById(project.db, threadId)).toMatchObject({
    body: '金额对吗？',
    resolvedBy: 'wang',
    span: { start: 0, end: 2 },
  });
  project.close();
});
