// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** The core is platform-neutral: it never reaches a chat platform, an adapter or the environment. */
const coreBoundary = {
  files: ['src/core/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: ['discord.js', 'discord.js/*', '@discordjs/*'], message: 'src/core must not import discord.js; adapters depend on the core, never the reverse.' },
          { group: ['@slack/*'], message: 'src/core must not import Slack packages; adapters depend on the core, never the reverse.' },
          { group: ['**/adapters/**', '**/adapters'], message: 'src/core must not import src/adapters.' },
          { group: ['dotenv', 'dotenv/*'], message: 'Configuration is parsed at the edge (src/config) and passed in.' },
        ],
      },
    ],
    'no-restricted-syntax': [
      'error',
      { selector: "MemberExpression[object.name='process'][property.name='env']", message: 'src/core must not read process.env; configuration is passed in.' },
    ],
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  coreBoundary,
);
