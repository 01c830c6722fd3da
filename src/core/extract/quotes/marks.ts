/**
 * Pairs quotation marks into quoted spans, paragraph by paragraph: curly and straight, double and
 * single, nested, and quotations that run past a paragraph break (the newspaper convention: each
 * paragraph of a long quotation reopens with “ and only the last one closes).
 */
import type { QuoteSpan, StrayClose } from './spans.js';

type Mark = 'open-d' | 'close-d' | 'open-s' | 'close-s';

interface Open {
  id: number;
  kind: 'double' | 'single';
  para: number;
  pos: number;
  parent: number | null;
}

const LETTER = /[\p{L}\p{N}]/u;
const OPEN_CONTEXT = /[\s([{—–\-/“‘"'«]/u;
const CLOSE_CONTEXT = /[\s.,;:!?)\]}—–\-”’"'»…]/u;

/** Is the ’ at `p` a possessive plural ("the workers’ union") although a single quotation is open? */
function looksPossessive(text: string, p: number): boolean {
  if (text[p - 1] !== 's' || !/^ [a-z]/.test(text.slice(p + 1, p + 3))) return false;
  // Only when a better closing mark (after punctuation) follows in the paragraph.
  return /[,.!?][’']/.test(text.slice(p + 1));
}

function classify(text: string, p: number, top: Open | undefined): Mark | null {
  const c = text[p]!;
  const prev = p > 0 ? text[p - 1]! : ' ';
  const next = p + 1 < text.length ? text[p + 1]! : ' ';
  const betweenLetters = LETTER.test(prev) && LETTER.test(next);
  switch (c) {
    case '“':
    case '„':
    case '«':
      return 'open-d';
    case '”':
    case '»':
      return 'close-d';
    case '"': {
      const canOpen = OPEN_CONTEXT.test(prev) && !/\s/.test(next);
      const canClose = CLOSE_CONTEXT.test(next) && !/\s/.test(prev);
      if (canOpen && !canClose) return 'open-d';
      if (canClose && !canOpen) return 'close-d';
      return top?.kind === 'double' ? 'close-d' : 'open-d';
    }
    case '‘':
      if (betweenLetters || /\d/.test(next)) return null;
      return 'open-s';
    case '’':
    case "'": {
      if (betweenLetters) return null;
      if (c === "'" && OPEN_CONTEXT.test(prev) && LETTER.test(next) && !/^\d0s/.test(text.slice(p + 1, p + 4))) return 'open-s';
      if (top?.kind === 'single' && !looksPossessive(text, p)) return 'close-s';
      return null;
    }
    default:
      return null;
  }
}

/** A doubled apostrophe or backtick standing for a double quotation mark, opening or closing. */
function doubledMark(text: string, p: number, top: Open | undefined): Mark | null {
  const pair = text.slice(p, p + 2);
  if (pair === '``') return 'open-d';
  if (pair !== "''") return null;
  const prev = p > 0 ? text[p - 1]! : ' ';
  const next = p + 2 < text.length ? text[p + 2]! : ' ';
  const canOpen = OPEN_CONTEXT.test(prev) && !/\s/.test(next);
  const canClose = CLOSE_CONTEXT.test(next) && !/\s/.test(prev);
  if (canOpen && !canClose) return 'open-d';
  if (canClose && !canOpen) return 'close-d';
  return top?.kind === 'double' ? 'close-d' : 'open-d';
}

/** Is the paragraph's first mark an opening double quotation mark (a reopened long quotation)? */
function opensWithDouble(text: string): boolean {
  const m = /^\s*([“„«"])/.exec(text);
  return m !== null && !(m[1] === '"' && /^\s*"\s/.test(text));
}

/** Does the paragraph hold a double closing mark that nothing in it opened? */
function hasStrayDoubleClose(text: string): boolean {
  let depth = 0;
  for (let p = 0; p < text.length; p++) {
    const mark = classify(text, p, depth > 0 ? { id: 0, kind: 'double', para: 0, pos: 0, parent: null } : undefined);
    if (mark === 'open-d') depth++;
    else if (mark === 'close-d') {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}

interface Carry {
  open: Open;
  soft: boolean;
  lastPara: number;
}

/** How many paragraphs a quotation may run across before we stop believing it. */
const MAX_RUN = 30;

export function findMarkedSpans(texts: readonly string[]): { spans: QuoteSpan[]; strays: StrayClose[] } {
  const spans: QuoteSpan[] = [];
  const strays: StrayClose[] = [];
  let nextId = 0;
  const emit = (o: Open, endPara: number, end: number, close: number | null): void => {
    spans.push({ id: o.id, startPara: o.para, start: o.pos + 1, endPara, end, open: o.pos, close, mark: o.kind, parent: o.parent });
  };

  // A double quotation carried over a paragraph break; `soft` when the next paragraph does not reopen it.
  let carried = null as Carry | null;

  for (let i = 0; i < texts.length; i++) {
    const text = texts[i]!;
    const incoming = carried;
    carried = null;
    const stack: Open[] = incoming ? [incoming.open] : [];
    let skipReopen = incoming !== null && !incoming.soft;
    let skipNext = false;
    for (let p = 0; p < text.length; p++) {
      const top = stack[stack.length - 1];
      let mark = classify(text, p, top);
      // ''…'' and ``…'' (typewriter style): a doubled mark is one double quotation mark. The
      // opening one counts as standing on its second character, the closing one on its first.
      const doubled = doubledMark(text, p, top);
      if (doubled) {
        mark = doubled;
        if (doubled === 'open-d') p++;
        else skipNext = true;
      } else if (skipNext) {
        skipNext = false;
        continue;
      }
      if (mark === null) continue;
      if (mark === 'open-d' && skipReopen) {
        skipReopen = false;
        continue;
      }
      skipReopen = false;
      if (mark === 'open-d' || mark === 'open-s') {
        stack.push({ id: nextId++, kind: mark === 'open-d' ? 'double' : 'single', para: i, pos: p, parent: top?.id ?? null });
      } else if (mark === 'close-s') {
        const open = stack.pop()!;
        emit(open, i, p, p);
      } else {
        const at = stack.map((o) => o.kind).lastIndexOf('double');
        if (at < 0) strays.push({ para: i, pos: p });
        // Single quotations left open inside end where the enclosing double one does.
        for (const inner of stack.splice(Math.max(at, 0)).reverse()) {
          if (inner.kind === 'double') emit(inner, i, p, p);
          else if (inner.para === i && p > inner.pos + 1) emit(inner, i, p, null);
        }
      }
    }
    // Unclosed single marks at a paragraph end are usually apostrophes: they are dropped.
    const doubles = stack.filter((o) => o.kind === 'double');
    let outer = doubles[0];
    if (outer && incoming?.soft && outer === incoming.open) {
      // Carried on the strength of a closing mark that never came: it ended with the previous paragraph.
      emit(outer, incoming.lastPara, texts[incoming.lastPara]!.trimEnd().length, null);
      outer = doubles[1];
    }
    if (!outer) continue;
    const next = texts[i + 1];
    const canRun = next !== undefined && i - outer.para < MAX_RUN;
    if (canRun && opensWithDouble(next)) carried = { open: outer, soft: false, lastPara: i };
    else if (canRun && hasStrayDoubleClose(next)) carried = { open: outer, soft: true, lastPara: i };
    else emit(outer, i, text.trimEnd().length, null);
  }
  return { spans: spans.sort((a, b) => a.startPara - b.startPara || a.start - b.start), strays };
}
