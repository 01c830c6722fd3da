/** Internal shapes shared by the quotation finder, the cue rules and the resolver. */

export type MarkKind = 'double' | 'single' | 'block';

/** A stretch of quoted words, in paragraph-index space (0-based indexes into the document's paragraphs). */
export interface QuoteSpan {
  id: number;
  startPara: number;
  /** First character of the quoted words in `startPara`. */
  start: number;
  endPara: number;
  /** End (exclusive) of the quoted words in `endPara`. */
  end: number;
  /** Offset of the opening mark in `startPara`; null for a block quote set off without marks. */
  open: number | null;
  /** Offset of the closing mark in `endPara`; null when the quotation runs to a paragraph end unclosed. */
  close: number | null;
  mark: MarkKind;
  /** The quotation this one is quoted inside, if any. */
  parent: number | null;
}

/** A closing mark with no opening mark before it in its paragraph. */
export interface StrayClose {
  para: number;
  pos: number;
}

export interface Attribution {
  rule: string;
  /** Where the speaker is named in the text (the cue's subject), for evaluation against gold mentions. */
  mention: { para: number; start: number; end: number } | null;
  /** The speaker phrase as written, before resolution ("he", "Lavrov", "a representative of AI"). */
  phrase: string;
  channel: string | null;
  /** Where the cue ends in the paragraph of the quotation's close, so a following quote can continue it. */
  cueEnd: { para: number; pos: number } | null;
}
