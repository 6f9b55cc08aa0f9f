// Layering rules (DESIGN.md, docs/layers.md): shared/ is pure and runs in both processes; the
// renderer talks to the Node side only through the typed contract, never by importing it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const nodeModules = ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'crypto'];

const sqlMessage =
  'SQL lives in electron/database/: call (or add) a typed function there instead of preparing a statement here.';
const sqlOutsideDatabase = [
  "CallExpression[callee.property.name='prepare']",
  "CallExpression[callee.property.name='pragma']",
  "CallExpression[callee.name='statement']",
  "CallExpression[callee.property.name='exec'][callee.object.name=/^(db|database|connection|copy|source)$/]",
  "CallExpression[callee.property.name='exec'][callee.object.property.name='db']",
  "CallExpression[callee.property.name='exec'][arguments.0.type=/^(Literal|TemplateLiteral)$/]",
  'ImportDeclaration[source.value=/database.(statement-cache|typed-statement)$/]',
].map((selector) => ({ selector, message: sqlMessage }));
/**
 * `db.transaction(fn)()` begins deferred: once it has read it cannot wait for another program
 * writing the same project, and SQLite refuses its first write ("database is locked"). Writes go
 * through inWriteTransaction (electron/database/open-project.ts); `.immediate()` says the same.
 */
const deferredTransaction = {
  selector:
    "CallExpression[callee.type='CallExpression'][callee.callee.property.name='transaction']",
  message:
    'A deferred transaction cannot wait for another writer: use inWriteTransaction (database/open-project.ts).',
};
/**
 * Direction inside electron/ (DESIGN.md: main → api → services → database → shared), as an
 * allow-list per folder in the manner of VS Code's layer rules. Each row is a layer, highest
 * first: a folder may import its own folder, the folders of the rows below it and shared/;
 * folders in one row are independent of each other.
 * - main and cli are the two entry points (the Electron app and the command line); cli starts
 *   the browser-mode server, so server sits below them both.
 * - server carries the api handlers over HTTP, as main/ipc carries them over IPC.
 * - packages (offline work packages: create, merge back) sits beside jobs: the api and the cli
 *   call it, and it calls services and the database.
 * - jobs sits below api and above services: handlers start jobs, and the workers a job runs
 *   call services (import, extraction, export).
 * - export and import are the file formats written and read; services call them, and they
 *   read or write the database directly (an export streams rows, an import maps columns).
 * - database and nlp are the two adapters at the bottom: SQLite and the word tagger.
 * preload is not a layer: the sandboxed bridge reaches nothing in electron/, only shared/.
 * electron/app-root.ts (where the app's files are) imports nothing and anyone may import it.
 * Tests and electron/test-support/ put layers together to test them, so they are exempt; no
 * production file may import test-support/.
 */
export const electronLayers = [
  ['main', 'cli'],
  ['server'],
  ['api'],
  ['jobs', 'packages'],
  ['services'],
  ['export', 'import'],
  ['database', 'nlp'],
];
const isolatedElectronFolders = ['preload'];

const allElectronFolders = [...electronLayers.flat(), ...isolatedElectronFolders];

/** The electron/ folders a folder must not import: everything not below it in electron/. */
function forbiddenFor(folder) {
  if (isolatedElectronFolders.includes(folder))
    return allElectronFolders.filter((f) => f !== folder);
  const row = electronLayers.findIndex((layer) => layer.includes(folder));
  const below = electronLayers.slice(row + 1).flat();
  return allElectronFolders.filter((f) => f !== folder && !below.includes(f));
}

function electronZones() {
  return allElectronFolders.map((folder) => {
    const forbidden = forbiddenFor(folder);
    const reach =
      forbidden.length === allElectronFolders.length - 1 ? 'shared/' : 'the layers below it';
    return {
      target: `electron/${folder}`,
      from: forbidden.map((f) => `electron/${f}`),
      message: `electron/${folder}/ may import only ${reach} (eslint.config.js, electronLayers): move the code down a layer or pass it in.`,
    };
  });
}

const importResolution = {
  'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
  'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
  'import-x/resolver-next': [createTypeScriptImportResolver()],
  // A whole-repo run takes longer than the default 30 s a resolution is remembered.
  'import-x/cache': { lifetime: Infinity },
};

