import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';

export default tseslint.config(
  { ignores: ['dist/', 'public/', 'node_modules/', 'coverage/', 'bench/.build/'] },
  ...tseslint.configs.recommended,
  wc.configs['flat/recommended'],
  lit.configs['flat/recommended'],
  litA11y.configs?.recommended ? { plugins: { 'lit-a11y': litA11y }, rules: litA11y.configs.recommended.rules } : {},
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['scripts/**', 'test/**', 'demo/**', 'bench/**', 'examples/**', '*.config.*'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
