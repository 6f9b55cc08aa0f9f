import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The SHA-256 of every migration file that has shipped. Project files in users' hands were
 * migrated by exactly this code: editing a migration would leave their files and new ones with
 * different schemas under the same version number. A new migration is added here (with the hash
 * the failure message prints) in the same change that adds its file.
 */
const releasedMigrations: Readonly<Record<string, string>> = {
  '0001-initial.ts': '20f0b9f79dfddb1b9de4878f65132b1d86c00046688ce0988980f7f93925562f',
  '0002-import.ts': '182d0952b0fb40413fc6ff585322cecb26ce84f8b5618da46959619e6890c53b',
  '0003-fields.ts': 'fc527daff9a4de8a39340ffe79645b2d5273044228ed881d88c7e2ce67c79321',
  '0004-exports.ts': '4965946cf7f3bb7b804bce410595c007948bd361bfa78e1a2c19c5a53bb88f66',
  '0005-review.ts': 'd801fa04791f9e7d330ca793c187f95a4e88374ade86337a2edc2492dc0a30db',
  '0006-search.ts': '6d3c45f527085afe36b15f8e5b86efa867f12a39a380e05600a62c5fd0203e68',
  '0007-history.ts': '003fa7ddcb194e7f00b7e98d272b528cb843d38cc37e873a4a9d2aee545d91d5',
  '0008-audit-chain.ts': '58353ce69ab7c87b09dc650e20dbe6503d0db9f337e8895cc19a1890283d90fa',
  '0009-extraction-state.ts': '92a6034d702d459e039d2a8904213a03b7ea1aa00ac82c8ef7352b4cfe0aa7e4',
  '0010-contentless-search.ts': '903d9189ef87d12a110ee3bcf062cf867815847b600eb36ac5d7239ab5dbce95',
  '0011-subject-relevance.ts': '1aa90d5dc6d1c6e3d2e6fc363e14ecf0da03466ea5c908c9bf1948898dd972d9',
  '0012-scale.ts': '4d723fccb1a7381e216bbe41cea41b86370b20a70f9b18fb7964ea9608d135a6',
  '0013-compact-spans.ts': '0070332e5f5c60591db245f3c03cb4014ac0cc66da50593e796b2cb19a8ba3fb',
  '0014-list-order.ts': '8294a4bbeac87734b0974642ad0854db8038e673e283de78813b39789e3142e2',
  '0015-bigram-search.ts': 'dcb642121fbf14cf576ef571ae0568f8ca5e1f05cebc88d3552c7ca275d3e902',
  '0016-comment-threads.ts': 'b249ac9bb850ebad59dfec8127d8d6c2d62f82efe0d8550e082d92bdf1619c87',
  '0017-learned-lexicon.ts': '2450ae04e8b7ec1516652c70fa0ba235e4458c7d098d8c17ff48b1c336597662',
  '0018-model-cache.ts': 'c43f14f662022dee18bb33bf7f59eac7bfc2c91a9fab33b5c300a584c009f56e',
  '0019-learned-changes.ts': '14b6ade10b54a6c3de94d711af999ad4107f83cd50f62b09adf3e43ce5c2edab',
  '0020-retired-ids.ts': '48d953890723b55658e78edc8396a473a4a50dde95e674518ce63d9e2b530529',
  '0021-set-based-value-writes.ts':
    '27afc375abc54e322aa94eb5a12253fe6c58fcde1c7b027ae4c27b3edb06338d',
  '0022-compact-ranges.ts': 'b708ee717c4cb776c63e961792727e3934318984e9a5b04ad87155bfcacf311d',
};

const folder = path.dirname(fileURLToPath(import.meta.url));
const thisFile = path.relative(process.cwd(), fileURLToPath(import.meta.url));

/** Migration files are the numbered ones; their tests are not migrations. */
function migrationFiles(): string[] {
  return fs
    .readdirSync(folder)
    .filter((name) => /^\d{4}-.+\.ts$/.test(name) && !name.endsWith('.test.ts'))
    .sort();
}

/** Line endings do not count: a checkout that turns LF into CRLF changes no migration. */
function hashOf(name: string): string {
  const text = fs.readFileSync(path.join(folder, name), 'utf8').replace(/\r\n/g, '\n');
  return createHash('sha256').update(text).digest('hex');
}

describe('released migrations', () => {
  it('are unchanged, byte for byte', () => {
    const changed = Object.entries(releasedMigrations)
      .filter(([name, hash]) => fs.existsSync(path.join(folder, name)) && hashOf(name) !== hash)
      .map(([name]) => name);
    expect(
      changed,
      `${changed.join(', ')} changed after release. Project files were already migrated by the old code: undo the change and add a new migration instead (the next number, appended to index.ts).`,
    ).toEqual([]);
  });

  it('are all still there', () => {
    const missing = Object.keys(releasedMigrations).filter(
      (name) => !fs.existsSync(path.join(folder, name)),
    );
    expect(
      missing,
      `${missing.join(', ')} was released and must stay: restore it, and add a new migration instead of removing or renaming one.`,
    ).toEqual([]);
  });

  it('include every migration file: a new one is pinned when it is added', () => {
    const unpinned = migrationFiles().filter((name) => !(name in releasedMigrations));
    expect(
      unpinned,
      `Not pinned yet: ${unpinned.join(', ')}. Once the migration is final, add ${unpinned
        .map((name) => `'${name}': '${hashOf(name)}'`)
        .join(', ')} to releasedMigrations in ${thisFile}.`,
    ).toEqual([]);
  });
});
