import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The architecture rule is only worth having if it fails on the code it forbids. */
async function ruleIdsFor(code: string, filePath: string): Promise<string[]> {
  const eslint = new ESLint();
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? 'parse-error');
}

describe('the core boundary lint rule', () => {
  it('forbids platform imports, adapter imports and process.env in src/core', async () => {
    const cases = [
      "import { Client } from 'discord.js';\nexport const c = Client;",
      "import { App } from '@slack/bolt';\nexport const a = App;",
      "import { renderAnswer } from '../adapters/terminal/render.js';\nexport const r = renderAnswer;",
      "export const token = process.env['DISCORD_TOKEN'];",
      'export const level = process.env.LOG_LEVEL;',
    ];
    for (const code of cases) {
      const rules = await ruleIdsFor(code, 'src/core/commands/example.ts');
      expect(rules, code).toSatisfy((ids: string[]) => ids.some((id) => id === 'no-restricted-imports' || id === 'no-restricted-syntax'));
    }
  });

  it('allows the same code in an adapter', async () => {
    const rules = await ruleIdsFor("import { Client } from 'discord.js';\nexport const token = process.env['DISCORD_TOKEN'];\nexport const c = Client;", 'src/adapters/discord/example.ts');
    expect(rules).toEqual([]);
  });
});
