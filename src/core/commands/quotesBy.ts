import { z } from 'zod';
import type { QuotationResult } from '../answers.js';
import { completeSpeaker, matchingSpeakers, suggestSpeakers } from '../speakers.js';
import { defineCommand } from './definition.js';
import { limitArg, pageArg, requiredText } from './sharedArgs.js';
import { quotationResult } from './quotationResult.js';

export const quotesByCommand = defineCommand({
  name: 'quotes-by',
  description: 'Every quotation attributed to a person, across documents, newest first.',
  args: z.object({
    person: requiredText('needs a name, such as Lavrov').max(200, { error: 'is too long (at most 200 characters)' }).describe('A name (fuzzy: "erdogan" finds Recep Tayyip Erdogan)'),
    limit: limitArg.unwrap().default(5).describe('How many quotations (1-10, default 5)'),
    page: pageArg,
  }),
  positional: 'person',
  examples: ['quotes-by lavrov', 'quotes-by Erdoğan', 'quotes-by amnesty --limit 10'],
  complete: { person: (corpus, typed) => completeSpeaker(corpus.speakers, typed) },
  run({ person, limit, page }, { corpus }) {
    const speakers = matchingSpeakers(corpus.speakers, person);
    const wanted = new Set(speakers);
    const quotations = corpus.quotations
      .filter((quotation) => quotation.speaker && wanted.has(quotation.speaker.name))
      .map((quotation, order) => ({ quotation, order, date: corpus.byId.get(quotation.docId)?.sortDate ?? '' }))
      // Newest document first; within a document, in reading order.
      .sort((a, b) => b.date.localeCompare(a.date) || a.order - b.order);
    const start = (page - 1) * limit;
    const results = quotations
      .slice(start, start + limit)
      .map(({ quotation }) => quotationResult(corpus, quotation))
      .filter((r): r is QuotationResult => r !== null);
    return {
      command: 'quotes-by',
      person,
      speakers,
      results,
      more: Math.max(0, quotations.length - start - results.length),
      suggestions: speakers.length === 0 ? suggestSpeakers(corpus.speakers, person) : [],
    };
  },
});
