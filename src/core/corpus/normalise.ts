/**
 * Character-level normalisation applied before any cleaning rule sees the text.
 * Only invisible or layout characters change here; every visible character stays as written.
 */

/** Soft hyphens, zero-width spaces/joiners and stray byte-order marks carry no words. */
const INVISIBLE = /\u00ad|\u200b|\u200c|\u200d|\u2060|\ufeff/g;
/** Tabs and the no-break/thin/figure spaces that saved pages and PDFs use as plain spacing. */
const ODD_SPACE = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;

export function normaliseText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[\u2028\u2029]/g, '\n').replace(INVISIBLE, '').replace(ODD_SPACE, ' ');
}

/** Runs of spaces become one space; leading and trailing space goes. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** For comparing a line with a front-matter field: case, spacing and framing punctuation ignored. */
export function comparable(text: string): string {
  return collapseSpaces(text.normalize('NFKC').toLowerCase())
    .replace(/^[\s|:,.;·•–—-]+/, '')
    .replace(/[\s|:,.;·•–—-]+$/, '');
}
