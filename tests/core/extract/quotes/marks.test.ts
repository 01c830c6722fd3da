import { describe, expect, it } from 'vitest';
import { findMarkedSpans } from '../../../../src/core/extract/quotes/marks.js';

const quoted = (texts: string[]): string[] =>
  findMarkedSpans(texts).spans.map((s) =>
    s.startPara === s.endPara ? texts[s.startPara]!.slice(s.start, s.end) : `${texts[s.startPara]!.slice(s.start)}|…|${texts[s.endPara]!.slice(0, s.end)}`,
  );

describe('findMarkedSpans', () => {
  it('pairs curly and straight double quotation marks', () => {
    expect(quoted(['He said “it is over” and then "it is not" again.'])).toEqual(['it is over', 'it is not']);
  });

  it('keeps apostrophes and possessives out of single quotation marks', () => {
    expect(quoted(['“It’s the others’ fault,” she said.'])).toEqual(['It’s the others’ fault,']);
    expect(quoted(["The workers' union and Iraq's army."])).toEqual([]);
  });

  it('nests single quotation marks inside double ones, with parents', () => {
    const texts = ['“He told me ‘leave now’ and I left,” she said.'];
    const { spans } = findMarkedSpans(texts);
    expect(quoted(texts)).toEqual(['He told me ‘leave now’ and I left,', 'leave now']);
    const [outer, inner] = spans;
    expect(inner!.parent).toBe(outer!.id);
  });

  it('continues a quotation into a paragraph that reopens it with “', () => {
    const texts = ['“The first paragraph of the quotation.', '“The second one, which closes.”', 'Narration.'];
    const { spans } = findMarkedSpans(texts);
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatchObject({ startPara: 0, endPara: 1, close: texts[1]!.length - 1 });
  });

  it('ends an unclosed quotation at its paragraph when the next one neither reopens nor closes it', () => {
    const texts = ['He said “this never closes', 'A new paragraph.'];
    const { spans } = findMarkedSpans(texts);
    expect(spans).toMatchObject([{ startPara: 0, endPara: 0, close: null }]);
    expect(quoted(texts)).toEqual(['this never closes']);
  });

  it('records a closing mark nothing opened, and ends open single quotations there', () => {
    const texts = ['A commander said: ‘We got calls. They said, ‘This is an order’.”'];
    const { spans, strays } = findMarkedSpans(texts);
    expect(strays).toEqual([{ para: 0, pos: texts[0]!.length - 1 }]);
    expect(quoted(texts)).toEqual(['We got calls. They said, ‘This is an order’.', 'This is an order']);
    expect(spans.find((s) => s.start === texts[0]!.indexOf('This') )!.parent).not.toBeNull();
  });

  it("reads ''…'' and ``…'' as double quotation marks", () => {
    expect(quoted(["''We are refugees,'' she said. ``Not terrorists.''"])).toEqual(['We are refugees,', 'Not terrorists.']);
  });

  it('drops single quotation marks left open at a paragraph end (they are apostrophes)', () => {
    expect(quoted(["Rock 'n roll and 'tis the season"])).toEqual([]);
  });
});
