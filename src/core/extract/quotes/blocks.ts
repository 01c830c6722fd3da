/**
 * Block quotations set off without quotation marks, which only their introduction reveals:
 *
 *   "The New York Times reported:" + the next paragraph(s), up to one that ends with a closing
 *   mark (that mark, and a reopening “ inside the block, belong to the block);
 *   "As the revolutionary leader Bob Avakian analyzed in Bringing Forward Another Way, …" + the
 *   paragraphs up to one that ends with a citation such as "(BAsics 1:28)".
 *
 * A block needs a speaker cue in its introduction; a paragraph ending in a colon alone is not enough.
 */
import type { Cue } from './cues.js';
import type { QuoteSpan } from './spans.js';

export interface Block {
  span: QuoteSpan;
  cue: Cue;
  introPara: number;
  rule: 'block-intro' | 'cited-block';
}

const OPENS_WITH_MARK = /^\s*[“‘"'„«]/;
const CLOSES_WITH_DOUBLE = /[”"»]\s*$/;
const CITATION_END = /\s*\((?:\p{Lu}[\p{L}.]*\s+)+\d+(?::\d+)?\)\s*$/u;
/** An "As X verb in Y," introduction at a sentence start. */
const AS_INTRO = /(?:^|[.!?]\s+)As\s[^,.;:]{3,160}?,/gu;
const MAX_BLOCK = 6;

const opensAtSentenceStart = (text: string, open: number | null): boolean => open !== null && /(^|[.!?:]["”’]?)\s*$/.test(text.slice(0, open));
const leading = (text: string): number => text.length - text.trimStart().length;

export type IntroCue = (para: number, anchor: number) => Cue | null;

export function findBlocks(texts: readonly string[], spans: readonly QuoteSpan[], introCue: IntroCue, firstId: number): { blocks: Block[]; absorbed: Set<number> } {
  const blocks: Block[] = [];
  const absorbed = new Set<number>();
  const taken = new Set<number>();
  let nextId = firstId;

  for (let i = 0; i + 1 < texts.length; i++) {
    const intro = texts[i]!.trimEnd();
    const first = i + 1;
    if (!intro.endsWith(':') || OPENS_WITH_MARK.test(texts[first]!) || texts[first]!.trim().length < 40) continue;
    // The introduction must hand over to the block: "reported:", "reports the following from the
    // province:", "wrote:", not a sentence that merely ends in a colon.
    const cue = introCue(i, intro.length);
    if (!cue || !(cue.rule === 'said-before' || /\b(the following|as follows)\b/.test(intro))) continue;
    let last = first;
    let close: number | null = null;
    for (let j = first; j < Math.min(texts.length, first + MAX_BLOCK); j++) {
      const t = texts[j]!.trimEnd();
      if (j > first && t.endsWith(':')) break;
      if (!CLOSES_WITH_DOUBLE.test(t)) continue;
      const pos = t.length - 1;
      const owner = spans.find((s) => s.mark === 'double' && s.endPara === j && s.close === pos);
      // A quotation of the block's own author that merely ends the paragraph does not close the block.
      const reopened = !owner || owner.startPara < j || (j === first ? opensAtSentenceStart(texts[j]!, owner.open) : owner.open === leading(texts[j]!));
      if (!reopened) break;
      last = j;
      close = pos;
      if (owner) absorbed.add(owner.id);
      break;
    }
    const lastText = texts[last]!.trimEnd();
    const span: QuoteSpan = { id: nextId++, startPara: first, start: leading(texts[first]!), endPara: last, end: close ?? lastText.length, open: null, close, mark: 'block', parent: null };
    blocks.push({ span, cue, introPara: i, rule: 'block-intro' });
    for (let j = first; j <= last; j++) taken.add(j);
    i = last;
  }

  for (let j = 1; j < texts.length; j++) {
    const citation = CITATION_END.exec(texts[j]!);
    if (!citation || taken.has(j) || OPENS_WITH_MARK.test(texts[j]!)) continue;
    for (let i = j - 1; i >= Math.max(0, j - 3); i--) {
      if (taken.has(i) || OPENS_WITH_MARK.test(texts[i + 1]!)) break;
      const intros = [...texts[i]!.matchAll(AS_INTRO)];
      const cue = intros.map((m) => introCue(i, m.index + m[0].length - 1)).find((c) => c !== null && c.phrase.kind === 'name');
      if (!cue) continue;
      const span: QuoteSpan = { id: nextId++, startPara: i + 1, start: leading(texts[i + 1]!), endPara: j, end: citation.index, open: null, close: null, mark: 'block', parent: null };
      blocks.push({ span, cue, introPara: i, rule: 'cited-block' });
      for (let k = i + 1; k <= j; k++) taken.add(k);
      break;
    }
  }
  return { blocks, absorbed };
}
