import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../../src/core/corpus/blocks.js';
import { wordSet } from '../../../src/core/corpus/hyphenation.js';
import { reflow, wrapWidth } from '../../../src/core/corpus/reflow.js';

const PDF = [
  'The  offensive  by  the  US-led  coalition  to  retake  Mosul  continued  Tuesday,  as  leading',
  'participants acknowledged the fighting could take months, and aid organizations issued dire',
  'warnings of the impact on the more than 1 million civilians living in Iraq’s second largest',
  'city.',
  '',
  'David Gardner writing in the Financial Times observed that Iraqi Prime Minister Haider al-',
  'Abadi’s hope that Iraqis would unite around the capture of Mosul was “optimistic.” He',
  'described the militias as being at each others’ throats.',
  'A new paragraph that starts on the very next line after a short last line.',
].join('\n');

const texts = (text: string) => reflow(splitBlocks(text), () => wordSet(text)).map((u) => u.text);

describe('wrapWidth', () => {
  it('finds the width of hard-wrapped text', () => {
    expect(wrapWidth(splitBlocks(PDF))).toBeGreaterThan(70);
  });

  it('finds none in web text with one line per paragraph', () => {
    const web = 'A long paragraph that runs on and on for quite a while, as web text does.\nShort one.\nAnother paragraph of a very different length from the others, ending here.\nOK.';
    expect(wrapWidth(splitBlocks(web))).toBeNull();
  });
});

describe('reflow', () => {
  it('joins wrapped lines, rejoins split words and breaks after a short last line', () => {
    expect(texts(PDF)).toEqual([
      'The offensive by the US-led coalition to retake Mosul continued Tuesday, as leading participants acknowledged the fighting could take months, and aid organizations issued dire warnings of the impact on the more than 1 million civilians living in Iraq’s second largest city.',
      'David Gardner writing in the Financial Times observed that Iraqi Prime Minister Haider al-Abadi’s hope that Iraqis would unite around the capture of Mosul was “optimistic.” He described the militias as being at each others’ throats.',
      'A new paragraph that starts on the very next line after a short last line.',
    ]);
  });

  it('keeps one-line paragraphs of web text apart but joins an unfinished sentence', () => {
    expect(texts('‘I felt like I was fighting armies,’ said Mohamed, 24.\nThe militants came in waves.')).toEqual([
      '‘I felt like I was fighting armies,’ said Mohamed, 24.',
      'The militants came in waves.',
    ]);
    expect(texts('They are kept here as they arrived: navigation text, sidebars,\n"subscribe" boxes included.')).toEqual([
      'They are kept here as they arrived: navigation text, sidebars, "subscribe" boxes included.',
    ]);
  });

  it('does not run list items together', () => {
    expect(texts('Demands:\n- troops out,\n- sanctions off.')).toEqual(['Demands:', '- troops out,', '- sanctions off.']);
  });

  it('marks units made of one source line, the only shape a heading can take', () => {
    const units = reflow(splitBlocks('The Kurds\n\nIn the north, the Kurds\nmoved in.\nKurdish troops took Kirkuk.'), () => new Set());
    expect(units.map((u) => [u.text, u.standalone, u.gapBefore])).toEqual([
      ['The Kurds', true, 0],
      ['In the north, the Kurds moved in.', false, 1],
      ['Kurdish troops took Kirkuk.', true, 0],
    ]);
  });
});
