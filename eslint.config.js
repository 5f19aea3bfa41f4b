// Lint rules that keep the layers honest: shared/ is pure; renderer/ and electron/ are faces over it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const uiAndPlatform = [
  'react', 'react-dom', 'react-dom/*', 'dexie', 'dexie-react-hooks', 'lexical', '@lexical/*',
  'd3', 'd3-*', 'electron', 'fs', 'fs/*', 'node:*', 'path', 'os', 'child_process',
];

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'dist-electron', 'release', 'test-results', 'playwright-report', 'bench-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': 'allow-with-description' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: uiAndPlatform, message: 'shared/ is pure: no UI, storage, editor, chart, Electron or Node modules.' },
          { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ must not import the faces over it.' }],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['electron', 'fs', 'node:*', '**/electron/**'], message: 'The renderer reaches the OS only through its Platform.' }],
      }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['react', 'react-dom', 'dexie', 'lexical', '@lexical/*', 'd3', '**/renderer/**'], message: 'electron/ must not import the renderer.' }],
      }],
    },
  },
);
