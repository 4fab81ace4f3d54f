import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', 'src/schema/migrations/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },
  // The web layer is a shell over the features' services and views: it reads no table itself.
  {
    files: ['src/web/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'typeorm', message: 'src/web reads through the features’ services, never the database.' }],
          patterns: [
            {
              group: ['**/*.entity.js', '**/*.entity'],
              message: 'src/web imports no entity: ask the feature for a view.',
            },
            { group: ['**/database/**', '**/schema/**'], message: 'src/web reads through the features’ services.' },
          ],
        },
      ],
    },
  },
  // The web pages' script runs in the browser.
  { files: ['templates/views/assets/**/*.js'], languageOptions: { globals: globals.browser } },
);
