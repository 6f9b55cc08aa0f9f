import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { bundledSeedsDir } from '../app-root';
import { exportJsonl, runGleaner } from '../test-support/gleaner-cli';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir();

/** Runs the real `gleaner` command in a child process, as a script would. */
const gleaner = (...args: string[]) => runGleaner(args);

// Each test starts the command line several times (about 2.5 s of CPU each under tsx), so a
// loaded machine needs more than the default 30 s.
describe('gleaner command line: export, check, backup, accept', { timeout: 180_000 }, () => {
  it('exports, checks and backs up a project from the command line', () => {
    const dir = tempDir();
    const project = path.join(dir, 'p.gleaner');
    const seeds = fs
      .readdirSync(bundledSeedsDir)
      .filter((n) => n.endsWith('.txt'))
      .map((n) => path.join(bundledSeedsDir, n));
    expect(gleaner('import', ...seeds, '--project', project).code).toBe(0);

    const out = path.join(dir, 'p.jsonl');
    const exported = exportJsonl(project, out);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain('Exported 9 articles');
    const lines = fs.readFileSync(out, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(9);
    expect(JSON.parse(lines[0]!)).toMatchObject({ document: { name: '000_7fa368b7fa82f5b8.txt' } });

    // Nothing is approved yet: the default export is empty but valid.
    const approvedOnly = gleaner(
      'export',
      '--project',
      project,
      '--format',
      'csv',
      '--out',
      path.join(dir, 'a.csv'),
    );
    expect(approvedOnly.stdout).toContain('Exported 0 articles');

    expect(gleaner('export', '--project', project, '--format', 'pdf', '--out', out).code).toBe(2);
    const missing = gleaner(
      'export',
      '--project',
      path.join(dir, 'typo.gleaner'),
      '--format',
      'jsonl',
      '--out',
      out,
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('typo.gleaner');
    expect(fs.existsSync(path.join(dir, 'typo.gleaner'))).toBe(false);

    const check = gleaner('check', '--project', project);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('No problems found.');
    const backup = gleaner('backup', '--project', project, '--out', path.join(dir, 'copy.gleaner'));
    expect(backup.code).toBe(0);
    const copy = new Database(path.join(dir, 'copy.gleaner'), { readonly: true });
    expect(copy.prepare('SELECT count(*) AS n FROM articles').get()).toEqual({ n: 9 });
    copy.close();

    // A damaged span is found and named, with exit code 1.
    const db = new Database(project);
    db.prepare(
      "UPDATE value_spans SET text = 'X' WHERE (value_id, start) = (SELECT value_id, start FROM value_spans ORDER BY 1, 2 LIMIT 1)",
    ).run();
    db.close();
    const broken = gleaner('check', '--project', project);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/problem \(span\): 00\d_\w+\.txt/);
  });

  it('never replaces a file named by --out unless --overwrite is given', () => {
    const dir = tempDir();
    const project = path.join(dir, 'p.gleaner');
    fs.writeFileSync(path.join(dir, 'a.txt'), '北京协和医院新闻');
    expect(gleaner('import', path.join(dir, 'a.txt'), '--project', project).code).toBe(0);
    const precious = '一份别人的文件\n';
    for (const [command, name, extra] of [
      ['export', 'mine.jsonl', ['--format', 'jsonl', '--status', 'any']],
      ['export', 'folder', ['--format', 'dataset', '--status', 'any']],
      ['backup', 'copy.gleaner', []],
    ] as const) {
      const out = path.join(dir, name);
      // An empty folder: one holding other files is never replaced (dataset-folder.test.ts).
      if (name === 'folder') fs.mkdirSync(out);
      else fs.writeFileSync(out, precious);
      const refused = gleaner(command, '--project', project, ...extra, '--out', out);
      expect(refused.code, `${command} ${name}`).toBe(1);
      expect(refused.stderr.trim()).toBe(
        `gleaner: ${out} already exists; nothing was written. Give --overwrite to replace it.`,
      );
      if (name === 'folder') expect(fs.readdirSync(out)).toEqual([]);
      else expect(fs.readFileSync(out, 'utf8')).toBe(precious);

      const replaced = gleaner(
        command,
        '--project',
        project,
        ...extra,
        '--out',
        out,
        '--overwrite',
      );
      expect(replaced.code, `${command} ${name} --overwrite`).toBe(0);
      if (name === 'folder') expect(fs.existsSync(path.join(out, 'manifest.json'))).toBe(true);
      else expect(fs.readFileSync(out, 'utf8')).not.toBe(precious);
    }
    const ontoItself = gleaner('backup', '--project', project, '--out', project, '--overwrite');
    expect(ontoItself.code).toBe(1);
    expect(ontoItself.stderr).toContain('is the project itself');
    expect(gleaner('export', '--help').stdout).toContain('--overwrite');
  }, 180_000);

  it('exports the articles of one assignee and of a saved search, named as in the app', () => {
    const dir = tempDir();
    const project = path.join(dir, 'p.gleaner');
    expect(gleaner('import', bundledSeedsDir, '--project', project).code).toBe(0);
    const db = new Database(project);
    const at = '2026-01-01T00:00:00.000Z';
    db.prepare(
      "INSERT INTO profiles (id, name, role, created_at) VALUES (7, '王芳', 'curator', ?)",
    ).run(at);
    db.prepare('UPDATE articles SET assignee_id = 7 WHERE id IN (1, 2, 3)').run();
    db.prepare(
      "INSERT INTO saved_searches (name, filter, created_by, created_at) VALUES ('胸痛', ?, 'me', ?)",
    ).run(JSON.stringify({ query: '胸痛中心' }), at);
    const withChestPain = (
      db
        .prepare(
          "SELECT count(*) AS n FROM articles a WHERE EXISTS (SELECT 1 FROM article_ranges r JOIN documents d ON d.id = a.document_id WHERE r.article_id = a.id AND substr(d.text, r.start + 1, r.end - r.start) LIKE '%胸痛中心%') OR a.title LIKE '%胸痛中心%'",
        )
        .get() as { n: number }
    ).n;
    db.close();
    const exportWith = (...args: string[]) => {
      const out = path.join(dir, `${args.join('-')}.jsonl`);
      const result = exportJsonl(project, out, ...args);
      const ids =
        result.code === 0
          ? fs
              .readFileSync(out, 'utf8')
              .trim()
              .split('\n')
              .filter(Boolean)
              .map((l) => (JSON.parse(l) as { id: number }).id)
          : [];
      return { ...result, ids };
    };
    const assigned = exportWith('--assignee', '王芳');
    expect(assigned.code).toBe(0);
    expect(assigned.ids.sort()).toEqual([1, 2, 3]);
    const searched = exportWith('--search', '胸痛');
    expect(searched.code).toBe(0);
    expect(withChestPain).toBeGreaterThan(0);
    expect(searched.ids).toHaveLength(withChestPain);
    const unknown = exportWith('--assignee', '李明');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trim()).toBe('gleaner: --assignee: there is no profile named "李明"');
    const unknownSearch = exportWith('--search', 'nope');
    expect(unknownSearch.code).toBe(2);
    expect(unknownSearch.stderr.trim().split('\n')).toHaveLength(1);
    const help = gleaner('export', '--help').stdout;
    expect(help).toContain('--assignee NAME');
    expect(help).toContain('--search NAME');
    // Six runs of the real command, each starting Node and tsx: slow on a busy machine.
  }, 120_000);

  it('accepts suggestions in bulk by field and confidence, with a dry run first, audited', () => {
    const dir = tempDir();
    const project = path.join(dir, 'p.gleaner');
    expect(gleaner('import', bundledSeedsDir, '--project', project).code).toBe(0);
    const hospitals = () => {
      const db = new Database(project, { readonly: true });
      const rows = db
        .prepare(
          "SELECT state, count(*) AS n FROM field_values WHERE field_key = 'hospital' GROUP BY state",
        )
        .all() as { state: string; n: number }[];
      db.close();
      return Object.fromEntries(rows.map((r) => [r.state, r.n]));
    };
    const before = hospitals();
    expect(before.suggested).toBeGreaterThan(0);
    const args = ['accept', '--project', project, '--field', 'hospital', '--min-confidence', '0.5'];

    const dry = gleaner(...args, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(
      new RegExp(
        `^Would accept ${before.suggested} suggested values in \\d+ articles \\(hospital ${before.suggested}\\)\\.`,
      ),
    );
    expect(hospitals()).toEqual(before);

    const done = gleaner(...args);
    expect(done.code).toBe(0);
    expect(done.stdout).toContain(`Accepted ${before.suggested} suggested values`);
    expect(hospitals()).toEqual({ accepted: before.suggested });
    // Nothing left to accept the second time.
    expect(gleaner(...args).stdout).toContain('Accepted 0 suggested values in 0 articles.');

    const typo = gleaner('accept', '--project', project, '--field', 'hosptial');
    expect(typo.code).toBe(2);
    expect(typo.stderr.trim().split('\n')).toHaveLength(1);
    expect(typo.stderr).toContain('No field hosptial');
    expect(gleaner('accept', '--project', project, '--min-confidence', 'high').code).toBe(2);
  });

  it('checks a read-only file, names a tampered audit row and says why a file is not a project', () => {
    const dir = tempDir();
    const project = path.join(dir, 'p.gleaner');
    expect(gleaner('import', bundledSeedsDir, '--project', project).code).toBe(0);

    // Read-only: root writes through permission bits, so it gets the immutable flag instead.
    const root = process.getuid?.() === 0;
    const readOnly = root
      ? spawnSync('chattr', ['+i', project]).status === 0
      : (fs.chmodSync(project, 0o444), true);
    if (readOnly) {
      try {
        const check = gleaner('check', '--project', project);
        expect(check.stderr).toBe('');
        expect(check.code).toBe(0);
        expect(check.stdout).toMatch(
          /^Checked 5 documents, 9 articles, \d+ spans, \d+ audit rows\.$/m,
        );
        expect(check.stdout).toMatch(
          /^Audit chain head: \d+:[0-9a-f]{64} \(give it to a later check/m,
        );
        expect(check.stdout).toContain('No problems found.');
      } finally {
        if (root) spawnSync('chattr', ['-i', project]);
        else fs.chmodSync(project, 0o644);
      }
    }

    const db = new Database(project);
    db.exec("DROP TRIGGER audit_no_update; UPDATE audit SET actor = 'mallory' WHERE id = 2");
    db.close();
    const tampered = gleaner('check', '--project', project);
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toContain(
      'problem (audit): audit row 2 was changed: its content no longer matches its hash',
    );

    const badHead = gleaner('check', '--project', project, '--audit-head', 'yesterday');
    expect(badHead.code).toBe(2);
    expect(badHead.stderr).toContain('--audit-head: expected ROW:SHA256');

    const notes = path.join(dir, 'notes.gleaner');
    fs.writeFileSync(notes, 'just some notes, not a project\n');
    const notSqlite = gleaner('check', '--project', notes);
    expect(notSqlite.code).toBe(1);
    expect(notSqlite.stdout).toContain(
      'problem (file): not a SQLite file: it starts with "just some notes," instead of "SQLite format 3"',
    );
  });
});
