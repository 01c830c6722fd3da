import { z } from 'zod';
import { citationFor, parseCitationId } from '../citation.js';
import type { Paragraph } from '../corpus/types.js';
import { defineCommand } from './definition.js';
import { errorAnswer } from './handle.js';
import { requiredText } from './sharedArgs.js';

/** Where paragraph `number` is (-1 if nowhere): parseDocument numbers paragraphs by position, 1 first, so usually a look-up. */
function indexOfParagraph(paragraphs: readonly Paragraph[], number: number): number {
  return paragraphs[number - 1]?.number === number ? number - 1 : paragraphs.findIndex((paragraph) => paragraph.number === number);
}

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
    const at = indexOfParagraph(doc.paragraphs, parsed.paragraph);
    const cited = doc.paragraphs[at];
    if (!cited) return errorAnswer('context', 'not_found', `${doc.id} has paragraphs 1 to ${doc.paragraphs.length}; there is no ¶${parsed.paragraph}.`);
    // Numbered by position, so the paragraphs within `around` of the cited one are its neighbours in the list.
    const window = doc.paragraphs.slice(Math.max(0, at - around), at + around + 1);
    const citation = citationFor(doc, cited);
    return {
      command: 'context',
      id: citation.id,
      citation,
      paragraphs: window.map((paragraph) => ({
        paragraph: paragraph.number,
        section: paragraph.section,
        text: paragraph.text,
        cited: paragraph.number === cited.number,
      })),
    };
  },
});
