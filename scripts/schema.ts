/**
 * Writes the answer model as JSON Schema (docs/answer.schema.json), generated from the zod
 * schemas so the documented --json shape can never drift from the code. A test checks it is current.
 */
import { writeFileSync } from 'node:fs';
import { answerJsonSchema } from '../src/core/answerJsonSchema.js';

const target = new URL('../docs/answer.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(answerJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
