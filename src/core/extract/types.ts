/**
 * What extraction finds in the corpus, once, at index time: quotations with their speakers,
 * and numeric figures with what they count. Precision first: an unclear speaker stays null.
 */

export interface Speaker {
  /** The fullest name the document gives ("Falah Mustafa Bakir"), or the description of an unnamed speaker ("a UN official"). */
  name: string;
  /** True when `name` is a person's or organisation's name, false when it is a description. */
  named: boolean;
  /** Title kept apart from the name, e.g. "KRG Foreign Minister". */
  role: string | null;
  /** Where the words were said, when the text gives it: "Democracy Now!", "the Independent", "the Financial Times". */
  channel: string | null;
}

export interface Quotation {
  /** `<docId>#p<n>#q<k>`: stable for an unchanged document. */
  id: string;
  docId: string;
  /** Paragraph where the quotation starts. */
  paragraph: number;
  /** Paragraph where it ends (same as `paragraph` unless it runs across a paragraph break). */
  endParagraph: number;
  /** The quoted words, exactly as written (without the enclosing quote marks). */
  text: string;
  /** [start, end) of `text` within the starting paragraph's text (end clipped to that paragraph). */
  range: [number, number];
  speaker: Speaker | null;
  /** Which attribution rule found the speaker (e.g. "said-after", "according-to"); null when unattributed. */
  rule: string | null;
}

export interface Figure {
  /** `<docId>#p<n>#f<k>`. */
  id: string;
  docId: string;
  paragraph: number;
  /** The figure as written with the noun it counts: "5,805 civilians". */
  text: string;
  value: number | null;
  /** For ranges ("40-50%", "between X and Y"). */
  low: number | null;
  high: number | null;
  /** "%", "$", "£", "€", or null for a plain count. */
  unit: string | null;
  /** What it counts, with the event when the sentence gives one: "civilians killed". */
  counts: string | null;
  /** Approximators and hedges kept as written: "at least", "as many as", "may have been". */
  qualifier: string | null;
  approximate: boolean;
  /** The sentence the figure sits in, exactly as written. */
  sentence: string;
  /** [start, end) of `text` within the paragraph's text. */
  range: [number, number];
  /** The speaker when the figure sits inside an attributed quotation. */
  speaker: string | null;
  /** What sort of amount: a count of things, a share, money, a measure, a duration or an age. */
  kind: FigureKind;
  /** The counted noun alone, lowercase, descriptive words dropped: "civilians", "air strikes". */
  noun: string | null;
  /** The event folded to a key ("killed" for killed/dead/deaths/casualties), so sources group. */
  event: string | null;
  /** The counted phrase as written: "Iraqi families", "U.S. air strikes". */
  countedText: string | null;
  /** "day" in "50 airstrikes a day". */
  per: string | null;
  /** Which way the true amount lies from a bounded figure: "at least" → min, "up to" → max. */
  bound: 'min' | 'max' | 'about' | null;
  /** Who gives the figure outside quotation marks: "Amnesty International", "the World Bank". */
  attribution: string | null;
  /** What the amount is said of, as written: the subject of its clause ("Nvidia" in "Nvidia advanced 8%"). */
  about: string | null;
  /** How the number was written (digits, words, scale, range, percent, currency, …), for evaluation. */
  forms: string[];
  /** Which rule found what it counts ("after", "of", "ellipsis", …); null when nothing was found. */
  countsRule: string | null;
}

export type FigureKind = 'count' | 'percent' | 'money' | 'measure' | 'duration' | 'age';
