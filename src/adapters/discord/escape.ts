/**
 * Corpus and user text made inert before Discord sees it: markdown cannot break the answer's
 * formatting, and mentions are shown, never delivered (allowed_mentions is the second lock).
 */

const ZWSP = '\u200b';

/**
 * Backslash before every character Discord's markdown gives meaning to. Every literal backslash
 * is escaped too, so `unescapeMarkdown` is an exact inverse.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\*_~`|[\]>#]/g, (char) => `\\${char}`)
    .replace(/^(\s*)([-+])(?=\s|\\#)/gm, '$1\\$2')
    .replace(/^(\s*\d+)\.(?=\s)/gm, '$1\\.');
}

export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([^0-9A-Za-z\s])/g, '$1');
}

/** @everyone, @here, <@id>, <@!id>, <@&id> and <#id> keep their look but can never resolve. */
export function neutralizeMentions(text: string): string {
  return text.replace(/@(everyone|here)\b/gi, `@${ZWSP}$1`).replace(/<(?=[@#])/g, `<${ZWSP}`);
}

/** Exact inverse of `neutralizeMentions`, for reading our own footers back. */
export function restoreMentions(text: string): string {
  return text.replace(new RegExp(`@${ZWSP}(everyone|here)\\b`, 'gi'), '@$1').replace(new RegExp(`<${ZWSP}(?=[@#])`, 'g'), '<');
}

/** For text shown where markdown renders: descriptions, titles, field values, content. */
export function safeMarkdown(text: string): string {
  return neutralizeMentions(escapeMarkdown(text));
}

/** For plain-text places (footers, choice names, button labels): mentions only, one line. */
export function safePlain(text: string): string {
  return neutralizeMentions(text.replace(/\s*\n\s*/g, ' '));
}

/**
 * At most `max` characters, ending in "…" when shortened. Never splits a backslash escape or a
 * surrogate pair. Only for labels and titles: answer text is paged, never cut.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  if (isLowSurrogate(text.charCodeAt(end))) end--;
  if (endsInsideEscape(text, end)) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}

export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when text[end - 1] is a backslash that escapes text[end] (an odd run of backslashes). */
export function endsInsideEscape(text: string, end: number): boolean {
  let run = 0;
  for (let i = end - 1; i >= 0 && text[i] === '\\'; i--) run++;
  return run % 2 === 1;
}
