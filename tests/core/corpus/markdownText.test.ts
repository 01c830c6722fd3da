import { describe, expect, it } from 'vitest';
import { markdownLineToText } from '../../../src/core/corpus/markdownText.js';
import { parseDocument, isLoadProblem } from '../../../src/core/corpus/parseDocument.js';

describe('markdownLineToText', () => {
  it('keeps the words a reader sees and drops the markup', () => {
    expect(markdownLineToText('The **coalition** said the *operation* would take [several months](https://example.org/r) to `finish`.')).toBe(
      'The coalition said the operation would take several months to finish.',
    );
    expect(markdownLineToText('> "We will not leave," a resident said.')).toBe('"We will not leave," a resident said.');
    expect(markdownLineToText('- First point: supply lines were cut.')).toBe('First point: supply lines were cut.');
    expect(markdownLineToText('3. Third point ![map](map.png) here')).toBe('Third point here');
    expect(markdownLineToText('Fish \\*and\\* chips &amp; peas done')).toBe('Fish *and* chips & peas done');
  });

  it('leaves text alone where Markdown does: literal brackets, underscores inside words, lone stars', () => {
    for (const line of ['A statement [Our emphasis] followed.', 'the snake_case_name stays', '2 * 3 * 4 is 24', 'Women & Revolution', 'Plain words only']) {
      expect(markdownLineToText(line), line).toBe(line);
    }
  });

  it('keeps mention-like tokens and raw HTML as text, for adapters to show inert', () => {
    expect(markdownLineToText('ping <@123> and <!channel> @everyone <b>now</b>')).toBe('ping <@123> and <!channel> @everyone <b>now</b>');
  });
});

describe('a Markdown document', () => {
  it('becomes clean passages: list items apart, headings as sections, links as their text', () => {
    const source = '---\ntitle: Notes\n---\n\n# Notes\n\n## Week one\n\nThe **coalition** took [the bridge](https://x.org).\n\n- First item here.\n- Second item here.\n';
    const doc = parseDocument('notes.md', new TextEncoder().encode(source));
    if (isLoadProblem(doc)) throw new Error(doc.detail);
    expect(doc.paragraphs.map((p) => [p.text, p.section])).toEqual([
      ['The coalition took the bridge.', 'Week one'],
      ['First item here.', 'Week one'],
      ['Second item here.', 'Week one'],
    ]);
  });
});
