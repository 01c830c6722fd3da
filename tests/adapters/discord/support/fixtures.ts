/** Answer fixtures (JSON, validated against the answer schema so they stay in contract). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AnswerSchema, type Answer } from '../../../../src/core/answers.js';

const dir = fileURLToPath(new URL('../fixtures/', import.meta.url));

export function answerFixture<T extends Answer = Answer>(name: string): T {
  return AnswerSchema.parse(JSON.parse(readFileSync(`${dir}answers/${name}.json`, 'utf8'))) as T;
}

export function jsonFixture<T>(name: string): T {
  return JSON.parse(readFileSync(`${dir}${name}.json`, 'utf8')) as T;
}
