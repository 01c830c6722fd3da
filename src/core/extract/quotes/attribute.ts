/**
 * Attributes each quotation in document order: a cue after it, else the continuation of the
 * quotation just before it ("…,” Lavrov said. “I hope…”), else a cue before it (in its sentence,
 * or in the previous paragraph when that ends with a colon).
 */
import type { Speaker } from '../types.js';
import type { Block } from './blocks.js';
import { isNamedWork } from './classify.js';
import { cueAfter, cueBefore, type Cue } from './cues.js';
import type { DocumentNames } from './names.js';
import type { SpanIndex } from './regions.js';
import { resolveSpeaker } from './resolve.js';
import type { Attribution, QuoteSpan } from './spans.js';

export interface Attributed {
  span: QuoteSpan;
  speaker: Speaker | null;
  attribution: Attribution | null;
  /** Not a quotation of anyone: a nickname or the title of a work. */
  notQuotation: boolean;
}

interface Found {
  cue: Cue;
  rule: string;
  /** Paragraph where the speaker phrase is. */
  para: number;
  /** Where the cue's words end, for a continuation to follow on (null: nothing may continue it). */
  cueEnd: { para: number; pos: number } | null;
}

function introFromPreviousParagraph(index: SpanIndex, s: QuoteSpan): Found | null {
  const para = s.startPara;
  const text = index.texts[para]!;
  if (para === 0 || text.slice(0, s.open ?? s.start).trim() !== '') return null;
  const parent = s.parent === null ? undefined : index.byId.get(s.parent);
  if (parent && parent.startPara === para) return null;
  const prev = index.texts[para - 1]!.trimEnd();
  if (!prev.endsWith(':')) return null;
  const cue = cueBefore(index.regionFor(s, para - 1), prev.length);
  if (!cue) return null;
  const rule = cue.rule === 'reported-speech' ? 'colon-intro' : cue.rule;
  return { cue, rule, para: para - 1, cueEnd: null };
}

function findCue(index: SpanIndex, s: QuoteSpan, previous: Attributed | undefined): Found | 'continues' | null {
  if (s.close !== null) {
    const cue = cueAfter(index.regionFor(s, s.endPara), s.close);
    if (cue) return { cue, rule: cue.rule, para: s.endPara, cueEnd: cue.continuable ? { para: s.endPara, pos: cue.cueEnd } : null };
  }
  // The same speaker goes on: nothing but the previous quotation's cue stands between them.
  const prevAttr = previous?.attribution;
  if (previous && prevAttr?.cueEnd && previous.speaker && s.open !== null && prevAttr.cueEnd.para === s.startPara && prevAttr.cueEnd.pos <= s.open) {
    const between = index.texts[s.startPara]!.slice(prevAttr.cueEnd.pos, s.open);
    if (/^[\s,.;:—–\-“”‘’"']*$/.test(between)) return 'continues';
  }
  const anchor = s.open ?? s.start;
  const region = index.regionFor(s, s.startPara);
  const before = cueBefore(region, anchor);
  if (before) {
    const endsWithColon = index.texts[s.startPara]!.slice(0, anchor).trimEnd().endsWith(':');
    const rule = before.rule === 'reported-speech' && endsWithColon ? 'colon-intro' : before.rule;
    return { cue: before, rule, para: s.startPara, cueEnd: null };
  }
  return introFromPreviousParagraph(index, s);
}

/** Remembers where a person spoke, so a later "he said" can find them. */
function noteSpeaker(names: DocumentNames, para: number, phrase: { start: number; end: number }, speaker: Speaker): void {
  const person = speaker.named ? names.persons.get(speaker.name) : undefined;
  const list = names.mentions[para];
  if (!person || !list) return;
  // Mentions stay sorted by start: find the insertion point by binary search.
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < phrase.start) lo = mid + 1;
    else hi = mid;
  }
  const existing = list.slice(lo, lo + 4).find((m) => m.end <= phrase.end && m.person === person);
  if (existing) existing.speaker = true;
  else list.splice(lo, 0, { para, start: phrase.start, end: phrase.end, person, inQuote: false, speaker: true });
}

export function attributeAll(index: SpanIndex, names: DocumentNames, blocks: readonly Block[]): Attributed[] {
  const { texts } = index;
  const blockById = new Map(blocks.map((b) => [b.span.id, b]));
  const done = new Map<number, Attributed>();
  const lastBySibling = new Map<number | null, Attributed>();
  const ordered = [...index.spans].sort((a, b) => a.startPara - b.startPara || (a.open ?? a.start) - (b.open ?? b.start));

  for (const s of ordered) {
    const ancestors = index.ancestors(s);
    const parentSpeaker = ancestors.length > 0 ? (done.get(ancestors[0]!.id)?.speaker ?? null) : null;
    const context = { insideQuote: ancestors.length > 0, insideMarks: ancestors.some((a) => a.mark !== 'block'), parentSpeaker };
    // index.skipped holds the nicknames: index.ts tests every marked span with isNickname, and a block is never one.
    if (index.skipped.has(s.id) || isNamedWork(texts, s)) {
      done.set(s.id, { span: s, speaker: null, attribution: null, notQuotation: true });
      continue;
    }
    const block = blockById.get(s.id);
    const previous = lastBySibling.get(s.parent);
    const found: Found | 'continues' | null = block ? { cue: block.cue, rule: block.rule, para: block.introPara, cueEnd: null } : findCue(index, s, previous);

    let result: Attributed;
    if (found === 'continues') {
      const prevAttr = previous!.attribution!;
      const cueEnd = s.close !== null ? { para: s.endPara, pos: s.close + 1 } : null;
      result = { span: s, speaker: previous!.speaker, attribution: { ...prevAttr, rule: 'continues', cueEnd }, notQuotation: false };
    } else if (found) {
      const speaker = resolveSpeaker(found.cue.phrase, names, texts, found.para, context);
      if (speaker) noteSpeaker(names, found.para, found.cue.phrase, speaker);
      const afterCue = found.cueEnd === null && found.para === s.endPara && found.cue.cueEnd > (s.close ?? Infinity);
      const cueEnd = found.cueEnd ?? (s.close !== null && !afterCue ? { para: s.endPara, pos: s.close + 1 } : null);
      const attribution: Attribution = {
        rule: found.rule,
        mention: { para: found.para, start: found.cue.phrase.start, end: found.cue.phrase.end },
        phrase: found.cue.phrase.text,
        channel: found.cue.channel,
        cueEnd,
      };
      result = { span: s, speaker: speaker ? { ...speaker, channel: speaker.channel ?? found.cue.channel } : null, attribution: speaker ? attribution : { ...attribution, rule: 'unresolved' }, notQuotation: false };
    } else {
      result = { span: s, speaker: null, attribution: null, notQuotation: false };
    }
    done.set(s.id, result);
    lastBySibling.set(s.parent, result);
  }
  return ordered.map((s) => done.get(s.id)!);
}
