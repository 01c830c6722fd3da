/**
 * The stretch of a paragraph a quotation's cue may come from: the whole paragraph for a
 * quotation in the author's own text, only the inside of the enclosing quotation for a nested
 * one. Other quotations in that stretch become opaque holes; nicknames are skipped.
 */
import type { Region } from './cues.js';
import type { QuoteSpan } from './spans.js';
import type { Hole } from './tokens.js';

export class SpanIndex {
  readonly byId: Map<number, QuoteSpan>;
  /** The spans touching each paragraph, so a region never scans the whole document. */
  private readonly byPara = new Map<number, QuoteSpan[]>();
  /** Regions by (parent, paragraph): every quotation with the same parent sees the same holes. */
  private readonly regions = new Map<string, Region>();

  constructor(
    readonly texts: readonly string[],
    readonly spans: readonly QuoteSpan[],
    readonly skipped: ReadonlySet<number>,
  ) {
    this.byId = new Map(spans.map((s) => [s.id, s]));
    for (const s of spans) {
      for (let p = s.startPara; p <= s.endPara; p++) {
        const list = this.byPara.get(p);
        if (list) list.push(s);
        else this.byPara.set(p, [s]);
      }
    }
  }

  ancestors(s: QuoteSpan): QuoteSpan[] {
    const chain: QuoteSpan[] = [];
    let parent = s.parent === null ? undefined : this.byId.get(s.parent);
    while (parent && chain.length < 20) {
      chain.push(parent);
      parent = parent.parent === null ? undefined : this.byId.get(parent.parent);
    }
    return chain;
  }

  /** The [start, end) of span `s` within paragraph `para`, marks included. */
  holeOf(s: QuoteSpan, para: number): Hole | null {
    if (para < s.startPara || para > s.endPara) return null;
    const text = this.texts[para]!;
    const start = para === s.startPara ? (s.open ?? s.start) : 0;
    const end = para === s.endPara ? (s.close !== null ? s.close + 1 : s.end) : text.length;
    return [start, end];
  }

  /** Quotations in `para` other than `s`'s ancestors, as holes (and nicknames as skipped stretches). */
  private holesAround(s: QuoteSpan | null, para: number): { holes: Hole[]; skipped: Hole[] } {
    const ancestors = new Set(s ? this.ancestors(s).map((a) => a.id) : []);
    const holes: Hole[] = [];
    const skipped: Hole[] = [];
    for (const other of this.byPara.get(para) ?? []) {
      if (ancestors.has(other.id) || other.mark === 'block') continue;
      const hole = this.holeOf(other, para);
      if (!hole) continue;
      (this.skipped.has(other.id) ? skipped : holes).push(hole);
    }
    return { holes, skipped };
  }

  /** The region of paragraph `para` where the cue of `s` may be. */
  regionFor(s: QuoteSpan | null, para: number): Region {
    const key = `${s === null ? 'none' : (s.parent ?? 'top')}:${para}`;
    const cached = this.regions.get(key);
    if (cached) return cached;
    const region = this.computeRegion(s, para);
    this.regions.set(key, region);
    return region;
  }

  private computeRegion(s: QuoteSpan | null, para: number): Region {
    const text = this.texts[para]!;
    let from = 0;
    let to = text.length;
    const parent = s ? this.ancestors(s).find((a) => a.mark !== 'block') : undefined;
    if (parent) {
      if (parent.startPara === para) from = parent.start;
      if (parent.endPara === para) to = parent.end;
    }
    return { text, from, to, ...this.holesAround(s, para) };
  }

  /**
   * For the name index, per paragraph: the holes of every quotation (mentions inside quotations)
   * and the nicknames, which it reads through.
   */
  allHoles(): { holes: Hole[][]; skipped: Hole[][] } {
    const all = this.texts.map((_t, para) => this.holesAround(null, para));
    return { holes: all.map((a) => a.holes), skipped: all.map((a) => a.skipped) };
  }
}
