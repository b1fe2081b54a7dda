// ESLint (flat config): the recommended JavaScript and typescript-eslint rules over src, test and bench.
// Plain JavaScript all the way down, so `npm ci` needs no platform-specific binary.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'var/', 'test-output/', 'coverage/', 'src/platforms/web/public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      // Unused arguments named _x are deliberate (interface shapes, callbacks).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Control characters in regexes are how the cleaner recognises binary junk.
      'no-control-regex': 'off',
    },
  },
  {
    // bin/briefbot.js: a plain Node ES module (it loads tsx, then the TypeScript CLI).
    files: ['bin/**/*.js'],
    languageOptions: { globals: { process: 'readonly' } },
  },
  {
    // The console is plain browser JavaScript served as-is (no build step).
    files: ['src/platforms/web/public/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { window: 'readonly', document: 'readonly' } },
  },
);
