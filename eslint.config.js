// Lint rules that encode ARCHITECTURE.md and STYLE.md: typescript-eslint strict, no import cycles,
// no deep imports into packages, pure packages free of I/O, small files and functions.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const PURE_PACKAGES = ['packages/contracts/src/**', 'packages/expressions/src/**', 'packages/forms/src/**', 'packages/decisions/src/**', 'packages/engine/src/**'];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '.flowforge/**', '**/*.d.ts', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })],
    },
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
      'no-restricted-imports': ['error', { patterns: [{ group: ['@flowforge/*/src/*', '@flowforge/*/src'], message: 'Import a package through its entry point, not its files.' }] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }],
      'max-params': ['error', 3],
      complexity: ['error', 10],
    },
  },
  {
    files: PURE_PACKAGES,
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'pg', 'pg/*', 'fastify', 'fastify/*', '@fastify/*', 'react', 'react-dom', 'react/*'], message: 'Pure packages do no I/O and render nothing (ARCHITECTURE.md).' },
          { group: ['@flowforge/*/src/*', '@flowforge/*/src'], message: 'Import a package through its entry point, not its files.' },
        ],
      }],
      'no-restricted-syntax': ['error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pure packages take the clock from their context.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Pure packages take the clock from their context.' },
        { selector: "CallExpression[callee.name='eval'], NewExpression[callee.name='Function']", message: 'No eval or Function in FlowForge.' },
      ],
      'no-restricted-properties': ['error',
        { object: 'Math', property: 'random', message: 'Pure packages take randomness from their context.' },
        { object: 'performance', property: 'now', message: 'Pure packages take the clock from their context.' },
      ],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.integration.test.ts', '**/*.spec.ts', '**/e2e/**'],
    rules: { 'max-lines': ['error', { max: 600 }], 'max-lines-per-function': 'off' },
  },
  {
    files: ['scripts/**/*.mjs', 'bench/**', '*.config.*'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', setTimeout: 'readonly', fetch: 'readonly' } },
  },
);
