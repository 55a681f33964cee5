// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Workspace packages a package may not import (STYLE.md: dependencies point one way). */
const boundary = (/** @type {string[]} */ forbidden, /** @type {string} */ why) => ({
  'no-restricted-imports': [
    'error',
    { patterns: forbidden.map((group) => ({ group: [group, `${group}/*`], message: why })) },
  ],
});

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/dist-e2e/**',
      'data/**',
      'tests/.out/**',
      '**/*.js',
      '**/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: boundary(
      ['@peta/server', '@peta/client', '@peta/geodata', '@peta/tests'],
      'shared/ imports nothing from the workspace.',
    ),
  },
  {
    files: ['geodata/**/*.ts', 'server/**/*.ts'],
    rules: boundary(
      ['@peta/server', '@peta/client', '@peta/geodata', '@peta/tests'],
      'geodata/ and server/ depend on shared/ only.',
    ),
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@peta/geodata', '@peta/geodata/*', '@peta/tests', '@peta/tests/*'],
              message: 'client/ depends on shared/ only.',
            },
            {
              group: ['@peta/server', '@peta/server/*'],
              allowTypeImports: true,
              message: 'client/ may import only `type { AppRouter }` from the server.',
            },
          ],
        },
      ],
    },
  },
);