/** The renderer's direction: components and features → stores → the api client. */
const storeFiles = ['renderer/**/*-store.ts', 'renderer/**/*-store.*.ts'];

const layerRules = [
  {
    // No import cycles anywhere. import-x follows value imports: a cycle of `import type` only
    // costs nothing at run time (scripts/import-cycles.test.ts checks those).
    files: ['**/*.{ts,tsx,mts,mjs,js}'],
    plugins: { 'import-x': importX },
    settings: importResolution,
    // External modules cannot lead back into the repo: not parsing them keeps lint fast.
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/**/*.test.ts', 'electron/test-support/**'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...electronZones(),
            {
              target: 'electron',
              from: 'electron/test-support',
              message: 'test-support/ is for tests only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: 'shared',
              from: '.',
              except: ['./shared', './node_modules'],
              message: 'shared/ imports nothing outside shared/ (it runs in both processes).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.{ts,tsx}', ...storeFiles, 'renderer/api/**'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: 'renderer',
              from: 'renderer/api/client.ts',
              message:
                'Only stores (*-store.ts) call the api: add an action to the store that owns the data.',
            },
          ],
        },
      ],
    },
  },
  {
    files: storeFiles,
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: 'renderer',
              from: 'renderer/**/*.tsx',
              message:
                'Stores hold state and call the api; components import them, not the reverse.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/api/**/*.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: 'renderer/api',
              from: ['renderer/features', 'renderer/app', 'renderer/i18n'],
              message: 'The api client knows the contract only, not the features that use it.',
            },
          ],
        },
      ],
    },
  },
];

/**
 * Size (issue 18 point 4): no function or component past 80 lines and no file past 300, blank
 * lines and comments not counted, in the source of all three trees. Tests, e2e, benchmarks and
 * scripts are exempt (a table of cases reads best in one piece), and so are the released
 * migrations, which are never edited again (released-migrations.test.ts pins them).
 */
const sizeLimits = { max: 80, skipBlankLines: true, skipComments: true };
const sizeRules = [
  {
    files: ['electron/**/*.ts', 'shared/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    ignores: [
      '**/*.test.{ts,tsx}',
      // Released migrations 0001–0014: pinned by hash, so never split.
      'electron/database/migrations/00{0[1-9],1[0-4]}-*.ts',
    ],
    rules: {
      'max-lines-per-function': ['error', sizeLimits],
      'max-lines': ['error', { ...sizeLimits, max: 300 }],
    },
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'dist-electron/',
      'release/',
      'seeds/',
      'e2e/screenshots/',
      'bench/results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'electron',
                'electron/*',
                'better-sqlite3',
                'react',
                'react-dom',
                'react/*',
                ...nodeModules,
              ],
              message:
                'shared/ is pure TypeScript used by both processes: no electron, node:*, better-sqlite3 or react.',
            },
            {
              group: ['**/electron/**', '**/renderer/**'],
              message: 'shared/ must not import from electron/ or renderer/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // This rule only matters to the React Compiler, which Gleaner does not use.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'electron/*', 'better-sqlite3', ...nodeModules],
              message:
                'The renderer reaches the Node side only through the typed api (shared/contract).',
            },
            {
              group: ['**/electron/**'],
              message: 'The renderer must not import the electron/ folder: use the contract.',
            },
          ],
        },
      ],
    },
  },
  // All SQL lives in electron/database/ behind typed functions (DESIGN.md, issue 18): elsewhere in
  // electron/ nothing prepares, runs or tunes a statement, nor reaches the statement helpers.
  // `.exec(` is only matched on a connection (db, project.db …) or with SQL written inline, so a
  // RegExp's exec stays allowed. Tests and test-support may read and plant rows directly: a
  // test's check of what was stored must not go through the layer it checks.
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/database/**', 'electron/**/*.test.ts', 'electron/test-support/**'],
    rules: {
      'no-restricted-syntax': ['error', ...sqlOutsideDatabase, deferredTransaction],
    },
  },
  {
    files: ['electron/database/**/*.ts'],
    ignores: ['electron/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': ['error', deferredTransaction],
    },
  },
  ...layerRules,
  ...sizeRules,
);
