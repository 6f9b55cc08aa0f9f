// Layering rules (DESIGN.md): shared/ is pure and runs in both processes; the renderer talks to
// the Node side only through the typed contract, never by importing it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

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
      'no-restricted-syntax': ['error', ...sqlOutsideDatabase],
    },
  },
);
