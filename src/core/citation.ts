/** Citations: where an excerpt comes from, with exactly what is known and nothing invented. */
import type { Citation } from './answers.js';
import type { CorpusDocument, Paragraph } from './corpus/types.js';

export function citationId(docId: string, paragraph: number): string {
  return `${docId}#p${paragraph}`;
}

export function citationFor(doc: CorpusDocument, paragraph: Paragraph): Citation {
  return {
    id: citationId(doc.id, paragraph.number),
    docId: doc.id,
    title: doc.meta.title,
    publication: doc.meta.publication,
    author: doc.meta.author,
    date: doc.meta.date,
    paragraph: paragraph.number,
    section: paragraph.section,
    url: doc.meta.url,
  };
}

export interface ParsedCitationId {
  docId: string;
  paragraph: number;
}

/**
 * Accepts `<docId>#p12`, and also the longer ids of quotations and figures (`<docId>#p12#q3`),
 * so any id ibid shows can be handed to `context`. Returns null when the text is not an id.
 */
export function parseCitationId(text: string): ParsedCitationId | null {
  const match = /^\s*([^\s#]+)#p(\d{1,6})(?:#[a-z]\d{1,6})?\s*$/i.exec(text);
  if (!match) return null;
  const paragraph = Number(match[2]);
  if (paragraph < 1) return null;
  return { docId: match[1]!, paragraph };
}
