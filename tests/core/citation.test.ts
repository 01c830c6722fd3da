import { describe, expect, it } from 'vitest';
import { citationFor, citationId, parseCitationId } from '../../src/core/citation.js';
import type { CorpusDocument } from '../../src/core/corpus/types.js';

const doc: CorpusDocument = {
  id: 'revolution-2017',
  file: 'revolution-2017.md',
  meta: { title: 'The U.S. “Liberation” of Mosul', publication: 'Revolution Newspaper', author: null, date: 'July 24, 2017', url: null },
  sortDate: '2017-07-24',
  paragraphs: [{ docId: 'revolution-2017', number: 4, text: 'Text.', section: null }],
};

describe('citations', () => {
  it('carry exactly the known fields and leave the unknown null', () => {
    const citation = citationFor(doc, doc.paragraphs[0]!);
    expect(citation).toEqual({
      id: 'revolution-2017#p4',
      docId: 'revolution-2017',
      title: 'The U.S. “Liberation” of Mosul',
      publication: 'Revolution Newspaper',
      author: null,
      date: 'July 24, 2017',
      paragraph: 4,
      section: null,
      url: null,
    });
  });

  it('round-trip their ids, and accept quotation and figure ids too', () => {
    expect(parseCitationId(citationId('a-b_c', 12))).toEqual({ docId: 'a-b_c', paragraph: 12 });
    expect(parseCitationId(' doc#p3#q2 ')).toEqual({ docId: 'doc', paragraph: 3 });
    expect(parseCitationId('doc#p7#f1')).toEqual({ docId: 'doc', paragraph: 7 });
  });

  it('reject text that is not an id', () => {
    for (const bad of ['', 'doc', 'doc#12', 'doc#p0', 'doc#p', '#p3', 'doc#p3 extra', 'doc#p9999999']) {
      expect(parseCitationId(bad), bad).toBeNull();
    }
  });
});
