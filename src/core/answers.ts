/**
 * The answer model: what every command returns, as plain typed data.
 * Adapters render it (embeds, Block Kit, terminal text); the terminal's --json prints it as is.
 * The zod schemas are the contract; `npm run schema` writes them out as JSON Schema.
 */
import { z } from 'zod';

export const CitationSchema = z.object({
  /** Stable id, `<docId>#p<n>`, accepted by `context`. */
  id: z.string(),
  docId: z.string(),
  title: z.string().nullable(),
  publication: z.string().nullable(),
  author: z.string().nullable(),
  date: z.string().nullable(),
  paragraph: z.number().int().positive(),
  section: z.string().nullable(),
  url: z.string().nullable(),
});
export type Citation = z.infer<typeof CitationSchema>;

/** [start, end) character offsets into `excerpt`. */
export const HighlightSchema = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
export type Highlight = z.infer<typeof HighlightSchema>;

export const ExcerptResultSchema = z.object({
  excerpt: z.string(),
  highlights: z.array(HighlightSchema),
  /** [start, end) of the excerpt's text within the cited paragraph, so every excerpt traces back. */
  range: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]),
  score: z.number().min(0).max(1),
  citation: CitationSchema,
});
export type ExcerptResult = z.infer<typeof ExcerptResultSchema>;

export const QuoteAnswerSchema = z.object({
  command: z.literal('quote'),
  query: z.string(),
  source: z.string().nullable(),
  results: z.array(ExcerptResultSchema),
  /** How many results exist beyond `results` (for paging). */
  more: z.number().int().nonnegative(),
});
export type QuoteAnswer = z.infer<typeof QuoteAnswerSchema>;

export const SourceEntrySchema = z.object({
  docId: z.string(),
  file: z.string(),
  title: z.string().nullable(),
  publication: z.string().nullable(),
  author: z.string().nullable(),
  date: z.string().nullable(),
  url: z.string().nullable(),
  paragraphs: z.number().int().nonnegative(),
});
export const SourcesAnswerSchema = z.object({
  command: z.literal('sources'),
  sources: z.array(SourceEntrySchema),
  /** Files that did not load, so a user can see what is missing and why. */
  problems: z.array(z.object({ file: z.string(), reason: z.string(), detail: z.string() })),
});
export type SourcesAnswer = z.infer<typeof SourcesAnswerSchema>;

export const ContextParagraphSchema = z.object({
  paragraph: z.number().int().positive(),
  section: z.string().nullable(),
  text: z.string(),
  /** True for the cited paragraph itself. */
  cited: z.boolean(),
});
export const ContextAnswerSchema = z.object({
  command: z.literal('context'),
  id: z.string(),
  citation: CitationSchema,
  paragraphs: z.array(ContextParagraphSchema),
});
export type ContextAnswer = z.infer<typeof ContextAnswerSchema>;

export const HelpOptionSchema = z.object({
  name: z.string(),
  description: z.string(),
  type: z.enum(['string', 'integer', 'number', 'boolean']),
  required: z.boolean(),
  /** The option the free text of a command line fills (`quote know your place`). */
  positional: z.boolean(),
});
export const HelpCommandSchema = z.object({
  name: z.string(),
  description: z.string(),
  usage: z.string(),
  options: z.array(HelpOptionSchema),
  examples: z.array(z.string()),
});
export const HelpAnswerSchema = z.object({
  command: z.literal('help'),
  commands: z.array(HelpCommandSchema),
});
export type HelpAnswer = z.infer<typeof HelpAnswerSchema>;

/** A quotation found in the corpus, with who said it when the text makes that clear. */
export const QuotationResultSchema = ExcerptResultSchema.extend({
  /** Full name or description ("a UN official"); null when the text does not make the speaker clear. */
  speaker: z.string().nullable(),
  role: z.string().nullable(),
  channel: z.string().nullable(),
  /** The quoted words, exactly as written. */
  quote: z.string(),
  quotationId: z.string(),
});
export type QuotationResult = z.infer<typeof QuotationResultSchema>;

export const WhoSaidAnswerSchema = z.object({
  command: z.literal('who-said'),
  query: z.string(),
  /**
   * attributed: the best matching quotation has a speaker; unattributed: it is quoted but the text
   * does not say who said it; not_quoted: the words are in the corpus but not as a quotation;
   * not_found: the words are not in the corpus.
   */
  status: z.enum(['attributed', 'unattributed', 'not_quoted', 'not_found']),
  /**
   * True when the best quotation only resembles the words asked about (a loose paraphrase):
   * it is the closest match, not the same words, and adapters say so.
   */
  uncertain: z.boolean(),
  results: z.array(QuotationResultSchema),
  /** For not_quoted: where the words do appear. */
  passages: z.array(ExcerptResultSchema),
});
export type WhoSaidAnswer = z.infer<typeof WhoSaidAnswerSchema>;

export const QuotesByAnswerSchema = z.object({
  command: z.literal('quotes-by'),
  person: z.string(),
  /** The speaker names (as the corpus gives them) that matched `person`. */
  speakers: z.array(z.string()),
  /** Newest document first. */
  results: z.array(QuotationResultSchema),
  more: z.number().int().nonnegative(),
  /** When nobody matched: the closest speakers the corpus knows, to try instead. */
  suggestions: z.array(z.string()),
});
export type QuotesByAnswer = z.infer<typeof QuotesByAnswerSchema>;

export const FigureDataSchema = z.object({
  text: z.string(),
  value: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  unit: z.string().nullable(),
  counts: z.string().nullable(),
  qualifier: z.string().nullable(),
  approximate: z.boolean(),
});
export const FigureResultSchema = ExcerptResultSchema.extend({
  figure: FigureDataSchema,
  /** Who gave the figure, when it sits inside an attributed quotation or is attributed in its sentence. */
  speaker: z.string().nullable(),
  figureId: z.string(),
});
export type FigureResult = z.infer<typeof FigureResultSchema>;

export const FigureGroupSchema = z.object({
  /** What the figures in this group count ("civilians killed"). */
  counts: z.string(),
  /** Indexes into `results`, side by side. */
  results: z.array(z.number().int().nonnegative()),
  /** True when the sources give different numbers for the same thing. */
  disagree: z.boolean(),
});
export const FigureAnswerSchema = z.object({
  command: z.literal('figure'),
  topic: z.string(),
  results: z.array(FigureResultSchema),
  groups: z.array(FigureGroupSchema),
  more: z.number().int().nonnegative(),
});
export type FigureAnswer = z.infer<typeof FigureAnswerSchema>;

export const ErrorCodeSchema = z.enum([
  'invalid_arguments',
  'unknown_command',
  'not_found',
  'rate_limited',
  'unavailable',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const ErrorAnswerSchema = z.object({
  command: z.string(),
  error: z.object({
    code: ErrorCodeSchema,
    /** A plain default wording; adapters may choose their own from `code` and `details`. */
    message: z.string(),
    details: z.array(z.string()).optional(),
  }),
});
export type ErrorAnswer = z.infer<typeof ErrorAnswerSchema>;

/** Every answer a command can give. Extended by later commands (who-said, quotes-by, figure). */
export const AnswerSchema = z.union([
  QuoteAnswerSchema,
  WhoSaidAnswerSchema,
  QuotesByAnswerSchema,
  FigureAnswerSchema,
  SourcesAnswerSchema,
  ContextAnswerSchema,
  HelpAnswerSchema,
  ErrorAnswerSchema,
]);
export type Answer = z.infer<typeof AnswerSchema>;

export function isErrorAnswer(answer: Answer): answer is ErrorAnswer {
  return 'error' in answer;
}
