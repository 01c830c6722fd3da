import { z } from 'zod';
import { defineCommand } from './definition.js';

export const sourcesCommand = defineCommand({
  name: 'sources',
  description: 'List the documents ibid has indexed, with what is known about each.',
  args: z.object({}),
  examples: ['sources'],
  run(_args, { corpus }) {
    return {
      command: 'sources',
      sources: corpus.documents.map((doc) => ({
        docId: doc.id,
        file: doc.file,
        ...doc.meta,
        paragraphs: doc.paragraphs.length,
      })),
      problems: corpus.problems.map(({ file, reason, detail }) => ({ file, reason, detail })),
    };
  },
});
