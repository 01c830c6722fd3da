import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerJsonSchema } from '../../src/core/answerJsonSchema.js';

describe('docs/answer.schema.json', () => {
  it('is the JSON Schema the zod answer model generates (run `npm run schema` after changing answers.ts)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../docs/answer.schema.json', import.meta.url), 'utf8')) as unknown;
    expect(committed).toEqual(answerJsonSchema());
  });

  it('describes every command and the error shape', () => {
    const text = JSON.stringify(answerJsonSchema());
    for (const command of ['quote', 'sources', 'context', 'help', 'who-said', 'quotes-by', 'figure']) expect(text).toContain(`"const":"${command}"`);
    expect(text).toContain('"error"');
  });
});
