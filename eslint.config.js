import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

// Layering rules from DESIGN.md: domain is pure, only collab touches yjs.
const noYjsOutsideCollab = {
  paths: [
    { name: 'yjs', message: 'Only src/collab may import yjs.' },
    { name: 'y-websocket', message: 'Only src/collab may import y-websocket.' },
    { name: 'y-indexeddb', message: 'Only src/collab may import y-indexeddb.' },
    { name: 'y-protocols', message: 'Only src/collab may import y-protocols.' },
  ],
  patterns: [{ group: ['y-protocols/*'], message: 'Only src/collab may import y-protocols.' }],
}

export default tseslint.config(
  { ignores: ['dist', 'data', 'node_modules', 'coverage', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...noYjsOutsideCollab.paths,
            { name: 'react', message: 'src/domain is pure TypeScript.' },
            { name: 'zustand', message: 'src/domain is pure TypeScript.' },
            { name: '@xyflow/react', message: 'src/domain is pure TypeScript.' },
          ],
          patterns: [
            ...noYjsOutsideCollab.patterns,
            {
              group: ['**/collab/**', '**/state/**', '**/commands/**', '**/canvas/**'].concat([
                '**/export/**',
                '**/ui/**',
                '**/app/**',
                '**/api/**',
                '**/server/**',
              ]),
              message: 'src/domain imports nothing outside itself.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/collab/**', 'src/domain/**'],
    rules: { 'no-restricted-imports': ['error', noYjsOutsideCollab] },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The HTML viewer's script runs in the exported file's page: a classic browser script.
    files: ['src/export/viewer/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
  },
)
