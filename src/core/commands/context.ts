import { z } from 'zod';
import { citationFor, parseCitationId } from '../citation.js';
import { defineCommand } from './definition.js';
import { errorAnswer } from './handle.js';
import { requiredText } from './sharedArgs.js';

export const contextCommand = defineCommand({
  name: 'context',
  description: 'Show a cited paragraph with the paragraphs around it.',
  args: z.object({
    id: requiredText('needs a citation id, as shown under each answer').max(200).describe('A citation id from an answer, e.g. revolution-2017#p4'),
    around: z.coerce.number().int().min(0).max(5, { error: 'must be at most 5' }).default(1).describe('Paragraphs to show on each side (0-5, default 1)'),
  }),
  positional: 'id',
  examples: ['context spartacist-canada-191-imperialist-bloodbath-in-mosul#p12', 'context spartacist-canada-191-imperialist-bloodbath-in-mosul#p12 --around 2'],
  run({ id, around }, { corpus }) {
    const parsed = parseCitationId(id);
    if (!parsed) return errorAnswer('context', 'invalid_arguments', `"${id.slice(0, 80)}" is not a citation id. Ids look like <document>#p<paragraph>, as shown under each answer.`);
    const doc = corpus.byId.get(parsed.docId);
    if (!doc) return errorAnswer('context', 'not_found', `No document "${parsed.docId}" in the corpus. The sources command lists them.`);
    const cited = doc.paragraphs.find((paragraph) => paragraph.number === parsed.paragraph);
    if (!cited) return errorAnswer('context', 'not_found', `${doc.id} has paragraphs 1 to ${doc.paragraphs.length}; there is no ¶${parsed.paragraph}.`);
    const window = doc.paragraphs.filter((paragraph) => Math.abs(paragraph.number - cited.number) <= around);
    return {
      command: 'context',
      id: citationFor(doc, cited).id,
      citation: citationFor(doc, cited),
      paragraphs: window.map((paragraph) => ({
        paragraph: paragraph.number,
        section: paragraph.section,
        text: paragraph.text,
        cited: paragraph.number === cited.number,
      })),
    };
  },
});
