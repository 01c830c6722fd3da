import { describe, expect, it } from 'vitest';
import type { CorpusDocument } from '../../../../src/core/corpus/types.js';
import type { Quotation } from '../../../../src/core/extract/types.js';
import { extractFigures } from '../../../../src/core/extract/figures/index.js';
import { seedDocuments } from '../../../support/seedCorpus.js';
import { docOf } from './helpers.js';

function quotation(doc: CorpusDocument, paragraph: number, quoted: string, speaker: string | null, endParagraph = paragraph): Quotation {
  const start = doc.paragraphs[paragraph - 1]!.text.indexOf(quoted);
  return {
    id: `${doc.id}#p${paragraph}#q1`,
    docId: doc.id,
    paragraph,
    endParagraph,
    text: quoted,
    range: [start, start + quoted.length],
    speaker: speaker === null ? null : { name: speaker, named: true, role: null, channel: null },
    rule: speaker === null ? null : 'said-after',
  };
}

describe('extractFigures', () => {
  it('gives ids per paragraph and ranges that trace back to the text', async () => {
    for (const doc of await seedDocuments()) {
      const figures = extractFigures(doc);
      expect(new Set(figures.map((f) => f.id)).size).toBe(figures.length);
      for (const f of figures) {
        const paragraph = doc.paragraphs[f.paragraph - 1]!;
        expect(f.id).toMatch(new RegExp(`^${doc.id}#p${f.paragraph}#f\\d+$`));
        expect(paragraph.text.slice(f.range[0], f.range[1])).toBe(f.text);
        expect(paragraph.text).toContain(f.sentence);
        expect(f.sentence).toContain(f.text);
      }
    }
  });

  it('finds the figures of the corpus articles', async () => {
    const docs = await seedDocuments();
    const revolution = docs.find((d) => d.id.startsWith('revolution'))!;
    const killed = extractFigures(revolution).filter((f) => f.counts === 'civilians killed');
    expect(killed.map((f) => [f.value, f.qualifier])).toEqual([
      [5805, 'may have been'],
      [40000, 'as many as; may have been'],
      [null, 'thousands'],
    ]);
  });

  it('names the speaker of the quotation a figure sits in', () => {
    const doc = docOf([
      'Ali ticked off the dead: “My mother, three brothers, two nieces.” He counted 12 houses.',
      '“We lost 40 men in the first week,” the commander said. “And another 25',
      'in the second.”',
    ]);
    const quotations = [
      quotation(doc, 1, 'My mother, three brothers, two nieces.', 'Ali'),
      quotation(doc, 2, 'We lost 40 men in the first week,', 'the commander'),
      quotation(doc, 2, 'And another 25', null, 3),
    ];
    const figures = extractFigures(doc, quotations);
    expect(figures.map((f) => [f.text, f.speaker])).toEqual([
      ['three brothers', 'Ali'],
      ['two nieces', 'Ali'],
      ['12 houses', null],
      ['40 men', 'the commander'],
      ['25', null],
    ]);
  });

  it('covers the later paragraphs of a quotation that runs over a break', () => {
    const doc = docOf(['“The city had 750,000 people.', 'Now 45,000 have fled,” he said.']);
    const q = quotation(doc, 1, 'The city had 750,000 people.', 'Hoshyar Zebari', 2);
    expect(extractFigures(doc, [q]).map((f) => f.speaker)).toEqual(['Hoshyar Zebari', 'Hoshyar Zebari']);
  });

  it('is deterministic', async () => {
    const [doc] = await seedDocuments();
    expect(JSON.stringify(extractFigures(doc!))).toBe(JSON.stringify(extractFigures(doc!)));
  });

  it('never throws, whatever the text', () => {
    const odd = [
      '',
      '   ',
      '$$$ %%% --- ,,, ...',
      '9'.repeat(400),
      '1,000,000,000,000,000,000,000,000 stars and 1e999 grains',
      'between and to or - – — 5- -5 5-- --5 $ £ € ¥',
      'one one one one one hundred hundred thousand million billion trillion',
      'hundreds of of of thousands of',
      '\u0000\u0007\ud800 12 \uffff',
      'a'.repeat(10000) + ' 5 ' + 'b'.repeat(10000),
      'No. No. Issue Issue 5 5 5 5 5 5 5 5',
      '(((( 5 )))) “““ 7 ””” : : : 1:2:3:4',
    ];
    for (const text of odd) {
      const figures = extractFigures(docOf([text]));
      // Every amount stays a finite number, so answers serialise and validate.
      for (const f of figures) for (const v of [f.value, f.low, f.high]) expect(v === null || Number.isFinite(v)).toBe(true);
    }
    expect(extractFigures({} as CorpusDocument)).toEqual([]);
    expect(extractFigures({ id: 'x', paragraphs: [null] } as unknown as CorpusDocument)).toEqual([]);
  });
});
