/**
 * Reads PolNeAR (github.com/networkdynamics/PolNeAR): news texts with brat stand-off attribution
 * annotations (Source, Cue, Content spans tied by an "E" line). The data is not part of the repo;
 * the caller passes the directory that holds data/{train,dev,test}/{text,attributions}.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CorpusDocument } from '../../src/core/corpus/types.js';

export type Range = [number, number];

export interface GoldAttribution {
  content: Range[];
  source: Range[] | null;
  sourceText: string | null;
}

export interface PolnearDoc {
  name: string;
  text: string;
  /** One paragraph per non-empty line; `offsets[i]` is where paragraph i starts in `text`. */
  doc: CorpusDocument;
  offsets: number[];
  gold: GoldAttribution[];
}

/** brat offsets count code points; JavaScript strings count UTF-16 units. */
function codePointToUnit(text: string): (cp: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (cp) => cp;
  const units: number[] = [];
  let unit = 0;
  for (const ch of text) {
    units.push(unit);
    unit += ch.length;
  }
  units.push(unit);
  return (cp) => units[cp] ?? unit;
}

function parseRanges(spec: string, toUnit: (cp: number) => number): Range[] {
  return spec.split(';').map((part) => {
    const [s, e] = part.trim().split(/\s+/).map(Number);
    return [toUnit(s!), toUnit(e!)] as Range;
  });
}

function parseAnnotations(ann: string, text: string): GoldAttribution[] {
  const toUnit = codePointToUnit(text);
  const spans = new Map<string, { type: string; ranges: Range[]; text: string }>();
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    // A surface text that holds a line break continues on lines of its own: skip those.
    if (/^T\d+\t[^\t]+\t/.test(line)) {
      const [id, spec, surface] = line.split('\t');
      const [type, ...rest] = spec!.split(' ');
      spans.set(id!, { type: type!, ranges: parseRanges(rest.join(' '), toUnit), text: surface ?? '' });
    } else if (/^E\d+\t/.test(line)) {
      events.push(line.split('\t')[1] ?? '');
    }
  }
  return events.map((event) => {
    const roles = new Map(event.split(/\s+/).map((pair) => pair.split(':') as [string, string]));
    const content = spans.get(roles.get('Content') ?? '');
    const source = spans.get(roles.get('Source') ?? '');
    return { content: content?.ranges ?? [], source: source?.ranges ?? null, sourceText: source?.text ?? null };
  });
}

function toDocument(name: string, text: string): { doc: CorpusDocument; offsets: number[] } {
  const offsets: number[] = [];
  const paragraphs: CorpusDocument['paragraphs'] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') {
      offsets.push(at);
      paragraphs.push({ docId: name, number: paragraphs.length + 1, text: line, section: null });
    }
    at += line.length + 1;
  }
  const doc: CorpusDocument = { id: name, file: `${name}.txt`, meta: { title: null, publication: null, author: null, date: null, url: null }, sortDate: null, paragraphs };
  return { doc, offsets };
}

/** The documents of one split, each with the first annotator's attributions. */
export function loadSplit(root: string, split: string): PolnearDoc[] {
  const dir = path.join(root, 'data', split);
  const annotations = readdirSync(path.join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  const seen = new Set<string>();
  const docs: PolnearDoc[] = [];
  for (const file of annotations) {
    const name = file.replace(/_[0-9a-f]{4}\.ann$/, '');
    if (seen.has(name)) continue;
    seen.add(name);
    const text = readFileSync(path.join(dir, 'text', `${name}.txt`), 'utf8');
    const gold = parseAnnotations(readFileSync(path.join(dir, 'attributions', file), 'utf8'), text);
    docs.push({ name, text, ...toDocument(name, text), gold });
  }
  return docs;
}
