/** Arguments several commands share, with wording users see in errors and help. */
import { z } from 'zod';

/** Long enough for a pasted paragraph; a 10 KB paste gets a clear message instead of a slow search. */
export const MAX_QUERY_LENGTH = 1000;

/** A required text argument: absent or blank (after trimming) reads as a sentence, not as a type error. */
export function requiredText(missing: string) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? missing : 'must be text') })
    .trim()
    .min(1, { error: missing });
}

export const queryArg = requiredText('needs some words to look for').max(MAX_QUERY_LENGTH, { error: `is too long (at most ${MAX_QUERY_LENGTH} characters)` });

export const sourceArg = z
  .string()
  .trim()
  .max(200, { error: 'is too long (at most 200 characters)' })
  .optional()
  .describe('Only this publication or title (fuzzy)');

export const limitArg = z.coerce
  .number({ error: 'must be a number' })
  .int({ error: 'must be a whole number' })
  .min(1, { error: 'must be at least 1' })
  .max(10, { error: 'must be at most 10' })
  .default(3)
  .describe('How many results (1-10, default 3)');

export const pageArg = z.coerce
  .number({ error: 'must be a number' })
  .int({ error: 'must be a whole number' })
  .min(1, { error: 'must be at least 1' })
  .max(50, { error: 'must be at most 50' })
  .default(1)
  .describe('Which page of results (default 1)');
