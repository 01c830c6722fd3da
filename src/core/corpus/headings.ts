/**
 * Headings: short title-like lines standing alone ("The Kurds", "Demoralised army",
 * "Covering Up America’s War Crimes"). They label the paragraphs after them and are not passages.
 */
import type { Unit } from './reflow.js';

export interface Passage {
  text: string;
  section: string | null;
}

const MAX_HEADING_LENGTH = 120;
const MAX_HEADING_WORDS = 16;
/** Sentence-case headings are short ("Tories back Trump’s raids"); longer uncapitalised lines are prose. */
const MAX_SENTENCE_CASE_WORDS = 8;
/** Several blank lines mark where a page had an image; a plain line right after it is its caption. */
const IMAGE_GAP = 3;

const MINOR_WORDS = new Set('a an the and or nor but of in on at to for by with from as into onto upon vs vs. via per than'.split(' '));
const AUXILIARIES = new Set(
  'do does did is are was were am be been can could will would shall should may might must has have had'.split(' '),
);
const QUESTION_WORDS = new Set('how why what who whom whose where when which'.split(' '));

/** True when the word starts with a capital (any part of a hyphenated word counts: "al-Assad", "U.S.-led"). */
function capitalised(word: string): boolean {
  return word.split(/[-‐]/).some((part) => /^\P{L}*\p{Lu}/u.test(part)) || !/[\p{Ll}\p{Lu}]/u.test(word);
}

/** "How did ISIS emerge…?", "Is it over?": a question sentence, which is body text. */
function isQuestionSentence(words: string[]): boolean {
  const [first = '', second = ''] = words.map((w) => w.toLowerCase().replace(/[^\p{L}]/gu, ''));
  return AUXILIARIES.has(first) || (QUESTION_WORDS.has(first) && AUXILIARIES.has(second));
}

export function isHeadingLike(text: string, gapBefore = 1): boolean {
  if (text.length > MAX_HEADING_LENGTH) return false;
  const words = text.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0 || words.length > MAX_HEADING_WORDS) return false;
  // Quotations, attributions ("—“What Went Wrong…”, 23 February") and asides are not headings.
  if (/^[“"‘'«„([—–-]/.test(text) || /^(?:[*+•]\s|\d{1,3}[.)]\s)/.test(text)) return false;
  if (/[.,;:]$/.test(text.replace(/["”’»)\]]+$/u, ''))) return false;
  if (!/^\P{L}*\p{Lu}/u.test(text)) return false;
  const significant = words.filter((w) => !MINOR_WORDS.has(w.toLowerCase()) && /\p{L}/u.test(w));
  const titleCase = significant.length > 0 && significant.filter(capitalised).length >= significant.length * 0.75;
  if (titleCase) return true;
  if (text.endsWith('?') && isQuestionSentence(words)) return false;
  return words.length <= MAX_SENTENCE_CASE_WORDS && gapBefore < IMAGE_GAP;
}

/**
 * Turns units into passages with their section. Headings after the last passage (a closing list of
 * other articles) are dropped; a heading-like line right after a heading is a deck or an image
 * caption, so it stays text under the first heading.
 */
export function assignSections(units: Unit[]): Passage[] {
  const heading = units.map((u) => u.markdownHeading || (u.standalone && isHeadingLike(u.text, u.gapBefore)));
  const lastPassage = heading.lastIndexOf(false);
  const passages: Passage[] = [];
  let section: string | null = null;
  let afterHeading = false;
  units.slice(0, lastPassage + 1).forEach((unit, i) => {
    if (heading[i] && (unit.markdownHeading || !afterHeading)) {
      section = unit.text;
      afterHeading = true;
    } else {
      passages.push({ text: unit.text, section });
      afterHeading = false;
    }
  });
  return passages;
}
