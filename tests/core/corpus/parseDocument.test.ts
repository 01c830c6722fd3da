import { describe, expect, it } from 'vitest';
import { isLoadProblem, parseDocument } from '../../../src/core/corpus/parseDocument.js';
import type { CorpusDocument, LoadProblem } from '../../../src/core/corpus/types.js';

const bytes = (text: string) => new TextEncoder().encode(text);

function parsed(file: string, text: string): CorpusDocument {
  const result = parseDocument(file, bytes(text));
  if (isLoadProblem(result)) throw new Error(`${result.reason}: ${result.detail}`);
  return result;
}
function problem(file: string, input: string | Uint8Array, options?: Parameters<typeof parseDocument>[2]): LoadProblem {
  const result = parseDocument(file, typeof input === 'string' ? bytes(input) : input, options);
  if (!isLoadProblem(result)) throw new Error('expected a problem');
  return result;
}

describe('parseDocument', () => {
  it('reads front matter, keeps date-like values as written and derives the id from the file name', () => {
    const doc = parsed('2017/Revolution July.md', '---\ntitle: Liberation\nauthor: ~\ndate: 2017-07-24\nurl: https://example.org/a\n---\nBody paragraph.\n');
    expect(doc.id).toBe('2017-revolution-july');
    expect(doc.file).toBe('2017/Revolution July.md');
    expect(doc.meta).toEqual({ title: 'Liberation', publication: null, author: null, date: '2017-07-24', url: 'https://example.org/a' });
    expect(doc.sortDate).toBe('2017-07-24');
    expect(doc.paragraphs).toEqual([{ docId: '2017-revolution-july', number: 1, text: 'Body paragraph.', section: null }]);
  });

  it('keeps a number-like date as its source text', () => {
    expect(parsed('a.md', '---\ndate: 2017\n---\nBody.\n').meta.date).toBe('2017');
    expect(parsed('a.md', '---\ndate: 07.10\n---\nBody.\n').meta.date).toBe('07.10');
  });

  it('takes a plain-text title from the first line, leaving everything else unknown', () => {
    const doc = parsed('notes.TXT', '\uFEFFField Notes\r\n\r\nFirst paragraph.\r\n');
    expect(doc.meta).toEqual({ title: 'Field Notes', publication: null, author: null, date: null, url: null });
    expect(doc.sortDate).toBeNull();
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['First paragraph.']);
  });

  it('does not take a wrapped first line or a byline as the title', () => {
    expect(parsed('a.txt', 'The offensive continued Tuesday, as leading\nparticipants said so.\n').meta.title).toBeNull();
    expect(parsed('a.txt', 'By Jane Doe\n\nReal Title\n\nBody text.\n').meta.title).toBe('Real Title');
  });

  it('reads Markdown without front matter like plain text, "#" headings as sections', () => {
    const doc = parsed('a.md', '# My Title\n\nIntro paragraph.\n\n## background story\n\nMore text.\n');
    expect(doc.meta.title).toBe('My Title');
    expect(doc.paragraphs.map((p) => [p.text, p.section])).toEqual([
      ['Intro paragraph.', null],
      ['More text.', 'background story'],
    ]);
  });

  it('keeps the only line of a document as its text, not its title', () => {
    const doc = parsed('a.txt', 'Just one line.');
    expect(doc.meta.title).toBeNull();
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['Just one line.']);
  });

  it('uses the id it is given', () => {
    expect(parsed('a.md', 'Body.').id).toBe('a');
    const result = parseDocument('a.md', bytes('Body.'), { id: 'a-md' });
    expect(isLoadProblem(result) ? null : result.paragraphs[0]?.docId).toBe('a-md');
  });

  it('refuses unsupported types, oversized bytes, bad encodings and empty results', () => {
    expect(problem('a.pdf', 'text')).toMatchObject({ file: 'a.pdf', reason: 'unsupported-type' });
    expect(problem('a.txt', 'x'.repeat(11), { maxFileBytes: 10 })).toMatchObject({ reason: 'too-large' });
    expect(problem('a.txt', new Uint8Array([0xff, 0xfe, 0x41]))).toMatchObject({ reason: 'invalid-utf8' });
    expect(problem('a.txt', new Uint8Array([0x41, 0x00]))).toMatchObject({ reason: 'binary' });
    expect(problem('a.md', '---\ntitle: T\n---\n')).toMatchObject({ reason: 'empty', detail: 'no text after the front matter' });
    expect(problem('a.txt', 'Read More\n\nSubscribe now\n')).toMatchObject({ reason: 'empty' });
  });

  it('reports malformed front matter with the file line of the YAML error', () => {
    expect(problem('a.md', '---\ntitle: a\ntitle: b\n---\nBody.\n').detail).toBe('YAML error on line 3: Map keys must be unique');
    expect(problem('a.md', '---\njust a string\n---\nBody.\n').detail).toMatch(/must be a mapping.*found string/);
    expect(problem('a.md', '---\nurl: ftp://example.org\n---\nBody.\n').detail).toMatch(/field "url"/);
  });
});
