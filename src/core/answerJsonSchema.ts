/** The answer model as JSON Schema, for people and programs that consume `ibid --json`. */
import { z } from 'zod';
import { AnswerSchema } from './answers.js';

export function answerJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(AnswerSchema, { target: 'draft-2020-12', io: 'output' }),
    title: 'ibid answer',
    description: 'What every ibid command returns: one JSON document per answer (per line in batch mode).',
  };
}
