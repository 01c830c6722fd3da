import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LoadedCorpus } from '../../../src/core/corpus/types.js';

// Spy on readFile so a test can show an oversized file is refused from its size alone.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return { ...actual, readFile: vi.fn(actual.readFile) };
});
const fs = await import('node:fs/promises');
const { loadCorpus } = await import('../../../src/core/corpus/load.js');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ibid-corpus-'));
  vi.mocked(fs.readFile).mockClear();
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function put(file: string, content: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
  await writeFile(path.join(dir, file), content);
}

const GOOD_MD = '---\ntitle: "A Good Article"\ndate: 2017-07-24\n---\nA Good Article\n\nThe body of a good article, in one paragraph.\n';
const problemFor = (corpus: LoadedCorpus, file: string) => corpus.problems.find((p) => p.file === file);

describe('loadCorpus', () => {
  it('loads Markdown with front matter and plain text, walking subdirectories, sorted by file name', async () => {
    await put('b.md', GOOD_MD);
    await put('a/notes.txt', 'Field Notes\n\nFirst paragraph of the notes.\n\nSecond paragraph.\n');
    await put('c.markdown', '---\ntitle: C\n---\nOnly paragraph.\n');
    const corpus = await loadCorpus(dir);
    expect(corpus.problems).toEqual([]);
    expect(corpus.documents.map((d) => [d.file, d.id])).toEqual([
      ['a/notes.txt', 'a-notes'],
      ['b.md', 'b'],
      ['c.markdown', 'c'],
    ]);
    const notes = corpus.documents[0];
    expect(notes?.meta).toEqual({ title: 'Field Notes', publication: null, author: null, date: null, url: null });
    expect(notes?.paragraphs.map((p) => [p.number, p.text])).toEqual([
      [1, 'First paragraph of the notes.'],
      [2, 'Second paragraph.'],
    ]);
    expect(corpus.documents[1]?.meta.date).toBe('2017-07-24');
    expect(corpus.documents[1]?.sortDate).toBe('2017-07-24');
  });

  it('ignores hidden files and directories silently and names unsupported files', async () => {
    await put('good.md', GOOD_MD);
    await put('.DS_Store', 'x');
    await put('.git/HEAD.txt', 'ref: refs/heads/main\n');
    await put('photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    await put('report.pdf', '%PDF-1.4');
    const corpus = await loadCorpus(dir);
    expect(corpus.documents.map((d) => d.file)).toEqual(['good.md']);
    expect(corpus.problems.map((p) => [p.file, p.reason])).toEqual([
      ['photo.png', 'unsupported-type'],
      ['report.pdf', 'unsupported-type'],
    ]);
  });

  it('reports each bad file with its reason and still loads the rest', async () => {
    await put('good.md', GOOD_MD);
    await put('latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72, 0x0a]));
    await put('binary.txt', new Uint8Array([0x41, 0x00, 0x42, 0x43]));
    await put('controls.txt', new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))));
    await put('empty.txt', '');
    await put('blank.md', '  \n\n \t\n');
    await put('chrome-only.txt', 'Subscribe to our newsletter\n\nRead More\n');
    await put('bad-yaml.md', '---\ntitle: [unclosed\ndate: 2017\n---\nBody text here.\n');
    await put('list.md', '---\n- a\n- b\n---\nBody text here.\n');
    await put('unterminated.md', '---\ntitle: Never closed\n\nBody text here.\n');
    await put('wrong-type.md', '---\ntitle:\n  nested: mapping\nauthor: [a, b]\n---\nBody text here.\n');
    const corpus = await loadCorpus(dir);
    expect(corpus.documents.map((d) => d.file)).toEqual(['good.md']);
    expect(Object.fromEntries(corpus.problems.map((p) => [p.file, p.reason]))).toEqual({
      'bad-yaml.md': 'malformed-front-matter',
      'binary.txt': 'binary',
      'blank.md': 'empty',
      'chrome-only.txt': 'empty',
      'controls.txt': 'binary',
      'empty.txt': 'empty',
      'latin1.txt': 'invalid-utf8',
      'list.md': 'malformed-front-matter',
      'unterminated.md': 'malformed-front-matter',
      'wrong-type.md': 'malformed-front-matter',
    });
    expect(problemFor(corpus, 'bad-yaml.md')?.detail).toMatch(/line \d+/);
    expect(problemFor(corpus, 'list.md')?.detail).toMatch(/mapping/);
    expect(problemFor(corpus, 'unterminated.md')?.detail).toMatch(/never closed/);
    expect(problemFor(corpus, 'wrong-type.md')?.detail).toMatch(/"title".*"author"|"author".*"title"/);
    expect(problemFor(corpus, 'latin1.txt')?.detail).toMatch(/offset 3/);
    expect(problemFor(corpus, 'binary.txt')?.detail).toMatch(/NUL/);
  });

  it('refuses a file over the size limit from its size, without reading it', async () => {
    await put('good.md', GOOD_MD);
    await put('huge.txt', '');
    await truncate(path.join(dir, 'huge.txt'), 50 * 1024 * 1024);
    const corpus = await loadCorpus(dir);
    expect(problemFor(corpus, 'huge.txt')).toMatchObject({ reason: 'too-large' });
    expect(problemFor(corpus, 'huge.txt')?.detail).toMatch(/50\.0 MiB.*10\.0 MiB/);
    const readPaths = vi.mocked(fs.readFile).mock.calls.map((call) => String(call[0]));
    expect(readPaths.some((p) => p.endsWith('huge.txt'))).toBe(false);
    expect(readPaths.some((p) => p.endsWith('good.md'))).toBe(true);
    expect(corpus.documents.map((d) => d.file)).toEqual(['good.md']);
  });

  it('applies a custom maxFileBytes', async () => {
    await put('small.txt', 'Title\n\nShort body.\n');
    await put('bigger.txt', `Title\n\n${'word '.repeat(100)}\n`);
    const corpus = await loadCorpus(dir, { maxFileBytes: 100 });
    expect(corpus.documents.map((d) => d.file)).toEqual(['small.txt']);
    expect(problemFor(corpus, 'bigger.txt')?.reason).toBe('too-large');
  });

  it('gives the same ids on every load, and distinct ids to files whose names slug alike', async () => {
    await put('Notes on Mosul.md', GOOD_MD);
    await put('notes-on-mosul.txt', 'Notes\n\nA paragraph.\n');
    await put('notes_on_mosul.txt', 'Notes\n\nA paragraph.\n');
    const first = await loadCorpus(dir);
    const second = await loadCorpus(dir);
    const ids = first.documents.map((d) => d.id);
    expect(ids).toEqual(['notes-on-mosul', 'notes-on-mosul-txt', 'notes-on-mosul-2']);
    expect(second.documents.map((d) => d.id)).toEqual(ids);
    expect(first.documents.every((d) => d.paragraphs.every((p) => p.docId === d.id))).toBe(true);
  });

  it('rejects when the corpus directory itself is missing', async () => {
    await expect(loadCorpus(path.join(dir, 'nope'))).rejects.toThrow(/ENOENT/);
  });
});
